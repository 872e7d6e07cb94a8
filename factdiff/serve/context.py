"""What the API and the page share: the settings, the worker pool, the result store,
and the two ways of running work on the pool (one pair; one original, many copies)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import Errors, FactdiffError
from .http_errors import WorkerStopped
from .jobs import Compared, Filters, TextInput, batch_row_job, compare_job, parse_original_job
from .settings import ServeSettings
from .store import ResultStore

if TYPE_CHECKING:  # pragma: no cover
    from ..batch.model import BatchResult
    from .pool import ComparisonPool


@dataclass
class ServeContext:
    settings: ServeSettings
    pool: ComparisonPool | None = None
    store: ResultStore = field(init=False)

    def __post_init__(self) -> None:
        self.store = ResultStore(self.settings.keep_results)

    @property
    def running_pool(self) -> ComparisonPool:
        if self.pool is None:
            raise WorkerStopped(Errors.E111.format(reason="the server has not started its workers"))
        return self.pool

    # ------------------------------------------------------------ running work
    async def compare(
        self,
        original: TextInput,
        copy: TextInput,
        filters: Filters,
        *,
        fmt: str = "json",
        page: bool = False,
        time_limit: float | None = None,
    ) -> Compared:
        s = self.settings
        return await self.running_pool.run(
            compare_job, original, copy, s.compare, filters, s.max_bytes, fmt, page, time_limit=time_limit
        )

    async def parse_original(self, original: TextInput, time_limit: float | None = None):
        """Parse a batch's original (errors raise: the whole request fails)."""
        s = self.settings
        return await self.running_pool.run(parse_original_job, original, "original", s.compare, s.max_bytes, time_limit=time_limit)

    async def batch_rows(
        self, parsed, copies: list[TextInput], filters: Filters, time_limit: float | None = None
    ) -> AsyncIterator[tuple[int, BatchResult, bool | None]]:
        """Yield ``(index, row, failed)`` as each copy finishes. At most one job per
        worker (plus one queued) is in flight per batch, so a long batch shares the
        workers with other requests instead of filling the queue."""
        from ..batch.model import error_result

        pool = self.running_pool
        s = self.settings

        async def one(index: int, copy: TextInput):
            try:
                row, failed = await pool.run(
                    batch_row_job, parsed, "original", copy, copy.name, s.compare, filters, s.max_bytes,
                    time_limit=time_limit, admit=False,
                )
            except FactdiffError as exc:  # time limit, a dead worker: an error row, the batch goes on
                row, failed = error_result(copy.name, exc.message, parsed.name, copy.name), None
            return index, row, failed

        todo = list(enumerate(copies))[::-1]
        running: set[asyncio.Task] = set()
        try:
            while todo or running:
                while todo and len(running) < pool.workers + 1:
                    running.add(asyncio.ensure_future(one(*todo.pop())))
                done, running = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
                for task in sorted(done, key=lambda t: t.result()[0]):
                    yield task.result()
        finally:
            for task in running:
                task.cancel()
