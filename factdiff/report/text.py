"""A plain, stable listing of a report for pipes, grep and diffs.

One line per finding (plus an indented message line) so ``grep MAJOR`` or
``grep -A1 number_changed`` work, quotes JSON-escaped so a line never breaks,
and no ANSI codes ever. The format is part of the interface: change it only
with the tests.

    verdict: copy; 1 major, 1 minor
    [1] MAJOR qualifier_changed  orig 12-17 "1,403" | copy 10-21 "about 1,403"
        The copy hedges an exact number.
    signature: sha256:...
"""

from __future__ import annotations

import json

from .model import Finding, Report, Span
from .styles import severity_label


def summary_line(report: Report) -> str:
    """'verdict: copy; 3 major, 5 minor, 2 info' (severities with no findings left out)."""
    counts = [f"{n} {label}" for label, n in report.summary.items() if n]
    return f"verdict: {report.verdict}; {', '.join(counts) if counts else 'no findings'}"


def _quote(text: str) -> str:
    # JSON string syntax: quotes, backslashes and newlines escaped, Unicode kept.
    return json.dumps(text, ensure_ascii=False)


def _side(label: str, span: Span | None) -> str:
    if span is None:
        return f"{label} -"
    return f"{label} {span.start}-{span.end} {_quote(span.display)}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def finding_lines(number: int, finding: Finding) -> list[str]:
    """The two lines of one finding: the facts, then the indented message."""
    head = (
        f"[{number}] {severity_label(finding.severity)} {finding.kind}  "
        f"{_side('orig', finding.original)} | {_side('copy', finding.copy)}"
    )
    return [head, f"    {_one_line(finding.message)}"]


def render_text(report: Report) -> str:
    """The whole listing, newline-terminated.

    Findings keep the report's order and are numbered from 1, the same numbers
    the terminal and HTML views use as markers.
    """
    lines = [summary_line(report)]
    if report.mode == "cross-language":
        lines.append(f"languages: {report.original.language} -> {report.copy.language} ({report.mode})")
        lines += [f"note: {n}" for n in report.notes]
    for number, finding in enumerate(report.findings, 1):
        lines.extend(finding_lines(number, finding))
    lines.append(f"signature: {report.signature or '-'}")
    return "\n".join(lines) + "\n"
