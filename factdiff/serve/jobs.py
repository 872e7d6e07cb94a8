"""What a server's worker processes run: plain, picklable functions over plain data.

The web layer never parses or checks a text itself; it sends a :class:`TextInput`
here, where the ingest stage builds the Source exactly as for a file or a
``factdiff.compare`` string (``read_source`` / ``source_from_text``), so every input
format ingest knows applies to the page and the API alike.

The batch jobs reuse :mod:`factdiff.batch.worker` (``parse_task``, ``compare_task``,
the worker initializer): a server batch row is byte for byte a ``factdiff batch`` row.
Nothing here imports Starlette.
"""

from __future__ import annotations

import io
import json
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from ..errors import Errors, FactdiffError, InputError

if TYPE_CHECKING:  # pragma: no cover
    from ..batch.model import BatchResult
    from ..facts.model import ParsedDocument
    from ..ingest import Source
    from ..report.model import Report
    from ..settings import Settings

T = TypeVar("T")


class TimeLimitExceeded(FactdiffError):
    """A job ran past its deadline (``--time-limit``, or the request's own ``time_limit``)."""


class _Alarm(BaseException):
    """Raised by SIGALRM inside a job: a BaseException, so no ``except Exception`` in a
    check can swallow it on the way out."""


# ---------------------------------------------------------------- inputs and filters
@dataclass(frozen=True)
class TextInput:
    """One text as a request gave it: pasted (``text``) or uploaded (``data``, bytes)."""

    name: str
    text: str | None = None
    data: bytes | None = None
    source_format: str | None = None

    def to_source(self, max_bytes: int, encoding: str | None = None) -> Source:
        """The ingest stage's Source; bad input raises its one-line InputError.
        ``encoding`` (``--encoding``) decodes uploads, as it decodes files."""
        from ..ingest import read_source, source_from_text

        if self.data is not None:  # an upload is decoded like a file (BOMs, NUL bytes, magic)
            return read_source(
                "-", stdin=io.BytesIO(self.data), encoding=encoding, max_bytes=max_bytes, name=self.name,
                source_format=self.source_format,
            )
        assert self.text is not None
        size = len(self.text.encode("utf-8", "surrogatepass"))
        if size > max_bytes:
            raise InputError(Errors.E007.format(name=self.name, size=size, limit=max_bytes))
        return source_from_text(self.text, self.name, self.source_format)


@dataclass(frozen=True)
class Filters:
    """What the editor asked to see (``--min-severity``, ``--only``) and ``--fail-on``."""

    min_severity: str = "info"
    kinds: tuple[str, ...] | None = None
    fail_on: str | None = None

    @property
    def narrows(self) -> bool:
        return self.min_severity != "info" or bool(self.kinds)

    def apply(self, report: Report) -> Report:
        return report.filtered(self.min_severity, self.kinds) if self.narrows else report

    def failed(self, report: Report) -> bool | None:
        """As ``--fail-on`` decides the exit code: on the whole report, not the filtered one."""
        from ..batch.model import FAILING_VERDICTS
        from ..report.model import Severity

        if self.fail_on is None:
            return None
        if report.verdict in FAILING_VERDICTS:
            return True
        return bool(report.at_least(Severity.parse(self.fail_on)))


@dataclass(frozen=True)
class Compared:
    """One finished comparison: the report as JSON (as ``--format json`` writes it), and
    whatever else was asked for (another format, the page's report markup)."""

    report_json: str
    verdict: str
    failed: bool | None
    rendered: str | None = None
    body_html: str | None = None
    title: str = ""


# ---------------------------------------------------------------- the jobs
def compare_job(
    original: TextInput,
    copy: TextInput,
    settings: Settings,
    filters: Filters,
    max_bytes: int,
    fmt: str = "json",
    page: bool = False,
) -> Compared:
    """Read, compare and render one pair (``POST /api/compare``, the page's single copy)."""
    from .. import api
    from ..report.render import render

    report = api.compare_sources(
        original.to_source(max_bytes, settings.encoding), copy.to_source(max_bytes, settings.encoding), settings
    )
    failed = filters.failed(report)
    shown = filters.apply(report)
    rendered = render(shown, fmt) if fmt != "json" else None
    body = _body_html(shown) if page else None
    return Compared(render(shown, "json"), shown.verdict, failed, rendered, body, default_title(shown))


