"""Agency feed formats: IPTC NewsML-G2, NITF and ninjs, read without moving offsets.

Why: the wire arrives in these formats, and read as plain text their metadata becomes
"article text" (a provider element "Reuters" turns into "fact missing: 'Reuters'").
Here the article (headline, dateline, by-line, body paragraphs) is kept in place and
everything else is masked, exactly as HTML is (``markup.FILL``): the masked text has the
file's length, so every span is an offset into the file as given. The headline,
dateline and by-line get the roles the markup states; metadata (provider, ids,
timestamps, subjects, keywords) goes to the report's document info, never compared.

XML is parsed with the standard library's expat (namespaces, entities and CDATA as the
XML spec says), which reports where every event starts; ninjs with a small JSON
scanner that keeps where every string value sits, escapes included.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..errors import Errors, InputError
from .markup import FILL

NEWSML_NS = "http://iptc.org/std/nar/2006-10-01/"
NITF_NS = ("", "http://iptc.org/std/NITF/2006-10-18/")
XHTML_NS = "http://www.w3.org/1999/xhtml"

Span = tuple[int, int]


@dataclass
class AgencyItem:
    """The masked text (file length), heading spans, role spans and metadata of one item."""

    text: str
    headings: list[Span] = field(default_factory=list)
    roles: list[tuple[int, int, str]] = field(default_factory=list)
    metadata: list[tuple[str, str]] = field(default_factory=list)


# --------------------------------------------------------------------------- detection

_XML_ROOT = re.compile(r"\A[\s\ufeff]*(?:<\?xml[^>]*>\s*)?(?:(?:<!--.*?-->|<!DOCTYPE[^>]*>|<\?[^>]*\?>)\s*)*<([\w.-]+:)?([\w.-]+)", re.S)
_NINJS_KEYS = frozenset({"body_html", "body_text", "bodies", "headline", "headlines", "uri", "versioncreated"})


def detect_agency(text: str, name: str = "") -> str | None:
    """"newsml", "nitf" or "ninjs" when the content is one (by its root element or keys)."""
    m = _XML_ROOT.match(text[:20_000])
    if m:
        root = m.group(2)
        if root in ("newsItem", "newsMessage"):
            return "newsml"
        if root == "nitf":
            return "nitf"
        return None
    head = text.lstrip("\ufeff \t\r\n")
    if head.startswith("{"):
        keys = set(re.findall(r'"([A-Za-z_$]+)"\s*:', head[:50_000]))
        if name.lower().endswith(".json") or len(keys & _NINJS_KEYS) >= 2 or '"ninjs' in head[:2000]:
            return "ninjs"
    return None


# --------------------------------------------------------------------------- XML with offsets


@dataclass
class _El:
    ns: str
    tag: str  # local name
    attrs: dict[str, str]
    start: int
    children: list[_El] = field(default_factory=list)
    runs: list[tuple[int, int, str]] = field(default_factory=list)  # data directly inside: (start, end, decoded)
    parent: _El | None = None
    end: int = -1

    def find(self, *tags: str) -> _El | None:
        return next((c for c in self.children if c.tag in tags), None)

    def find_all(self, tag: str) -> list[_El]:
        return [c for c in self.children if c.tag == tag]

    def walk(self):
        stack = [self]
        while stack:
            el = stack.pop()
            yield el
            stack.extend(reversed(el.children))

    def text(self) -> str:
        """All the decoded text inside, in order, whitespace collapsed."""
        parts: list[tuple[int, str]] = []
        for el in self.walk():
            parts.extend((s, t) for s, _, t in el.runs)
        return " ".join("".join(t for _, t in sorted(parts)).split())

    def all_runs(self) -> list[tuple[int, int, str]]:
        return sorted(r for el in self.walk() for r in el.runs)


def _parse_xml(text: str, name: str) -> _El:
    import xml.parsers.expat as expat  # here, not at import: detection runs on every input

    data = text.encode("utf-8")
    lead = None if text.isascii() else [i for i, b in enumerate(data) if (b & 0xC0) != 0x80]

    def char(byte: int) -> int:
        return byte if lead is None else bisect.bisect_left(lead, byte)

    parser = expat.ParserCreate(encoding="UTF-8", namespace_separator=" ")
    root = _El("", "#document", {}, 0)
    stack = [root]
    pending: list[tuple[int, str, _El]] = []  # data runs whose end is the next event's start
    events: list[int] = []

    def mark() -> int:
        pos = char(parser.CurrentByteIndex)
        for s, t, el in pending:
            el.runs.append((s, pos, t))
        pending.clear()
        events.append(pos)
        return pos

    def start(qname: str, attrs: dict[str, str]) -> None:
        pos = mark()
        ns, _, tag = qname.rpartition(" ")
        el = _El(ns, tag, {k.rpartition(" ")[2]: v for k, v in attrs.items()}, pos, parent=stack[-1])
        stack[-1].children.append(el)
        stack.append(el)

    def end(qname: str) -> None:
        pos = mark()
        el = stack.pop()
        el.end = pos

    def chars(data: str) -> None:
        pos = mark()
        pending.append((pos, data, stack[-1]))

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    parser.StartCdataSectionHandler = lambda: mark()
    parser.EndCdataSectionHandler = lambda: mark()
    parser.CommentHandler = lambda _c: mark()
    parser.ProcessingInstructionHandler = lambda _t, _d: mark()
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise InputError(Errors.E080.format(name=name, line=exc.lineno, column=exc.offset + 1,
                                            reason=expat.ErrorString(exc.code))) from None
    for el in root.walk():
        if el.end < 0:
            el.end = len(text)
    return root


class _Mask:
    """A same-length mask of ``raw``: FILL everywhere but newlines, until text is kept."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.out = [ch if ch in "\r\n" else FILL for ch in raw]
        self.headings: list[Span] = []
        self.roles: list[tuple[int, int, str]] = []

    def keep_runs(self, runs: list[tuple[int, int, str]]) -> Span | None:
        lo = hi = None
        for s, e, t in runs:
            piece = self.raw[s:e]
            if piece == t or piece.replace("\r", "") == t.replace("\r", ""):
                self.out[s:e] = list(piece)
            elif len(t) <= e - s:  # an entity, a character reference, CDATA: decoded, then FILL
                self.out[s:e] = list(t.replace("\u00a0", " ")) + [FILL] * (e - s - len(t))
            else:  # pragma: no cover - expat never decodes to more than the raw
                continue
            if t.strip():
                lo = s if lo is None else lo
                hi = e
        return None if lo is None else (lo, hi)

    def keep(self, el: _El, role: str | None = None, heading: bool = False) -> None:
        """Keep ``el``'s text as one block (a paragraph of its own)."""
        self.block(el.start)
        span = self.keep_runs(el.all_runs())
        if span is None:
            return
        span = _trim(self.raw, *span)
        if role:
            self.roles.append((*span, role))
        if heading:
            self.headings.append(span)
        self.block(el.end)

    def block(self, pos: int) -> None:
        for i, ch in enumerate("\n\n"):
            if pos + i < len(self.out) and self.out[pos + i] == FILL:
                self.out[pos + i] = ch

    def text(self) -> str:
        return "".join(self.out)


