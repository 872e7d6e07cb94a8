"""Run a batch: schedule parse and compare tasks on an executor, yield rows as they finish.

The scheduler is the same for every engine; only the executor differs:

* ``local`` with one job: in this process (no pool, no pickling);
* ``local`` with N jobs: a ``ProcessPoolExecutor`` of N workers, forked after the
  parent loaded the pipeline (they share it) on Linux, else spawned, each then
  loading it once (pool initializer);
* ``dask``: a Dask cluster (``--scheduler ADDRESS``, or a ``LocalCluster``); the
  parent reads the files and ships texts, so workers need no access to them.
"""

from __future__ import annotations

import concurrent.futures as cf
import os
import sys
import uuid
from collections import deque
from collections.abc import Collection, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import TYPE_CHECKING, Any

from ..errors import Errors, FactdiffError, OptionError, PipelineError
from .model import BatchResult, BatchStats, Comparison, DocSpec, error_result
from .plan import Chunk, make_plan
from .worker import Item, ParseOutcome, compare_task, forget_run, parse_task, to_source

if TYPE_CHECKING:  # pragma: no cover
    from ..settings import Settings

ENGINES = ("local", "dask")


#: Yielded by the run once its executor (pool, cluster) is up; never reaches the caller.
_STARTED = object()


class BatchRun(Iterator[BatchResult]):
    """The rows of a running batch, in completion order; ``stats`` fills in as it runs.

    Nothing starts until the first ``next()`` or ``start()``. Closing it (or leaving a
    ``with`` block) stops the workers.
    """

    def __init__(self, generator: Iterator[Any], total: int, skipped: int, stats: BatchStats) -> None:
        self._generator = generator
        self._early: deque[BatchResult] = deque()
        self._started = False
        self.total = total  # comparisons this run will report (skipped ones excluded)
        self.skipped = skipped
        self.stats = stats

    def start(self) -> BatchRun:
        """Start the workers now (forked pools: before the caller starts any thread,
        e.g. a progress bar). Rows that are ready before that are kept for ``next()``."""
        while not self._started:
            try:
                item = next(self._generator)
            except StopIteration:
                self._started = True
                break
            if item is _STARTED:
                self._started = True
            else:
                self._early.append(item)
        return self

    def __iter__(self) -> BatchRun:
        return self

    def __next__(self) -> BatchResult:
        if self._early:
            return self._early.popleft()
        while True:
            item = next(self._generator)
            if item is _STARTED:
                self._started = True
                continue
            return item

    def close(self) -> None:
        close = getattr(self._generator, "close", None)
        if close is not None:
            close()

    def __enter__(self) -> BatchRun:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def run_batch(
    comparisons: Iterable[Comparison],
    settings: Settings | None = None,
    *,
    jobs: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    skip: Collection[str] = (),
    chunk_size: int | None = None,
) -> BatchRun:
    """Compare every comparison; yield a :class:`BatchResult` per row as it completes.

    Each distinct document is parsed once, however many rows use it. Rows whose id
    is in ``skip`` (already done, for ``--resume``) are not run. Bad rows come out
    as error rows; only a problem with the whole batch (options, the pipeline, a
    dead worker) raises :class:`~factdiff.errors.FactdiffError`.
    """
    from ..settings import Settings

    settings = settings or Settings()
    if engine not in ENGINES:
        raise OptionError(Errors.E061.format(value=engine, choices=", ".join(ENGINES)))
    if jobs is None:
        jobs = os.cpu_count() or 1
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise OptionError(Errors.E024.format(option="--jobs", expected="a positive number", value=jobs))
    if scheduler and engine != "dask":
        raise OptionError(Errors.E070)
    if engine == "dask":
        from .dask_engine import require_dask

        require_dask()
    skip = frozenset(skip)
    comparisons = list(comparisons)
    todo = [c for c in comparisons if c.id not in skip]
    stats = BatchStats()
    generator = _run(todo, settings, jobs, engine, scheduler, chunk_size, stats)
    return BatchRun(generator, total=len(todo), skipped=len(comparisons) - len(todo), stats=stats)


# ---------------------------------------------------------------- the run
def _run(
    todo: list[Comparison],
    settings: Settings,
    jobs: int,
    engine: str,
    scheduler: str | None,
    chunk_size: int | None,
    stats: BatchStats,
) -> Iterator[BatchResult]:
    valid: list[Comparison] = []
    for comparison in todo:
        if comparison.error is not None or comparison.original is None or comparison.copy is None:
            yield error_result(comparison.id, comparison.error or "incomplete row", extra=dict(comparison.extra))
        else:
            valid.append(comparison)
    if not valid:
        return
    with _executor(engine, jobs, scheduler, settings, len(valid)) as (executor, workers, ship):
        yield _STARTED
        stats.workers = workers
        plan = make_plan(valid, workers, chunk_size)
        yield from Scheduler(executor, workers, settings, ship, stats).run(plan.parse_chunks, plan.chunks)


