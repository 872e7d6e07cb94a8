"""Checks on the facts that survive translation: figures, dates, names, quotes' speakers and
whole sentences. Registered like the English checks ("factdiff.xlang.numbers.v1"), run on an
:class:`XContext` (two :class:`~factdiff.xlang.side.Side` objects and their alignment), and
producing the same :class:`~factdiff.report.model.Finding` objects with spans into each text.

What cannot be compared without translating (wording, negation, mistranslated phrases) is
never guessed at here; the report says so once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from ..checks.base import doc_span, finding
from ..registry import xlang_checks as check_registry
from ..report.model import AlignedGroup, Finding, Severity, Span
from ..settings import Settings
from .names import loose_match, names_match, similarity, spelling_words, stem, stems
from .side import KEPT_LABELS, Side, ascii_fold

XCheckFn = Callable[["XContext"], list[Finding]]
XLANG_CHECKS: tuple[str, ...] = (
    "factdiff.xlang.structure.v1",
    "factdiff.xlang.numbers.v1",
    "factdiff.xlang.dates.v1",
    "factdiff.xlang.names.v1",
    "factdiff.xlang.quotes.v1",
)
_NEAR = 2  # groups either side searched before a fact counts as missing (alignment slack)


def register(name: str) -> Callable[[XCheckFn], XCheckFn]:
    """Register a cross-language check (``factdiff.registry.xlang_checks``, the English checks'
    style: a versioned name, entry points for third-party checks)."""

    def deco(fn: XCheckFn) -> XCheckFn:
        fn.check_name = name.removeprefix("factdiff.")  # type: ignore[attr-defined]
        check_registry.register(name, func=fn)
        return fn

    return deco


@dataclass
class XPair:
    """An aligned group with sentences on both sides, and the facts of each side."""

    n: int
    group: AlignedGroup
    ofacts: list[Any]
    cfacts: list[Any]


@dataclass
class XContext:
    original: Side
    copy: Side
    alignment: list[AlignedGroup]
    settings: Settings = field(default_factory=Settings)

    def pairs(self) -> Iterator[XPair]:
        for n, g in enumerate(self.alignment):
            if g.original and g.copy:
                yield XPair(n, g, self.ofacts(g.original), self.cfacts(g.copy))

    def ofacts(self, idx: tuple[int, ...] | list[int]) -> list[Any]:
        return [f for i in idx for f in self.original.facts[i]]

    def cfacts(self, idx: tuple[int, ...] | list[int]) -> list[Any]:
        return [f for j in idx for f in self.copy.facts[j]]

    def near(self, n: int, side: str) -> list[Any]:
        """Facts of ``side`` in groups ``n - _NEAR .. n + _NEAR`` (slack for alignment errors)."""
        out: list[Any] = []
        for g in self.alignment[max(0, n - _NEAR) : n + _NEAR + 1]:
            out += self.ofacts(g.original) if side == "original" else self.cfacts(g.copy)
        return out

    @cached_property
    def sentence_of(self) -> tuple[dict[int, int], dict[int, int]]:
        return (
            {s.start: s.index for s in self.original.doc.sentences},
            {s.start: s.index for s in self.copy.doc.sentences},
        )

    def ospan(self, fact: Any) -> Span:
        return doc_span(self.original.doc, fact.start, fact.end, self._index(self.original, fact.start))

    def cspan(self, fact: Any) -> Span:
        return doc_span(self.copy.doc, fact.start, fact.end, self._index(self.copy, fact.start))

    def osent(self, i: int) -> Span:
        s = self.original.doc.sentences[i]
        return doc_span(self.original.doc, s.start, s.end, i)

    def csent(self, j: int) -> Span:
        s = self.copy.doc.sentences[j]
        return doc_span(self.copy.doc, s.start, s.end, j)

    @staticmethod
    def _index(side: Side, at: int) -> int | None:
        for s in side.doc.sentences:
            if s.start <= at < s.end:
                return s.index
        return None


def _has_digit(fact: Any) -> bool:
    return any(ch.isdigit() for ch in fact.text)


def _values(facts: list[Any]) -> list[float]:
    """Every figure a side states: numbers, and the years and days of its dates."""
    out: list[float] = []
    for f in facts:
        if f.kind == "number" and f.value is not None:
            out.append(float(f.value))
        elif f.kind == "date":
            out += [float(v) for v in (f.year, f.day) if v]
    return out


def same_value(a: float, b: float) -> bool:
    return a == b or abs(a - b) <= 1e-9 * max(abs(a), abs(b))


def rounded(a: float, b: float) -> bool:
    """One figure is a rounding of the other ("1,403" and "about 1,400", "1.5 million" and
    "1,48 juta"): within 5%, and the rounder one has fewer significant digits."""
    if a == 0 or b == 0 or (a > 0) != (b > 0):
        return False
    if abs(a - b) / max(abs(a), abs(b)) > 0.05:
        return False
    return _significant(a) != _significant(b)


def _significant(x: float) -> int:
    digits = f"{abs(x):.10g}".replace(".", "").strip("0")
    return len(digits)


def _small_count(f: Any) -> bool:
    """A number word naming a small count ("drei", "sieben", "four"), not a vague "millions"
    nor "one" (also "a", "someone")."""
    return f.value is not None and float(f.value).is_integer() and 2 <= f.value <= 100 and not f.scale \
        and f.qualifier is None


def _comparable(f: Any, g: Any) -> bool:
    """Two figures precise enough to call one changed: digits on both sides, or small counts
    written as words or digits ("drei Wochen", "four weeks")."""
    if _has_digit(f) and _has_digit(g):
        return True
    return _small_count(f) and _small_count(g)


def _decade(a: float, b: float) -> bool:
    """"the 1980s" and "'80" / "80er": a year and its last two digits."""
    big, small = max(a, b), min(a, b)
    return 1900 <= big <= 2099 and big == int(big) and small == big % 100


def _time_shift(a: float, b: float) -> bool:
    """"3 p.m." and "15.00": clock hours in 12- and 24-hour form."""
    return a != b and max(a, b) <= 24 and abs(a - b) == 12


def _one_scale(a: Any, b: Any) -> bool:
    """The same digits with another scale word: "1.5 million" and "1,5 miliar", "25,000" and
    "25 juta" (the figures a power of a thousand apart, a scale word on one side at least)."""
    if not (a.scale or b.scale) or a.scale == b.scale or a.value is None or b.value is None:
        return False
    if not a.value or not b.value:
        return False
    ratio = max(abs(a.value), abs(b.value)) / min(abs(a.value), abs(b.value))
    return any(abs(ratio - p) <= 1e-6 * p for p in (1e3, 1e6, 1e9, 1e12))


_FACTOR = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def _unread_scale(a: Any, b: Any, generic: bool = False) -> bool:
    """One side has a scale word and the other the bare figure ("$2 billion", "2"): the other
    side's scale word was not read (a language without its scale words), not a change. With a
    ``generic`` profile on either side, figures a power of a thousand apart are that too
    ("820,000" and Arabic "820 ألف")."""
    if generic and a.value and b.value:
        ratio = max(abs(a.value), abs(b.value)) / min(abs(a.value), abs(b.value))
        if any(abs(ratio - p) <= 1e-6 * p for p in (1e3, 1e6, 1e9, 1e12)):
            return True
    for x, y in ((a, b), (b, a)):
        if x.scale and not y.scale and y.value is not None and x.value is not None:
            if same_value(x.value / _FACTOR.get(x.scale, 1.0), y.value):
                return True
    return False


@dataclass(frozen=True)
class _Year:
    """A bare year ("in 2019", "pada 2019": a date with only its year) compared as a figure."""

    kind: str
    start: int
    end: int
    text: str
    value: float
    scale: None = None
    unit: None = None
    qualifier: None = None


def _figures(facts: list[Any]) -> list[Any]:
    out: list[Any] = []
    for f in facts:
        if f.kind == "number" and f.value is not None:
            out.append(f)
        elif f.kind == "date" and f.year and not f.month and not f.day and _has_digit(f):
            out.append(_Year("number", f.start, f.end, f.text, float(f.year)))
    return out


def _same_digits(a: Any, b: Any) -> bool:
    """The same digits with other separators ("77,000", "77.000", "77 000"): one figure whose
    separators one side's profile read otherwise, not a change."""
    da, db = re.sub(r"\D", "", a.text), re.sub(r"\D", "", b.text)
    return bool(da) and da == db and bool(re.search(r"\d[.,\s\u00a0\u202f]\d{3}(?!\d)", a.text + " " + b.text))


