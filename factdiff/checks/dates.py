"""Dates, weekdays, months and years: paired like figures, compared by value."""

from __future__ import annotations

from ..numbers import compare_dates
from ..report.model import Finding, Severity
from .base import CheckContext, finding, register

NAME = "dates.v1"
VAGUE_KINDS = {"relative", "season", "decade"}


def pair_dates(odates, cdates):
    scored = []
    for a in odates:
        for b in cdates:
            rel = compare_dates(a.expression, b.expression)
            if rel == "changed" and a.expression.kind != b.expression.kind:
                continue  # a weekday and a year are two facts, not one changed
            scored.append((0 if rel == "equal" else 1 if rel == "compatible" else 2, a.start, b.start, a, b, rel))
    scored.sort(key=lambda x: x[:3])
    used_a, used_b, pairs = set(), set(), []
    for *_k, a, b, rel in scored:
        if id(a) in used_a or id(b) in used_b:
            continue
        used_a.add(id(a))
        used_b.add(id(b))
        pairs.append((a, b, rel))
    return pairs, [a for a in odates if id(a) not in used_a], [b for b in cdates if id(b) not in used_b]


def _elsewhere(d, doc_dates) -> bool:
    return any(compare_dates(d.expression, e.expression) in {"equal", "compatible"} for e in doc_dates)


@register("factdiff.dates.v1")
def check_dates(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    all_o = [d for s in ctx.original.sentences if s.is_body for d in s.dates]
    all_c = [d for s in ctx.copy.sentences if s.is_body for d in s.dates]
    for pair in ctx.pairs():
        pairs, left_o, left_c = pair_dates([d for s in pair.original for d in s.dates], [d for s in pair.copy for d in s.dates])
        for a, b, rel in pairs:
            if rel != "changed":
                continue
            out.append(finding("date_changed", Severity.MAJOR, ctx.ospan(a.start, a.end, a.sentence),
                               ctx.cspan(b.start, b.end, b.sentence), f"date changed: '{a.text}' became '{b.text}'",
                               NAME, 0.9, original_date=_fields(a.expression), copy_date=_fields(b.expression)))
        for a in left_o:
            if _elsewhere(a, all_c):
                continue
            severity = Severity.MINOR if a.expression.kind in VAGUE_KINDS else Severity.MAJOR
            out.append(finding("fact_missing", severity, ctx.ospan(a.start, a.end, a.sentence), None,
                               f"the date '{a.text}' is not in the copy", NAME, 0.75, fact="date",
                               date=_fields(a.expression)))
        for b in left_c:
            if _elsewhere(b, all_o):
                continue
            out.append(finding("fact_added", Severity.MINOR, None, ctx.cspan(b.start, b.end, b.sentence),
                               f"the date '{b.text}' appears only in the copy", NAME, 0.6, fact="date",
                               date=_fields(b.expression)))
    return out


def _fields(expr) -> dict:
    return {k: getattr(expr, k, None) for k in ("kind", "year", "month", "day", "weekday", "hour", "minute")}
