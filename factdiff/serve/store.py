"""The page's recent results, in memory only (nothing the user sends is written to disk).

A result page and its downloads need the report after the request that made it;
the last ``keep`` results are held here under an unguessable id, the oldest
dropped first. One store per app (no module-level state).
"""

from __future__ import annotations

import secrets
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import Errors
from .http_errors import NotFound

if TYPE_CHECKING:  # pragma: no cover
    from ..batch.model import BatchResult
    from .jobs import Compared, Filters


@dataclass
class SingleResult:
    """One original, one copy."""

    compared: Compared
    filters: Filters


@dataclass
class BatchPageResult:
    """One original, several copies: the rows in input order (``factdiff batch`` rows)."""

    original_name: str
    rows: list[BatchResult]
    filters: Filters
    failed: list[bool | None] = field(default_factory=list)  # per copy, for fail_on
    pages: dict[int, str] = field(default_factory=dict)  # copy number -> rendered report markup

    def row(self, number: int, rid: str, keep: int) -> BatchResult:
        if not 1 <= number <= len(self.rows):
            raise NotFound(Errors.E112.format(id=f"{rid}/copies/{number}", keep=keep))
        return self.rows[number - 1]


def size_of(result: SingleResult | BatchPageResult) -> int:
    """Characters held (the reports' JSON and rendered markup): what memory grows with."""
    if isinstance(result, SingleResult):
        return len(result.compared.report_json) + len(result.compared.body_html or "")
    return sum(len(r.line) for r in result.rows) + sum(len(p) for p in result.pages.values())


class ResultStore:
    """The last ``keep`` results, and never more than ``budget`` characters of them (a
    few results of 10 MB texts must not hold gigabytes): the oldest go first."""

    def __init__(self, keep: int, budget: int = 400_000_000) -> None:
        self.keep = keep
        self.budget = budget
        self._items: OrderedDict[str, SingleResult | BatchPageResult] = OrderedDict()

    def add(self, result: SingleResult | BatchPageResult) -> str:
        rid = secrets.token_urlsafe(12)
        self._items[rid] = result
        while len(self._items) > self.keep or (
            len(self._items) > 1 and sum(size_of(r) for r in self._items.values()) > self.budget
        ):
            self._items.popitem(last=False)
        return rid

    def get(self, rid: str) -> SingleResult | BatchPageResult:
        try:
            result = self._items[rid]
        except KeyError:
            raise NotFound(Errors.E112.format(id=rid, keep=self.keep)) from None
        self._items.move_to_end(rid)
        return result

    def __len__(self) -> int:
        return len(self._items)