_HAN_SCALES = frozenset("十百千万萬亿億兆")


def _unknown_suffix(side: Side, f: Any) -> bool:
    """A figure of a language without a full profile run into a word ("350万", "5mln"): a scale
    word or unit the generic profile cannot read. (A Han counter, "42人", is read as it is.)"""
    if side.first_class or f.scale:
        return False
    after = side.doc.text[f.end : f.end + 3].lstrip(" \u00a0\u202f")[:1]
    if not after or not after.isalpha():
        return False
    glued = side.doc.text[f.end : f.end + 1].isalpha()
    return after in _HAN_SCALES or (glued and not ("\u3000" <= after <= "\u9fff"))


def _matched_number(f: Any, pool: list[Any]) -> Any | None:
    for g in pool:
        if g.kind == "number" and g.value is not None and same_value(f.value, g.value):
            return g
    return None


# ------------------------------------------------------------------ numbers
@register("factdiff.xlang.numbers.v1")
def numbers(ctx: XContext) -> list[Finding]:
    """Figures compared by value (scale words applied), with their qualifiers and units."""
    out: list[Finding] = []
    name = "xlang.numbers.v1"
    for p in ctx.pairs():
        onums = _figures(p.ofacts)
        cnums = _figures(p.cfacts)
        if not onums and not cnums:
            continue
        ovals, cvals = _values(p.ofacts), _values(p.cfacts)
        left_o, left_c = list(onums), list(cnums)
        # equal figures: compare qualifier and unit
        for f in onums:
            g = _matched_number(f, left_c)
            if g is None:
                continue
            left_o.remove(f)
            left_c.remove(g)
            out += _qualifier_unit(ctx, f, g, name)
        left_o = [f for f in left_o if not any(same_value(f.value, v) for v in cvals)]
        left_c = [g for g in left_c if not any(same_value(g.value, v) for v in ovals)]
        # rounding: the copy's figure a rounding of the original's (a copy cannot add precision)
        for f in list(left_o):
            g = next((g for g in left_c if rounded(f.value, g.value)
                      and _significant(g.value) < _significant(f.value)), None)
            if g is not None:
                left_o.remove(f)
                left_c.remove(g)
                out.append(finding("number_changed", Severity.MINOR, ctx.ospan(f), ctx.cspan(g),
                                   f"figure rounded: '{f.text}' ({f.value:g}) became '{g.text}' ({g.value:g})",
                                   name, 0.7, original_value=f.value, copy_value=g.value, relation="rounding"))
                out += _qualifier_unit(ctx, f, g, name, rounding=True)
        # vague figures ("millions of people", "Milliarden Menschen"): their scale words
        for f in [x for x in left_o if not _has_digit(x) and x.scale]:
            g = next((y for y in left_c if not _has_digit(y) and y.scale), None)
            if g is None:
                continue
            left_o.remove(f)
            left_c.remove(g)
            if f.scale != g.scale:
                out.append(finding("number_changed", Severity.MAJOR, ctx.ospan(f), ctx.cspan(g),
                                   f"scale changed: '{f.text}' ({f.scale}) became '{g.text}' ({g.scale})", name, 0.75,
                                   original_value=f.value, copy_value=g.value, original_scale=f.scale,
                                   copy_scale=g.scale, relation="scale"))
        # changed figures: what is left on both sides, in order
        for f, g in zip(sorted(left_o, key=lambda x: x.start), sorted(left_c, key=lambda x: x.start), strict=False):
            if (_time_shift(f.value, g.value) or _decade(f.value, g.value) or not _comparable(f, g)
                    or _unread_scale(f, g, not (ctx.original.first_class and ctx.copy.first_class))
                    or _same_digits(f, g) or _unknown_suffix(ctx.original, f) or _unknown_suffix(ctx.copy, g)):
                continue  # a number word or a vague "millions of" against digits: not comparable enough
            if f.unit and g.unit and f.unit != g.unit and not same_value(f.value, g.value):
                pass  # a different figure and unit: still a changed figure
            if _one_scale(f, g):
                msg = f"scale changed: '{f.text}' ({f.scale or 'units'}) became '{g.text}' ({g.scale or 'units'})"
            else:
                msg = f"figure changed: '{f.text}' ({f.value:g}) became '{g.text}' ({g.value:g})"
            sev = Severity.CRITICAL if _has_digit(f) and _has_digit(g) else Severity.MAJOR
            out.append(finding("number_changed", sev, ctx.ospan(f), ctx.cspan(g), msg, name, 0.85,
                               original_value=f.value, copy_value=g.value, original_scale=f.scale,
                               copy_scale=g.scale, relation="scale" if _one_scale(f, g) else "value"))
        n = min(len(left_o), len(left_c))
        # one-sided figures: missing or added (minor unless nowhere near on the other side)
        near_c = _values(ctx.near(p.n, "copy"))
        near_o = _values(ctx.near(p.n, "original"))
        for f in sorted(left_o, key=lambda x: x.start)[n:]:
            if _has_digit(f) and not any(same_value(f.value, v) or rounded(f.value, v) for v in near_c):
                out.append(finding("fact_missing", _one_sided(ctx, f, "copy"), ctx.ospan(f), None,
                                   f"figure '{f.text}' not found in the copy", name, 0.6, fact="number", value=f.value))
        for g in sorted(left_c, key=lambda x: x.start)[n:]:
            if _has_digit(g) and not any(same_value(g.value, v) or rounded(g.value, v) for v in near_o):
                out.append(finding("fact_added", _one_sided(ctx, g, "original"), None, ctx.cspan(g),
                                   f"figure '{g.text}' not in the original", name, 0.6, fact="number", value=g.value))
    return out


