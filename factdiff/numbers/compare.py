"""Compare two quantities: equal, converted, rounded, re-qualified, re-united or changed.

The relation is decided in a fixed order: units first (a different currency or a wrong
conversion is a unit change whatever the numbers), then values (exact, rounding, vague
interval), then qualifiers. Details always carry enough to explain the verdict.

Multipliers ("doubled", "twofold", "three times") and percentages compare as changes of a
level: an increase of p% multiplies by 1 + p/100 and a fall of p% by 1 - p/100, so "doubled"
is "rose 100%" and "halved" is "fell 50%" (the sign of a percentage is not in the figure, so
either reading is accepted). A time window whose deictic word was dropped ("over the next five
years" / "over five years") keeps its qualifier: the bare "over" reads as "during" there.
"""

from __future__ import annotations

import math
from typing import Any

from .model import Quantity, QuantityComparison
from .units import CURRENCY_FAMILY, GENERIC_CURRENCY_FORMS, convert, dimension_of

# Qualifiers that do not change what a figure claims.
_NEUTRAL = {None, "exactly", "only"}
_CLASS = {"approx": "approx", "more_than": "more_than", "less_than": "less_than",
          "at_least": "at_least", "at_most": "at_most", "nearly": "nearly"}
# qualifiers that say a figure is itself rounded ("about 1,400"): the exact one may stand elsewhere
_APPROXIMATE = frozenset({"approx", "nearly"})
_REL_TOL = 1e-9
_CONVERT_TOL = 0.03
# A rounding never moves a figure by more than this fraction ("2,000" is not "1,500" rounded).
_ROUNDING_MAX_REL = 0.10


def _qclass(q: str | None) -> str | None:
    return None if q in _NEUTRAL else _CLASS.get(q or "", q)


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=_REL_TOL, abs_tol=1e-12)


def significant_digits(value: float, precision: float) -> int:
    """Digits written from the first one to the last significant one: "1,400" -> 2, "2010" -> 3."""
    if value == 0 or precision <= 0:
        return 1
    return max(1, math.floor(math.log10(abs(value)) + 1e-9) - round(math.log10(precision)) + 1)


def is_rounding(exact: float, rounded: float, rounded_precision: float,
                exact_precision: float) -> bool:
    """True if ``rounded`` is ``exact`` rounded to the last significant digit of ``rounded``.

    A rounding keeps one or two significant digits ("1,403" -> "1,400", "62.7%" -> "63%") or
    drops at least two ("12,345" -> "12,300"); "2012" -> "2010" or "1,455" -> "1,460" keeps
    almost every digit and changes one: a different figure, not a rounder one.
    """
    if rounded_precision <= exact_precision or rounded_precision <= 0:
        return False
    diff = abs(exact - rounded)
    if diff > abs(exact) * _ROUNDING_MAX_REL * (1 + 1e-9):
        return False
    kept = significant_digits(rounded, rounded_precision)
    if kept > 2 and significant_digits(exact, exact_precision) - kept < 2:
        return False
    return diff <= rounded_precision / 2 * (1 + 1e-9)


def _claim_consistent(qual: str, claimed: float, prec: float, actual: float) -> bool:
    """Does the exact figure ``actual`` satisfy "<qual> <claimed>"?"""
    if qual == "approx":
        return abs(actual - claimed) <= max(prec / 2, abs(claimed) * 0.1) * (1 + 1e-9)
    if qual == "more_than":
        return actual > claimed
    if qual == "at_least":
        return actual >= claimed
    if qual == "less_than":
        return actual < claimed
    if qual == "at_most":
        return actual <= claimed
    if qual == "nearly":
        return claimed * 0.85 <= actual <= claimed if claimed >= 0 else False
    return False


def _near_claim(actual: float, claimed: float, prec: float) -> bool:
    """ "more than 1,400" may stand for 1,403, "under 400" not for 101: a bound that is a
    rounding of the figure, within one step of its precision or 15%."""
    return abs(actual - claimed) <= max(prec, abs(claimed) * 0.15) * (1 + 1e-9)


