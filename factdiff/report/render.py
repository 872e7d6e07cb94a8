"""Output formats by name, through the renderers registry.

Each format is a registered function ``(report, options) -> str``; the CLI
looks them up by name, so a new format is one registered function.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from ..errors import Errors, OptionError
from ..registry import renderers
from .model import Report

FORMATS = ("terminal", "text", "json", "jsonl", "markdown", "html")


@dataclass(frozen=True)
class RenderOptions:
    width: int | None = None
    color: bool = True
    context: int | None = None
    show_all: bool = False
    title: str | None = None


@renderers.register("json")
def _json(report: Report, options: RenderOptions) -> str:
    return report.to_json() + "\n"


@renderers.register("jsonl")
def _jsonl(report: Report, options: RenderOptions) -> str:
    return report.to_json(indent=None) + "\n"


@renderers.register("text")
def _text(report: Report, options: RenderOptions) -> str:
    from .text import render_text

    return render_text(report)


@renderers.register("markdown")
def _markdown(report: Report, options: RenderOptions) -> str:
    from .markdown import render_markdown

    return render_markdown(report, passages="all" if options.show_all else "findings")


@renderers.register("html")
def _html(report: Report, options: RenderOptions) -> str:
    from .html import render_html

    return render_html(report, title=options.title)


@renderers.register("terminal")
def _terminal(report: Report, options: RenderOptions) -> str:
    """The side-by-side view as text (for files); the CLI prints it live instead."""
    from rich.console import Console

    from .terminal import render_terminal

    buffer = io.StringIO()
    console = Console(file=buffer, width=options.width or 120, color_system=None, force_terminal=False)
    render_terminal(report, console, context=options.context, show_all=options.show_all)
    return buffer.getvalue()


def render(report: Report, fmt: str, options: RenderOptions | None = None) -> str:
    """Render a report in the named format."""
    if fmt not in FORMATS:
        raise OptionError(Errors.E021.format(value=fmt, choices=", ".join(FORMATS)))
    return renderers.get(fmt)(report, options or RenderOptions())