_ORDINAL = re.compile(r"\d(?:st|nd|rd|th|e|er|ème|º|ª|\.)$", re.IGNORECASE)


_CLOCK = re.compile(r"(?<!\d)(?:\d{1,2}[:.h]\d{2}(?![\d.,])|\d{1,2}\s?(?:h\b|uhr\b|a\.?m\.|p\.?m\.|heures?\b|horas?\b|ore\b|uur\b))",
                    re.IGNORECASE)


def _clock(side: Side, f: Any) -> bool:
    """A clock time ("04:00", "4h", "4 Uhr"): "about four" and "vers 4h" are the same hedge
    worded differently, and times are not figures whose precision a translation changes."""
    return bool(_CLOCK.match(side.doc.text[f.start : f.end + 7]))


def _one_sided(ctx: XContext, f: Any, other: str) -> Severity:
    """A digit figure the other version states nowhere (not even rounded, not even as digits
    run into a word: "29enne") is major: dropped or made up with its sentence's other facts
    kept. Ordinals ("19th century" is "siglo XIX") and figures against a language without a
    full profile are minor, as is anything stated elsewhere."""
    side = ctx.copy if other == "copy" else ctx.original
    mine = ctx.original if other == "copy" else ctx.copy
    values = _values([h for facts in side.facts for h in facts])
    if any(same_value(f.value, v) or rounded(f.value, v) or _decade(f.value, v) for v in values):
        return Severity.MINOR
    after = mine.doc.text[f.end : f.end + 3]
    if not (side.first_class and mine.first_class) or _ORDINAL.search(f.text.strip() + after[:2].rstrip()) \
            or re.match(r"(?:st|nd|rd|th)\b|-year", after, re.IGNORECASE):
        return Severity.MINOR  # "19th century" is "siglo XIX"; "29-year-old" is "29enne", "di 29 anni"
    digits = re.sub(r"\D", "", f.text)
    if digits and re.search(rf"(?<!\d){digits}(?!\d)", re.sub(r"(?<=\d)[.,\s\u00a0\u202f](?=\d{{3}})", "", side.doc.text)):
        return Severity.MINOR
    return Severity.MAJOR if f.value is not None and abs(f.value) >= 2 else Severity.MINOR