def _unit_view(a: Quantity, b: Quantity) -> tuple[str, dict[str, Any], float, float, float,
                                                   float]:
    """Bring b's values into a's unit. Returns (status, details, b_low, b_high, b_prec, tol)."""
    ua, ub = a.unit, b.unit
    details: dict[str, Any] = {}
    blow, bhigh, bprec = b.low, b.high, b.precision
    if ua == ub:
        return "same", details, blow, bhigh, bprec, 0.0
    if ua is None or ub is None:
        # a fraction and a percentage: "half" vs "50%"
        if {a.kind, b.kind} == {"fraction", "percent"} or (
            ua is None and a.kind == "fraction" and ub == "percent"
        ) or (ub is None and b.kind == "fraction" and ua == "percent"):
            src = ub or "fraction"
            dst = ua or "fraction"
            lo = convert(blow, src, dst)
            hi = convert(bhigh, src, dst)
            pr = convert(bprec, src, dst)
            if lo is not None and hi is not None and pr is not None:
                return "converted", {"from_unit": src, "to_unit": dst}, lo, hi, pr, 0.0
        details["unit_only_in"] = "a" if ua is not None else "b"
        return "missing", details, blow, bhigh, bprec, 0.0
    if {ua, ub} == {"times", "percent"}:
        return _as_change(a, b)
    da, db = dimension_of(ua), dimension_of(ub)
    details.update({"unit_a": ua, "unit_b": ub})
    if _same_family(a, b):
        # "2,250 pesos" vs "2,250 Mexican pesos", "$5" vs "A$5": one side names only the family
        return "same", {"currency_family": CURRENCY_FAMILY[ua], **details}, blow, bhigh, bprec, 0.0
    if "degree" in (da, db) and {da, db} <= {"degree", "temperature"}:
        return "same", {"unit_unspecified": True, **details}, blow, bhigh, bprec, 0.0
    if da is None or da != db:
        return "incompatible", details, blow, bhigh, bprec, 0.0
    lo, hi = convert(blow, ub, ua), convert(bhigh, ub, ua)
    if lo is None or hi is None:
        return "incompatible", details, blow, bhigh, bprec, 0.0
    if da == "temperature":
        pr = bprec * (9 / 5 if ua == "fahrenheit" and ub != "fahrenheit" else
                      5 / 9 if ub == "fahrenheit" and ua != "fahrenheit" else 1.0)
    else:
        pr = abs(convert(bprec, ub, ua) or bprec)
    return "converted", details, lo, hi, pr, _CONVERT_TOL


def _as_change(a: Quantity, b: Quantity) -> tuple[str, dict[str, Any], float, float, float,
                                                   float]:
    """b's value as a's kind of change: a percentage as a factor, or a factor as a percentage."""
    details: dict[str, Any] = {"from_unit": b.unit, "to_unit": a.unit, "as_change": True}
    if a.unit == "times":
        # choose the reading (rise or fall) nearer a's factor: "halved" / "fell 50%"
        sign = 1.0
        if 0 < b.value <= 100 and abs(1 - b.value / 100 - a.value) < abs(1 + b.value / 100 - a.value):
            sign = -1.0
        ends = sorted((1 + sign * b.low / 100, 1 + sign * b.high / 100))
        return "as_change", details, ends[0], ends[1], b.precision / 100, 0.0
    ends = sorted((abs(b.low - 1) * 100, abs(b.high - 1) * 100))
    return "as_change", details, ends[0], ends[1], b.precision * 100, 0.0


def _window(a: Quantity, b: Quantity) -> str | None:
    """The deictic word one side dropped before a bare "over": "over the next five years" vs
    "over five years" (the same span of time, "over" meaning "during")."""
    pair = {a.window, b.window}
    if "over" not in pair or None in pair or len(pair) != 2:
        return None
    return (pair - {"over"}).pop()


def _unit_text(q: Quantity) -> str:
    if q.unit_span is None:
        return ""
    return q.text[q.unit_span[0] - q.start:q.unit_span[1] - q.start].strip().lower()


def _same_family(a: Quantity, b: Quantity) -> bool:
    """Two currencies of one family where one is written without its country."""
    fa, fb = CURRENCY_FAMILY.get(a.unit or ""), CURRENCY_FAMILY.get(b.unit or "")
    if fa is None or fa != fb:
        return False
    return _unit_text(a) in GENERIC_CURRENCY_FORMS or _unit_text(b) in GENERIC_CURRENCY_FORMS


