"""Value objects returned by the number and date parsers.

They are frozen so the facts layer can hash them, put them in sets and cache them; every span is
an offset into the exact string that was passed to the parser (offsets are sacred).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any, TypeVar

_T = TypeVar("_T", "Quantity", "TimeExpression")


def shifted(obj: _T, by: int) -> _T:
    """Copy of a parse result with every offset moved by ``by``.

    Parsers run on one sentence; the facts layer needs document offsets. Knowing which
    fields are offsets belongs here, next to the fields themselves.
    """
    changes: dict[str, Any] = {"start": obj.start + by, "end": obj.end + by}
    for f in fields(obj):
        if f.name.endswith("_span"):
            v = getattr(obj, f.name)
            if v is not None:
                changes[f.name] = (v[0] + by, v[1] + by)
    return replace(obj, **changes)


@dataclass(frozen=True)
class Quantity:
    """One figure found in text: value interval + qualifier + unit, each with its own span.

    ``low``/``high`` hold the value as written, scale applied ("1.5 million" -> 1_500_000);
    the qualifier is kept apart ("more than 25,000" -> low = high = 25000, qualifier
    "more_than"). Ranges ("10-12 km") have kind "range" and low < high; their unit says whether
    they are money or percentages. Scores ("3-1", "52-48") have kind "score" (see scores.py).
    Vague amounts ("hundreds of") get a conventional interval
    and ``vague=True``. ``number_span`` covers digits/words plus an attached scale ("2bn",
    "1.5 million"), not the currency marker or unit.
    """

    start: int
    end: int
    text: str
    low: float
    high: float
    kind: str
    qualifier: str | None = None
    qualifier_span: tuple[int, int] | None = None
    unit: str | None = None
    unit_span: tuple[int, int] | None = None
    number_span: tuple[int, int] = (0, 0)
    vague: bool = False
    # Unit of the last significant digit as written ("1,400" -> 100, "1.5 million" -> 100000,
    # "1,403" -> 1). Lets compare_quantities decide whether one figure is a rounding of another.
    precision: float = 1.0
    # Canonical dimension of ``unit`` ("length", "mass", "currency:usd", "ratio", ...).
    dimension: str | None = None
    # A time span placed in time: the deictic word before it ("next" in "over the next five
    # years"), or "over" where "over five years" may mean "during" as well as "more than".
    # Only set for time units. Lets compare_quantities tell a dropped "the next" from a hedge.
    window: str | None = None
    # A score or tally ("3-1", "52-48") as written, winner or loser first; low/high hold the
    # smaller and the larger number so either order compares equal (kind "score").
    score: tuple[int, int] | None = None

    @property
    def value(self) -> float:
        """Point value (midpoint of the interval): convenient for exact figures."""
        return (self.low + self.high) / 2.0


@dataclass(frozen=True)
class QuantityComparison:
    """Result of :func:`compare_quantities`: a relation name plus machine-readable details."""

    relation: str
    details: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class TimeExpression:
    """One temporal expression: calendar fields that are known, ``None`` for unknown ones."""

    start: int
    end: int
    text: str
    kind: str  # "year" | "month" | "weekday" | "date" | "time" | "decade" | "relative" | "season"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    hour: int | None = None
    minute: int | None = None
    # Extra fields (additions to the brief's interface):
    part_of_day: str | None = None  # "morning" | "afternoon" | "evening" | "night" | "noon" | "midnight"
    season: str | None = None  # "spring" | "summer" | "autumn" | "winter"
    decade: int | None = None  # 1990 for "the 1990s"
    modifier: str | None = None  # "early" | "mid" | "late"
    relative: tuple[str, int] | None = None  # ("week", -1) for "last week"; ("day", 0) for "today"
    anchor: str | None = None  # preceding preposition, normalised: "in", "since", "until", ...
    anchor_span: tuple[int, int] | None = None
    day_end: int | None = None  # 16 for "Nov. 15-16" (day holds 15)
    timezone: str | None = None  # "GMT", "ET", "local time", ... as written (upper-cased)
