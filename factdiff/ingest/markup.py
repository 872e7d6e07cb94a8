"""Same-length masking of HTML and Markdown, so offsets survive markup removal.

Instead of extracting text (which would move every offset), markup is overwritten
with spaces in place: ``Source.text`` has exactly the length of the decoded input,
and a span into it is also a span into the HTML/Markdown the user gave. Newlines
are kept, and block boundaries become blank lines so paragraphs come out right.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

Span = tuple[int, int]

#: What masked markup becomes: a zero-width space, which matching and the parser drop, so
#: "won&rsquo;t" reads "won’t" and "<b>un</b>likely" reads "unlikely" (one word), while
#: every offset stays an offset into the file as given.
FILL = "\u200b"


@dataclass
class Masked:
    """A masked text plus what the masking found: heading spans, ignored page furniture."""

    text: str
    headings: list[Span] = field(default_factory=list)
    furniture: int = 0  # visible blocks left out (menus, share bars, comments...)
    first_ignored: Span | None = None  # where the first of them is, to point at it
    method: str = ""  # how the article was chosen: an extractor's name, "heuristic" or "all"


# --------------------------------------------------------------------------- detection

_HTML_START = re.compile(r"\A[\s\ufeff]*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|a|br|h[1-6]|li|ul|ol|article|main|section|body|head|script|style|"
    r"table|tr|td|img|em|strong|b|i|blockquote|header|footer|nav|meta|link|title)\b[^<>]*>",
    re.I,
)
_MD_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+\S", re.M)
_MD_LINK = re.compile(r"!?\[[^\]\n]+\]\([^)\s]+(?:\s+\"[^\"\n]*\")?\)")
_MD_BOLD = re.compile(r"(\*\*|__)(?=\S)[^\n]+?(?<=\S)\1")
_MD_LIST = re.compile(r"^ {0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+\S", re.M)


def detect_format(text: str, name: str = "") -> str:
    """Guess the format: an agency item (NewsML-G2, NITF, ninjs) by its content, else
    "html", "markdown" or "text" from the file name, then the content."""
    from .agency import detect_agency

    agency = detect_agency(text, name)
    if agency is not None:
        return agency
    low = name.lower()
    if low.endswith((".htm", ".html", ".xhtml")):
        return "html"
    if low.endswith((".md", ".markdown", ".mdown", ".mkd")):
        return "markdown"
    if low.endswith(".txt"):
        return "text"
    head = text[:200_000]
    if _HTML_START.match(head):
        return "html"
    tags = _HTML_TAG.findall(head)
    if len(tags) >= 4 and any(t.startswith("</") for t in tags):
        return "html"
    cues = len(_MD_LINK.findall(head)) + len(_MD_BOLD.findall(head))
    if len(_MD_LIST.findall(head)) >= 2:
        cues += 1
    if _MD_HEADING.search(head) or cues >= 2:
        return "markdown"
    return "text"


# --------------------------------------------------------------------------- HTML

# Elements whose content is never article text.
_SKIP = frozenset(
    "script style noscript template head title nav aside form button select option "
    "textarea svg math iframe object embed canvas figure video audio picture dialog "
    "menu".split()
)
# Skipped only outside the chosen article region (a <header> inside <article>
# usually holds the headline; a page <header> holds the site menu).
_SKIP_OUTSIDE = frozenset({"header", "footer"})
_SKIP_INSIDE = frozenset({"footer"})
_VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()
)
_BLOCK = frozenset(
    "address article aside blockquote body caption dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html legend li main nav ol "
    "p pre section summary table tbody td tfoot th thead tr ul".split()
)
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
# class/id words that mark page furniture even inside an article.
_BOILERPLATE = re.compile(
    r"(?<![\w-])(?:related|share|sharing|social|newsletter|advert\w*|ads?|promo\w*|comments?|"
    r"recommend\w*|outbrain|taboola|subscribe|subscription|cookie\w*|breadcrumbs?|sidebar|"
    r"read-?more|more-stories|paywall|sr-only|visually-hidden|gallery|slideshow|carousel)(?![\w-])",
    re.I,
)


@dataclass
class _Node:
    tag: str
    start: int  # offset of the start tag
    inner: int  # offset just after the start tag
    end: int = -1  # offset just after the end tag (or of the parent's end)
    close: int = -1  # offset of the end tag
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[_Node] = field(default_factory=list)
    parent: _Node | None = None


class _Scanner(HTMLParser):
    """Records every data run and tag with absolute character offsets."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self._text = text
        self._line_starts = [0]
        for m in re.finditer("\n", text):
            self._line_starts.append(m.end())
        self.data: list[tuple[int, int, _Node]] = []
        self.blocks: list[Span] = []  # tag spans that are block boundaries
        self.breaks: list[Span] = []  # <br> spans
        self.root = _Node("#root", 0, 0)
        self._cur = self.root

    def parse_html_declaration(self, i: int) -> int:
        # The stdlib raises AssertionError on odd "<![if ...>" / "<!x[" sections;
        # real pages have them, so treat any such thing as a bogus comment.
        try:
            return super().parse_html_declaration(i)
        except AssertionError:
            j = self.rawdata.find(">", i + 2)
            return -1 if j < 0 else j + 1

    def _pos(self) -> int:
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    def _tag_end(self, start: int) -> int:
        end = self._text.find(">", start)
        return len(self._text) if end < 0 else end + 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._pos()
        raw = self.get_starttag_text() or ""
        end = start + len(raw)
        self._open(tag, start, end, attrs)
        if tag in _VOID:
            self._close(tag, start, end)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._pos()
        end = start + len(self.get_starttag_text() or "")
        self._open(tag, start, end, attrs)
        self._close(tag, start, end)

    def _open(self, tag: str, start: int, end: int, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.breaks.append((start, end))
        elif tag in _BLOCK:
            self.blocks.append((start, end))
        # Implied end tags: a new <p>/<li> closes an open one of the same kind.
        if tag in {"p", "li", "dt", "dd", "tr", "td", "th"} and self._cur.tag == tag:
            self._close(tag, start, start)
        node = _Node(tag, start, end, attrs={k: v or "" for k, v in attrs}, parent=self._cur)
        self._cur.children.append(node)
        self._cur = node

    def _close(self, tag: str, start: int, end: int) -> None:
        node: _Node | None = self._cur
        while node is not None and node.tag != tag:
            node = node.parent
        if node is None or node is self.root:
            return  # stray end tag: ignore
        cur: _Node | None = self._cur
        while cur is not None and cur is not node:
            cur.close = cur.end = start
            cur = cur.parent
        node.close, node.end = start, end
        self._cur = node.parent or self.root

    def handle_endtag(self, tag: str) -> None:
        start = self._pos()
        end = self._tag_end(start)
        if tag in _BLOCK or tag == "br":
            (self.breaks if tag == "br" else self.blocks).append((start, end))
        self._close(tag, start, end)

    def handle_data(self, data: str) -> None:
        start = self._pos()
        self.data.append((start, start + len(data), self._cur))

    def handle_entityref(self, name: str) -> None:
        self._entity(1 + len(name))

    def handle_charref(self, name: str) -> None:
        self._entity(2 + len(name))

    def _entity(self, length: int) -> None:
        # The extent the parser consumed: "&" + name (+ ";" when present).
        start = self._pos()
        end = start + length
        if self._text.startswith(";", end):
            end += 1
        self.data.append((start, end, self._cur))

    def finish(self) -> None:
        self.close()
        node: _Node | None = self._cur
        while node is not None:
            if node.end < 0:
                node.close = node.end = len(self._text)
            node = node.parent


def _walk(node: _Node) -> list[_Node]:
    """Pre-order list of the subtree (iterative: pages can nest thousands deep)."""
    out: list[_Node] = []
    stack = [node]
    while stack:
        n = stack.pop()
        out.append(n)
        stack.extend(reversed(n.children))
    return out


def _ancestors(node: _Node | None) -> list[_Node]:
    out: list[_Node] = []
    while node is not None:
        out.append(node)
        node = node.parent
    return out


def _skipped(node: _Node, region: _Node | None) -> bool:
    inside = region is None
    skip = False
    for anc in _ancestors(node):
        if anc is region:
            inside = True
        if anc.tag in _SKIP or "hidden" in anc.attrs or anc.attrs.get("aria-hidden") == "true":
            skip = True
        elif anc is not region and _BOILERPLATE.search(
            anc.attrs.get("class", "") + " " + anc.attrs.get("id", "")
        ):
            skip = True
    if skip:
        return True
    if region is not None and not inside:
        return True
    bad = _SKIP_INSIDE if region is not None else _SKIP_OUTSIDE
    return any(anc.tag in bad for anc in _ancestors(node) if anc is not region)


def _choose_region(text: str, scanner: _Scanner) -> _Node | None:
    """The article body: the richest <article>/articleBody, else <main>, else None.

    One pass: each visible data run adds its non-space characters to every
    candidate among its ancestors.
    """
    def is_article(n: _Node) -> bool:
        return n.tag == "article" or n.attrs.get("itemprop") == "articleBody"

    def is_main(n: _Node) -> bool:
        return n.tag == "main" or n.attrs.get("role") == "main"

    score: dict[int, int] = {}
    nodes: dict[int, _Node] = {}
    for s, e, node in scanner.data:
        chain = _ancestors(node)
        cands = [a for a in chain if is_article(a) or is_main(a)]
        if not cands:
            continue
        # Visible relative to the innermost candidate (page furniture never counts).
        if _skipped(node, cands[0]):
            continue
        n = sum(1 for ch in text[s:e] if not ch.isspace())
        for c in cands:
            score[id(c)] = score.get(id(c), 0) + n
            nodes[id(c)] = c
    for pick in (is_article, is_main):
        scored = [(nodes[k], v) for k, v in score.items() if v > 0 and pick(nodes[k])]
        if scored:
            return max(scored, key=lambda cv: cv[1])[0]
    return None


def _preceding_h1(scanner: _Scanner, region: _Node) -> _Node | None:
    """A page whose <h1> sits outside the article still has that headline."""
    best = None
    for n in _walk(scanner.root):
        if n.tag == "h1" and n.end <= region.start and not _skipped(n, None):
            best = n
    if any(n.tag == "h1" for n in _walk(region)):
        return None
    return best


_FALLBACK = re.compile(
    r"<(script|style|noscript|template)\b.*?(?:</\1\s*>|\Z)|<!--.*?(?:-->|\Z)|<[!?/]?[A-Za-z][^>]*>?",
    re.I | re.S,
)


def _mask_html_fallback(text: str) -> Masked:
    """Last resort if the parser chokes: blank tags, comments, scripts and styles."""
    out = list(text)
    for m in _FALLBACK.finditer(text):
        for i in range(m.start(), m.end()):
            if out[i] not in "\r\n":
                out[i] = FILL
        if m.end() - m.start() >= 2:
            out[m.start()] = out[m.start()] if out[m.start()] in "\r\n" else "\n"
            out[m.start() + 1] = out[m.start() + 1] if out[m.start() + 1] in "\r\n" else "\n"
    return Masked("".join(out), [])


HTML_MODES = ("article", "all")

# Elements whose content a browser does not show as text.
_INVISIBLE_TAGS = frozenset(
    "script style noscript template head title svg math iframe object embed canvas select "
    "option datalist textarea".split()
)
_HIDDEN_CLASS = re.compile(r"(?<![\w-])(?:sr-only|visually-hidden|screen-reader-text|hidden)(?![\w-])", re.I)
_DISPLAY_NONE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# Elements that hold page furniture whatever an extractor says: menus, asides, forms,
# footers, and figures (photo and gallery captions).
_FURNITURE_TAGS = frozenset("nav aside form button menu dialog footer figure figcaption".split())
_BYLINE_START = re.compile(r"^By\s+\S", re.I)


def _invisible(node: _Node) -> bool:
    for anc in _ancestors(node):
        a = anc.attrs
        if anc.tag in _INVISIBLE_TAGS or "hidden" in a or a.get("aria-hidden") == "true":
            return True
        if _HIDDEN_CLASS.search(a.get("class", "")) or _DISPLAY_NONE.search(a.get("style", "")):
            return True
    return False


@dataclass
class _Block:
    """A run of visible text between two block boundaries of the page."""

    runs: list[int]  # indices into scanner.data
    text: str
    h1: bool = False
    linked: int = 0  # letters inside <a> elements
    furniture: bool = False  # inside an element whose class/id names furniture (share, related...)
    article: int = 0  # id() of the innermost <article> element holding it (0: none)

    def letters(self) -> int:
        return sum(ch.isalnum() for ch in self.text)

    def is_furniture(self) -> bool:
        """Furniture even if an extractor kept it: no letters at all ("___"), a furniture
        class, or a short block that is nearly all link ("Read also: <a>...</a>")."""
        n = self.letters()
        return n == 0 or self.furniture or (self.linked >= 0.8 * n and len(self.text.split()) <= 25)


def _page_blocks(text: str, scanner: _Scanner) -> list[_Block]:
    """The page's visible text cut at block-level tags, each block located in the raw HTML."""
    bounds = sorted(s for s, _ in scanner.blocks)
    breaks = sorted(s for s, _ in scanner.breaks)
    blocks: list[_Block] = []
    cur_key = None
    last = 0
    for i, (s, e, node) in enumerate(scanner.data):
        if _invisible(node):
            continue
        piece = html.unescape(text[s:e]) if text[s] == "&" else text[s:e]
        key = bisect.bisect_right(bounds, s)
        if blocks and key == cur_key:
            if bisect.bisect_left(breaks, s) > bisect.bisect_left(breaks, last):  # a <br> between
                blocks[-1].text += "\n"
            blocks[-1].runs.append(i)
            blocks[-1].text += piece
        else:
            blocks.append(_Block([i], piece))
            cur_key = key
        chain = _ancestors(node)
        if not blocks[-1].article:
            blocks[-1].article = next((id(a) for a in chain if a.tag == "article"), 0)
        if any(a.tag == "h1" for a in chain):
            blocks[-1].h1 = True
        if any(a.tag == "a" for a in chain):
            blocks[-1].linked += sum(ch.isalnum() for ch in piece)
        last = e
        if any(a.tag in _FURNITURE_TAGS or _BOILERPLATE.search(a.attrs.get("class", "") + " " + a.attrs.get("id", ""))
               for a in chain):
            blocks[-1].furniture = True
    return [b for b in blocks if b.text.strip()]


def _heuristic_keep(scanner: _Scanner, text: str) -> set[int]:
    """Data runs kept by factdiff's own rules: the richest <article>/<main>, minus furniture classes."""
    region = _choose_region(text, scanner)
    extra = _preceding_h1(scanner, region) if region is not None else None
    kept: set[int] = set()
    for i, (_, _, node) in enumerate(scanner.data):
        keep = not _skipped(node, region)
        if not keep and extra is not None and any(a is extra for a in _ancestors(node)):
            keep = not _skipped(node, None)
        if keep:
            kept.add(i)
    return kept


def _extractor_keep(text: str, blocks: list[_Block], extractor: str) -> set[int] | None:
    """Data runs of the blocks the extractor's text contains, plus the headline and byline."""
    from .article import chosen_blocks, extract, title_matches

    found = extract(text, extractor)
    if found is None:
        return None
    chosen = [keep and not b.is_furniture() for b, keep in
              zip(blocks, chosen_blocks([b.text for b in blocks], found), strict=True)]
    if not any(chosen):
        return None
    # Several <article> elements (teasers, a "read next" card): the story is the one holding
    # most of the chosen text.
    weight: dict[int, int] = {}
    for b, keep in zip(blocks, chosen, strict=True):
        if keep and b.article:
            weight[b.article] = weight.get(b.article, 0) + b.letters()
    if len(weight) > 1:
        best = max(weight, key=weight.__getitem__)
        chosen = [keep and b.article in (0, best) for b, keep in zip(blocks, chosen, strict=True)]
    first = chosen.index(True)
    # The headline: an <h1> that is the page's title, else the last <h1> before the story.
    heads = [i for i, b in enumerate(blocks) if b.h1]
    head = next((i for i in heads if title_matches(blocks[i].text, found)), None)
    if head is None:
        head = next((i for i in reversed(heads) if i <= first), None)
    if head is not None:
        chosen[head] = True
        first = min(first, head)
    # A "By ..." line between the headline and the story's first paragraph.
    body = next((i for i in range(first + 1, len(blocks)) if chosen[i] and not blocks[i].h1), None)
    if body is not None:
        for i in range(first + 1, body):
            line = " ".join(blocks[i].text.split())
            if _BYLINE_START.match(line) and len(line) <= 80:
                chosen[i] = True
    return {r for b, keep in zip(blocks, chosen, strict=True) if keep for r in b.runs}


def mask_html(text: str, mode: str = "article", extractor: str | None = None) -> Masked:
    """Blank out everything in ``text`` that is not article text (same length).

    ``mode="all"`` keeps every visible block (menus, comments...). ``extractor`` names the
    main-content extractor (:mod:`.article`), or ``"heuristic"`` for factdiff's own rules,
    which are also the fallback when the extractor is missing or finds nothing.
    """
    scanner = _Scanner(text)
    try:
        scanner.feed(text)
        scanner.finish()
    except (AssertionError, ValueError, IndexError):  # pragma: no cover - parser bug guard
        return _mask_html_fallback(text)
    blocks = _page_blocks(text, scanner)
    method = "all"
    if mode == "all":
        kept = {r for b in blocks for r in b.runs}
    else:
        from .article import DEFAULT_EXTRACTOR

        name = extractor or DEFAULT_EXTRACTOR
        found = None if name == "heuristic" else _extractor_keep(text, blocks, name)
        method = name if found is not None else "heuristic"
        kept = found if found is not None else _heuristic_keep(scanner, text)
    ignored = [b for b in blocks if not any(r in kept for r in b.runs)]

    out = [ch if ch in "\r\n" else FILL for ch in text]
    for s, e in scanner.blocks:
        _put_break(out, s, e, "\n\n")
    for s, e in scanner.breaks:
        _put_break(out, s, e, "\n")
    for i in sorted(kept):
        s, e, _ = scanner.data[i]
        out[s:e] = list(_decode_entity(text[s:e]) if text[s] == "&" else text[s:e])

    headings = []
    for n in _walk(scanner.root):
        if n.tag in _HEADINGS and n.close > n.inner:
            headings.append((n.inner, n.close))
    first = None
    if ignored:  # its first words, to point at
        s, e, _ = next(scanner.data[r] for r in ignored[0].runs if text[scanner.data[r][0]:scanner.data[r][1]].strip())
        first = _strip_span(text, s, e)
    return Masked("".join(out), headings, len(ignored), first, method)


def _decode_entity(raw: str) -> str:
    """Decode a leading entity in place, filled up to the same length.

    Characters after the entity (the parser may hand us "&amp-x") stay at their
    raw positions.
    """
    dec = html.unescape(raw)
    if dec == raw or len(dec) > len(raw):
        return raw
    tail = 0
    while tail < len(dec) - 1 and raw[-1 - tail] == dec[-1 - tail]:
        tail += 1
    head_raw, head_dec = raw[: len(raw) - tail], dec[: len(dec) - tail]
    head_dec = head_dec.replace("\u00a0", " ")
    return head_dec + FILL * (len(head_raw) - len(head_dec)) + raw[len(raw) - tail:]


def _strip_span(text: str, s: int, e: int) -> Span:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _put_break(out: list[str], s: int, e: int, brk: str) -> None:
    for i, ch in enumerate(brk):
        if s + i < e:
            out[s + i] = ch


# --------------------------------------------------------------------------- Markdown

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^ {0,3}\1[ \t]*$|\Z)", re.M | re.S)
_ATX = re.compile(r"^( {0,3}#{1,6})([ \t]+)(.*?)([ \t]+#+)?[ \t]*$", re.M)
_SETEXT = re.compile(r"^(?P<title>[^\n]*\S[^\n]*)\r?\n(?P<rule> {0,3}(?:=+|-{2,})[ \t]*)$", re.M)
_RULE = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$", re.M)
_QUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+", re.M)
_LIST = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+", re.M)
_REFDEF = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S+[^\n]*$", re.M)
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\](\([^)\n]*\)|\[[^\]\n]*\])")
_AUTOLINK = re.compile(r"<((?:https?|mailto|ftp):[^>\s]+)>")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_STRONG = re.compile(r"(\*\*|__|~~)(?=\S)(?P<body>.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*\\])\*(?=[^\s*])(?P<body>.+?)(?<=[^\s*\\])\*(?![\w*])")
_EM_UND = re.compile(r"(?<![\w\\])_(?=[^\s_])(?P<body>.+?)(?<=[^\s_])_(?!\w)")
_CODE = re.compile(r"(`+)(?=[^`])(?P<body>.+?)(?<=[^`])\1")
_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!>~|])")


