"""Command line: a thin typer shell over the Python API.

Each command is a small ``x_cli`` function that turns options into a call of
a plain function (``compare_files``, ``render``...) and an exit code. Errors
the user can fix are one line on stderr and exit code 2; ``--debug`` shows the
traceback instead.
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from . import __version__
from .errors import Errors, FactdiffError, OptionError
from .report.model import KINDS, Severity

# Options every command that reads documents takes: one definition, one help text.
ModelOption = Annotated[str | None, typer.Option(help="spaCy pipeline to load (name or path).")]
EncodingOption = Annotated[str | None, typer.Option(help="Decode inputs with this encoding (e.g. cp1252).")]
MaxBytesOption = Annotated[int, typer.Option(help="Refuse inputs larger than this many bytes.")]
DebugOption = Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")]
OriginalLangOption = Annotated[
    str | None, typer.Option("--original-lang", help="Language of the original (ISO 639-1: en, id, es...); default: detected.")
]
CopyLangOption = Annotated[
    str | None, typer.Option("--copy-lang", help="Language of the copy (ISO 639-1); default: detected.")
]
HtmlModeOption = Annotated[
    str, typer.Option(help="Web pages: 'article' (leave page furniture out) or 'all' (every visible block).")
]

app = typer.Typer(
    name="factdiff",
    help="Find the facts that changed between an original news article and its copies.",
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    rich_markup_mode=None,
)

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class Format(StrEnum):
    terminal = "terminal"
    text = "text"
    json = "json"
    markdown = "markdown"
    html = "html"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factdiff {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """factdiff: fact-discrepancy checker for syndicated copies of news articles."""


# ---------------------------------------------------------------- helpers
def parse_kinds(value: str | None) -> list[str] | None:
    """``--only number_changed,name_spelling`` -> a validated list."""
    if not value:
        return None
    kinds = [k.strip() for k in value.split(",") if k.strip()]
    for k in kinds:
        if k not in KINDS:
            raise OptionError(Errors.E022.format(value=k, choices=", ".join(KINDS)))
    return kinds


def exit_code(report, fail_on: str | None) -> int:
    """0: nothing at or above ``fail_on``; 1: something is (or the copy is unrelated)."""
    if fail_on is None:
        return EXIT_OK
    level = Severity.parse(fail_on)
    if report.verdict in {"unrelated", "other_language"}:
        return EXIT_FINDINGS
    return EXIT_FINDINGS if report.at_least(level) else EXIT_OK


def _lang_code(value: str | None, option: str) -> str | None:
    """A language override as an ISO 639-1 code ("ind", "Indonesian" -> "id"); "auto": detect."""
    if value is None:
        return None
    from .lang import normalize_code

    code = normalize_code(value)
    return None if code in ("auto", "und") else code


def refuse_overwriting_inputs(output: Path | None, inputs: list[str]) -> None:
    """Nothing the user gave is ever modified: an output path naming an input is refused."""
    if output is None or str(output) == "-" or not output.exists():
        return
    for name in inputs:
        if name != "-" and Path(name).exists() and os.path.samefile(output, name):
            raise OptionError(Errors.E028.format(path=output))


def emit(text: str, output: Path | None) -> None:
    """Write to ``output`` atomically, or to stdout."""
    if output is None or str(output) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from .report.write import write_output

    write_output(output, text)


# ---------------------------------------------------------------- compare
@app.command("compare")
def compare_cli(
    original: Annotated[str, typer.Argument(help="The original article: a file, or - for stdin.")],
    copy: Annotated[str, typer.Argument(help="The copy to check: a file, or - for stdin.")],
    format: Annotated[
        Format | None, typer.Option("--format", "-f", help="Output format (default: terminal on a TTY, else text).")
    ] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report to this file (atomically).")] = None,
    min_severity: Annotated[str, typer.Option(help="Show findings at or above: info, minor, major, critical.")] = "info",
    only: Annotated[str | None, typer.Option(help="Show only these kinds, comma-separated.")] = None,
    fail_on: Annotated[
        str | None, typer.Option(help="Exit 1 when a finding at or above this severity exists.")
    ] = None,
    context: Annotated[int | None, typer.Option(help="Terminal view: rows around findings to show.")] = None,
    show_all: Annotated[bool, typer.Option("--all", help="Terminal/Markdown: show every row.")] = False,
    width: Annotated[int | None, typer.Option(help="Terminal view width in columns.")] = None,
    no_color: Annotated[bool, typer.Option("--no-color", help="No colours (also NO_COLOR=1).")] = False,
    model: ModelOption = None,
    config: Annotated[Path | None, typer.Option(help="TOML file with [tool.factdiff] settings.")] = None,
    encoding: EncodingOption = None,
    max_bytes: MaxBytesOption = 10_000_000,
    html_mode: HtmlModeOption = "article",
    original_lang: OriginalLangOption = None,
    copy_lang: CopyLangOption = None,
    debug: DebugOption = False,
) -> None:
    """Compare ORIGINAL with COPY and report the facts that changed.

    Example: factdiff compare data/original.txt data/copy.txt --format json
    """
    from .api import compare_files
    from .report.render import RenderOptions, render

    kinds = parse_kinds(only)
    level = Severity.parse(min_severity)
    if fail_on is not None:
        Severity.parse(fail_on)
    if max_bytes <= 0:
        raise OptionError(Errors.E024.format(option="--max-bytes", expected="a positive number", value=max_bytes))
    refuse_overwriting_inputs(output, [original, copy])
    report = compare_files(original, copy, model=model, config=config, encoding=encoding, max_bytes=max_bytes,
                           html_mode=html_mode, original_lang=_lang_code(original_lang, "--original-lang"),
                           copy_lang=_lang_code(copy_lang, "--copy-lang"))
    shown = report.filtered(level, kinds)
    fmt = (format.value if format else None) or ("terminal" if output is None and sys.stdout.isatty() else "text")
    color = not (no_color or os.environ.get("NO_COLOR"))
    if fmt == "terminal" and output is None:
        _print_terminal(shown, width=width, color=color, context=context, show_all=show_all)
    else:
        emit(render(shown, fmt, RenderOptions(width=width, color=color, context=context, show_all=show_all)), output)
    raise typer.Exit(exit_code(report, fail_on))


def _print_terminal(report, *, width, color, context, show_all) -> None:
    from rich.console import Console

    from .report.terminal import render_terminal

    console = Console(width=width, no_color=not color, color_system="auto" if color else None)
    render_terminal(report, console, context=context, show_all=show_all)


# ---------------------------------------------------------------- batch
@app.command("batch")
def batch_cli(
    original: Annotated[str | None, typer.Argument(help="The original article (omit with --manifest).")] = None,
    copies: Annotated[list[str] | None, typer.Argument(help="Copies to check against ORIGINAL.")] = None,
    manifest: Annotated[Path | None, typer.Option(help="JSON Lines or CSV file: id, original, copy per row.")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write JSON Lines here (needed for --resume).")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl (stream of reports) or summary.")] = "jsonl",
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", help="Parallel processes (default: all cores).")] = None,
    resume: Annotated[bool, typer.Option(help="Skip comparisons already in --output.")] = False,
    engine: Annotated[str, typer.Option(help="local or dask.")] = "local",
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (default: a local cluster).")] = None,
    fail_on: Annotated[str | None, typer.Option(help="Exit 1 when any comparison has a finding at or above this.")] = None,
    model: ModelOption = None,
    encoding: EncodingOption = None,
    max_bytes: MaxBytesOption = 10_000_000,
    html_mode: HtmlModeOption = "article",
    original_lang: OriginalLangOption = None,
    copy_lang: CopyLangOption = None,
    debug: DebugOption = False,
) -> None:
    """Compare one ORIGINAL with many COPIES, or every row of a --manifest.

    Example: factdiff batch data/original.txt data/copy.txt other-copy.txt -o results.jsonl
    """
    from .batch.cli import run_batch_cli

    code = run_batch_cli(
        original=original, copies=copies or [], manifest=manifest, output=output, fmt=format, jobs=jobs,
        resume=resume, engine=engine, scheduler=scheduler, fail_on=fail_on, model=model, encoding=encoding,
        max_bytes=max_bytes, html_mode=html_mode, original_lang=_lang_code(original_lang, "--original-lang"),
        copy_lang=_lang_code(copy_lang, "--copy-lang"),
    )
    raise typer.Exit(code)


# ---------------------------------------------------------------- serve
@app.command("serve")
def serve_cli(
    host: Annotated[str, typer.Option(help="Address to listen on; other than loopback needs --token.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on (0: any free port).")] = 8000,
    workers: Annotated[int | None, typer.Option(help="Worker processes for comparisons (default: all cores).")] = None,
    token: Annotated[
        str | None, typer.Option(envvar="FACTDIFF_TOKEN", help="Require this bearer token (also FACTDIFF_TOKEN).")
    ] = None,
    allow_host: Annotated[
        list[str] | None, typer.Option(help="Another Host name a loopback server answers (a proxy's), repeatable.")
    ] = None,
    max_body: Annotated[int, typer.Option(help="Refuse request bodies larger than this many bytes.")] = 20_000_000,
    max_copies: Annotated[int, typer.Option(help="Refuse batches with more copies than this.")] = 50,
    time_limit: Annotated[float, typer.Option(help="Seconds one comparison may take.")] = 60.0,
    queue_limit: Annotated[int, typer.Option(help="Answer 503 when this many comparisons wait or run.")] = 100,
    keep_results: Annotated[int, typer.Option(help="Page results kept in memory for their downloads.")] = 50,
    model: ModelOption = None,
    config: Annotated[Path | None, typer.Option(help="TOML file with [tool.factdiff] settings.")] = None,
    encoding: EncodingOption = None,
    max_bytes: MaxBytesOption = 10_000_000,
    debug: DebugOption = False,
) -> None:
    """Serve the web page and the HTTP API (needs: pip install 'factdiff[serve]').

    Example: factdiff serve --port 8000 --workers 2
    """
    from .serve import ServeSettings, serve
    from .settings import Settings, load_config

    compare = Settings().with_options(**load_config(config)).with_options(
        model=model, encoding=encoding, max_bytes=max_bytes
    )
    settings = ServeSettings(
        host=host, port=port, workers=workers, token=token, allow_hosts=tuple(allow_host or ()),
        max_body=max_body, max_bytes=max_bytes, max_copies=max_copies, time_limit=time_limit,
        queue_limit=queue_limit, keep_results=keep_results, compare=compare,
    )
    raise typer.Exit(serve(settings))


# ---------------------------------------------------------------- feed
@app.command("feed")
def feed_cli(
    inputs: Annotated[list[str], typer.Argument(help="Articles: files, folders, JSON Lines or CSV rows.")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="JSON Lines file (html: a folder).")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl, terminal (the summary) or html.")] = "jsonl",
    summary: Annotated[Path | None, typer.Option("--summary", help="Also write the per-story summary as JSON.")] = None,
    original_source: Annotated[
        str | None, typer.Option(help="The source whose article is a story's original (e.g. Reuters).")
    ] = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", help="Parallel processes (default: all cores).")] = None,
    resume: Annotated[bool, typer.Option(help="Skip copies already in --output.")] = False,
    engine: Annotated[str, typer.Option(help="local or dask.")] = "local",
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (default: a local cluster).")] = None,
    fail_on: Annotated[str | None, typer.Option(help="Exit 1 when any copy has a finding at or above this.")] = None,
    model: ModelOption = None,
    encoding: EncodingOption = None,
    max_bytes: MaxBytesOption = 10_000_000,
    debug: DebugOption = False,
) -> None:
    """Group a day's feed into stories and check every copy against its original.

    Example: factdiff feed articles/ -f terminal -o rows.jsonl
    """
    from .feed.cli import run_feed_cli

    code = run_feed_cli(
        inputs=inputs, output=output, fmt=format, summary_path=summary, original_source=original_source,
        jobs=jobs, resume=resume, engine=engine, scheduler=scheduler, fail_on=fail_on, model=model,
        encoding=encoding, max_bytes=max_bytes,
    )
    raise typer.Exit(code)


# ---------------------------------------------------------------- info
@app.command("checks")
def checks_cli() -> None:
    """List the registered checks (name and what they report).

    Example: factdiff checks
    """
    from .checks import available
    from .registry import checks

    for name in available():
        fn = checks.get(name)
        doc = (fn.__doc__ or sys.modules[fn.__module__].__doc__ or "").strip().splitlines()
        typer.echo(f"{name}\t{doc[0] if doc else ''}")


@app.command("schema")
def schema_cli() -> None:
    """Print the JSON schema of a report.

    Example: factdiff schema > factdiff-report.schema.json
    """
    from .report.schema import schema_json

    typer.echo(schema_json())


def main() -> None:
    """Entry point: run the app, turning user errors into one line and exit code 2."""
    debug = "--debug" in sys.argv
    try:
        code = app(standalone_mode=False)
        if code == EXIT_INTERRUPTED:  # typer turns Ctrl-C inside a command into exit code 130
            print("factdiff: interrupted", file=sys.stderr)
        sys.exit(code if isinstance(code, int) else EXIT_OK)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except FactdiffError as exc:
        if debug:
            raise
        print(f"factdiff: error: {exc.message}", file=sys.stderr)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        print("factdiff: interrupted", file=sys.stderr)
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(EXIT_OK)
    except Exception as exc:  # click usage errors (typer vendors click) and our own bugs
        if hasattr(exc, "format_message") and hasattr(exc, "exit_code"):
            if debug:
                raise
            print(f"factdiff: error: {exc.format_message()}", file=sys.stderr)
            sys.exit(EXIT_USAGE)
        if type(exc).__name__ == "Abort":  # click's form of Ctrl-C inside a command
            print("factdiff: interrupted", file=sys.stderr)
            sys.exit(EXIT_INTERRUPTED)
        if debug:
            raise
        print(f"factdiff: internal error: {type(exc).__name__}: {exc} (rerun with --debug for details)",
              file=sys.stderr)
        sys.exit(3)


if __name__ == "__main__":  # pragma: no cover
    main()