def _trim(raw: str, s: int, e: int) -> Span:
    while s < e and raw[s].isspace():
        s += 1
    while e > s and raw[e - 1].isspace():
        e -= 1
    return s, e


# Block elements of article bodies (NITF body.content, XHTML).
_BODY_BLOCKS = frozenset("p hl2 hl3 h1 h2 h3 h4 h5 h6 li dt dd blockquote pre td th tagline".split())
_BODY_SKIP = frozenset("media media-caption media-reference figure figcaption img table-reference note "
                       "script style object fn".split())


def _keep_body(mask: _Mask, body: _El) -> int:
    """Keep each block of an article body; the number of blocks kept."""
    kept = 0
    stack = [body]
    while stack:
        el = stack.pop()
        if el.tag in _BODY_SKIP:
            continue
        if el.tag in _BODY_BLOCKS and el.text():
            mask.keep(el, role="credits" if el.tag == "tagline" else None, heading=el.tag.startswith(("h", "hl")))
            kept += 1
            continue
        if el.runs and any(t.strip() for _, _, t in el.runs) and el is not body and not el.children:
            mask.keep(el)
            kept += 1
            continue
        stack.extend(reversed(el.children))
    return kept


def _meta(out: list[tuple[str, str]], key: str, value: str | None) -> None:
    value = " ".join((value or "").split())
    if value and not any(k == key and v == value for k, v in out):
        out.append((key, value))


def _join(values: list[str]) -> str:
    seen: list[str] = []
    for v in values:
        v = " ".join(v.split())
        if v and v not in seen:
            seen.append(v)
    return "; ".join(seen)


