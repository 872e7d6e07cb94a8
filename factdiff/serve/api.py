"""The HTTP API for newsroom systems: a small Starlette app, mounted at ``/api``.

``POST /compare`` answers the ``factdiff/1`` report (as ``factdiff compare --format
json`` prints it), ``POST /batch`` streams ``factdiff batch`` rows (JSON Lines) as each
copy finishes, ``GET /checks``, ``GET /schema``, ``GET /openapi.json`` describe the
service. Every error is an RFC 9457 problem body carrying the CLI's message.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from ..errors import Errors, FactdiffError
from .context import ServeContext
from .http_errors import (
    MethodNotAllowed,
    NotFound,
    UnsupportedMediaType,
    internal_message,
    problem,
    status_of,
)
from .inputs import API_FORMATS, batch_request, compare_request, parse_json

#: Bodies larger than this are parsed in a thread, not on the event loop.
_BIG_BODY = 1_000_000


def create_api_app(ctx: ServeContext) -> Starlette:
    """The API as its own ASGI app (mount it anywhere; paths below are relative)."""
    cache: dict[str, Any] = {}

    async def compare(request: Request) -> Response:
        original, copy, opts = compare_request(await read_json(request))
        done = await ctx.compare(original, copy, opts.filters, fmt=opts.fmt, time_limit=opts.time_limit)
        headers = {"Factdiff-Verdict": done.verdict}
        if done.failed is not None:
            headers["Factdiff-Failed"] = "true" if done.failed else "false"
        if opts.fmt == "json":
            return Response(done.report_json, media_type=API_FORMATS["json"], headers=headers)
        if opts.fmt == "html":  # a standalone report: its own CSP (hashes of its inline style and script)
            from ..report.html import CSP

            headers["Content-Security-Policy"] = CSP
        return Response(done.rendered, media_type=API_FORMATS[opts.fmt], headers=headers)

    async def batch(request: Request) -> Response:
        original, copies, opts = batch_request(await read_json(request), ctx.settings.max_copies)
        parsed = await ctx.parse_original(original, opts.time_limit)  # a bad original fails before streaming

        async def lines():
            async for _, row, _failed in ctx.batch_rows(parsed, copies, opts.filters, opts.time_limit):
                yield row.line + "\n"

        return StreamingResponse(lines(), media_type="application/x-ndjson")

    async def checks(request: Request) -> Response:
        if "checks" not in cache:
            cache["checks"] = describe_checks(ctx.settings.compare.checks)
        return JSONResponse(cache["checks"])

    async def schema(request: Request) -> Response:
        from ..report.schema import REPORT_SCHEMA

        return JSONResponse(REPORT_SCHEMA)

    async def openapi(request: Request) -> Response:
        from .openapi import openapi_document

        return JSONResponse(openapi_document(ctx.settings))

    routes = [
        Route("/compare", compare, methods=["POST"]),
        Route("/batch", batch, methods=["POST"]),
        Route("/checks", checks, methods=["GET"]),
        Route("/schema", schema, methods=["GET"]),
        Route("/openapi.json", openapi, methods=["GET"]),
    ]
    return Starlette(
        routes=routes,
        exception_handlers={FactdiffError: factdiff_error, HTTPException: http_error, Exception: internal_error},
    )


async def read_json(request: Request) -> Any:
    """The body as JSON; 415 unless it says it is JSON (a cross-site form cannot)."""
    kind = request.headers.get("content-type", "")
    media = kind.split(";", 1)[0].strip().lower()
    if media != "application/json" and not media.endswith("+json"):
        raise UnsupportedMediaType(Errors.E115.format(kind=kind or "none"))
    body = await request.body()
    if len(body) > _BIG_BODY:
        import anyio.to_thread

        return await anyio.to_thread.run_sync(parse_json, body)
    return parse_json(body)


def describe_checks(enabled: tuple[str, ...]) -> list[dict[str, Any]]:
    """Every registered check, as ``factdiff checks`` lists them, and whether it runs here."""
    from ..checks import available
    from ..registry import checks

    out = []
    for name in available():
        fn = checks.get(name)
        doc = (fn.__doc__ or sys.modules[fn.__module__].__doc__ or "").strip().splitlines()
        out.append({"name": name, "description": doc[0] if doc else "", "enabled": name in enabled})
    return out


def problem_response(status: int, detail: str, headers: dict[str, str] | None = None) -> Response:
    return Response(
        json.dumps(problem(status, detail), ensure_ascii=False),
        status_code=status,
        media_type="application/problem+json",
        headers=headers,
    )


async def factdiff_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, FactdiffError)
    return problem_response(status_of(exc), exc.message)


async def internal_error(request: Request, exc: Exception) -> Response:
    """A bug: 500 with one line (the traceback goes to the server's log)."""
    return problem_response(500, internal_message(exc))


async def http_error(request: Request, exc: Exception) -> Response:
    """Starlette's own 404 and 405, worded like every other error."""
    assert isinstance(exc, HTTPException)
    path = request.url.path
    if exc.status_code == 404:
        return problem_response(404, NotFound(Errors.E110.format(method=request.method, path=path)).message)
    if exc.status_code == 405:
        allowed = (exc.headers or {}).get("Allow", "")
        message = MethodNotAllowed(Errors.E118.format(method=request.method, path=path, allowed=allowed)).message
        return problem_response(405, message, {"Allow": allowed})
    return problem_response(exc.status_code, str(exc.detail))
