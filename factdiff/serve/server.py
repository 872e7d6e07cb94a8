"""``serve()``: load the pipeline, fork the workers, listen, run uvicorn, stop cleanly.

Order matters: the pipeline is loaded and the worker processes are forked before
uvicorn starts its event loop (a process with threads must not fork), then the
socket is bound here so the printed URL is the real one (``--port 0`` picks a free
port). On SIGINT or SIGTERM, uvicorn stops accepting, lets requests in flight finish
(up to the time limit), and the workers are stopped after it returns.
"""

from __future__ import annotations

import contextlib
import math
import signal
import socket
import sys
from collections.abc import Iterator
from typing import TextIO

from ..errors import Errors, FactdiffError, OptionError
from .settings import ServeSettings


def require_extra() -> None:
    """The optional extra ``[serve]`` (Starlette, uvicorn, python-multipart, Jinja2), or E109."""
    try:
        import jinja2  # noqa: F401
        import python_multipart  # noqa: F401
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        raise FactdiffError(Errors.E109) from None


def serve(settings: ServeSettings | None = None, *, out: TextIO | None = None) -> int:
    """Run the server until SIGINT/SIGTERM; return the exit code (0)."""
    require_extra()
    import uvicorn

    from ..nlp import load_pipeline
    from .app import create_app
    from .pool import ComparisonPool

    settings = (settings or ServeSettings()).validated()
    out = out or sys.stdout
    sock = listen(settings.host, settings.port)  # a busy port is one line at once, before loading anything
    pool = ComparisonPool(
        settings.compare, settings.worker_count, time_limit=settings.time_limit, queue_limit=settings.queue_limit
    )
    try:
        load_pipeline(settings.compare.model)  # a missing pipeline is one line now, not a dead worker later
        pool.start()
        app = create_app(settings, pool=pool)
        config = uvicorn.Config(
            app,
            log_level="warning",
            access_log=False,
            server_header=False,
            lifespan="on",
            timeout_graceful_shutdown=math.ceil(settings.time_limit + pool.grace + 1),
        )
        server = uvicorn.Server(config)
        print(f"factdiff serve: {url(settings, sock)}  ({settings.worker_count} workers; Ctrl-C to stop)",
              file=out, flush=True)
        with _signals_end_quietly():
            server.run(sockets=[sock])
    finally:
        pool.close()
        sock.close()
    print("factdiff serve: stopped", file=out, flush=True)
    return 0


def listen(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port`` (E114 when that is impossible)."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host.strip("[]"), port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
        sock = socket.socket(family, kind, proto)
    except OSError as exc:
        raise OptionError(Errors.E114.format(host=host, port=port, reason=exc.strerror or exc)) from None
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        raise OptionError(Errors.E114.format(host=host, port=port, reason=exc.strerror or exc)) from None
    return sock


def url(settings: ServeSettings, sock: socket.socket) -> str:
    host = settings.host.strip("[]")
    shown = f"[{host}]" if ":" in host else host
    link = f"http://{shown}:{sock.getsockname()[1]}/"
    return link + (f"?token={settings.token}" if settings.token else "")


@contextlib.contextmanager
def _signals_end_quietly() -> Iterator[None]:
    """After a graceful shutdown uvicorn re-raises the signal that asked for it, under
    the handlers it found: make those note it, not kill the process mid-clean-up."""
    caught: list[int] = []
    wanted = (signal.SIGINT, signal.SIGTERM)
    previous = {sig: signal.signal(sig, lambda signum, frame: caught.append(signum)) for sig in wanted}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
