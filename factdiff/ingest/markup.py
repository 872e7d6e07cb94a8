"""Same-length masking of HTML and Markdown, so offsets survive markup removal.

Instead of extracting text (which would move every offset), markup is overwritten
with spaces in place: ``Source.text`` has exactly the length of the decoded input,
and a span into it is also a span into the HTML/Markdown the user gave. Newlines
are kept, and block boundaries become blank lines so paragraphs come out right.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

Span = tuple[int, int]


@dataclass
class Masked:
    """A masked text plus the heading spans found in the markup."""

    text: str
    headings: list[Span] = field(default_factory=list)


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
    """Guess "html", "markdown" or "text" from the file name, then the content."""
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
    r"read-?more|more-stories|paywall|sr-only|visually-hidden)(?![\w-])",
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
                out[i] = " "
        if m.end() - m.start() >= 2:
            out[m.start()] = out[m.start()] if out[m.start()] in "\r\n" else "\n"
            out[m.start() + 1] = out[m.start() + 1] if out[m.start() + 1] in "\r\n" else "\n"
    return Masked("".join(out), [])


def mask_html(text: str) -> Masked:
    """Blank out everything in ``text`` that is not article text (same length)."""
    scanner = _Scanner(text)
    try:
        scanner.feed(text)
        scanner.finish()
    except (AssertionError, ValueError, IndexError):  # pragma: no cover - parser bug guard
        return _mask_html_fallback(text)
    region = _choose_region(text, scanner)
    extra = _preceding_h1(scanner, region) if region is not None else None

    out = [ch if ch in "\r\n" else " " for ch in text]
    for s, e in scanner.blocks:
        _put_break(out, s, e, "\n\n")
    for s, e in scanner.breaks:
        _put_break(out, s, e, "\n")

    for s, e, node in scanner.data:
        keep = not _skipped(node, region)
        if not keep and extra is not None and any(a is extra for a in _ancestors(node)):
            keep = not _skipped(node, None)
        if not keep:
            continue
        out[s:e] = list(_decode_entity(text[s:e]) if text[s] == "&" else text[s:e])

    headings = []
    for n in _walk(scanner.root):
        if n.tag in _HEADINGS and n.close > n.inner:
            headings.append((n.inner, n.close))
    return Masked("".join(out), headings)


def _decode_entity(raw: str) -> str:
    """Decode a leading entity in place, padded with spaces to the same length.

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
    return head_dec + " " * (len(head_raw) - len(head_dec)) + raw[len(raw) - tail:]


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

    def blank(s: int, e: int) -> None:
        for i in range(s, e):
            if buf[i] not in "\r\n":
                buf[i] = " "

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
