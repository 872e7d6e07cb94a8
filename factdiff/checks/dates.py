"""Dates, weekdays, months and years: paired like figures, compared by value.

Dates are paired inside each aligned group; a date left over is compared with
the whole other document before it is called missing or added. A date of an
original sentence the aligner left out (merged into a neighbouring copy
sentence) may still pair with a left-over copy date of the same sort nearby:
"stuck since Wednesday" / "stuck since Monday, when ..." is one date changed.
"""

from __future__ import annotations

from dataclasses import replace

from ..numbers import compare_dates
from ..report.model import Finding, Severity
from .base import CheckContext, finding, one_to_one, register
from .numbers import near

NAME = "dates.v1"
# dropping "last year" or "on Tuesday" loses when a thing happened; "in the 1990s" or
# "this summer" is background more often than news
VAGUE_KINDS = {"season", "decade"}


def pair_dates(odates, cdates):
    scored = []
    for a in odates:
        for b in cdates:
            rel = compare_dates(a.expression, b.expression)
            if rel == "changed" and a.expression.kind != b.expression.kind:
                continue  # a weekday and a year are two facts, not one changed
            scored.append((0 if rel == "equal" else 1 if rel == "compatible" else 2, a.start, b.start, a, b, rel))
    scored.sort(key=lambda x: x[:3])
    used_a: set = set()
    used_b: set = set()
    pairs = list(one_to_one((x[3:] for x in scored), used_a, used_b))
    return pairs, [a for a in odates if id(a) not in used_a], [b for b in cdates if id(b) not in used_b]


def _elsewhere(d, doc_dates, doc_numbers=()) -> bool:
    """The date stands elsewhere in the other version: as a date, "120 years ago" as
    "120 years", or a year the number parser read as a figure ("the 2019 collapse")."""
    expr = _unanchored(d.expression)
    for e in doc_dates:
        other = _unanchored(e.expression)
        if _shares_field(expr, other) and compare_dates(expr, other) in {"equal", "compatible"}:
            return True
    if expr.kind == "year" and expr.year and not expr.modifier and (expr.anchor is None or expr.anchor == "in"):
        if any(n.quantity.unit is None and n.quantity.low == n.quantity.high == expr.year for n in doc_numbers):
            return True
    rel = getattr(expr, "relative", None)
    if expr.kind != "relative" or not rel or not rel[1]:
        return False
    return any(n.quantity.unit == rel[0] and n.quantity.low == n.quantity.high == abs(rel[1]) for n in doc_numbers)


_FIELDS = ("year", "month", "day", "weekday", "hour", "decade", "season", "relative")


def _unanchored(expr):
    """The calendar value alone: "after 1992" is still 1992 for presence."""
    return replace(expr, anchor=None, anchor_span=None)


def _shares_field(a, b) -> bool:
    """ "Sunday" says nothing about "2016": presence needs one field known on both sides."""
    return any(getattr(a, f) is not None and getattr(b, f) is not None for f in _FIELDS)


def _date_changed(ctx: CheckContext, a, b) -> Finding:
    return finding("date_changed", Severity.MAJOR, ctx.ospan(a.start, a.end, a.sentence),
                   ctx.cspan(b.start, b.end, b.sentence), f"date changed: '{a.text}' became '{b.text}'",
                   NAME, 0.9, original_date=_fields(a.expression), copy_date=_fields(b.expression))


@register("factdiff.dates.v1")
def check_dates(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    all_o = [d for s in ctx.original.sentences if s.is_body for d in s.dates]
    all_c = [d for s in ctx.copy.sentences if s.is_body for d in s.dates]
    nums_o = [n for s in ctx.original.sentences if s.is_body for n in s.numbers]
    nums_c = [n for s in ctx.copy.sentences if s.is_body for n in s.numbers]
    pending_o: list[tuple[object, bool]] = []  # (date, in an aligned group)
    pending_c: list = []
    grouped: set[int] = set()
    for pair in ctx.pairs():
        grouped.update(s.index for s in pair.original)
        pairs, left_o, left_c = pair_dates([d for s in pair.original for d in s.dates], [d for s in pair.copy for d in s.dates])
        for a, b, rel in pairs:
            if rel == "changed":
                out.append(_date_changed(ctx, a, b))
        pending_o += [(a, True) for a in left_o if not _elsewhere(a, all_c, nums_c)]
        pending_c += [b for b in left_c if not _elsewhere(b, all_o, nums_o)]
    pending_o += [
        (a, False) for s in ctx.original.sentences if s.is_body and s.index not in grouped
        for a in s.dates if not _elsewhere(a, all_c, nums_c)
    ]
    # left-overs of the same sort near each other: one date changed across a merge or split
    cross = []
    for a, _ in pending_o:
        for b in pending_c:
            ea, eb = a.expression, b.expression
            if ea.kind != eb.kind or ea.kind in VAGUE_KINDS or not near(ctx, a.sentence, b.sentence):
                continue
            if compare_dates(ea, eb) == "changed":
                same_anchor = ea.anchor == eb.anchor
                cross.append((0 if same_anchor else 1, abs(a.sentence - b.sentence), a.start, b.start, a, b))
    cross.sort(key=lambda x: x[:4])
    used: set[int] = set()
    for *_k, a, b in cross:
        if id(a) in used or id(b) in used:
            continue
        used.update((id(a), id(b)))
        out.append(_date_changed(ctx, a, b))
    for a, aligned in pending_o:
        if id(a) in used or not aligned:
            continue  # a date of a dropped sentence: the structure check reports the sentence
        severity = Severity.MINOR if a.expression.kind in VAGUE_KINDS else Severity.MAJOR
        out.append(finding("fact_missing", severity, ctx.ospan(a.start, a.end, a.sentence), None,
                           f"the date '{a.text}' is not in the copy", NAME, 0.75, fact="date",
                           date=_fields(a.expression)))
    for b in pending_c:
        if id(b) in used:
            continue
        severity = Severity.MINOR if b.expression.kind in VAGUE_KINDS else Severity.MAJOR
        out.append(finding("fact_added", severity, None, ctx.cspan(b.start, b.end, b.sentence),
                           f"the date '{b.text}' appears only in the copy", NAME, 0.6, fact="date",
                           date=_fields(b.expression)))
    return out


def _fields(expr) -> dict:
    return {k: getattr(expr, k, None) for k in ("kind", "year", "month", "day", "weekday", "hour", "minute")}
