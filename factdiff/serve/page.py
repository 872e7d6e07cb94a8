"""The web page an editor uses: a small Starlette app (a form, result pages, downloads).

Paste or upload an ORIGINAL and one or more COPIES, pick the options, Compare. One
copy shows the report exactly as ``--format html`` draws it (``render_html_body``:
the same filters and click-to-row, with this server's copies of its style and
script); several copies show the batch view (copies x finding kinds, "'X' spelled
'Y' in n of m copies"), each copy's report one click away. Every form works without
script; templates escape everything (Jinja2 autoescape) and the CSP allows only
this server's own script files.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import jinja2
from starlette.applications import Starlette
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import FormParser, MultiPartException, MultiPartParser
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from .. import __version__
from ..errors import Errors, FactdiffError
from ..report.model import KINDS, SEVERITIES
from .context import ServeContext
from .http_errors import BadRequestBody, NotFound, UnsupportedMediaType, internal_message, status_of
from .inputs import OPTION_FIELDS, options, unique_names
from .jobs import Filters, TextInput, render_job
from .store import BatchPageResult, SingleResult

HERE = Path(__file__).resolve().parent
#: Download formats: file extension -> (renderer format, media type).
DOWNLOADS = {
    "json": ("json", "application/json"),
    "md": ("markdown", "text/markdown; charset=utf-8"),
    "html": ("html", "text/html; charset=utf-8"),
}


FILES_AGAIN = "The pasted texts are kept; choose the files again (a browser cannot keep them)."


class InMemoryMultiPartParser(MultiPartParser):
    """Uploads stay in memory (the body limit bounds them): nothing the user sends
    is written to a temporary file."""

    spool_max_size = sys.maxsize


@dataclass
class FormState:
    """What the form shows: the user's texts and options, kept across errors."""

    original: str = ""
    copies: list[str] = field(default_factory=lambda: [""])
    min_severity: str = "info"
    only: list[str] = field(default_factory=list)
    fail_on: str = ""
    error: str | None = None
    notice: str | None = None
    focus: str | None = None


