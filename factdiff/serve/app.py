"""The app factory: the API and the page, mounted side by side, behind the security
middleware; ``/healthz`` answered on the event loop, whatever the workers are doing."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route

from .. import __version__
from .api import create_api_app
from .context import ServeContext
from .page import create_page_app
from .pool import ComparisonPool
from .security import BodyLimit, HostCheck, SecurityHeaders, TokenAuth
from .settings import ServeSettings


def create_app(settings: ServeSettings | None = None, *, pool: ComparisonPool | None = None) -> Starlette:
    """An ASGI app serving the page at ``/`` and the API at ``/api``.

    With ``pool``, the caller owns the workers (``factdiff serve`` forks them before
    the event loop starts); without, the app starts its own pool on start-up and
    stops it on shutdown (``uvicorn 'factdiff.serve:create_app' --factory``).
    """
    settings = (settings or ServeSettings()).validated()
    ctx = ServeContext(settings, pool)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        own = ctx.pool is None
        if own:
            ctx.pool = ComparisonPool(
                settings.compare, settings.worker_count,
                time_limit=settings.time_limit, queue_limit=settings.queue_limit,
            ).start()
        try:
            yield
        finally:
            if own and ctx.pool is not None:
                ctx.pool.close()
                ctx.pool = None

    async def healthz(request: Request) -> Response:
        workers = ctx.pool.stats() if ctx.pool is not None else None
        return JSONResponse({"status": "ok" if workers else "starting", "version": __version__, "workers": workers})

    app = Starlette(
        routes=[
            Route("/healthz", healthz, methods=["GET"]),
            Mount("/api", app=create_api_app(ctx)),
            Mount("/", app=create_page_app(ctx)),
        ],
        middleware=[
            Middleware(SecurityHeaders),
            Middleware(HostCheck, allowed=settings.allowed_hosts),
            Middleware(TokenAuth, token=settings.token),
            Middleware(BodyLimit, limit=settings.max_body),
        ],
        lifespan=lifespan,
    )
    app.state.factdiff = ctx
    return app
