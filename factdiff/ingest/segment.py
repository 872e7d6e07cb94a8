"""Cut a document into labelled segments: headline, dateline, body, credits.

Why: the later stages compare *facts in the story*; a headline is a summary, a
dateline is a place/agency tag and credits are staff names, so a copy that drops or
rewrites them has not changed a fact. Labelling them lets checks weigh them
differently without guessing again. Rules are general (no outlet-specific strings
beyond well-known wire conventions) and every segment is a trimmed span of
``Source.text``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .normalize import INVISIBLE, fill_view
from .source import Source

ROLES = ("headline", "dateline", "credits", "page-line", "body")
#: Formats whose paragraphs come from the markup: a line break in the file is only formatting.
MARKUP_PARAGRAPHS = frozenset({"html", "newsml", "nitf", "ninjs"})


@dataclass(frozen=True)
class Segment:
    """A trimmed span of ``Source.text`` with its role and paragraph index."""

    start: int
    end: int
    role: str
    paragraph: int


Span = tuple[int, int]

# Characters that count as blank for trimming and blank-line detection, beyond
# str.isspace(): zero-width spaces and a stray BOM carry no content.
_INVISIBLE = frozenset(INVISIBLE)
_LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_CLOSERS = "\"'”’»)]"
_TERMINAL = ".!?…:;"


def _blank(ch: str) -> bool:
    return ch.isspace() or ch in _INVISIBLE


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and _blank(text[start]):
        start += 1
    while end > start and _blank(text[end - 1]):
        end -= 1
    return start, end


def _lines(text: str) -> list[Span]:
    """Line spans without their terminators (\\n, \\r\\n and \\r alike)."""
    out = []
    pos = 0
    for m in _LINE_BREAK.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


def _ends_sentence(line: str) -> bool:
    s = line.rstrip().rstrip(_CLOSERS).rstrip()
    return bool(s) and s[-1] in _TERMINAL


# --------------------------------------------------------------------------- credits

_CREDIT = re.compile(
    r"""^[(\[]?\s*(?:
        (?:additional\s+)?(?:reporting|reported|writing|written|compiled|editing|edited|
            translated|translation|produced|graphics?|photos?|video)\s+by\s+(?=(?-i:[A-Z\u00c0-\u024f]))
      | (?:editor|editors|editing|reporter|reporters|writer|writers|translator|source|sources|
            photo|photos|image|images|credit|credits|contributor|
            penulis|pewarta|penyunting|redaktur|sumber|foto|editor\s+bahasa)\s*:
      | ©|\(c\)\s*(?:\d{4}|[A-Z])|copyright\b|all\s+rights\s+reserved
    )""",
    re.I | re.X,
)
# A lone agency tag such as "(ANTARA)" or "(Reuters)".
_AGENCY_TAG = re.compile(r"^\(\s*[A-Z][\w .&'/-]{0,30}\)\.?$")
_RIGHTS = re.compile(r"all\s+rights\s+reserved", re.I)
# "... last sentence. (Reporting by X; Editing by Y)" on the same line.
_INLINE_CREDIT = re.compile(
    r"\(\s*(?:additional\s+)?(?:reporting|reported|writing|written|editing|edited|compiled)"
    r"\s+by\s+(?-i:[A-Z])[^()]*\)\s*$",
    re.I,
)
_BYLINE = re.compile(r"^By\s+[A-Z][\w.'\u00c0-\u024f-]*(?:[ ,]+(?:and\s+)?[A-Z][\w.'\u00c0-\u024f-]*){0,9}$")


def _is_credit(chunk: str) -> bool:
    chunk = chunk.strip()
    if len(chunk) > 300:
        return False
    return bool(_CREDIT.match(chunk) or _AGENCY_TAG.match(chunk) or (
        len(chunk) < 120 and _RIGHTS.search(chunk)))


def _is_byline(chunk: str) -> bool:
    return len(chunk) <= 120 and "\n" not in chunk and bool(_BYLINE.match(chunk.strip()))


# --------------------------------------------------------------------------- page lines

# Bullet marks and separators a page puts around a label: "• Share", "| Comments 12 |".
_LINE_MARKS = " \t\u00a0•·‣▪▶►›»|*-–—"


@lru_cache(maxsize=1)
def _page_line_pattern() -> re.Pattern[str]:
    """The page-furniture lexicon (``factdiff/lexicon/page_lines.txt``) as one pattern."""
    text = resources.files("factdiff.lexicon").joinpath("page_lines.txt").read_text(encoding="utf-8")
    lines = [ln.strip() for ln in text.splitlines()]
    alternatives = [ln for ln in lines if ln and not ln.startswith("#")]
    return re.compile(r"(?:" + "|".join(f"(?:{a})" for a in alternatives) + r")\s*[.!:]?", re.I)


# A photo caption ends with the picture's credit in the wire convention, after a full stop or
# in brackets: "... in Minsk, July 3, 2023. REUTERS/Jane Doe/File Photo", "(AP Photo/John Roe)",
# "(Photo by Jane Doe)". The caption describes a picture: page text, not story text.
_CAPTION_CREDIT = re.compile(
    r"""(?:(?<=[.!?])["”’]?\s+|\(\s*)
        (?:(?-i:[A-Z]{2,}(?:\s+[A-Z]{2,})?)\s*(?:(?i:photo)\s*)?/\s*(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){0,3}
           (?:\s*/\s*(?:file(?:\s+photo)?|pool|handout|illustration))*
         | (?:photo|image|picture)s?(?:\s+by|\s*:)\s+[^()\n]{2,60})
        \s*\)?\s*$""",
    re.I | re.X,
)


def is_caption(chunk: str) -> bool:
    """A photo caption: one paragraph ending with the picture's credit."""
    chunk = chunk.strip()
    return len(chunk) <= 600 and "\n" not in chunk and bool(_CAPTION_CREDIT.search(chunk))


def _apart(line: str) -> bool:
    """A line that stands apart from the lines around it: a page line or a photo caption."""
    return is_page_line(line) or is_caption(line)


def is_page_line(chunk: str) -> bool:
    """Is ``chunk`` one line of page furniture: a photo counter ("Photo 2 of 9"), an icon
    label ("Share", "Comments 12"), a page stamp ("Last updated 10:42 GMT"), a newsletter
    prompt, a related-links label? Such lines state no news fact, whatever they contain."""
    line = chunk.strip().strip(_LINE_MARKS)
    if not line or len(line) > 250 or "\n" in line or "\r" in line:
        return False
    return bool(_page_line_pattern().fullmatch(line))


#: Tags of a finite verb (Penn Treebank): a line with one has sentence structure.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
MAX_LINE_WORDS = 5  # a verbless line longer than this is a headline or a list, not a label
_QUOTE_MARKS = frozenset("\"“”«»„")


def verbless_line(text: str, tokens: Sequence[object]) -> bool:
    """Is a parsed paragraph of one short line without sentence structure ("Top stories",
    "Live coverage", "Most viewed")? It has no verb, no terminal punctuation, no figure, no
    name and no quotation: a page label, not a statement. ``tokens`` are the line's parsed
    tokens (``factdiff.facts.model.Token``)."""
    words = [t for t in tokens if not getattr(t, "is_punct", False)]
    if not words or len(words) > MAX_LINE_WORDS:
        return False
    end = text.rstrip().rstrip(_CLOSERS).rstrip()
    if not end or end[-1] in _TERMINAL or any(ch in _QUOTE_MARKS for ch in text):
        return False
    if any(ch.isdigit() for ch in text):
        return False
    for t in tokens:
        if getattr(t, "tag", "") in FINITE_TAGS or getattr(t, "pos", "") == "AUX" or getattr(t, "ent_type", ""):
            return False
    return True


_NAME_GLUE = frozenset({"and", "&", "of", "the"})
_NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})


def name_line(text: str, tokens: Sequence[object]) -> bool:
    """Is a parsed one-line paragraph only a name or two ("Reuters", "Jane Doe and John Roe",
    "Agence France-Presse")? With no verb and no claim it labels who wrote or sent the story:
    a by-line or source line, not story text."""
    words = [t for t in tokens if not getattr(t, "is_punct", False)]
    if not words or len(words) > MAX_LINE_WORDS:
        return False
    end = text.rstrip().rstrip(_CLOSERS).rstrip()
    if not end or end[-1] in _TERMINAL or any(ch in _QUOTE_MARKS or ch.isdigit() for ch in text):
        return False
    def named(t: object) -> bool:
        return getattr(t, "pos", "") == "PROPN" or getattr(t, "ent_type", "") in _NAME_TYPES

    rest = [t for t in words if not named(t)]
    return len(rest) < len(words) and all(getattr(t, "text", "").lower() in _NAME_GLUE for t in rest)


# --------------------------------------------------------------------------- dateline

# The delimiter after a dateline: "--", an en/em dash (spaces optional), a hyphen
# with a space on at least one side (so "US-funded" is never a delimiter), or a
# colon (only for ALL-CAPS places: "NEW DELHI: ...").
_DELIM = re.compile(r"[ \t\u00a0]*(?:--|[–—])[ \t\u00a0]*|[ \t\u00a0]+-[ \t\u00a0]*|-[ \t\u00a0]+|:[ \t\u00a0]+")
_AGENCY = re.compile(r"\(\s*([A-Za-z][\w .&'/-]{0,38}?)\s*\)\s*$")
_NEWSWIRE = re.compile(r"/\s*[A-Za-z][\w .-]{1,30}/\s*$")
_PARTICLES = frozenset("of de la le du da del di al el van von and the y e am an upon".split())
_MONTHS = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$", re.I
)