def _qualifier_unit(ctx: XContext, f: Any, g: Any, name: str, rounding: bool = False) -> list[Finding]:
    out: list[Finding] = []
    hedges_known = (ctx.original.first_class and ctx.copy.first_class and _has_digit(f) and _has_digit(g)
                    and not (_clock(ctx.original, f) or _clock(ctx.copy, g)))
    if hedges_known and (f.qualifier or None) != (g.qualifier or None):
        if not (rounding and (f.qualifier or g.qualifier) == "about"):
            msg = (f"qualifier changed: '{f.text}' ({f.qualifier or 'exact'}) became "
                   f"'{g.text}' ({g.qualifier or 'exact'})")
            # an exact figure hedged ("about") is major; a bound ("more than", "over the age of")
            # is often worded into or out of a translation: minor
            hedged = _qualifier_severity(f.qualifier, g.qualifier)
            out.append(finding("qualifier_changed", hedged, ctx.ospan(f), ctx.cspan(g), msg, name, 0.8,
                               original_qualifier=f.qualifier, copy_qualifier=g.qualifier,
                               original_value=f.value, copy_value=g.value))
    if f.unit and g.unit and f.unit != g.unit:
        out.append(finding("unit_changed", Severity.MAJOR, ctx.ospan(f), ctx.cspan(g),
                           f"unit changed: '{f.text}' ({f.unit}) became '{g.text}' ({g.unit})", name, 0.8,
                           original_unit=f.unit, copy_unit=g.unit))
    return out


_APPROX = frozenset({"about", "nearly"})
_ABOVE = frozenset({"more_than", "at_least"})
_BELOW = frozenset({"less_than", "up_to", "nearly"})


def _qualifier_severity(a: str | None, b: str | None) -> Severity:
    """An exact figure hedged or a hedge dropped ("1,403", "sekitar 1.403"), or a bound turned
    the other way ("more than", "less than"): major. Hedges traded for one another ("about",
    "nearly") and bounds worded in or out of a translation ("over the age of 60"): minor."""
    if (a in _ABOVE and b in _BELOW - {"nearly"}) or (b in _ABOVE and a in _BELOW - {"nearly"}):
        return Severity.MAJOR
    if (a is None and b in _APPROX) or (b is None and a in _APPROX):
        return Severity.MAJOR
    return Severity.MINOR


# ------------------------------------------------------------------ dates
_MONTHS = ("January February March April May June July August September October November December").split()
_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


@register("factdiff.xlang.dates.v1")
def dates(ctx: XContext) -> list[Finding]:
    """Months and weekdays of the dates in each aligned pair."""
    out: list[Finding] = []
    name = "xlang.dates.v1"
    for p in ctx.pairs():
        od = [f for f in p.ofacts if f.kind == "date"]
        cd = [f for f in p.cfacts if f.kind == "date"]
        if not od or not cd:
            continue
        for attr, names_ in (("month", _MONTHS), ("weekday", _DAYS)):
            ov = [f for f in od if getattr(f, attr, None) is not None]
            cv = [f for f in cd if getattr(f, attr, None) is not None]
            omiss = [f for f in ov if getattr(f, attr) not in {getattr(g, attr) for g in cv}]
            cmiss = [g for g in cv if getattr(g, attr) not in {getattr(f, attr) for f in ov}]
            if attr == "month":
                out += _day_year(ctx, [f for f in ov if f not in omiss], [g for g in cv if g not in cmiss], name)
            for f, g in zip(omiss, cmiss, strict=False):
                a, b = getattr(f, attr), getattr(g, attr)
                la = names_[a - 1] if attr == "month" else names_[a]
                lb = names_[b - 1] if attr == "month" else names_[b]
                out.append(finding("date_changed", Severity.MAJOR, ctx.ospan(f), ctx.cspan(g),
                                   f"{attr} changed: '{f.text}' ({la}) became '{g.text}' ({lb})", name, 0.85,
                                   field=attr, original_value=a, copy_value=b))
    return out