def compare_quantities(a: Quantity, b: Quantity) -> QuantityComparison:
    """Relation between figure ``a`` (original) and ``b`` (copy); see the module docstring.

    Relations: "equal", "converted", "rounding", "qualifier_changed", "unit_changed",
    "number_changed".
    """
    if a.kind == "score" or b.kind == "score":
        return _compare_scores(a, b)
    status, details, blow, bhigh, bprec, tol = _unit_view(a, b)
    qa, qb = _qclass(a.qualifier), _qclass(b.qualifier)
    if a.qualifier != b.qualifier:
        details["qualifier_a"] = a.qualifier
        details["qualifier_b"] = b.qualifier
    window = _window(a, b)
    if window is not None:
        details["window"] = window
        qa = qb = None
    if a.kind != b.kind:
        details["kind_a"] = a.kind
        details["kind_b"] = b.kind
    if status == "incompatible":
        details["same_number"] = _close(a.low, b.low) and _close(a.high, b.high)
        return QuantityComparison("unit_changed", details)
    if status == "as_change":
        return _compare_values(a, b, blow, bhigh, bprec, qa, qb, details, converted=True)

    same_value = _close(a.low, blow) and _close(a.high, bhigh)
    if status == "converted" and not same_value:
        if a.unit and b.unit and _close(a.low, b.low) and _close(a.high, b.high):
            # the same number under another unit is never a conversion, however close the
            # two scales happen to be there ("-38 °C" vs "-38 °F")
            details["same_number"] = True
            return QuantityComparison("unit_changed", details)
        if dimension_of(a.unit) == "temperature":
            # temperature scales are affine: a relative tolerance means nothing near zero
            same_value = _temperature_within(a.low, blow, bprec, a.precision) and (
                _temperature_within(a.high, bhigh, bprec, a.precision))
        else:
            # tolerance: 3% relative, or b's (converted) value is a rounding of a's
            same_value = _within(a.low, blow, tol, bprec, a.precision) and _within(
                a.high, bhigh, tol, bprec, a.precision)
        if not same_value:
            # a wrong conversion: same number, different unit ("5 km" -> "5 miles")
            if _close(a.low, b.low) and _close(a.high, b.high):
                details["same_number"] = True
                return QuantityComparison("unit_changed", details)
            details["converted_b"] = (blow, bhigh)
            # b is a rounding of the converted value
            return _compare_values(a, b, blow, bhigh, bprec, qa, qb, details, converted=True)
        return _qualified(a, b, qa, qb, "converted", details)
    if status == "converted":
        return _qualified(a, b, qa, qb, "converted", details)
    return _compare_values(a, b, blow, bhigh, bprec, qa, qb, details, converted=False)


def _compare_scores(a: Quantity, b: Quantity) -> QuantityComparison:
    """Two results are one when they hold the same pair of numbers, in either order ("beat
    3-1" / "lost 1-3"); a score is never a rounding, a range or a single count."""
    details: dict[str, Any] = {}
    if a.kind != b.kind:
        details.update({"kind_a": a.kind, "kind_b": b.kind})
        return QuantityComparison("number_changed", details)
    if _close(a.low, b.low) and _close(a.high, b.high):
        if a.score != b.score:
            details["order_swapped"] = True
        return QuantityComparison("equal", details)
    return QuantityComparison("number_changed", details)


def _temperature_within(x: float, y: float, yprec: float, xprec: float) -> bool:
    """Converted temperatures agree to the coarser precision (at most 3 degrees apart)."""
    return abs(x - y) <= min(max(yprec, xprec, 1.0) / 2, 3.0) * (1 + 1e-9)


def _within(x: float, y: float, tol: float, yprec: float, xprec: float) -> bool:
    """Converted values agree: within ``tol`` or one is a rounding of the other."""
    if math.isclose(x, y, rel_tol=tol, abs_tol=1e-12):
        return True
    d = abs(x - y)
    if d > max(abs(x), abs(y)) * _ROUNDING_MAX_REL:
        return False
    return d <= max(yprec, xprec) / 2 * (1 + 1e-9)


def _qualified(a: Quantity, b: Quantity, qa: str | None, qb: str | None, relation: str,
               details: dict[str, Any]) -> QuantityComparison:
    if qa != qb:
        # a converted figure naturally gains "about": "5 miles" -> "about 8 km"
        if relation == "converted" and {qa, qb} == {None, "approx"}:
            details["qualifier_added" if qb else "qualifier_removed"] = "approx"
            return QuantityComparison(relation, details)
        return QuantityComparison("qualifier_changed", details)
    return QuantityComparison(relation, details)


