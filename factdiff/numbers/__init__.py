"""Number and temporal-expression parsing and comparison (pure Python, no spaCy).

Public API::

    parse_quantities(text) -> list[Quantity]     # figures: value interval, qualifier, unit, spans
    compare_quantities(a, b) -> QuantityComparison
    parse_dates(text) -> list[TimeExpression]    # years, dates, times, weekdays, relative, ...
    compare_dates(a, b) -> "equal" | "compatible" | "changed"
    number_value(token) -> float | None          # "sixth" -> 6, "Second" -> 2, "dozen" -> 12
    shifted(obj, by) -> same type                # move every offset/span (sentence -> document)

Years belong to ``parse_dates``; ``parse_quantities`` skips them (see quantities.py).
"""

from __future__ import annotations

from .compare import compare_quantities, is_rounding
from .dates import compare_dates, parse_dates
from .model import Quantity, QuantityComparison, TimeExpression, shifted
from .quantities import parse_quantities
from .units import convert, dimension_of
from .words import number_value

__all__ = [
    "Quantity",
    "QuantityComparison",
    "TimeExpression",
    "compare_dates",
    "compare_quantities",
    "convert",
    "dimension_of",
    "is_rounding",
    "number_value",
    "parse_dates",
    "parse_quantities",
    "shifted",
]
