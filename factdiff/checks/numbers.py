"""Figures: value, qualifier ("about", "more than") and unit, pair by pair.

Figures are paired inside each aligned group, best relation first; a figure
left over is compared with the whole other document before it is called
missing, so a figure that moved to another sentence is not reported.
"""

from __future__ import annotations

from ..numbers import compare_quantities
from ..report.model import Finding, Severity
from .base import CheckContext, finding, register

NAME = "numbers.v1"
RELATION_RANK = {"equal": 0, "converted": 1, "rounding": 2, "qualifier_changed": 3, "unit_changed": 4, "number_changed": 5}
SEVERITY = {
    "qualifier_changed": Severity.MAJOR,
    "unit_changed": Severity.MAJOR,
    "number_changed": Severity.CRITICAL,
    "rounding": Severity.MINOR,
}


def _numbers(sentences, dates_too=True):
    out = []
    for s in sentences:
        date_spans = [(d.start, d.end) for d in s.dates]
        for n in s.numbers:
            if any(ds <= n.start < de or ds < n.end <= de for ds, de in date_spans):
                continue  # the dates check owns years and days of the month
            out.append(n)
    return out


def _value(n) -> tuple[float, float]:
    return (n.quantity.low, n.quantity.high)


def pair_figures(onums, cnums):
    """Greedy best-first pairing of figures; returns (pairs with relation, left_o, left_c)."""
    scored = []
    for a in onums:
        for b in cnums:
            cmp = compare_quantities(a.quantity, b.quantity)
            rank = RELATION_RANK.get(cmp.relation, 5)
            same_noun = bool(a.counted) and a.counted == b.counted
            if cmp.relation == "number_changed" and not same_noun and not (a.quantity.unit and a.quantity.unit == b.quantity.unit):
                continue  # two unrelated figures, not one figure changed
            scored.append((rank - (0.5 if same_noun else 0), a.start, b.start, a, b, cmp))
    scored.sort(key=lambda x: (x[0], x[1], x[2]))
    used_a, used_b, pairs = set(), set(), []
    for _r, _sa, _sb, a, b, cmp in scored:
        if id(a) in used_a or id(b) in used_b:
            continue
        used_a.add(id(a))
        used_b.add(id(b))
        pairs.append((a, b, cmp))
    return pairs, [a for a in onums if id(a) not in used_a], [b for b in cnums if id(b) not in used_b]


def _found_elsewhere(n, doc_numbers) -> bool:
    return any(
        compare_quantities(n.quantity, m.quantity).relation in {"equal", "converted", "rounding", "qualifier_changed"}
        for m in doc_numbers
    )


@register("factdiff.numbers.v1")
def check_numbers(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    all_o = _numbers(s for s in ctx.original.sentences if s.is_body)
    all_c = _numbers(s for s in ctx.copy.sentences if s.is_body)
    for pair in ctx.pairs():
        pairs, left_o, left_c = pair_figures(_numbers(pair.original), _numbers(pair.copy))
        for a, b, cmp in pairs:
            severity = SEVERITY.get(cmp.relation)
            if severity is None:
                continue
            qa, qb = a.quantity, b.quantity
            details = {
                "original_value": [qa.low, qa.high], "copy_value": [qb.low, qb.high],
                "original_qualifier": qa.qualifier, "copy_qualifier": qb.qualifier,
                "original_unit": qa.unit, "copy_unit": qb.unit, "counted": a.counted or b.counted,
                **cmp.details,
            }
            message = _message(cmp.relation, a, b)
            out.append(finding(cmp.relation if cmp.relation != "rounding" else "number_changed", severity,
                               ctx.ospan(a.start, a.end, a.sentence), ctx.cspan(b.start, b.end, b.sentence),
                               message, NAME, 0.9 if cmp.relation != "rounding" else 0.6,
                               relation=cmp.relation, **details))
        for a in left_o:
            if a.quantity.vague or _found_elsewhere(a, all_c):
                continue
            out.append(finding("fact_missing", Severity.MAJOR, ctx.ospan(a.start, a.end, a.sentence), None,
                               f"the figure '{a.text}' is not in the copy", NAME, 0.8, fact="figure",
                               value=[a.quantity.low, a.quantity.high], counted=a.counted))
        for b in left_c:
            if b.quantity.vague or _found_elsewhere(b, all_o):
                continue
            out.append(finding("fact_added", Severity.MINOR, None, ctx.cspan(b.start, b.end, b.sentence),
                               f"the figure '{b.text}' appears only in the copy", NAME, 0.7, fact="figure",
                               value=[b.quantity.low, b.quantity.high], counted=b.counted))
    return out


def _message(relation: str, a, b) -> str:
    what = f" ({a.counted})" if a.counted else ""
    if relation == "qualifier_changed":
        qa = a.quantity.qualifier or "exact"
        qb = b.quantity.qualifier or "exact"
        return f"qualifier changed{what}: '{a.text}' ({qa}) became '{b.text}' ({qb})"
    if relation == "unit_changed":
        return f"unit changed: '{a.text}' became '{b.text}'"
    if relation == "rounding":
        return f"figure rounded{what}: '{a.text}' became '{b.text}'"
    return f"figure changed{what}: '{a.text}' became '{b.text}'"