def parse_original_job(original: TextInput, key: str, settings: Settings, max_bytes: int) -> ParsedDocument:
    """Parse a batch's original once (``factdiff.batch.worker.parse_task``), for every copy."""
    from ..batch.worker import parse_task

    outcome = parse_task([(key, original.to_source(max_bytes, settings.encoding))], settings)
    if key in outcome.errors:
        raise InputError(outcome.errors[key])
    return outcome.docs[key]


def batch_row_job(
    original: ParsedDocument,
    original_key: str,
    copy: TextInput,
    row_id: str,
    settings: Settings,
    filters: Filters,
    max_bytes: int,
) -> tuple[BatchResult, bool | None]:
    """Compare one copy with the parsed original: one ``factdiff batch`` row
    (``factdiff.batch.worker.compare_task``), filtered as the request asked, and
    whether it fails ``fail_on`` (judged before filtering, as the CLI does)."""
    from ..batch.model import error_result
    from ..batch.worker import compare_task

    try:
        source = copy.to_source(max_bytes, settings.encoding)
    except FactdiffError as exc:
        return error_result(row_id, exc.message, original.name, copy.name), None
    copy_key = f"copy:{row_id}"
    outcome = compare_task(
        {original_key: original, copy_key: source}, [(row_id, original_key, original.name, copy_key, copy.name, {})], settings
    )
    result = outcome.results[0]
    if not result.ok:
        return result, None
    failed = filters.failed(result.report) if filters.fail_on else None  # type: ignore[arg-type]
    if filters.narrows:
        result = refilter(result, filters)
    return result, failed


def render_job(stored: str, fmt: str, page: bool = False, envelope: bool = False) -> str:
    """Render a stored report (JSON, or a batch row with ``envelope``) for a download
    (``fmt``) or for the page (its markup)."""
    from ..report.model import Report
    from ..report.render import render

    data = json.loads(stored)
    report = Report.from_dict(data["report"] if envelope else data)
    return _body_html(report) if page else render(report, fmt)


def refilter(result: BatchResult, filters: Filters) -> BatchResult:
    """A batch row with only the findings the request asked to see."""
    from ..batch.model import BatchResult, envelope_line
    from ..report.model import Report

    envelope = json.loads(result.line)
    envelope["report"] = filters.apply(Report.from_dict(envelope["report"])).to_dict()
    return BatchResult.from_envelope(envelope, envelope_line(envelope))


def default_title(report: Report) -> str:
    from ..report.html import default_title as title

    return title(report)


def _body_html(report: Report) -> str:
    from ..report.html import render_html_body

    return render_html_body(report)


# ---------------------------------------------------------------- time limit, worker set-up
def run_until(deadline: float, limit: float, fn: Callable[..., T], *args: Any) -> T:
    """Run ``fn(*args)``, interrupted at ``deadline`` (wall-clock ``time.time()``).

    SIGALRM stops the job between two Python bytecodes (the regex engine and spaCy
    check for signals too), so the worker is free for the next request instead of
    finishing work nobody waits for.
    """
    remaining = deadline - time.time()
    if remaining <= 0:  # waited in the queue past its deadline: do not start
        raise TimeLimitExceeded(Errors.E105.format(limit=limit))

    def on_alarm(signum: int, frame: object) -> None:
        raise _Alarm

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, remaining)
    try:
        return fn(*args)
    except _Alarm:
        raise TimeLimitExceeded(Errors.E105.format(limit=limit)) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def init_serve_worker(settings: Settings, parent_pid: int | None, warm: bool = True) -> None:
    """Pool initializer: a worker ends on SIGTERM (not the server's graceful handler it
    may have inherited), ignores Ctrl-C, dies with the server, loads and warms the
    pipeline (``factdiff.batch.worker.init_worker``; ``warm=False`` skips the pipeline,
    for pools that run no comparison)."""
    from ..batch import worker

    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        signal.set_wakeup_fd(-1)  # an inherited event-loop wake-up pipe is the server's, not ours
    except ValueError:  # pragma: no cover - not the main thread
        pass
    if warm:
        worker.init_worker(settings, parent_pid)
        return
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if parent_pid is not None:
        worker._exit_with_parent(parent_pid)