class Scheduler:
    """Submit parse tasks ahead of the chunks that need them (a few documents ahead, so
    memory does not grow with the number of groups), each chunk once its shared
    documents are parsed."""

    def __init__(self, executor: cf.Executor, workers: int, settings: Settings, ship: bool, stats: BatchStats) -> None:
        self.executor = executor
        self.limit = max(2, workers * 2)  # tasks in flight: keeps every worker busy, queues short
        self.ahead = max(4, workers * 4)  # shared documents parsed (or being parsed) before their chunks run
        self.settings = settings
        self.ship = ship  # read files here and ship texts (remote workers)
        self.stats = stats
        self.parsed: dict[str, Any] = {}
        self.paragraphs: dict[str, dict[str, Any]] = {}  # shared doc key -> its parsed paragraphs
        self.failed: dict[str, str] = {}
        self.inflight: dict[cf.Future, tuple[str, Any]] = {}
        self.run_id = uuid.uuid4().hex  # names this run's parse cache in each worker process

    def run(self, parse_chunks: list[list[DocSpec]], chunks: list[Chunk]) -> Iterator[BatchResult]:
        parse_queue = deque(parse_chunks)
        ready: deque[Chunk] = deque()
        waiting: dict[str, list[Chunk]] = {}
        missing: dict[int, int] = {}
        uses: dict[str, int] = {}
        for chunk in chunks:
            missing[id(chunk)] = len(chunk.shared)
            for key in chunk.shared:
                waiting.setdefault(key, []).append(chunk)
                uses[key] = uses.get(key, 0) + 1
            if not chunk.shared:
                ready.append(chunk)
        try:
            while parse_queue or ready or self.inflight:
                while len(self.inflight) < self.limit and (parse_queue or ready):
                    # parse ahead, but not too far: parsed documents wait here for their chunks
                    if parse_queue and (not ready or self._held() < self.ahead):
                        self._submit_parse(parse_queue.popleft())
                        continue
                    chunk = ready.popleft()
                    yield from self._submit_chunk(chunk)
                    for key in chunk.shared:  # free shared documents no chunk still needs
                        uses[key] -= 1
                        if uses[key] == 0:
                            self.parsed.pop(key, None)
                            self.paragraphs.pop(key, None)
                if not self.inflight:
                    continue
                done, _ = cf.wait(self.inflight, return_when=cf.FIRST_COMPLETED)
                for future in done:
                    kind, payload = self.inflight.pop(future)
                    if kind == "parse":
                        for key in self._parse_done(future, payload):
                            for chunk in waiting.pop(key, []):
                                missing[id(chunk)] -= 1
                                if missing[id(chunk)] == 0:
                                    ready.appendleft(chunk)  # first: it frees a parsed document
                    else:
                        yield from self._compare_done(future, payload)
            if waiting:  # pragma: no cover - a planning bug, never a user error
                raise RuntimeError(f"batch scheduler stalled waiting for {sorted(waiting)[:3]}")
        finally:
            for future in self.inflight:
                future.cancel()
            forget_run(self.run_id)  # the cache of a --jobs 1 run lives in this process

    def _held(self) -> int:
        """Shared documents parsed and waiting for their chunks, or being parsed."""
        parsing = sum(len(keys) for kind, keys in self.inflight.values() if kind == "parse")
        return len(self.parsed) + parsing

    # ------------------------------------------------------------ submitting
    def _submit_parse(self, specs: list[DocSpec]) -> None:
        docs: list[tuple[str, Any]] = []
        for spec in specs:
            doc = self._shippable(spec)
            if isinstance(doc, str):
                self.failed[spec.key] = doc
            else:
                docs.append((spec.key, doc))
        future = self.executor.submit(parse_task, docs, self.settings, self.run_id)
        self.stats.tasks += 1
        self.inflight[future] = ("parse", [spec.key for spec in specs])

    def _submit_chunk(self, chunk: Chunk) -> Iterator[BatchResult]:
        docs: dict[str, Any] = {}
        bad: dict[str, str] = {}
        for key, spec in chunk.docs.items():
            if key in self.failed:
                bad[key] = self.failed[key]
            elif key in chunk.shared:
                docs[key] = self.parsed[key]
            else:
                doc = self._shippable(spec)
                if isinstance(doc, str):
                    bad[key] = doc
                else:
                    docs[key] = doc
        items: list[Item] = []
        for c in chunk.comparisons:
            assert c.original is not None and c.copy is not None
            problem = bad.get(c.original.key) or bad.get(c.copy.key)
            if problem is not None:
                yield error_result(c.id, problem, c.original.name, c.copy.name, dict(c.extra))
            else:
                items.append((c.id, c.original.key, c.original.name, c.copy.key, c.copy.name, dict(c.extra)))
        if not items:
            return
        needed = {k for item in items for k in (item[1], item[3])}
        seed = {pk: p for key in chunk.shared if key in needed for pk, p in self.paragraphs.get(key, {}).items()}
        future = self.executor.submit(
            compare_task, {k: v for k, v in docs.items() if k in needed}, items, self.settings, self.run_id, seed
        )
        self.stats.tasks += 1
        self.inflight[future] = ("compare", items)

    def _shippable(self, spec: DocSpec) -> Any:
        """The spec itself, or (remote workers) the text read here; a str is an error."""
        if not self.ship or spec.path is None:
            return spec
        try:
            return to_source(spec, self.settings)
        except FactdiffError as exc:
            return exc.message

    # ------------------------------------------------------------ results
    def _parse_done(self, future: cf.Future, keys: list[str]) -> list[str]:
        try:
            outcome: ParseOutcome = future.result()
        except Exception as exc:
            _reraise_fatal(exc)
            outcome = ParseOutcome(errors={k: _internal(exc) for k in keys})
        self.parsed.update(outcome.docs)
        self.paragraphs.update(outcome.paragraphs)
        self.failed.update(outcome.errors)
        self.stats.parsed.update(outcome.parsed)
        self.stats.paragraphs.update(outcome.parsed_paragraphs)
        for key in keys:
            if key not in outcome.docs and key not in self.failed:
                self.failed[key] = f"{key}: not parsed"
        return keys

    def _compare_done(self, future: cf.Future, items: list[Item]) -> Iterator[BatchResult]:
        try:
            outcome = future.result()
        except Exception as exc:
            _reraise_fatal(exc)
            for cid, _okey, oname, _ckey, cname, extra in items:
                yield error_result(cid, _internal(exc), oname, cname, extra)
            return
        self.stats.parsed.update(outcome.parsed)
        self.stats.paragraphs.update(outcome.parsed_paragraphs)
        yield from outcome.results