# --------------------------------------------------------------------------- NITF


def _read_nitf_into(mask: _Mask, nitf: _El, meta: list[tuple[str, str]], name: str) -> int:
    head = nitf.find("head")
    if head is not None:
        title = head.find("title")
        _meta(meta, "title", title.text() if title is not None else None)
        docdata = head.find("docdata")
        if docdata is not None:
            for el in docdata.walk():
                if el.tag == "doc-id":
                    _meta(meta, "id", el.attrs.get("id-string"))
                elif el.tag in ("date.issue", "date.release"):
                    _meta(meta, el.tag.replace("date.", ""), el.attrs.get("norm"))
                elif el.tag == "urgency":
                    _meta(meta, "urgency", el.attrs.get("ed-urg"))
                elif el.tag == "doc.copyright":
                    _meta(meta, "copyright", el.attrs.get("holder"))
            _meta(meta, "keywords", _join([k.attrs.get("key", "") for k in docdata.walk() if k.tag == "keyword"]))
            _meta(meta, "subjects", _join([c.attrs.get("value", "") or c.text() for c in docdata.walk()
                                           if c.tag in ("classifier", "object.title", "person", "org", "location")]))
        pub = head.find("pubdata")
        if pub is not None:
            _meta(meta, "publication", pub.attrs.get("name"))
    body = nitf.find("body")
    if body is None:
        raise InputError(Errors.E082.format(name=name, fmt="NITF", where="<body>"))
    bhead = body.find("body.head")
    if bhead is not None:
        for el in bhead.children:
            if el.tag == "hedline":
                for hl in el.children:
                    if hl.tag in ("hl1", "hl2"):
                        mask.keep(hl, role="headline", heading=True)
            elif el.tag == "byline":
                mask.keep(el, role="credits")
            elif el.tag == "dateline":
                mask.keep(el, role="dateline")
            elif el.tag == "distributor":
                _meta(meta, "provider", el.text())
    kept = 0
    content = body.find("body.content")
    if content is not None:
        kept = _keep_body(mask, content)
    end = body.find("body.end")
    if end is not None:
        for el in end.children:
            if el.tag == "tagline":
                mask.keep(el, role="credits")
    return kept


# --------------------------------------------------------------------------- NewsML-G2


def _qcode(el: _El | None) -> str:
    if el is None:
        return ""
    name = el.find("name")
    return (name.text() if name is not None else "") or el.attrs.get("literal", "") or el.attrs.get("qcode", "") or el.text()


def _read_newsml(mask: _Mask, root: _El, name: str) -> list[tuple[str, str]]:
    top = root.children[0]
    if top.ns != NEWSML_NS:
        raise InputError(Errors.E081.format(name=name, root=top.tag, fmt="NewsML-G2", ns=NEWSML_NS,
                                            got=top.ns or "no namespace"))
    item = top
    if top.tag == "newsMessage":
        item = next((el for el in top.walk() if el.tag == "newsItem"), None)
        if item is None:
            raise InputError(Errors.E082.format(name=name, fmt="NewsML-G2", where="<newsItem>"))
    meta: list[tuple[str, str]] = []
    _meta(meta, "guid", item.attrs.get("guid"))
    _meta(meta, "version", item.attrs.get("version"))
    imeta = item.find("itemMeta")
    if imeta is not None:
        _meta(meta, "provider", _qcode(imeta.find("provider")))
        for key in ("versionCreated", "firstCreated", "embargoed"):
            el = imeta.find(key)
            _meta(meta, key, el.text() if el is not None else None)
        for key in ("itemClass", "pubStatus"):
            el = imeta.find(key)
            _meta(meta, key, el.attrs.get("qcode") if el is not None else None)
    rights = item.find("rightsInfo")
    if rights is not None:
        _meta(meta, "copyright", _qcode(rights.find("copyrightHolder")))
    cmeta = item.find("contentMeta")
    if cmeta is not None:
        for el in cmeta.children:
            if el.tag == "headline":
                mask.keep(el, role="headline", heading=True)
            elif el.tag == "dateline":
                mask.keep(el, role="dateline")
            elif el.tag in ("by", "creditline"):
                mask.keep(el, role="credits")
            elif el.tag in ("urgency", "contentCreated", "contentModified", "slugline"):
                _meta(meta, el.tag, el.text())
            elif el.tag == "language":
                _meta(meta, "language", el.attrs.get("tag"))
            elif el.tag == "located":
                _meta(meta, "located", _qcode(el))
        _meta(meta, "subjects", _join([_qcode(el) for el in cmeta.find_all("subject")]))
        _meta(meta, "keywords", _join([el.text() for el in cmeta.find_all("keyword")]))
    cset = item.find("contentSet")
    kept = 0
    if cset is not None:
        for el in cset.children:
            if el.tag == "inlineXML":
                for inner in el.children:
                    if inner.tag == "nitf":
                        kept += _read_nitf_into(mask, inner, meta, name)
                    else:
                        body = next((b for b in inner.walk() if b.tag == "body"), inner)
                        kept += _keep_body(mask, body)
            elif el.tag == "inlineData":
                kept += _keep_plain(mask, el)
            if kept:
                break  # the first rendition with text is the story; others repeat it
    if not kept:
        raise InputError(Errors.E082.format(name=name, fmt="NewsML-G2", where="inlineXML or inlineData body"))
    return meta