def _day_year(ctx: XContext, od: list[Any], cd: list[Any], name: str) -> list[Finding]:
    """Dates of the same month on both sides whose day or year differ ("26 июля", "July 16";
    "May 2020", "May 2021"), when the month is stated once on each side (no pairing guesswork)."""
    out: list[Finding] = []
    for month in {f.month for f in od}:
        fs = [f for f in od if f.month == month]
        gs = [g for g in cd if g.month == month]
        if len(fs) != 1 or len(gs) != 1:
            continue
        f, g = fs[0], gs[0]
        for part in ("day", "year"):
            a, b = getattr(f, part, None), getattr(g, part, None)
            if a and b and a != b:
                out.append(finding("date_changed", Severity.MAJOR, ctx.ospan(f), ctx.cspan(g),
                                   f"{part} changed: '{f.text}' became '{g.text}'", name, 0.8,
                                   field=part, original_value=a, copy_value=b))
    return out


# ------------------------------------------------------------------ names
def _names(facts: list[Any]) -> list[Any]:
    return [f for f in facts if f.kind == "name" and f.key]


def _side_names(side: Side, facts: list[Any]) -> list[Any]:
    """Names of one side of a pair; on an English side parsed by the English pipeline, only
    those spaCy also sees as named entities (sentence openers and titles are not names)."""
    found = _names(facts)
    if side.english and side.labels:
        found = [f for f in found if side.label(f)]
    return found


@register("factdiff.xlang.names.v1")
def names(ctx: XContext) -> list[Finding]:
    """Names through transliteration: spelling changed, replaced by another, missing or added."""
    out: list[Finding] = []
    name = "xlang.names.v1"
    o, c = ctx.original, ctx.copy
    for p in ctx.pairs():
        if not _body(ctx, p):
            continue  # credits, datelines: names of staff, not of the story
        on, cn = _side_names(o, p.ofacts), _side_names(c, p.cfacts)
        if not on and not cn:
            continue
        # spelling: near-identical names (Latin on both sides: "Ana Kowalski", "Ana Kowalsky")
        spelled_o: list[Any] = []
        spelled_c: list[Any] = []
        for f in on:
            if any(f.key == g.key for g in cn):
                continue
            for g in cn:
                if g in spelled_c or any(g.key == h.key for h in on):
                    continue
                found = spelling_words(f.key, g.key, o, c)
                if found is None:
                    continue
                pair, wo, wc = found
                label = o.label(f) or c.label(g)
                typo = _typo_like(wo, wc, c.language) and _slip(wo, wc)
                if label == "PERSON" and _common_word(wo, wc) and not typo:
                    continue
                if label != "PERSON" and not typo and not _inconsistent(c, g, f.key, o):
                    # a place or nationality has the language's own form (Brazil, Brasil); an
                    # organisation's words are translated (Department, Departemen)
                    if label not in KEPT_LABELS or _translatable(wo, wc):
                        continue
                spelled_o.append(f)
                spelled_c.append(g)
                out.append(finding("name_spelling", Severity.MAJOR, ctx.ospan(f), ctx.cspan(g),
                                   f"name spelled differently: '{f.text}' became '{g.text}'", name, 0.8,
                                   original_key=f.key, copy_key=g.key, similarity=pair))
                break
        on = [f for f in on if f not in spelled_o]
        cn = [g for g in cn if g not in spelled_c]
        left_o = [f for f in on if not any(names_match(f.key, g.key, o, c) for g in cn)]
        left_c = [g for g in cn if not any(names_match(f.key, g.key, o, c) for f in on)]
        # across scripts: a copy name that sounds like none of the original's, spelled like
        # (but not as) another name of the copy that does ("Трмп" where the copy elsewhere has "Трамп")
        if not (o.latin and c.latin) and o.readable and c.readable:
            for g in list(left_c) + [g for g in cn if g not in left_c]:
                ref = _variant_of(c, g, o, on)
                if ref is not None:
                    if g in left_c:
                        left_c.remove(g)
                    if ref in left_o:
                        left_o.remove(ref)
                    out.append(finding("name_spelling", Severity.MAJOR, ctx.ospan(ref), ctx.cspan(g),
                                       f"name spelled differently: '{g.text}' (the copy elsewhere writes "
                                       f"the name of '{ref.text}' otherwise)", name, 0.7, copy_key=g.key))
        # a copy name spelled differently from the same name elsewhere in the copy, the original's spelling
        for g in list(left_c):
            ref = _inconsistent_ref(c, g, o, p.ofacts)
            if ref is not None:
                left_c.remove(g)
                f = ref
                out.append(finding("name_spelling", Severity.MAJOR, ctx.ospan(f) if f is not None else None,
                                   ctx.cspan(g), f"name spelled differently: '{g.text}' (elsewhere the copy has the "
                                   f"original's spelling)", name, 0.75, copy_key=g.key))
        # replaced: a kept English name on one side, nowhere on the other, while the other has a name of its own
        for side, mine, theirs, other, is_orig in ((o, left_o, left_c, c, True), (c, left_c, left_o, o, False)):
            for f in list(mine):
                if not other.readable or not _kept_name(side, f) or _anywhere(f.key, other, side):
                    continue
                partner = next((g for g in theirs if not _anywhere(g.key, side, other)
                                and _zipf(g.text.split()[-1].lower(), other.language) < 3.5), None)
                if partner is None:
                    continue
                mine.remove(f)
                theirs.remove(partner)
                of, cf = (f, partner) if is_orig else (partner, f)
                out.append(finding("entity_changed", Severity.MAJOR, ctx.ospan(of), ctx.cspan(cf),
                                   f"name replaced: '{of.text}' became '{cf.text}'", name, 0.7,
                                   original_key=of.key, copy_key=cf.key))
        # one side only: a place or nationality has its own form in each language (Ukraine,
        # Ucrania): an English one is not reported, and it explains a foreign one-sided name
        translated_o = [f for f in left_o if o.english and o.label(f) and o.label(f) not in KEPT_LABELS]
        translated_c = [g for g in left_c if c.english and c.label(g) and c.label(g) not in KEPT_LABELS]
        left_o = [f for f in left_o if f not in translated_o]
        left_c = [g for g in left_c if g not in translated_c]
        left_c = _explained(left_c, translated_o)
        left_o = _explained(left_o, translated_c)
        for f in left_o:
            sev = Severity.MAJOR if _full_name_gone(f, o, c, left_c + translated_c) else Severity.MINOR
            if sev is Severity.MINOR and (_anywhere(f.key, c, o) or _weak_name(o, f)):
                continue
            out.append(finding("fact_missing", sev, ctx.ospan(f), None, f"name '{f.text}' not found in the copy",
                               name, 0.6, fact="name", key=f.key))
        for g in left_c:
            sev = Severity.MAJOR if _full_name_gone(g, c, o, left_o + translated_o) else Severity.MINOR
            if sev is Severity.MINOR and (_anywhere(g.key, o, c) or _weak_name(c, g)):
                continue
            out.append(finding("fact_added", sev, None, ctx.cspan(g), f"name '{g.text}' not in the original",
                               name, 0.6, fact="name", key=g.key))
    return out


