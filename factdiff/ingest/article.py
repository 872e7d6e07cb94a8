"""Which blocks of a web page are the article: a main-content extractor, mapped back.

Why an extractor: a saved news page is mostly furniture (menus, share and subscribe
widgets, related links, comments, footers), and telling it from the story is a job
well-kept libraries do better than a list of class names (docs/inputs.md has the
measurements that chose trafilatura). Why mapped back: the extractor hands us *text*;
factdiff reports offsets into the file as given, so we never use that text. We cut the
page into its own visible blocks (located in the raw HTML) and keep those blocks the
extracted text contains. Text the extractor gives that no block matches is dropped,
never invented.

The extractor is imported only when an HTML input is read, so a plain-text comparison
does not pay for it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .normalize import match_key

#: Shortest block (characters of its match key) kept because the extracted text contains it;
#: shorter blocks ("World", "Share") must equal a whole extracted line.
MIN_CONTAINED = 25
#: rapidfuzz ratio (0-100) at which a block and an extracted line are the same text.
FUZZY_RATIO = 90


@dataclass
class Extracted:
    """What an extractor found: article lines (its own text), and the title if it knows it."""

    lines: list[str]
    title: str = ""
    author: str = ""
    name: str = ""
    meta: dict[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------- extractors


def _trafilatura(html: str) -> Extracted:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=True, include_images=False,
        include_formatting=False, with_metadata=True, deduplicate=False, fast=False,
    )
    if doc is None:
        return Extracted([], name="trafilatura")
    text = getattr(doc, "text", None) or ""
    return Extracted(text.splitlines(), getattr(doc, "title", "") or "", getattr(doc, "author", "") or "",
                     "trafilatura")


def _readability(html: str) -> Extracted:  # measured in benchmarks/html_extractors.py
    from lxml import html as lxml_html
    from readability import Document

    doc = Document(html)
    tree = lxml_html.fromstring(doc.summary(html_partial=True))
    lines: list[str] = []
    for el in tree.iter("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "td", "div"):
        own = "".join(el.itertext()) if el.tag != "div" else (el.text or "")
        if own.strip():
            lines.append(own)
    return Extracted(lines, doc.short_title() or "", "", "readability")


EXTRACTORS: dict[str, Callable[[str], Extracted]] = {
    "trafilatura": _trafilatura,
    "readability": _readability,
}
DEFAULT_EXTRACTOR = "trafilatura"


def extract(html: str, extractor: str = DEFAULT_EXTRACTOR) -> Extracted | None:
    """The extractor's reading of ``html``; None when it is not installed or fails."""
    fn = EXTRACTORS.get(extractor)
    if fn is None:
        return None
    try:
        return fn(html)
    except ImportError:
        return None
    except Exception:  # an extractor bug on an odd page must not lose the user's file
        return None


# --------------------------------------------------------------------------- mapping back

_BULLET = re.compile(r"^(?:[-*•·]\s+)")


def _key(text: str) -> str:
    return match_key(_BULLET.sub("", text.strip()))


def chosen_blocks(blocks: Sequence[str], found: Extracted) -> list[bool]:
    """For each page block (its visible text), is it article text the extractor found?

    A block is kept when it equals an extracted line, when the extracted text contains
    it (blocks of at least ``MIN_CONTAINED`` characters: an extractor may join or split
    lines differently), or when it is nearly the same as one line (``FUZZY_RATIO``).
    """
    lines = [k for k in (_key(x) for x in found.lines) if k]
    if not lines:
        return [False] * len(blocks)
    exact = set(lines)
    joined = " ".join(lines)
    out: list[bool] = []
    fuzzy_lines = [x for x in lines if len(x) >= MIN_CONTAINED]
    for block in blocks:
        key = _key(block)
        if not key:
            out.append(False)
        elif key in exact:
            out.append(True)
        elif len(key) >= MIN_CONTAINED and key in joined:
            out.append(True)
        elif len(key) >= MIN_CONTAINED and fuzzy_lines:
            from rapidfuzz import fuzz, process

            best = process.extractOne(key, fuzzy_lines, scorer=fuzz.ratio, score_cutoff=FUZZY_RATIO)
            out.append(best is not None)
        else:
            out.append(False)
    return out


def title_matches(block: str, found: Extracted) -> bool:
    """Is ``block`` the page's title as the extractor read it (ignoring a " | Site" tail)?"""
    key = _key(block)
    title = _key(found.title)
    if not key or not title:
        return False
    return key == title or title.startswith(key) or key.startswith(title)


__all__ = ["DEFAULT_EXTRACTOR", "EXTRACTORS", "Extracted", "chosen_blocks", "extract", "title_matches"]
