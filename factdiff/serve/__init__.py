"""``factdiff serve``: a web page for editors and an HTTP API for newsroom systems.

Small composable Starlette apps (``api.create_api_app``, ``page.create_page_app``),
put together by ``create_app(settings)``; comparisons run in a process pool
(``pool.ComparisonPool``); ``serve(settings)`` runs it all on uvicorn. Starlette and
uvicorn come with the optional extra ``pip install 'factdiff[serve]'``; importing
this package does not import them (``factdiff compare`` never pays for them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .settings import ServeSettings, is_loopback

if TYPE_CHECKING:  # pragma: no cover
    from starlette.applications import Starlette


def serve(settings: ServeSettings | None = None, **kwargs: Any) -> int:
    """Run the server until interrupted (see :func:`factdiff.serve.server.serve`)."""
    from .server import serve as _serve

    return _serve(settings, **kwargs)


def create_app(settings: ServeSettings | None = None, **kwargs: Any) -> Starlette:
    """The ASGI app (see :func:`factdiff.serve.app.create_app`); needs the extra."""
    from .server import require_extra

    require_extra()
    from .app import create_app as _create_app

    return _create_app(settings, **kwargs)


__all__ = ["ServeSettings", "create_app", "is_loopback", "serve"]
