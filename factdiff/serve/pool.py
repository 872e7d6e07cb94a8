"""The server's worker processes: every comparison runs here, off the event loop.

One ``ProcessPoolExecutor`` of ``--workers`` processes, set up like a batch's
(``factdiff.batch.worker.init_worker``: the pipeline loaded once per process, Ctrl-C
left to the parent, workers that die with the server). On Linux a pool is forked
after the server loaded the pipeline, so the workers share it, but only while the
server runs no other thread (forking a process with threads is unsafe): a pool
started when threads are alive (a replacement while another pool is still being
stopped, an app inside a test client) is spawned, each worker loading the pipeline.

Three guards keep one request from hurting the others:

* a time limit per job: the worker interrupts itself at the deadline (SIGALRM, see
  :func:`~factdiff.serve.jobs.run_until`) and the caller stops waiting shortly after;
* a queue limit: past it, new work is refused at once (503) instead of piling up;
* a watchdog: a job running far past any possible deadline (stuck in C code) means a
  stuck worker, and the pool is replaced.
"""

from __future__ import annotations

import asyncio
import concurrent.futures as cf
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any, TypeVar

from ..errors import Errors
from .http_errors import Busy, WorkerStopped
from .jobs import TimeLimitExceeded, init_serve_worker, run_until

if TYPE_CHECKING:  # pragma: no cover
    from ..settings import Settings

T = TypeVar("T")


