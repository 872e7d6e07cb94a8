"""``factdiff feed``: a thin shell over :func:`factdiff.feed.feed`.

It validates options, groups the feed, streams the rows (JSON Lines, like ``factdiff
batch``), shows a progress bar on a terminal, and writes the per-story summary as a
table, JSON (``--summary FILE``) or an HTML folder. Exit codes as for ``batch``: 0 ok,
1 a finding at/above ``--fail-on``, 2 bad options or input (including unreadable
articles and failed comparisons, raised after the summary).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from ..batch.cli import AUTO_SUMMARY_ROWS, _progress, check_run_options
from ..batch.output import JsonlWriter, scan_output
from ..errors import Errors, InputError, OptionError

FORMATS = ("jsonl", "terminal", "html")


def run_feed_cli(
    *,
    inputs: list[str],
    output: Path | None,
    fmt: str = "jsonl",
    summary_path: Path | None = None,
    original_source: str | None = None,
    jobs: int | None = None,
    resume: bool = False,
    engine: str = "local",
    scheduler: str | None = None,
    fail_on: str | None = None,
    model: str | None = None,
    encoding: str | None = None,
    max_bytes: int = 10_000_000,
) -> int:
    """Run ``factdiff feed`` and return its exit code (FactdiffError for exit 2)."""
    from ..cli import refuse_overwriting_inputs
    from ..report.model import Severity
    from ..settings import Settings, load_config
    from .grouping import require_datasketch
    from .run import feed, plan_feed
    from .summary import FeedSummary

    check_run_options(fmt, FORMATS, engine, scheduler, jobs, max_bytes)
    level = Severity.parse(fail_on) if fail_on is not None else None
    if output is not None and str(output) == "-":
        output = None
    folder: Path | None = None
    rows_path = output
    if fmt == "html":
        if output is None:
            raise OptionError(Errors.E096)
        if output.exists() and not output.is_dir():
            raise OptionError(Errors.E097.format(path=output))
        folder, rows_path = output, output / "rows.jsonl"
    elif output is not None and output.is_dir():
        raise OptionError(Errors.E025.format(path=output))
    if resume and rows_path is None:
        raise OptionError(Errors.E065)
    if not inputs:
        raise InputError(Errors.E094.format(inputs="(none)"))
    for target in (rows_path, summary_path):
        refuse_overwriting_inputs(target, list(inputs))
    require_datasketch()
    if engine == "dask":
        from ..batch.dask_engine import require_dask

        require_dask()
    settings = Settings().with_options(**load_config()).with_options(model=model, encoding=encoding, max_bytes=max_bytes)

    plan = plan_feed(inputs, original_source=original_source, encoding=encoding, max_bytes=max_bytes)
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    previous = scan_output(rows_path, keep_lines=folder is not None) if resume and rows_path is not None else []
    summary = FeedSummary(plan)
    summary.extend(previous)
    names = {}
    if folder is not None:
        from .html import report_names, write_report

        names = report_names(plan)
        for row in previous:  # reports of rows written before the resume, if missing
            if row.ok and row.id in names and not (folder / "copies" / names[row.id]).exists():
                write_report(folder, names[row.id], row.line)
    stream_is_stdout = rows_path is None and fmt == "jsonl"
    run = feed(plan, settings, jobs=jobs, engine=engine, scheduler=scheduler, skip={r.id for r in previous})
    writer = JsonlWriter(rows_path, append=resume) if (rows_path is not None or stream_is_stdout) else None
    show_progress = sys.stderr.isatty() and not (stream_is_stdout and sys.stdout.isatty())
    try:
        with run:
            run.start()  # fork the workers before the progress bar starts its thread
            with _progress(run.total, show_progress) as advance:
                for result in run:
                    if writer is not None:
                        writer.write(result.line)
                    if folder is not None and result.ok and result.id in names:
                        write_report(folder, names[result.id], result.line)
                    summary.add(result)
                    advance()
    finally:
        if writer is not None:
            writer.close()

    _finish(summary, fmt, folder, names, summary_path, stream_is_stdout)
    failed = len(plan.unreadable) + len(summary.rows.errors)
    if failed:
        where = str(rows_path) if rows_path is not None else ("the output" if stream_is_stdout else "the summary")
        raise InputError(Errors.E095.format(failed=failed, total=len(plan.articles), where=where))
    if level is not None and any(r.fails(level) for r in summary.rows.results):
        return 1
    return 0


def _finish(summary, fmt: str, folder: Path | None, names: dict[str, str], summary_path: Path | None,
            stream_is_stdout: bool) -> None:
    """Write the summary where it was asked for: JSON file, HTML index, the terminal."""
    from rich.console import Console

    from ..report.write import write_output

    if summary_path is not None:
        write_output(summary_path, json.dumps(summary.to_dict(), ensure_ascii=False, indent=1) + "\n")
    if folder is not None:
        from .html import render_index

        write_output(folder / "index.html", render_index(summary, names))
        write_output(folder / "summary.json", json.dumps(summary.to_dict(), ensure_ascii=False, indent=1) + "\n")
    if fmt == "terminal":
        Console(no_color=bool(os.environ.get("NO_COLOR"))).print(summary)
        return
    stream = sys.stderr if stream_is_stdout else sys.stdout
    if stream.isatty():
        summary.max_stories = AUTO_SUMMARY_ROWS
        Console(file=stream).print(summary)