def _keep_plain(mask: _Mask, el: _El) -> int:
    """inlineData text/plain: the text itself, paragraphs at its blank lines."""
    span = mask.keep_runs(el.runs)
    if span is None:
        return 0
    mask.block(el.start)
    mask.block(el.end)
    return 1


def _read_xml(text: str, name: str, fmt: str) -> AgencyItem:
    root = _parse_xml(text, name)
    if not root.children:
        raise InputError(Errors.E080.format(name=name, line=1, column=1, reason="no root element"))
    mask = _Mask(text)
    if fmt == "newsml":
        meta = _read_newsml(mask, root, name)
    else:
        top = root.children[0]
        if top.ns not in NITF_NS:
            raise InputError(Errors.E081.format(name=name, root=top.tag, fmt="NITF", ns=NITF_NS[1], got=top.ns))
        meta = []
        if not _read_nitf_into(mask, top, meta, name):
            raise InputError(Errors.E082.format(name=name, fmt="NITF", where="<body.content> paragraphs"))
    return AgencyItem(mask.text(), mask.headings, mask.roles, meta)


# --------------------------------------------------------------------------- ninjs


@dataclass
class _JStr:
    """A JSON string value: where it sits in the file, and each decoded character's raw extent."""

    start: int  # just after the opening quote
    value: str
    extents: list[Span]


_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")
_WS = re.compile(r"[ \t\n\r]*")


def _jstring(text: str, i: int) -> tuple[_JStr, int]:
    """Scan the string whose opening quote is at ``i``; (value, index after it)."""
    chars: list[str] = []
    ext: list[Span] = []
    j = i + 1
    while True:
        c = text[j]
        if c == '"':
            return _JStr(i + 1, "".join(chars), ext), j + 1
        if c == "\\":
            e = text[j + 1]
            if e == "u":
                code = int(text[j + 2:j + 6], 16)
                k = j + 6
                if 0xD800 <= code < 0xDC00 and text.startswith("\\u", k):
                    low = int(text[k + 2:k + 6], 16)
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    k += 6
                chars.append(chr(code))
                ext.append((j, k))
                j = k
            else:
                chars.append(_ESCAPES[e])
                ext.append((j, j + 2))
                j += 2
        else:
            chars.append(c)
            ext.append((j, j + 1))
            j += 1


def _jvalue(text: str, i: int, path: str, out: dict[str, _JStr]) -> int:
    """Scan one JSON value at ``i`` (already valid JSON), recording strings by path."""
    i = _WS.match(text, i).end()
    c = text[i]
    if c == '"':
        s, i = _jstring(text, i)
        out[path] = s
        return i
    if c == "{":
        i = _WS.match(text, i + 1).end()
        if text[i] == "}":
            return i + 1
        while True:
            key, i = _jstring(text, _WS.match(text, i).end())
            i = _WS.match(text, i).end() + 1  # the colon
            i = _jvalue(text, i, f"{path}.{key.value}" if path else key.value, out)
            i = _WS.match(text, i).end()
            if text[i] == "}":
                return i + 1
            i += 1  # the comma
    if c == "[":
        i = _WS.match(text, i + 1).end()
        if text[i] == "]":
            return i + 1
        n = 0
        while True:
            i = _jvalue(text, i, f"{path}[{n}]", out)
            n += 1
            i = _WS.match(text, i).end()
            if text[i] == "]":
                return i + 1
            i += 1
    for lit in ("true", "false", "null"):
        if text.startswith(lit, i):
            return i + len(lit)
    return _NUMBER.match(text, i).end()


