"""``factdiff batch``: a thin shell over :func:`factdiff.batch.run_batch`.

It validates options, builds the comparison list, streams rows to the output,
shows a progress bar on a terminal, prints the summary, and picks the exit code:
0 ok, 1 a finding at/above ``--fail-on`` (or an unrelated copy), 2 bad options or
input, including any error row (raised as a FactdiffError after the summary).
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import Errors, InputError, OptionError
from .manifest import comparisons_from_paths, read_manifest
from .output import JsonlWriter, scan_output
from .run import ENGINES, run_batch
from .summary import BatchSummary

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable, Iterator

FORMATS = ("jsonl", "summary")
#: Rows shown by the automatic end-of-run summary on a terminal (--format summary shows all).
AUTO_SUMMARY_ROWS = 40


def check_run_options(
    fmt: str, formats: tuple[str, ...], engine: str, scheduler: str | None, jobs: int | None, max_bytes: int
) -> None:
    """The options ``factdiff batch`` and ``factdiff feed`` share, checked before any work."""
    if fmt not in formats:
        raise OptionError(Errors.E021.format(value=fmt, choices=", ".join(formats)))
    if engine not in ENGINES:
        raise OptionError(Errors.E061.format(value=engine, choices=", ".join(ENGINES)))
    if scheduler and engine != "dask":
        raise OptionError(Errors.E070)
    if jobs is not None and jobs < 1:
        raise OptionError(Errors.E024.format(option="--jobs", expected="a positive number", value=jobs))
    if max_bytes <= 0:
        raise OptionError(Errors.E024.format(option="--max-bytes", expected="a positive number", value=max_bytes))


def run_batch_cli(
    *,
    original: str | None,
    copies: list[str],
    manifest: Path | None,
    output: Path | None,
    fmt: str = "jsonl",
    jobs: int | None = None,
    resume: bool = False,
    engine: str = "local",
    scheduler: str | None = None,
    fail_on: str | None = None,
    model: str | None = None,
    encoding: str | None = None,
    max_bytes: int = 10_000_000,
    html_mode: str = "article",
    original_lang: str | None = None,
    copy_lang: str | None = None,
) -> int:
    """Run ``factdiff batch`` and return its exit code (FactdiffError for exit 2)."""
    from ..report.model import Severity
    from ..settings import Settings, load_config

    check_run_options(fmt, FORMATS, engine, scheduler, jobs, max_bytes)
    from ..ingest import HTML_MODES

    if html_mode not in HTML_MODES:
        raise OptionError(Errors.E029.format(value=html_mode, choices=", ".join(HTML_MODES)))
    level = Severity.parse(fail_on) if fail_on is not None else None
    if output is not None and str(output) == "-":
        output = None
    if resume and output is None:
        raise OptionError(Errors.E065)
    if output is not None and Path(output).is_dir():
        raise OptionError(Errors.E025.format(path=output))
    if engine == "dask":
        from .dask_engine import require_dask

        require_dask()
    if manifest is not None:
        if original is not None or copies:
            raise InputError(Errors.E064)
        comparisons = read_manifest(manifest)
    else:
        if original is None or not copies:
            raise InputError(Errors.E064)
        comparisons = comparisons_from_paths(original, copies, encoding=encoding, max_bytes=max_bytes)
    settings = Settings().with_options(**load_config()).with_options(
        model=model, encoding=encoding, max_bytes=max_bytes, html_mode=html_mode,
        original_lang=original_lang, copy_lang=copy_lang,
    )

    previous = scan_output(output) if resume and output is not None else []
    summary = BatchSummary([c.id for c in comparisons])
    summary.extend(previous)
    stream_is_stdout = output is None and fmt == "jsonl"
    run = run_batch(
        comparisons, settings, jobs=jobs, engine=engine, scheduler=scheduler, skip={r.id for r in previous}
    )
    writer = JsonlWriter(output, append=resume) if (output is not None or stream_is_stdout) else None
    show_progress = sys.stderr.isatty() and not (stream_is_stdout and sys.stdout.isatty())
    try:
        with run:
            run.start()  # fork the workers before the progress bar starts its thread
            with _progress(run.total, show_progress) as advance:
                for result in run:
                    if writer is not None:
                        writer.write(result.line)
                    summary.add(result)
                    advance()
    finally:
        if writer is not None:
            writer.close()

    _print_summary(summary, fmt, stream_is_stdout)
    failed = len(summary.errors)
    if failed:
        where = str(output) if output is not None else ("the output" if stream_is_stdout else "the summary")
        raise InputError(Errors.E067.format(failed=failed, total=len(summary.results), where=where))
    if level is not None and any(r.fails(level) for r in summary.results):
        return 1
    return 0


def _print_summary(summary: BatchSummary, fmt: str, stream_is_stdout: bool) -> None:
    """``--format summary``: always, on stdout. Otherwise only for a person at a terminal:
    on stderr when stdout carries the rows, else on stdout."""
    from rich.console import Console

    if fmt == "summary":
        Console(no_color=bool(os.environ.get("NO_COLOR"))).print(summary)
        return
    stream = sys.stderr if stream_is_stdout else sys.stdout
    if stream.isatty():
        summary.max_rows = AUTO_SUMMARY_ROWS
        Console(file=stream).print(summary)


@contextmanager
def _progress(total: int, enabled: bool) -> Iterator[Callable[[], None]]:
    """A rich progress bar (rate, ETA) on stderr; a no-op when stderr is not a terminal."""
    if not enabled or total == 0:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeElapsedColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        """Average rate since the start: rows come in bursts (one chunk at a time)."""

        def render(self, task) -> Text:
            elapsed = task.elapsed or 0.0
            rate = task.completed / elapsed if elapsed > 0 and task.completed else 0.0
            return Text(f"{rate:.2f}/s" if rate else "-/s", style="progress.data.speed")

    class EtaColumn(ProgressColumn):
        def render(self, task) -> Text:
            elapsed = task.elapsed or 0.0
            if not task.completed or not elapsed or task.total is None:
                return Text("ETA -:--:--", style="progress.remaining")
            seconds = int((task.total - task.completed) * elapsed / task.completed)
            return Text(f"ETA {seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}", style="progress.remaining")

    progress = Progress(
        TextColumn("comparing"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        EtaColumn(),
        console=Console(stderr=True),
        redirect_stdout=False,
        redirect_stderr=False,
    )
    task = progress.add_task("batch", total=total)
    with progress:
        yield lambda: progress.advance(task)
