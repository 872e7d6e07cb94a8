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
            raise NotFound(Errors.E092.format(id=f"{rid}/copies/{number}", keep=keep))
        return self.rows[number - 1]


class ResultStore:
    def __init__(self, keep: int) -> None:
        self.keep = keep
        self._items: OrderedDict[str, SingleResult | BatchPageResult] = OrderedDict()

    def add(self, result: SingleResult | BatchPageResult) -> str:
        rid = secrets.token_urlsafe(12)
        self._items[rid] = result
        while len(self._items) > self.keep:
            self._items.popitem(last=False)
        return rid

    def get(self, rid: str) -> SingleResult | BatchPageResult:
        try:
            result = self._items[rid]
        except KeyError:
            raise NotFound(Errors.E092.format(id=rid, keep=self.keep)) from None
        self._items.move_to_end(rid)
        return result

    def __len__(self) -> int:
        return len(self._items)