def _reraise_fatal(exc: BaseException) -> None:
    """A pipeline that cannot load, or a dead worker, ends the batch (rows written so far stay)."""
    from concurrent.futures.process import BrokenProcessPool

    if isinstance(exc, PipelineError):
        raise exc
    if isinstance(exc, BrokenProcessPool):
        raise FactdiffError(Errors.E068.format(reason=str(exc).splitlines()[0] if str(exc) else "killed")) from exc


def _internal(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"internal error: {type(exc).__name__}: {text}".rstrip(": ")


# ---------------------------------------------------------------- executors
class SerialExecutor(cf.Executor):
    """Runs each task at once in this process: ``--jobs 1`` without a pool."""

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[override]
        future: cf.Future = cf.Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as exc:
            future.set_exception(exc)
        return future


def _executor(
    engine: str, jobs: int, scheduler: str | None, settings: Settings, count: int
) -> AbstractContextManager[tuple[cf.Executor, int, bool]]:
    if engine == "dask":
        from .dask_engine import dask_executor

        return dask_executor(jobs, scheduler)
    workers = min(jobs, count)
    if workers <= 1:
        return _serial()
    return _pool(workers, settings)


@contextmanager
def _serial() -> Iterator[tuple[cf.Executor, int, bool]]:
    yield SerialExecutor(), 1, False


def start_method() -> str:
    """``fork`` on Linux (workers inherit the loaded pipeline), else ``spawn``;
    ``FACTDIFF_START_METHOD`` overrides. A forking pool must start before the parent
    has other threads: ``BatchRun.start()`` exists for that."""
    import multiprocessing

    wanted = os.environ.get("FACTDIFF_START_METHOD")
    if wanted in multiprocessing.get_all_start_methods():
        return wanted
    # not macOS: fork is unsafe with its system frameworks (Python defaults to spawn there)
    return "fork" if sys.platform.startswith("linux") else "spawn"


@contextmanager
def _pool(workers: int, settings: Settings) -> Iterator[tuple[cf.Executor, int, bool]]:
    import multiprocessing

    from .worker import init_worker, ping

    method = start_method()
    if method == "fork":
        # load the pipeline once here: forked workers share it (copy-on-write) instead of
        # each importing spaCy and loading the model again, which cost a spawned worker ~1.6 s
        from .worker import warm_up

        warm_up(settings)
    pool = cf.ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context(method),
        initializer=init_worker,
        initargs=(settings, os.getpid()),
    )
    for _ in range(workers):  # spawned pools start workers lazily, one per submit: start them all now
        pool.submit(ping)
    finished = False
    try:
        yield pool, workers, False
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:  # Ctrl-C, an error, or the consumer stopped early: stop the workers now
            processes = list(getattr(pool, "_processes", {}).values())
            pool.shutdown(wait=False, cancel_futures=True)
            for process in processes:
                if process.is_alive():
                    process.terminate()
            for process in processes:
                process.join(timeout=5)