def _jbreak(mask: _Mask, s: _JStr) -> None:
    """A paragraph break on each side of a string value: over its quotes and the syntax beside them."""
    end = s.extents[-1][1] if s.extents else s.start
    for pos in (s.start - 2, s.start - 1, end, end + 1):
        if 0 <= pos < len(mask.out) and mask.out[pos] == FILL:
            mask.out[pos] = "\n"


def _project(mask: _Mask, s: _JStr, shown: str) -> Span | None:
    """Write ``shown`` (same length as the decoded value) over the string's raw extents."""
    lo = hi = None
    for (a, b), ch in zip(s.extents, shown, strict=True):
        mask.out[a] = ch
        for k in range(a + 1, b):
            mask.out[k] = FILL
        if not ch.isspace() and ch != FILL:
            lo = a if lo is None else lo
            hi = b
    return None if lo is None else (lo, hi)


def _read_ninjs(text: str, name: str, html_mode: str) -> AgencyItem:
    import json

    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(Errors.E083.format(name=name, line=exc.lineno, column=exc.colno, reason=exc.msg)) from None
    if not isinstance(data, dict):
        raise InputError(Errors.E084.format(name=name))
    strings: dict[str, _JStr] = {}
    _jvalue(text, 0, "", strings)
    mask = _Mask(text)
    meta: list[tuple[str, str]] = []
    for key in ("uri", "guid", "type", "version", "versioncreated", "firstcreated", "pubstatus", "urgency",
                "language", "copyrightholder", "slugline", "profile"):
        value = data.get(key)
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            _meta(meta, key, str(value))
    for key, field_name in (("subject", "subjects"), ("infosource", "provider"), ("genre", "genre")):
        items = data.get(key) if isinstance(data.get(key), list) else []
        _meta(meta, field_name, _join([str(x.get("name") or x.get("code") or "") for x in items if isinstance(x, dict)]))
    if isinstance(data.get("keywords"), list):
        _meta(meta, "keywords", _join([str(k) for k in data["keywords"]]))

    def keep_plain(path: str, role: str | None = None, heading: bool = False) -> bool:
        s = strings.get(path)
        if s is None or not s.value.strip():
            return False
        _jbreak(mask, s)
        span = _project(mask, s, s.value)
        if span is not None:
            span = _trim(text, *span)
            if role:
                mask.roles.append((*span, role))
            if heading:
                mask.headings.append(span)
        return span is not None

    headline = "headline" if "headline" in strings else "headlines[0].value"
    keep_plain(headline, "headline", heading=True)
    for path in sorted(p for p in strings if p in ("byline", "by") or re.fullmatch(r"bylines\[\d+\](?:\.byline|\.name)?", p)):
        keep_plain(path, "credits")
    for path in ("located", "datelines[0].value", "dateline"):
        if keep_plain(path, "dateline"):
            break
    body = None
    for path in ("body_html", "body_text"):
        if path in strings and strings[path].value.strip():
            body = path
            break
    if body is None:
        body = next((p[: -len(".value")] for p in sorted(strings) if re.fullmatch(r"bodies\[\d+\]\.value", p)
                     and strings[p].value.strip()), None)
        if body is not None:
            kind = strings.get(body + ".contenttype")
            body = body + ".value" if kind is None or "html" not in kind.value else body + ".value#html"
    if body is None:
        raise InputError(Errors.E082.format(name=name, fmt="ninjs", where="body_html, body_text or bodies"))
    is_html = body == "body_html" or body.endswith("#html")
    s = strings[body.removesuffix("#html")]
    if is_html:
        from .markup import mask_html

        shown = mask_html(s.value, "all").text
    else:
        shown = s.value
    _jbreak(mask, s)
    if _project(mask, s, shown) is None:
        raise InputError(Errors.E082.format(name=name, fmt="ninjs", where=body.removesuffix("#html")))
    return AgencyItem(mask.text(), mask.headings, mask.roles, meta)


# --------------------------------------------------------------------------- entry point


def read_agency(text: str, name: str, fmt: str, html_mode: str = "article") -> AgencyItem:
    """Read one agency item (``fmt``: "newsml", "nitf" or "ninjs"); one-line InputError if malformed."""
    if fmt == "ninjs":
        return _read_ninjs(text, name, html_mode)
    return _read_xml(text, name, fmt)


__all__ = ["AgencyItem", "NEWSML_NS", "NITF_NS", "detect_agency", "read_agency"]