def create_page_app(ctx: ServeContext) -> Starlette:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(HERE / "templates")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    static = static_files()

    def page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        base = request.scope.get("root_path", "")
        html = env.get_template(template).render(
            base=base, version=__version__, kinds=KINDS, severities=SEVERITIES, **context
        )
        return HTMLResponse(html, status_code=status)

    def form_page(request: Request, state: FormState, status: int = 200) -> HTMLResponse:
        return page(request, "form.html", status, state=state, settings=ctx.settings)

    async def index(request: Request) -> Response:
        return form_page(request, FormState(focus="original"))

    async def submit(request: Request) -> Response:
        state = FormState()
        try:
            form = await read_form(request, ctx.settings.max_body)
            state = form_state(form)
            if form.get("action") == "add":
                state.copies.append("")
                state.focus = f"copy-{len(state.copies)}"
                if _uploads([*form.getlist("original_file"), *form.getlist("copy_file")]):
                    state.notice = FILES_AGAIN
                return form_page(request, state)
            original, copies = form_inputs(form, state)
            opts = options(
                {"min_severity": state.min_severity, "only": state.only, "fail_on": state.fail_on or None},
                OPTION_FIELDS,
            )
            if len(copies) == 1:
                done = await ctx.compare(original, copies[0], opts.filters, page=True)
                rid = ctx.store.add(SingleResult(done, opts.filters))
            else:
                rid = ctx.store.add(await run_batch(ctx, original, copies, opts.filters))
        except FactdiffError as exc:
            state.error = exc.message
            return form_page(request, state, status_of(exc))
        except Exception as exc:  # a bug: the editor keeps the texts; the traceback goes to the log
            logging.getLogger("factdiff.serve").exception("comparison failed")
            state.error = internal_message(exc)
            return form_page(request, state, 500)
        return RedirectResponse(f"{request.scope.get('root_path', '')}/results/{rid}", status_code=303)

    async def result(request: Request) -> Response:
        rid = request.path_params["rid"]
        stored = ctx.store.get(rid)
        if isinstance(stored, SingleResult):
            done = stored.compared
            return page(
                request, "report.html", rid=rid, body=done.body_html, prefix=f"results/{rid}",
                failed=done.failed, filters=stored.filters, back=None, title=done.title,
            )
        return page(request, "batch.html", rid=rid, view=batch_view(stored), filters=stored.filters)

    async def copy_page(request: Request) -> Response:
        rid, number = request.path_params["rid"], request.path_params["n"]
        stored = _batch(ctx, rid)
        row = stored.row(number, rid, ctx.store.keep)
        if not row.ok:
            raise NotFound(row.error or "")
        if number not in stored.pages:
            stored.pages[number] = await ctx.running_pool.run(render_job, row.line, "html", True, True)
        return page(
            request, "report.html", rid=rid, body=stored.pages[number], prefix=f"results/{rid}/copies/{number}",
            failed=stored.failed[number - 1], filters=stored.filters, back=f"results/{rid}",
            title=row.copy or f"copy {number}",
        )

    async def download(request: Request) -> Response:
        rid, ext = request.path_params["rid"], request.path_params["ext"]
        if ext not in DOWNLOADS:
            raise NotFound(Errors.E110.format(method=request.method, path=request.url.path))
        fmt, media = DOWNLOADS[ext]
        stored = ctx.store.get(rid)
        if not isinstance(stored, SingleResult):
            raise NotFound(Errors.E112.format(id=f"{rid}/report.{ext}", keep=ctx.store.keep))
        text = stored.compared.report_json if fmt == "json" else await ctx.running_pool.run(
            render_job, stored.compared.report_json, fmt
        )
        return attachment(text, media, f"factdiff-report.{ext}", fmt)

    async def copy_download(request: Request) -> Response:
        rid, number, ext = request.path_params["rid"], request.path_params["n"], request.path_params["ext"]
        if ext not in DOWNLOADS:
            raise NotFound(Errors.E110.format(method=request.method, path=request.url.path))
        fmt, media = DOWNLOADS[ext]
        stored = _batch(ctx, rid)
        row = stored.row(number, rid, ctx.store.keep)
        if not row.ok:
            raise NotFound(row.error or "")
        text = await ctx.running_pool.run(render_job, row.line, fmt, False, True)
        return attachment(text, media, f"factdiff-copy-{number}.{ext}", fmt)

    async def batch_download(request: Request) -> Response:
        stored = _batch(ctx, request.path_params["rid"])
        text = "".join(row.line + "\n" for row in stored.rows)
        return attachment(text, "application/x-ndjson", "factdiff-batch.jsonl", "jsonl")

    async def static_file(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in static:
            raise NotFound(Errors.E110.format(method=request.method, path=request.url.path))
        body, media = static[name]
        return Response(body, media_type=media, headers={"Cache-Control": "no-cache"})

    async def page_error(request: Request, exc: Exception) -> Response:
        if isinstance(exc, HTTPException):
            status = exc.status_code
            message = (
                Errors.E110.format(method=request.method, path=request.url.path)
                if status in (404, 405) else str(exc.detail)
            )
        elif isinstance(exc, FactdiffError):
            status, message = status_of(exc), exc.message
        else:  # a bug: one line here, the traceback in the server's log
            status, message = 500, internal_message(exc)
        return page(request, "error.html", status, code=status, message=message)

    routes = [
        Route("/", index, methods=["GET"]),
        Route("/compare", submit, methods=["POST"]),
        Route("/results/{rid}", result, methods=["GET"]),
        Route("/results/{rid}/report.{ext}", download, methods=["GET"]),
        Route("/results/{rid}/batch.jsonl", batch_download, methods=["GET"]),
        Route("/results/{rid}/copies/{n:int}", copy_page, methods=["GET"]),
        Route("/results/{rid}/copies/{n:int}/report.{ext}", copy_download, methods=["GET"]),
        Route("/static/{name}", static_file, methods=["GET"]),
    ]
    return Starlette(
        routes=routes,
        exception_handlers={FactdiffError: page_error, HTTPException: page_error, Exception: page_error},
    )


# ---------------------------------------------------------------- forms
async def read_form(request: Request, max_part: int) -> FormData:
    kind = request.headers.get("content-type", "")
    media = kind.split(";", 1)[0].strip().lower()
    try:
        if media == "multipart/form-data":
            parser: Any = InMemoryMultiPartParser(
                request.headers, request.stream(), max_files=1000, max_fields=1000, max_part_size=max_part
            )
        elif media == "application/x-www-form-urlencoded":
            parser = FormParser(request.headers, request.stream(), max_fields=1000, max_part_size=max_part)
        else:
            raise UnsupportedMediaType(Errors.E119.format(reason=f"Content-Type is '{kind or 'none'}'"))
        return await parser.parse()
    except MultiPartException as exc:
        raise BadRequestBody(Errors.E119.format(reason=exc.message)) from None


def form_state(form: FormData) -> FormState:
    copies = [_pasted(v) for v in form.getlist("copy")] or [""]
    return FormState(
        original=_pasted(form.get("original")),
        copies=copies,
        min_severity=_str(form.get("min_severity")) or "info",
        only=[_str(v) for v in form.getlist("only")],
        fail_on=_str(form.get("fail_on")),
    )


def form_inputs(form: FormData, state: FormState) -> tuple[TextInput, list[TextInput]]:
    """The original and the copies: pasted texts (blank copy boxes are skipped) and
    uploaded files, read by the workers' ingest stage like any file."""
    uploads = _uploads([*form.getlist("original"), *form.getlist("original_file")])
    if uploads and state.original.strip():
        raise BadRequestBody(Errors.E117.format(what="original"))
    if len(uploads) > 1:
        raise BadRequestBody(Errors.E102.format(field="original_file", expected="one file", kind=f"{len(uploads)} files"))
    if uploads:
        original = TextInput(uploads[0][0], data=uploads[0][1])
    elif state.original.strip():
        original = TextInput("original", text=state.original)
    else:
        raise BadRequestBody(Errors.E103.format(field="original"))
    pasted = [t for t in state.copies if t.strip()]
    files = _uploads([*form.getlist("copy"), *form.getlist("copy_file")])
    count = len(pasted) + len(files)
    if count == 0:
        raise BadRequestBody(Errors.E103.format(field="copy"))
    copies = [TextInput("copy" if count == 1 else f"copy-{i}", text=t) for i, t in enumerate(pasted, start=1)]
    copies += [TextInput(name, data=data) for name, data in files]
    copies = _distinct(copies)
    unique_names(copies)
    return original, copies


def _uploads(values: Iterable[Any]) -> list[tuple[str, bytes]]:
    out = []
    for value in values:
        if not isinstance(value, UploadFile):
            continue
        data = value.file.read()
        if not value.filename and not data:  # a file input left empty
            continue
        out.append((PurePosixPath((value.filename or "upload").replace("\\", "/")).name or "upload", data))
    return out


def _distinct(copies: list[TextInput]) -> list[TextInput]:
    """Two uploads named alike get '-2', '-3'... (a name is the copy's id in the batch)."""
    seen: dict[str, int] = {}
    out = []
    for c in copies:
        n = seen.get(c.name, 0) + 1
        seen[c.name] = n
        out.append(c if n == 1 else TextInput(f"{c.name}-{n}", c.text, c.data, c.source_format))
    return out


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _pasted(value: Any) -> str:
    """A text box's text as the user saw it. A browser holds a textarea's text with LF
    line breaks and sends it with CRLF (the HTML form encoding); undoing that encoding
    gives back the text the offsets must point into. Uploaded files are never touched."""
    return _str(value).replace("\r\n", "\n")


# ---------------------------------------------------------------- batch view
async def run_batch(ctx: ServeContext, original: TextInput, copies: list[TextInput], filters: Filters) -> BatchPageResult:
    parsed = await ctx.parse_original(original)
    rows: list[Any] = [None] * len(copies)
    failed: list[bool | None] = [None] * len(copies)
    async for index, row, fails in ctx.batch_rows(parsed, copies, filters):
        rows[index], failed[index] = row, fails
    return BatchPageResult(parsed.name, rows, filters, failed=failed)


def batch_view(stored: BatchPageResult) -> dict[str, Any]:
    """The batch summary as the template draws it: one row per copy, one column per
    finding kind (count and worst severity), the changed facts, the totals."""
    from ..batch.summary import BatchSummary

    summary = BatchSummary([r.id for r in stored.rows])
    summary.extend(stored.rows)
    kinds = summary.kinds()
    rank = {label: i for i, label in enumerate(SEVERITIES)}
    rows = []
    for number, (r, fails) in enumerate(zip(stored.rows, stored.failed, strict=True), start=1):
        worst: dict[str, str] = {}
        for change in r.changes:
            if rank.get(change.severity, 0) >= rank.get(worst.get(change.kind, "info"), 0):
                worst[change.kind] = change.severity
        cells = [{"kind": k, "count": r.kinds.get(k, 0), "worst": worst.get(k)} for k in kinds]
        rows.append({"number": number, "row": r, "cells": cells, "failed": fails})
    return {
        "original": stored.original_name,
        "kinds": kinds,
        "rows": rows,
        "facts": summary.facts(),
        "totals": summary.totals(),
        "errors": summary.errors,
    }


def _batch(ctx: ServeContext, rid: str) -> BatchPageResult:
    stored = ctx.store.get(rid)
    if not isinstance(stored, BatchPageResult):
        raise NotFound(Errors.E112.format(id=f"{rid}/copies", keep=ctx.store.keep))
    return stored


def attachment(text: str, media: str, filename: str, fmt: str) -> Response:
    headers = {"Content-Disposition": f'attachment; filename="{filename}"'}
    if fmt == "html":  # the standalone report's own CSP, so it also works when opened from here
        from ..report.html import CSP

        headers["Content-Security-Policy"] = CSP
    return Response(text, media_type=media, headers=headers)


def static_files() -> dict[str, tuple[bytes, str]]:
    """The page's style and script: the HTML report's own (one renderer), and the form's."""
    from ..report.html import CSS, JS

    files = {
        "report.css": (CSS.encode("utf-8"), "text/css; charset=utf-8"),
        "report.js": (JS.encode("utf-8"), "text/javascript; charset=utf-8"),
    }
    for path in sorted((HERE / "static").iterdir()):
        media = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8"}.get(path.suffix)
        if media:
            files[path.name] = (path.read_bytes(), media)
    return files