def _body(ctx: XContext, p: XPair) -> bool:
    return all(ctx.original.doc.sentences[i].role == "body" for i in p.group.original) and all(
        ctx.copy.doc.sentences[j].role == "body" for j in p.group.copy
    )


def _explained(names_: list[Any], translated: list[Any]) -> list[Any]:
    """One-sided names left once each translated name of the other side has taken the one most
    like it (a shared first letter first: Lithuania, Lituania)."""
    if not translated or not names_:
        return names_
    left = list(names_)
    for t in translated:
        if not left:
            break
        best = max(left, key=lambda f: (f.key[:1] == t.key[:1], _common_prefix(f.key, t.key)))
        left.remove(best)
    return left


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _weak_name(side: Side, f: Any) -> bool:
    """A single capitalised word opening a sentence (or quote): as likely a word as a name."""
    if len(f.key.split()) > 1:
        return False
    before = side.doc.text[max(0, f.start - 3) : f.start].strip()
    return not before or before[-1] in ".!?\"'«“„‘(:—-\n"


def _kept_name(side: Side, f: Any) -> bool:
    """An English-side person's name: translations keep it as it is."""
    return side.english and side.label(f) == "PERSON"


def _translatable(a: str, b: str) -> bool:
    """The words two near-identical names differ in include a common English word (an
    organisation's "Department", "Ministry"): translated, not misspelled."""
    differ = set(a.split()) ^ set(b.split())
    return any(_zipf(w, "en") >= 3.5 for w in differ)


_WORDFREQ_SAFE = frozenset("en id es fr pt de it nl ru uk pl cs sv da nb fi tr ro hu ca hr sk sl bg el".split())


@lru_cache(maxsize=65536)
def _zipf(word: str, language: str) -> float:
    """wordfreq's Zipf frequency of a word, 0 for languages it needs an extra tokenizer for
    (Chinese, Japanese: jieba, MeCab) or does not know."""
    if language not in _WORDFREQ_SAFE:
        return 0.0
    from wordfreq import zipf_frequency

    try:
        return float(zipf_frequency(word, language))
    except Exception:  # pragma: no cover - a wordfreq data problem must not stop a comparison
        return 0.0


def _typo_like(a: str, b: str, copy_language: str) -> bool:
    """The copy's form of a near-identical name is no word of the copy's language nor of English
    ("Jkaarta", "Faceebook", "Agncy"), while the original's is one of them or a name in use:
    a misspelling rather than the language's own form of a place ("Moskau", "Brasil")."""
    mine = set(b.split()) - set(a.split())
    theirs = set(a.split()) - set(b.split())
    if not mine:
        return False
    unknown = all(_zipf(w, copy_language) < 1.0 and _zipf(w, "en") < 1.0 for w in mine)
    known = any(max(_zipf(w, copy_language), _zipf(w, "en")) >= 1.5 for w in theirs)
    return unknown and known


