"""The server's process pool: deadlines, a full queue, a dead or stuck worker.

Light pools (``warm=False``: no pipeline) running small functions from this module,
so each test takes about a second.
"""

from __future__ import annotations

import asyncio
import os
import signal
import time

import pytest

from factdiff.serve.http_errors import Busy, WorkerStopped
from factdiff.serve.jobs import TimeLimitExceeded
from factdiff.serve.pool import ComparisonPool
from factdiff.settings import Settings


def double(x: int) -> int:
    return 2 * x


def sleepy(seconds: float) -> str:
    time.sleep(seconds)
    return "woke"


def busy_loop(seconds: float) -> int:
    """Pure Python work that swallows every Exception: the alarm must still stop it."""
    end = time.time() + seconds
    n = 0
    while time.time() < end:
        try:
            n += 1
        except Exception:  # noqa: BLE001 - what a careless check could do
            pass
    return n


def stuck(seconds: float) -> int:
    """A job the alarm cannot reach (SIGALRM blocked, as C code that never yields)."""
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
    time.sleep(seconds)
    return os.getpid()


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def pid() -> int:
    return os.getpid()


def make_pool(workers: int = 2, **kwargs) -> ComparisonPool:
    options = {"time_limit": 5.0, "queue_limit": 10, "grace": 0.5, "warm": False, "watchdog_interval": 0.1}
    return ComparisonPool(Settings(), workers, **(options | kwargs)).start()


def test_jobs_run_in_worker_processes():
    async def main(pool):
        results = await asyncio.gather(*(pool.run(double, i) for i in range(6)))
        pids = set(await asyncio.gather(*(pool.run(pid) for _ in range(4))))
        return results, pids

    with make_pool() as pool:
        results, pids = asyncio.run(main(pool))
        assert results == [0, 2, 4, 6, 8, 10]
        assert os.getpid() not in pids and pids <= set(pool.pids)
        assert pool.stats()["completed"] == 10 and pool.pending == 0


def test_the_alarm_stops_a_job_at_its_deadline_and_the_worker_goes_on():
    async def main(pool):
        t0 = time.perf_counter()
        with pytest.raises(TimeLimitExceeded) as err:
            await pool.run(busy_loop, 30.0, time_limit=0.4)
        elapsed = time.perf_counter() - t0
        return elapsed, err.value.message, await pool.run(double, 21)

    with make_pool(workers=1) as pool:  # one worker: the next job runs only if the alarm freed it
        elapsed, message, after = asyncio.run(main(pool))
        assert elapsed < 3.0
        assert message.startswith("the comparison did not finish within the 0.4-second time limit")
        assert after == 42 and pool.restarts == 0


def test_a_request_may_ask_for_less_time_but_not_more():
    async def main(pool):
        with pytest.raises(TimeLimitExceeded) as err:
            await pool.run(sleepy, 5.0, time_limit=100.0)
        return err.value.message

    with make_pool(time_limit=0.3) as pool:
        assert "0.3-second" in asyncio.run(main(pool))


def test_a_full_queue_is_refused_at_once():
    async def main(pool):
        first = asyncio.ensure_future(pool.run(sleepy, 0.5))
        await asyncio.sleep(0.05)
        t0 = time.perf_counter()
        with pytest.raises(Busy) as err:
            await pool.run(double, 1)
        refused_in = time.perf_counter() - t0
        return await first, refused_in, err.value.status

    with make_pool(queue_limit=1) as pool:
        woke, refused_in, status = asyncio.run(main(pool))
        assert woke == "woke" and refused_in < 0.5 and status == 503


def test_a_dead_worker_fails_its_request_and_the_pool_is_replaced():
    async def main(pool):
        with pytest.raises(WorkerStopped) as err:
            await pool.run(die)
        return err.value, await pool.run(double, 4)

    with make_pool() as pool:
        old = pool.pids
        error, after = asyncio.run(main(pool))
        assert error.status == 503 and "a worker process stopped" in error.message
        assert after == 8 and pool.restarts == 1
        assert not set(old) & set(pool.pids)


def test_a_job_sent_to_a_pool_that_already_broke_runs_on_its_replacement():
    async def main(pool):
        for p in pool.pids:
            os.kill(p, signal.SIGKILL)
        await asyncio.sleep(1.0)  # the pool notices its dead workers
        return await pool.run(double, 7)

    with make_pool() as pool:
        assert asyncio.run(main(pool)) == 14 and pool.restarts == 1


def test_a_stuck_worker_is_found_by_the_watchdog_and_replaced():
    async def main(pool):
        t0 = time.perf_counter()
        with pytest.raises(TimeLimitExceeded):
            await pool.run(stuck, 60.0)  # the caller stops waiting at deadline + grace
        answered_in = time.perf_counter() - t0
        for _ in range(300):  # 2 x limit + grace after it started, the watchdog steps in
            if pool.restarts:
                break
            await asyncio.sleep(0.1)
        return answered_in, await until_ready(pool, double, 5)

    # a limit long enough for the job to start before its deadline even on a loaded machine
    with make_pool(time_limit=2.0, grace=0.3) as pool:
        old = pool.pids
        answered_in, after = asyncio.run(main(pool))
        assert answered_in < 2.0 + 0.3 + 1.5
        assert pool.restarts == 1 and after == 10
        deadline = time.time() + 10
        while time.time() < deadline and any(os.path.exists(f"/proc/{p}") and _alive(p) for p in old):
            time.sleep(0.1)
        assert not any(_alive(p) for p in old), "the stuck worker was not stopped"


async def until_ready(pool: ComparisonPool, fn, *args):
    """A replaced pool's workers are spawned: retry while they start (a short limit)."""
    for _ in range(50):
        try:
            return await pool.run(fn, *args)
        except TimeLimitExceeded:
            await asyncio.sleep(0.2)
    raise AssertionError("the new workers never answered")


def _alive(p: int) -> bool:
    try:
        with open(f"/proc/{p}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False
