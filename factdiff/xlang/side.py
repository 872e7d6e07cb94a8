"""One version of a story as cross-language comparison sees it: its sentences (cut by its own
language's profile) and the comparable facts of each (``factdiff.lang``)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from ..facts.model import ParsedDocument, Sentence, document_of
from .align import Unit

#: spaCy labels of the English side's names that a translation keeps as they are (places and
#: nationalities are translated: Germany, Deutschland, Jerman).
KEPT_LABELS = frozenset({"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART"})
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


def lang_api() -> Any:
    """``factdiff.lang`` (imported late: only cross-language comparisons need it)."""
    import importlib

    return importlib.import_module("factdiff.lang")


@lru_cache(maxsize=4096)
def ascii_fold(text: str) -> str:
    """Lower-case ASCII form of a word for matching (transliterated when the library is there)."""
    try:
        from anyascii import anyascii

        out = anyascii(text)
    except ImportError:  # pragma: no cover - depends on what factdiff.lang installs
        try:
            from unidecode import unidecode

            out = unidecode(text)
        except ImportError:
            out = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return out.lower()


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass
class Side:
    """A document with its language, re-cut sentences and per-sentence facts."""

    doc: ParsedDocument
    language: str
    script: str
    profile: Any
    facts: list[list[Any]]  # per sentence: factdiff.lang.XFact
    labels: dict[tuple[int, int], str] = field(default_factory=dict)  # English names: spaCy label
    first_class: bool = True

    @property
    def english(self) -> bool:
        return self.language == "en"

    @property
    def cyrillic(self) -> bool:
        return self.script == "Cyrillic"

    @property
    def latin(self) -> bool:
        return self.script in ("Latin", "")

    @property
    def readable(self) -> bool:
        """Names of this side can be checked against another script (Latin, or Cyrillic
        through transliteration); Han, Arabic, Devanagari... names cannot, reliably."""
        return self.latin or self.cyrillic

    def label(self, fact: Any) -> str:
        """The spaCy label of an English-side name that overlaps ``fact``, else ""."""
        for (s, e), lab in self.labels.items():
            if s < fact.end and fact.start < e:
                return lab
        return ""

    def units(self) -> list[Unit]:
        return [
            Unit(sum(1 for ch in s.text if not ch.isspace()), anchors(self.facts[k]), s.paragraph)
            for k, s in enumerate(self.doc.sentences)
        ]

    @property
    def words(self) -> frozenset[str]:
        """Every word of the document, folded: for "is this name anywhere on that side"."""
        cached = getattr(self, "_words", None)
        if cached is None:
            cached = frozenset(ascii_fold(w) for w in _WORD.findall(self.doc.text))
            self._words = cached
        return cached


def number_key(value: float) -> str:
    return f"{value:.6g}"


def anchors(facts: list[Any]) -> frozenset[tuple[str, str]]:
    """Alignment anchors of a sentence: figures by value, months and years, name words."""
    out: set[tuple[str, str]] = set()
    for f in facts:
        if f.kind == "number" and f.value is not None:
            out.add(("number", number_key(f.value)))
        elif f.kind == "date":
            if f.month:
                out.add(("date", f"m{f.month}"))
            if f.year:
                out.add(("number", number_key(float(f.year))))
            if f.day and f.month:
                out.add(("date", f"d{f.month}-{f.day}"))
        elif f.kind == "name":
            for tok in (f.key or "").split():
                if len(tok) >= 3:
                    out.add(("name", tok[:5]))
    return frozenset(out)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in _INVISIBLE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _INVISIBLE):
        end -= 1
    return start, end


def _paragraph_of(paragraphs: list[tuple[int, int]], start: int) -> int:
    for k, (s, e) in enumerate(paragraphs):
        if s <= start < e:
            return k
    for k, (s, _) in enumerate(paragraphs):
        if start < s:
            return max(0, k - 1)
    return max(0, len(paragraphs) - 1)


def paragraphs_of(text: str) -> list[tuple[int, int]]:
    """Paragraph spans (blank lines break), for a document that was not segmented."""
    out: list[tuple[int, int]] = []
    for m in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text):
        s, e = _trim(text, m.start(), m.end())
        if e > s:
            out.append((s, e))
    return out


def resegment(doc: ParsedDocument, profile: Any) -> ParsedDocument:
    """The document cut into sentences by its own language's profile (the English parse's
    sentences mean little in another language). Labelled lines (headline, dateline, credits)
    found by ingest are kept as they are."""
    text = doc.text
    paragraphs = list(doc.paragraphs) or paragraphs_of(text)
    labelled = [s for s in doc.sentences if s.role != "body"]
    taken = [(s.start, s.end) for s in labelled]
    spans: list[tuple[int, int, str]] = [(s.start, s.end, s.role) for s in labelled]
    for start, end in profile.sentences(text):
        start, end = _trim(text, start, end)
        if end <= start:
            continue
        for ls, le in taken:  # a labelled line is its own sentence
            if ls <= start < le:
                start = le
            if ls < end <= le:
                end = ls
        start, end = _trim(text, start, end)
        if end > start:
            spans.append((start, end, "body"))
    spans.sort()
    sentences = [
        Sentence(k, s, e, text[s:e], _paragraph_of(paragraphs, s), role) for k, (s, e, role) in enumerate(spans)
    ]
    return replace(doc, sentences=sentences, paragraphs=paragraphs, entities={})


def profile_for(language: str) -> Any:
    """The language's profile; the generic one when its profile cannot be loaded (a first-class
    language whose data module is not there yet): digits and Latin-script names still compare."""
    lang = lang_api()
    try:
        return lang.get_profile(language)
    except ImportError:
        return lang.get_profile("und")


def build_side(doc: ParsedDocument, language: str, script: str, english_parse: bool) -> Side:
    """Sentences and facts of one version. ``english_parse``: ``doc`` went through the English
    pipeline (its sentences and named entities are used as they are)."""
    lang = lang_api()
    profile = profile_for(language)
    if not (language == "en" and english_parse and doc.sentences):
        doc = resegment(doc, profile)
    doc.language = language
    facts = [list(profile.facts(doc.text, s.start, s.end)) for s in doc.sentences]
    labels: dict[tuple[int, int], str] = {}
    if language == "en" and english_parse:
        labels = {(m.start, m.end): m.label for m in doc.mentions}
        for k, sent in enumerate(doc.sentences):
            # the English parse's named entities are the English side's names ("U.S. Department of
            # Justice" is one ORG, not "U" and "S. Department"), and it also reads "as of May"
            names = _english_names(lang, profile, sent)
            # the profile's capitalised names the parse did not label still count (unlabelled)
            names += [f for f in facts[k] if f.kind == "name" and not any(
                n.start < f.end and f.start < n.end for n in names) and not _opens(doc.text, f)]
            facts[k] = [f for f in facts[k] if f.kind != "name"] + names
            facts[k] += _english_dates(lang, sent, facts[k])
            facts[k].sort(key=lambda f: f.start)
    return Side(doc, language, script, profile, facts, labels, bool(getattr(profile, "first_class", True)))




_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART"})


def _english_names(lang: Any, profile: Any, sent: Sentence) -> list[Any]:
    key = getattr(profile, "name_key", None) or getattr(lang, "name_key", None) or ascii_fold
    return [lang.XFact("name", m.start, m.end, m.text, key=key(m.text)) for m in sent.mentions
            if m.label in _NAME_LABELS and any(ch.isalpha() for ch in m.text)]


def _opens(text: str, f: Any) -> bool:
    """A single word opening a sentence or a quote: as likely a word as a name."""
    if " " in f.text.strip():
        return False
    before = text[max(0, f.start - 3) : f.start].strip()
    return not before or before[-1] in ".!?\"'«“„‘(:—-"


def _english_dates(lang: Any, sent: Sentence, facts: list[Any]) -> list[Any]:
    """Month and weekday dates the English pipeline found that the profile did not."""
    out = []
    for d in sent.dates:
        e = d.expression
        month, weekday = getattr(e, "month", None), getattr(e, "weekday", None)
        if month is None and weekday is None:
            continue
        if any(f.kind == "date" and f.start < d.end and d.start < f.end for f in facts):
            continue
        out.append(lang.XFact("date", d.start, d.end, d.text, year=getattr(e, "year", None), month=month,
                              day=getattr(e, "day", None), weekday=weekday))
    return out


def light_document(source: Any) -> ParsedDocument:
    """A document that is not run through the English pipeline: its paragraphs and labelled
    lines from ingest, no sentences yet (``resegment`` cuts it with its language's profile)."""
    from ..ingest import segment

    segs = segment(source)
    paragraphs: dict[int, list[int]] = {}
    labelled: list[Sentence] = []
    for seg in segs:
        span = paragraphs.setdefault(seg.paragraph, [seg.start, seg.end])
        span[0], span[1] = min(span[0], seg.start), max(span[1], seg.end)
        if seg.role != "body":
            labelled.append(Sentence(len(labelled), seg.start, seg.end, source.text[seg.start : seg.end],
                                     seg.paragraph, seg.role))
    return document_of(source, labelled, paragraphs)


__all__ = ["KEPT_LABELS", "Side", "anchors", "ascii_fold", "build_side", "lang_api", "light_document",
           "paragraphs_of", "resegment"]