def _edits(a: str, b: str) -> int:
    from rapidfuzz.distance import DamerauLevenshtein

    return int(DamerauLevenshtein.distance(a, b))


def _slip(a: str, b: str) -> bool:
    """The two spellings differ by a slip of the keyboard (a letter dropped, doubled or two
    swapped), not by another letter in its place: languages spell a place with their own
    letters ("Makedonia", "Skopie", "Pjöngjang"); slips do not substitute."""
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = sorted((a, b), key=len)
    if len(long_) - len(short) != 1:
        return False
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def _common_word(a: str, b: str) -> bool:
    """Near-identical person names differing in a very common English word ("China", "Chine"):
    the English parse took a place for a person."""
    return any(_zipf(w, "en") >= 5.0 for w in set(a.split()) ^ set(b.split()))


def _anywhere(key: str, other: Side, mine: Side) -> bool:
    """Whether a name (any of its words) occurs anywhere in the other document (or, across
    scripts, a name of it sounds the same)."""
    if loose_match(key, other.words, mine, other):
        return True
    if mine.latin and other.latin:
        return False
    if max((len(w) for w in key.split()), default=0) <= 3:
        return True  # "Lee", "Лі": too short to tell across scripts
    return any(similarity(key, h.key, True) >= 0.8 for facts in other.facts for h in facts
               if h.kind == "name" and h.key)


def _full_name_gone(f: Any, side: Side, other: Side, other_left: list[Any]) -> bool:
    """A full personal name (two capitalised words or more, kept as is by translations) with no
    word of it anywhere in the other version, which has no unexplained name of its own: dropped."""
    words_ = f.text.split()
    if len(words_) < 2 or other_left or not (side.readable and other.readable):
        return False
    if any("-" in w or not w[:1].isupper() for w in words_):
        return False  # "Handy-Anrufen", "KI-Forschung": compounds, not names
    if side.english and side.label(f) != "PERSON":
        return False
    if not side.english and (_weak_position(side, f) or not _name_like(words_, side.language)):
        return False
    return not _anywhere(f.key, other, side)


def _name_like(words_: list[str], language: str) -> bool:
    """A foreign run of capitalised words that reads as a personal name, not as capitalised
    nouns ("Vereinigte Königreich", "Jahren Koryphäen"): the surname is rare in its language and
    the given name either rare too or a name English also uses ("Markus")."""
    first, last = ascii_fold(words_[0]), ascii_fold(words_[-1])
    lo, la = words_[0].lower(), words_[-1].lower()
    if _zipf(la, language) >= 3.5:
        return False
    return _zipf(lo, language) < 3.0 or _zipf(first, "en") >= 2.5 and _zipf(last, "en") < 4


def _weak_position(side: Side, f: Any) -> bool:
    before = side.doc.text[max(0, f.start - 3) : f.start].strip()
    return not before or before[-1] in ".!?\"'«“„‘(:—-\n"


def _variant_of(side: Side, g: Any, other: Side, other_names: list[Any]) -> Any | None:
    """``g`` (a name of ``side``, in another script than ``other``) matches none of the other
    version's names of its pair by sound (>= 0.9), while another name of its own document is
    the same name spelled a little differently (0.75-0.9 in the same script) and does match
    one of them: a misspelling. Returns the other version's name."""
    if any(similarity(g.key, f.key, True) >= 0.9 for f in other_names):
        return None
    for facts in side.facts:
        for h in facts:
            if h.kind != "name" or not h.key or h.key == g.key:
                continue
            if len(h.key.split()) != len(g.key.split()) or not 0.75 <= similarity(g.key, h.key, False) < 0.9:
                continue
            differ = [(x, y) for x, y in zip(g.key.split(), h.key.split(), strict=True) if stem(x) != stem(y)]
            if len(differ) != 1 or _edits(stem(differ[0][0]), stem(differ[0][1])) != 1:
                continue  # declension ("Бернерса-Ли") or another name, not one letter changed
            for f in other_names:
                if similarity(h.key, f.key, True) >= 0.9 and len(f.key.split()) >= len(g.key.split()) - 1:
                    return f
    return None


def _inconsistent(side: Side, g: Any, key: str, other: Side) -> bool:
    return _inconsistent_ref(side, g, other, None) is not None


def _inconsistent_ref(side: Side, g: Any, other: Side, ofacts: list[Any] | None) -> Any | None:
    """A name of ``side`` one edit away from another name of the same document that the other
    version uses: a misspelling. Returns the other version's fact in the pair (or None)."""
    gst = stems(g.key, side)
    if not gst or side.cyrillic or side.language in ("ru", "uk", "de", "pl", "cs"):
        return None  # declined names differ by their endings from mention to mention
    others = {}
    for facts in side.facts:
        for h in facts:
            if h.kind == "name" and h.key and h.key != g.key and h is not g:
                others.setdefault(h.key, h)
    from rapidfuzz.distance import DamerauLevenshtein

    for key, h in others.items():
        hst = stems(key, side)
        if not hst:
            continue
        for a in gst:
            for b in hst:
                if len(a) >= 4 and len(b) >= 4 and a != b and a[0] == b[0] and DamerauLevenshtein.distance(a, b) == 1:
                    if g.key in (x.key for x in _names(ofacts or [])) or not (_typo_like(b, a, side.language)
                                                                              and _slip(a, b)):
                        return None
                    if not _anywhere(key, other, side) or _anywhere(g.key, other, side):
                        continue
                    if ofacts is None:
                        return h
                    for f in _names(ofacts):
                        if names_match(f.key, key, other, side):
                            return f
                    return None
    return None


