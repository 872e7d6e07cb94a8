"""The Dask engine: the same tasks, on a cluster (optional extra ``factdiff[dask]``).

With ``--scheduler ADDRESS`` the batch connects to a running cluster (its workers
need factdiff and a spaCy pipeline installed, nothing else: the parent reads the
input files and ships their texts). Without it, a ``LocalCluster`` of ``jobs``
single-threaded worker processes is started for the run and closed after it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from ..errors import Errors, OptionError

if TYPE_CHECKING:  # pragma: no cover
    import concurrent.futures as cf

#: How long to try to reach a ``--scheduler`` before giving up with E071.
CONNECT_TIMEOUT = "10s"


def require_dask() -> None:
    """Raise E062 (one line, exit 2) when ``distributed`` is not installed."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise OptionError(Errors.E062) from None


@contextmanager
def dask_executor(jobs: int, scheduler: str | None = None) -> Iterator[tuple[cf.Executor, int, bool]]:
    """Yield (concurrent.futures executor, worker count, ship texts=True)."""
    require_dask()
    from distributed import Client, LocalCluster

    cluster = None
    try:
        if scheduler:
            try:
                client = Client(scheduler, timeout=CONNECT_TIMEOUT)
            except (OSError, TimeoutError, ValueError) as exc:
                raise OptionError(Errors.E071.format(address=scheduler, reason=str(exc).splitlines()[0])) from None
        else:
            cluster = LocalCluster(
                n_workers=jobs,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            client = Client(cluster)
        try:
            workers = sum(client.nthreads().values()) or jobs
            yield client.get_executor(pure=False), workers, True
        finally:
            client.close()
    finally:
        if cluster is not None:
            cluster.close()