def mask_markdown(text: str) -> Masked:
    """Blank out Markdown syntax in place (same length); report heading spans."""
    buf = list(text)
    headings: list[Span] = []

    def blank(s: int, e: int) -> None:  # syntax reads as nothing, its spaces as spaces
        for i in range(s, e):
            if buf[i] not in "\r\n":
                buf[i] = " " if buf[i].isspace() else FILL

    def cur() -> str:
        return "".join(buf)

    for m in _FENCE.finditer(text):
        blank(m.start(), m.end())
    for m in _REFDEF.finditer(cur()):
        blank(m.start(), m.end())
    for m in _ATX.finditer(cur()):
        blank(m.start(1), m.end(2))
        if m.group(4):
            blank(m.start(4), m.end(4))
        if m.group(3).strip():
            headings.append((m.start(3), m.end(3)))
    for m in _SETEXT.finditer(cur()):
        if not _LIST.match(m.group("title")) and not _RULE.match(m.group("title")):
            blank(m.start("rule"), m.end("rule"))
            headings.append((m.start("title"), m.end("title")))
    for m in _RULE.finditer(cur()):
        blank(m.start(), m.end())
    for m in _QUOTE.finditer(cur()):
        blank(m.start(), m.end())
    for m in _LIST.finditer(cur()):
        blank(m.start(), m.end())
    for m in _IMAGE.finditer(cur()):
        blank(m.start(), m.end())
    for m in _LINK.finditer(cur()):
        blank(m.start(), m.start(1))
        blank(m.end(1), m.end())
    for m in _AUTOLINK.finditer(cur()):
        blank(m.start(), m.start(1))
        blank(m.end(1), m.end())
    for m in _TAG.finditer(cur()):
        blank(m.start(), m.end())
    for rx in (_CODE, _STRONG, _STRONG, _EM_STAR, _EM_UND):
        for m in rx.finditer(cur()):
            blank(m.start(), m.start("body"))
            blank(m.end("body"), m.end())
    for m in _ESCAPE.finditer(cur()):
        blank(m.start(), m.end())
    headings.sort()
    return Masked(cur(), headings)