def _word_ok(word: str) -> bool:
    w = word.strip(".,()")
    if not w:
        return True
    if any(ch.isdigit() for ch in w):
        return True
    return w[0].isupper() or w.lower() in _PARTICLES or bool(_MONTHS.match(w))


def _is_caps(place: str) -> bool:
    letters = [ch for ch in place if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _agency_ok(agency: str) -> bool:
    words = agency.split()
    if not 1 <= len(words) <= 4:
        return False
    return agency[0].isupper() or (len(agency) <= 5 and agency.isalpha())


def _dateline_prefix(prefix: str, colon: bool) -> bool:
    """Is ``prefix`` (text before the delimiter) a place/agency/date tag?"""
    p = prefix.strip()
    if not p or len(p) > 100 or "\n" in p or "\r" in p:
        return False
    has_agency = False
    m = _AGENCY.search(p)
    if m and _agency_ok(m.group(1)):
        p, has_agency = p[: m.start()].strip(), True
    m = _NEWSWIRE.search(p)
    if m:
        p, has_agency = p[: m.start()].strip(), True
    p = p.rstrip(",").strip()
    if not p:
        return has_agency and not colon
    parts = [x.strip() for x in p.split(",")]
    place, tail = parts[0], parts[1:]
    place_words = place.split()
    if not place_words or len(place_words) > 4 or any(not x for x in tail):
        return False
    if not all(_word_ok(w) for w in place_words):
        return False
    if not place_words[0][0].isupper():
        return False
    if any(len(x.split()) > 5 or not all(_word_ok(w) for w in x.split()) for x in tail):
        return False
    caps = _is_caps(place)
    if colon:
        return caps and not has_agency and sum(ch.isalpha() for ch in place) >= 3
    if has_agency:
        return True
    if caps:
        return sum(ch.isalpha() for ch in place) >= 3 or bool(tail)
    # Mixed case needs the comma form: "Jakarta, CNN Indonesia --".
    return bool(tail) and len(p.split()) <= 6


def dateline_end(chunk: str, colon_ok: bool = True) -> int | None:
    """Offset in ``chunk`` just after a leading dateline's dash, or None."""
    m = _DELIM.search(chunk, 0, 140)
    if m is None or m.start() == 0:
        return None
    colon = m.group().strip() == ":"
    if colon and not colon_ok:
        return None
    if not _dateline_prefix(chunk[: m.start()], colon):
        return None
    rest = chunk[m.end():].lstrip()
    if not rest:
        return None
    if colon and not (rest[0].isupper() or rest[0] in "\"“'‘"):
        return None
    return m.end()


# --------------------------------------------------------------------------- headline

_SMALL = frozenset(
    "a an the of in on to for and or but at by with from as is are vs via into over "
    "than that after before off up out per nor so yet".split()
)
_ABBREV_END = re.compile(r"(?:\b[A-Z]\.){2,}$|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|St|No|vs)\.$")


def _title_case(chunk: str) -> bool:
    words = [w.strip("\"'“”‘’()[]") for w in chunk.split()]
    words = [w for w in words if w and w[0].isalpha()]
    big = [w for w in words if w.lower() not in _SMALL]
    if len(big) < 2:
        return False
    return sum(1 for w in big if w[0].isupper()) >= 0.8 * len(big)


def _headline_like(chunk: str) -> bool:
    words = chunk.split()
    title = _title_case(chunk)
    max_words, max_chars = (30, 250) if title else (20, 200)
    if not words or len(words) > max_words or len(chunk) > max_chars:
        return False
    s = chunk.rstrip().rstrip(_CLOSERS).rstrip()
    if not s or s[-1] in ",;:" or (s[-1] == "." and not _ABBREV_END.search(s)):
        return False
    if re.search(r"[a-z0-9][.][\"'”’]?\s+[A-Z]", s):  # two sentences: body text
        return False
    # "BREAKING: ..." is a kicker on a headline; "JAKARTA - ..." starts a story.
    if dateline_end(chunk, colon_ok=False) is not None or _is_credit(chunk) or _is_byline(chunk):
        return False
    return True


# --------------------------------------------------------------------------- paragraphs


def _blocks(text: str) -> list[list[Span]]:
    """Groups of consecutive non-blank lines (blank = only whitespace)."""
    blocks: list[list[Span]] = []
    cur: list[Span] = []
    for s, e in _lines(text):
        ts, te = _trim(text, s, e)
        if ts == te:
            if cur:
                blocks.append(cur)
                cur = []
        else:
            cur.append((ts, te))
    if cur:
        blocks.append(cur)
    return blocks


def _hard_wrapped(text: str, lines: list[Span]) -> bool:
    """Do the lines look filled to a fixed width (the next word would not have fit)?"""
    lengths = [e - s for s, e in lines]
    width = max(lengths)
    if width < 40 or width > 100:
        return False
    for (s, e), (ns, ne) in zip(lines, lines[1:], strict=False):
        first_word = text[ns:ne].split(maxsplit=1)[0]
        if (e - s) + 1 + len(first_word) <= width:
            return False
    return True


def _split_block(
    text: str, lines: list[Span], first: bool, last: bool, per_line: bool
) -> list[list[Span]]:
    """Split a block into paragraphs: one per line for wire copy, else one. A page line
    inside a block ("Photo 2 of 9" above a caption) is a paragraph of its own."""
    if per_line and len(lines) > 1 and any(_apart(text[s:e]) for s, e in lines):
        out: list[list[Span]] = []
        run: list[Span] = []
        for s, e in lines:
            if _apart(text[s:e]):
                if run:
                    out += _split_block(text, run, first and not out, False, per_line)
                    run = []
                out.append([(s, e)])
            else:
                run.append((s, e))
        if run:
            out += _split_block(text, run, first and not out, last, per_line)
        return out
    body = list(lines)
    # Credit lines under the last paragraph are their own paragraphs, and must
    # not sway the wire-copy-or-wrapped decision below.
    tail: list[list[Span]] = []
    if last:
        while len(body) >= 2 and _is_credit(text[body[-1][0]:body[-1][1]]):
            tail.insert(0, [body.pop()])
    if len(body) == 1:
        return [body] + tail
    if per_line and not _hard_wrapped(text, body):
        inner = body[:-1]
        ends = sum(1 for s, e in inner if _ends_sentence(text[s:e]))
        if ends * 2 >= len(inner) and ends > 0:
            return [[ln] for ln in body] + tail
    head: list[list[Span]] = []
    # A headline line on top of a hard-wrapped first paragraph.
    if first and per_line:
        s, e = body[0]
        nxt = text[body[1][0]:body[1][1]]
        if _headline_like(text[s:e]) and (_title_case(text[s:e]) or dateline_end(nxt) is not None):
            head.append([body.pop(0)])
    return head + [body] + tail


def paragraphs(text: str, per_line: bool = True) -> list[Span]:
    """Trimmed paragraph spans in text order.

    ``per_line=False`` (HTML) keeps source line breaks inside a block: there the
    paragraphs come from the markup, and newlines are only formatting.
    """
    blocks = _blocks(text)
    out: list[Span] = []
    for i, lines in enumerate(blocks):
        for group in _split_block(text, lines, i == 0, i == len(blocks) - 1, per_line):
            out.append((group[0][0], group[-1][1]))
    return out


# --------------------------------------------------------------------------- roles


def _overlaps(span: Span, spans: tuple[Span, ...]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in spans)


def segment(source: Source) -> list[Segment]:
    """Label the paragraphs of ``source``; segments are in text order and trimmed."""
    text = fill_view(source.text)  # masked markup beside a space reads as space (same length)
    paras = paragraphs(text, per_line=source.source_format not in MARKUP_PARAGRAPHS)
    if not paras:
        return []
    n = len(paras)
    roles = ["body"] * n
    headings = tuple(getattr(source, "headings", ()) or ())

    for i, (s, e) in enumerate(paras):
        if is_page_line(text[s:e]) or is_caption(text[s:e]):
            roles[i] = "page-line"
    first = next((i for i, r in enumerate(roles) if r == "body"), n)
    stated = tuple(getattr(source, "roles", ()) or ())
    if stated:  # an agency item says which blocks are headline, dateline and by-line
        for i, (s, e) in enumerate(paras):
            role = next((r for rs, re_, r in stated if rs < e and s < re_), None)
            if role is not None:
                roles[i] = role
        first = next((i for i, r in enumerate(roles) if r == "body"), n)
    elif first < n - 1:
        s, e = paras[first]
        chunk = text[s:e]
        if (headings and _overlaps(paras[first], headings) and len(chunk) <= 300) or _headline_like(chunk):
            roles[first] = "headline"
            first += 1
            while first < n and roles[first] != "body":
                first += 1
    # Bylines ("By Jane Doe") near the top are credits, not story text.
    for i in range(first, min(first + 2, n - 1)):
        s, e = paras[i]
        if _is_byline(text[s:e]):
            roles[i] = "credits"
            first = i + 1
    # Trailing credits: walk back from the end.
    last_body = n - 1
    i = n - 1
    while i > first and i >= n - 5:
        s, e = paras[i]
        if roles[i] != "body":  # stated by the markup
            last_body = i - 1
            i -= 1
            continue
        if not _is_credit(text[s:e]):
            break
        roles[i] = "credits"
        last_body = i - 1
        i -= 1

    out: list[Segment] = []
    for idx, (s, e) in enumerate(paras):
        role = roles[idx]
        if role != "body":
            out.append(Segment(s, e, role, idx))
            continue
        pieces: list[tuple[int, int, str]] = [(s, e, "body")]
        if idx == first:
            cut = dateline_end(text[s:e])
            if cut is not None:
                ds, de = _trim(text, s, s + cut)
                pieces = [(ds, de, "dateline"), (s + cut, e, "body")]
        if idx == last_body and idx > first and n > 1:
            bs, be, _ = pieces[-1]
            m = _INLINE_CREDIT.search(text, bs, be)
            if m and m.start() > bs:
                pieces[-1:] = [(bs, m.start(), "body"), (m.start(), be, "credits")]
        for ps, pe, prole in pieces:
            ps, pe = _trim(text, ps, pe)
            if ps < pe:
                out.append(Segment(ps, pe, prole, idx))
    return out


__all__ = ["ROLES", "Segment", "dateline_end", "is_caption", "is_page_line", "name_line", "paragraphs", "segment", "verbless_line"]
