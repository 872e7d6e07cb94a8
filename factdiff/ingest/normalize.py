"""Text normalisation for MATCHING only.

Later stages compare strings with :func:`match_key` (and line texts up with
:func:`fold_quotes`), but every span they report is cut from ``Source.text`` as the
user gave it. Nothing returned here may ever be shown to the user as "their" text.
"""

from __future__ import annotations

import re
import unicodedata

# One character in, one character out, so offsets into a folded string are still
# offsets into the original.
_FOLD = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u02bc": "'", "\u00b4": "'", "\u0060": "'", "\u2039": "'", "\u203a": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"', "\u300c": '"', "\u300d": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2015": "-", "\u2212": "-", "\ufe58": "-", "\ufe63": "-", "\uff0d": "-",
        "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ",
        "\u2002": " ", "\u2003": " ", "\u3000": " ",
    }
)

_WS = re.compile(r"\s+")
#: Format characters that show nothing: zero-width space, non-joiner and joiner, word joiner, BOM.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
#: What matching ignores: the invisible characters and the soft hyphen ("Lut\u00adskina" is "Lutskina").
IGNORED = INVISIBLE + "\u00ad"
_DROP_IGNORED = dict.fromkeys(map(ord, IGNORED))


def fold_quotes(s: str) -> str:
    """Fold typographic quotes, apostrophes, dashes and odd spaces to ASCII.

    The result has the SAME LENGTH as ``s`` (one code point per code point), so an
    index found in the folded string is valid in ``s``.
    """
    return s.translate(_FOLD)


def match_key(s: str) -> str:
    """A comparison key: NFKC, quotes/dashes folded, casefolded, invisible characters
    (zero-width, soft hyphen) dropped, whitespace collapsed.

    Not length-preserving: use it to decide *whether* two strings match, never to
    locate or display them.
    """
    s = unicodedata.normalize("NFKC", fold_quotes(s)).translate(_DROP_IGNORED)
    s = fold_quotes(s).casefold()
    return _WS.sub(" ", s).strip()


__all__ = ["IGNORED", "INVISIBLE", "Positions", "fill_view", "fold_quotes", "match_key", "parser_text", "parser_view"]


_PARSER_SPACES = {ord(c): " " for c in "\t\n\r\x0b\x0c\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\u2028\u2029\u0085"}


_INVISIBLE_RUN = re.compile(f"[{INVISIBLE}]+")


def _edge(ch: str, punct: str) -> bool:
    return ch == "" or ch.isspace() or ch in punct


def fill_view(text: str, punct: str = "") -> str:
    """``text`` with each run of invisible characters that touches whitespace (or the edge,
    or one of ``punct`` after it) turned into spaces, SAME LENGTH.

    Masked markup is such a run (see ``ingest.markup.FILL``): beside a space it is space,
    inside a word ("won’\u200b\u200bt") it stays, so the word stays one word for the
    parser, which drops it, while regular expressions still see "By  Jane Doe" as words
    separated by spaces.
    """
    if not any(c in text for c in INVISIBLE):
        return text

    def repl(m: re.Match[str]) -> str:
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if _edge(before, "") or _edge(after, punct):
            return " " * (m.end() - m.start())
        return m.group()

    return _INVISIBLE_RUN.sub(repl, text)


def parser_view(text: str) -> str:
    """The text as the parser and the figure reader should see it, SAME LENGTH.

    Inside a paragraph, tabs, line breaks and exotic spaces are plain spaces ("$3.5\\tmillion"
    is "$3.5 million"), and invisible characters next to a space (or before punctuation)
    are spaces too (:func:`fill_view`). Offsets into the view are offsets into the text;
    reports always quote the text itself.
    """
    return fill_view(text.translate(_PARSER_SPACES), " .,;:!?")


# Dropped from what spaCy reads: invisible format characters and the soft hyphen
# ("Lut\u200bskina" is "Lutskina"); a run of spaces is read as one space (spaCy would
# make the extra spaces a token of their own, which breaks names and phrases apart).
_PARSER_DROPPED = frozenset(IGNORED)


def parser_text(view: str) -> tuple[str, tuple[int, ...] | None]:
    """What spaCy reads for one paragraph of :func:`parser_view`, and where each of its
    characters came from (None when nothing was dropped: the usual case, no copy).

    Not the same length: every position spaCy reports goes back through
    :class:`Positions`, so reports still quote the text as given.
    """
    if "  " not in view and not any(c in _PARSER_DROPPED for c in view):
        return view, None
    kept: list[str] = []
    starts: list[int] = []
    space = False
    for i, c in enumerate(view):
        if c in _PARSER_DROPPED or (c == " " and space):
            continue
        space = c == " "
        kept.append(c)
        starts.append(i)
    return "".join(kept), tuple(starts)


class Positions:
    """Maps positions in the text spaCy parsed (:func:`parser_text`) to the user's text."""

    __slots__ = ("base", "starts")

    def __init__(self, base: int, starts: tuple[int, ...] | None = None) -> None:
        self.base = base  # where the paragraph starts in the user's text
        self.starts = starts  # starts[i]: where parsed character i came from, paragraph-relative

    def __call__(self, i: int) -> int:
        """The user's position of a span starting at parsed position *i*."""
        if self.starts is None:
            return self.base + i
        if i < len(self.starts):
            return self.base + self.starts[i]
        return self.base + (self.starts[-1] + 1 if self.starts else 0)

    def end(self, j: int) -> int:
        """The user's position of a span ending at parsed position *j* (exclusive): just
        after its last character, so dropped characters after it stay outside."""
        if self.starts is None:
            return self.base + j
        if j <= 0 or not self.starts:
            return self(0)
        return self.base + self.starts[min(j, len(self.starts)) - 1] + 1