def _compare_values(a: Quantity, b: Quantity, blow: float, bhigh: float, bprec: float,
                    qa: str | None, qb: str | None, details: dict[str, Any],
                    converted: bool) -> QuantityComparison:
    same = _close(a.low, blow) and _close(a.high, bhigh)
    if same:
        if converted:
            return _qualified(a, b, qa, qb, "converted", details)
        return _qualified(a, b, qa, qb, "equal", details)
    a_point = _close(a.low, a.high)
    b_point = _close(blow, bhigh)
    # vague amounts: "hundreds of" vs "500"
    if a.vague or b.vague:
        if a.vague and b.vague:
            # "a few" vs "several", "hundreds" vs "several hundred": overlapping vagueness
            if a.high >= blow and bhigh >= a.low:
                details["vague"] = "both"
                return _qualified(a, b, qa, qb, "equal", details)
            return QuantityComparison("number_changed", details)
        if a.vague and b_point and a.low <= blow <= a.high:
            details["vague"] = "a"
            details["rounder"] = "a"
            return QuantityComparison("rounding", details)
        if b.vague and a_point and blow <= a.low <= bhigh:
            details["vague"] = "b"
            details["rounder"] = "b"
            return QuantityComparison("rounding", details)
        return QuantityComparison("number_changed", details)
    if a_point and b_point:
        x, y = a.low, blow
        if is_rounding(x, y, bprec, a.precision):
            return _rounded(a, b, qa, qb, "b", x, y, bprec, details)
        if is_rounding(y, x, a.precision, bprec):
            return _rounded(a, b, qa, qb, "a", y, x, a.precision, details, converted)
        # a qualifier may make a non-rounding value consistent: "1,403" vs "more than 1,400"
        if qa is None and qb is not None and _claim_consistent(qb, y, bprec, x) and (
            bprec > a.precision
        ) and _near_claim(x, y, bprec):
            details["rounder"] = "b"
            details["qualifier_added"] = qb
            return QuantityComparison("rounding", details)
        if qb is None and qa is not None and _claim_consistent(qa, x, a.precision, y) and (
            a.precision > bprec
        ) and _near_claim(y, x, a.precision):
            details["rounder"] = "a"
            details["qualifier_removed"] = qa
            return QuantityComparison("rounding", details)
        return QuantityComparison("number_changed", details)
    # ranges
    if not a_point and b_point and a.low <= blow <= a.high:
        details["within_range"] = "a"
    elif a_point and not b_point and blow <= a.low <= bhigh:
        details["within_range"] = "b"
    elif not a_point and not b_point and (
        is_rounding(a.low, blow, bprec, a.precision) and is_rounding(a.high, bhigh, bprec,
                                                                     a.precision)
    ):
        details["rounder"] = "b"
        return _qualified(a, b, qa, qb, "rounding", details)
    elif not a_point and not b_point and (
        is_rounding(blow, a.low, a.precision, bprec) and is_rounding(bhigh, a.high, a.precision,
                                                                     bprec)
    ):
        details["rounder"] = "a"
        return _qualified(a, b, qa, qb, "rounding", details)
    return QuantityComparison("number_changed", details)


def _rounded(a: Quantity, b: Quantity, qa: str | None, qb: str | None, rounder: str,
             exact: float, rounded: float, prec: float,
             details: dict[str, Any], converted: bool = False) -> QuantityComparison:
    details["rounder"] = rounder
    q_round = qb if rounder == "b" else qa
    q_exact = qa if rounder == "b" else qb
    if rounder == "a" and (q_round not in _APPROXIMATE or q_exact in _APPROXIMATE) and not converted:
        # the copy is more precise than the original ("more than 100 feet" -> "more than 110
        # feet", "about 7,000" -> "about 7,090"): a copy can round a figure, not learn the exact
        # one; only a figure the original gives as rounded may stand exact in the copy
        details["more_precise"] = "b"
        return QuantityComparison("number_changed", details)
    if q_round == q_exact:
        return QuantityComparison("rounding", details)
    # the rounder figure gained a qualifier consistent with the exact one ("about 1,400")
    if q_exact is None and q_round is not None:
        if _claim_consistent(q_round, rounded, prec, exact):
            details["qualifier_added" if rounder == "b" else "qualifier_removed"] = q_round
            return QuantityComparison("rounding", details)
        return QuantityComparison("qualifier_changed", details)
    if q_exact == "approx" and q_round is None:
        return QuantityComparison("rounding", details)
    return QuantityComparison("qualifier_changed", details)