class ComparisonPool:
    """Run jobs in worker processes with a deadline; survive a worker that dies."""

    def __init__(
        self,
        settings: Settings,
        workers: int,
        *,
        time_limit: float = 60.0,
        queue_limit: int = 100,
        grace: float = 5.0,
        warm: bool = True,
        watchdog_interval: float = 1.0,
    ) -> None:
        self.settings = settings
        self.workers = workers
        self.time_limit = time_limit
        self.queue_limit = queue_limit
        self.grace = grace  # how long after a deadline the caller still waits for the worker's answer
        self.warm = warm
        self.watchdog_interval = watchdog_interval
        self.pending = 0  # jobs submitted and not finished
        self.completed = 0
        self.restarts = 0
        self.start_method = ""
        self._executor: cf.ProcessPoolExecutor | None = None
        self._generation = 0
        self._inflight: dict[cf.Future, tuple[int, float | None]] = {}  # future -> (generation, running since)
        self._watchdog: asyncio.Task | None = None

    # ------------------------------------------------------------ life cycle
    def start(self, wait: bool = True) -> ComparisonPool:
        """Start the workers (and, with ``wait``, return once each has loaded the pipeline)."""
        from ..batch.run import start_method
        from ..batch.worker import ping, warm_up

        method = start_method()
        if method == "fork" and threading.active_count() > 1 and "FACTDIFF_START_METHOD" not in os.environ:
            method = "spawn"
        if method == "fork" and self.warm:
            warm_up(self.settings)  # forked workers share the loaded pipeline (copy-on-write)
        self.start_method = method
        self._executor = cf.ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context(method),
            initializer=init_serve_worker,
            initargs=(self.settings, os.getpid(), self.warm),
        )
        pings = [self._executor.submit(ping) for _ in range(self.workers)]
        if wait:
            cf.wait(pings)
        return self

    def close(self, wait: bool = True) -> None:
        """Stop the workers: let running jobs finish (``wait``: at most one time limit),
        drop queued ones."""
        if self._watchdog is not None:
            self._watchdog.cancel()
            self._watchdog = None
        executor, self._executor = self._executor, None
        if executor is not None:
            _stop(executor, self.time_limit + self.grace if wait else 0.0)

    def __enter__(self) -> ComparisonPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def pids(self) -> list[int]:
        processes = getattr(self._executor, "_processes", None) or {}
        return sorted(p.pid for p in processes.values() if p.pid is not None)

    def stats(self) -> dict[str, Any]:
        running = min(self.pending, self.workers)
        return {
            "workers": self.workers,
            "running": running,
            "queued": self.pending - running,
            "completed": self.completed,
            "restarts": self.restarts,
            "start_method": self.start_method,
        }

    # ------------------------------------------------------------ running jobs
    async def run(self, fn: Callable[..., T], *args: Any, time_limit: float | None = None, admit: bool = True) -> T:
        """Run ``fn(*args)`` in a worker; raise TimeLimitExceeded past the deadline,
        Busy when the queue is full (``admit``), WorkerStopped when a worker died."""
        if self._executor is None:
            raise WorkerStopped(Errors.E111.format(reason="the server is shutting down"))
        limit = self.time_limit if time_limit is None else min(float(time_limit), self.time_limit)
        if admit and self.pending >= self.queue_limit:
            raise Busy(Errors.E106.format(pending=self.pending))
        self._ensure_watchdog()
        deadline = time.time() + limit
        for attempt in (1, 2):  # a pool found broken at submit time ran nothing of this job: once more
            generation = self._generation
            try:
                future = self._executor.submit(run_until, deadline, limit, fn, *args)
                break
            except (BrokenProcessPool, RuntimeError) as exc:
                self._replace(generation)
                if attempt == 2 or self._executor is None:
                    raise WorkerStopped(Errors.E111.format(reason=_reason(exc))) from None
        self.pending += 1
        self._inflight[future] = (generation, None)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), limit + self.grace)
        except TimeoutError:
            future.cancel()  # still queued: never starts; running: its own alarm stops it
            raise TimeLimitExceeded(Errors.E105.format(limit=limit)) from None
        except BrokenProcessPool as exc:
            self._replace(generation)
            raise WorkerStopped(Errors.E111.format(reason=_reason(exc))) from None
        except asyncio.CancelledError:
            task = asyncio.current_task()
            if future.cancelled() and task is not None and not task.cancelling():
                # not this request being cancelled: its job was dropped with a replaced pool
                raise WorkerStopped(Errors.E111.format(reason="its pool was restarted")) from None
            future.cancel()  # the client went away: a queued job need not run
            raise
        finally:
            self.pending -= 1
            self.completed += 1
            if future.done():
                self._inflight.pop(future, None)
            else:  # given up on, maybe still running: the watchdog keeps an eye on it until it ends
                loop = asyncio.get_running_loop()

                def forget(f: cf.Future) -> None:
                    try:
                        loop.call_soon_threadsafe(self._inflight.pop, f, None)
                    except RuntimeError:  # the loop is gone (shutting down): nothing to watch
                        self._inflight.pop(f, None)

                future.add_done_callback(forget)

    # ------------------------------------------------------------ recovery
    def _replace(self, generation: int) -> None:
        """Replace a broken (or stuck) pool, once per generation; jobs still in it fail."""
        if generation != self._generation or self._executor is None:
            return
        old = self._executor
        self._generation += 1
        self.restarts += 1
        for future, (gen, _) in list(self._inflight.items()):
            if gen == generation:
                future.cancel()
        self.start(wait=False)
        threading.Thread(target=_stop, args=(old, 0.0), name="factdiff-pool-stop", daemon=True).start()

    def _ensure_watchdog(self) -> None:
        if self._watchdog is None or self._watchdog.done():
            self._watchdog = asyncio.get_running_loop().create_task(self._watch())

    async def _watch(self) -> None:
        """A job is handed to a worker at most one time limit after it is queued there
        (the job ahead of it ends by then) and runs at most one time limit: running
        longer than twice that means its worker is stuck."""
        while True:
            await asyncio.sleep(self.watchdog_interval)
            now = time.monotonic()
            overdue = 2 * self.time_limit + self.grace
            for future, (gen, since) in list(self._inflight.items()):
                if gen != self._generation or not future.running():
                    continue
                if since is None:
                    self._inflight[future] = (gen, now)
                elif now - since > overdue:
                    self._replace(gen)
                    break


def _stop(executor: cf.ProcessPoolExecutor, wait: float) -> None:
    """Shut ``executor`` down: queued jobs are dropped, running ones get ``wait``
    seconds to finish, then their workers are terminated (killed if they must)."""
    processes = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    deadline = time.monotonic() + wait
    for process in processes:
        process.join(timeout=max(0.0, deadline - time.monotonic()))
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)
        if process.is_alive():  # pragma: no cover - ignored SIGTERM
            process.kill()
            process.join(timeout=5)


def _reason(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    return text or type(exc).__name__