# ------------------------------------------------------------------ quotes
@register("factdiff.xlang.quotes.v1")
def quotes(ctx: XContext) -> list[Finding]:
    """A quote attributed to another named speaker."""
    out: list[Finding] = []
    for p in ctx.pairs():
        oq = [f for f in p.ofacts if f.kind == "quote" and f.speaker]
        cq = [f for f in p.cfacts if f.kind == "quote" and f.speaker]
        for f, g in zip(oq, cq, strict=False):
            a, b = ascii_fold(f.speaker), ascii_fold(g.speaker)
            if names_match(a, b, ctx.original, ctx.copy):
                continue
            if _anywhere(b, ctx.original, ctx.copy) or not _anywhere(a, ctx.original, ctx.original):
                continue  # the copy's speaker is named in the original too: a reading, not a swap
            out.append(finding("attribution_changed", Severity.MAJOR, ctx.ospan(f), ctx.cspan(g),
                               f"quote attributed to another speaker: {f.speaker} became {g.speaker}",
                               "xlang.quotes.v1", 0.7, original_speaker=f.speaker, copy_speaker=g.speaker))
    return out


# ------------------------------------------------------------------ sentences
def _carries_figure(facts: list[Any]) -> bool:
    return any(f.kind in ("number", "date") and _has_digit(f) for f in facts)


@register("factdiff.xlang.structure.v1")
def structure(ctx: XContext) -> list[Finding]:
    """Sentences dropped, added or moved; a trimmed tail is one summary."""
    out: list[Finding] = []
    name = "xlang.structure.v1"
    groups = ctx.alignment
    last_shared = max((n for n, g in enumerate(groups) if g.original and g.copy), default=-1)
    tail = [i for g in groups[last_shared + 1 :] for i in g.original]
    trimmed = len(tail) >= 2
    if trimmed:
        s, e = ctx.original.doc.sentences[tail[0]], ctx.original.doc.sentences[tail[-1]]
        out.append(finding("content_missing", Severity.MINOR, doc_span(ctx.original.doc, s.start, e.end, tail[0]),
                           None, f"the copy ends early: the original's last {len(tail)} sentences are not in it",
                           name, 0.8, sentences=len(tail), trimmed=True))
    for n, g in enumerate(groups):
        if g.original and not g.copy and not (trimmed and n > last_shared):
            facts = ctx.ofacts(g.original)
            major = _carries_figure(facts) and not _found_near(ctx, n, facts, "copy")
            i = g.original[0]
            out.append(finding("sentence_missing", Severity.MAJOR if major else Severity.MINOR, ctx.osent(i), None,
                               "sentence not in the copy" + (" (it states a figure)" if major else ""), name, 0.7,
                               facts=len(facts)))
        elif g.copy and not g.original:
            facts = ctx.cfacts(g.copy)
            major = _carries_figure(facts) and not _found_near(ctx, n, facts, "original")
            j = g.copy[0]
            out.append(finding("sentence_added", Severity.MAJOR if major else Severity.MINOR, None, ctx.csent(j),
                               "sentence not in the original" + (" (it states a figure)" if major else ""), name, 0.7,
                               facts=len(facts)))
        elif g.moved:
            out.append(finding("moved", Severity.INFO, ctx.osent(g.original[0]), ctx.csent(g.copy[0]),
                               "sentence moved", name, 0.7))
    return out


def _found_near(ctx: XContext, n: int, facts: list[Any], side: str) -> bool:
    """Every digit figure of a gap sentence is accounted for by the other version nearby: it
    states the figure as many times as this version does around the gap (a split or a merge
    the alignment missed, not a dropped fact; a headline repeating the body's figure is
    counted, so dropping one of the two is still a dropped figure)."""
    figures = [float(f.value) for f in facts if f.kind == "number" and f.value is not None and _has_digit(f)]
    if not figures:
        return False
    mine = "original" if side == "copy" else "copy"
    here, there = _values(ctx.near(n, mine)), _values(ctx.near(n, side))
    return all(sum(same_value(v, w) for w in there) >= sum(same_value(v, w) for w in here) for v in figures)


def run_xchecks(ctx: XContext, names_: tuple[str, ...] = XLANG_CHECKS) -> list[Finding]:
    """Run the cross-language checks, in reading order."""
    found: list[Finding] = []
    for n in names_:
        found += check_registry.get(n)(ctx)
    return sorted(found, key=lambda f: f.sort_key)


__all__ = ["XLANG_CHECKS", "XContext", "XPair", "register", "rounded", "run_xchecks", "same_value"]
