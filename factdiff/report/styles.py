"""Severity colours, labels and icons shared by every renderer.

Kept in one place so the terminal, HTML and Markdown views agree on what
"major" looks like. Plain strings only: rich style strings here are just data,
so importing this module does not import rich.
"""

from __future__ import annotations

from .model import Severity

#: rich style per severity label (colour is never the only cue: see SEVERITY_LABEL).
SEVERITY_STYLE: dict[str, str] = {
    "critical": "bold red",
    "major": "dark_orange",
    "minor": "yellow",
    "info": "blue",
}

#: CSS colour per severity label, for renderers that are not rich.
SEVERITY_COLOR: dict[str, str] = {
    "critical": "#d70000",
    "major": "#ff8700",
    "minor": "#d7af00",
    "info": "#005fd7",
}

#: Text label per severity, so the severity reads without colour.
SEVERITY_LABEL: dict[str, str] = {
    "critical": "CRITICAL",
    "major": "MAJOR",
    "minor": "MINOR",
    "info": "INFO",
}

#: One-character icon per severity, shown next to the label.
SEVERITY_ICON: dict[str, str] = {
    "critical": "✖",
    "major": "▲",
    "minor": "●",
    "info": "ℹ",
}

#: rich style per verdict label.
VERDICT_STYLE: dict[str, str] = {
    "identical": "bold green",
    "copy": "bold",
    "unrelated": "bold magenta",
    "other_language": "bold magenta",
}

#: Words that differ between aligned sentences (token_diff), per side.
DIFF_ORIGINAL_STYLE = "strike"
DIFF_COPY_STYLE = "bold"


def _label(severity: str | Severity) -> str:
    return severity.label if isinstance(severity, Severity) else str(severity).lower()


def severity_style(severity: str | Severity) -> str:
    """The rich style for a severity (accepts 'major' or Severity.MAJOR)."""
    return SEVERITY_STYLE.get(_label(severity), "")


def severity_label(severity: str | Severity) -> str:
    """The upper-case text label for a severity, e.g. 'MAJOR'."""
    label = _label(severity)
    return SEVERITY_LABEL.get(label, label.upper())


def severity_icon(severity: str | Severity) -> str:
    """The one-character icon for a severity ('' if unknown)."""
    return SEVERITY_ICON.get(_label(severity), "")
