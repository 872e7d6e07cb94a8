"""A report as Markdown: readable rendered on GitHub and as plain text in an email or ticket.

Every piece of input text is escaped, so a copy containing ``|``, ``*``, backticks,
``<script>`` or ``[links](…)`` can neither break the table nor inject markup.
Changed words are **bold** (visible as ``**word**`` in plain text too) and
``[n]`` after a quote points to finding ``n`` of the table.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .diff import Row, build_rows, marks_by_sentence, pieces, place_findings
from .model import DocumentInfo, Finding, Report, Span
from .styles import SEVERITY_ICON, SEVERITY_LABEL

PASSAGES = ("findings", "all", "none")

_VERDICT_TEXT = {
    "identical": "the two texts are identical",
    "copy": "the copy is a version of the original",
    "unrelated": "the copy does not look like a version of the original",
    "other_language": "the copy is in another language and was not compared",
}

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_NEWLINES = re.compile(r"\s*[\r\n\u2028\u2029]+\s*")
_QUOTE_MAX = 120


def md_escape(text: str) -> str:
    """Escape Markdown/HTML specials and fold newlines, for use inside a line or table cell."""
    text = _NEWLINES.sub(" ", text)
    text = _SPECIAL.sub(r"\\\1", text)
    return _ENTITY.sub(r"\\&", text)


def md_code(text: str) -> str:
    """``text`` as an inline code span, fenced with more backticks than it contains."""
    text = _NEWLINES.sub(" ", text)
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    # CommonMark strips one space from each end of a span that starts and ends with one: pad to keep them
    spaced = text.startswith(" ") and text.endswith(" ")
    pad = " " if text.startswith("`") or text.endswith("`") or spaced or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _kind_label(kind: str) -> str:
    return kind.replace("_", " ")


def _clip(text: str, limit: int = _QUOTE_MAX) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def render_markdown(report: Report, passages: str = "findings") -> str:
    """The whole report as a Markdown string.

    ``passages`` picks which aligned rows are quoted in full: ``"findings"`` (rows
    with a finding, plus every dropped, added or moved row), ``"all"`` or ``"none"``.
    """
    rows = build_rows(report)
    places = place_findings(report, rows)
    out: list[str] = []
    out += _header(report, rows)
    out += _findings_table(report)
    if passages != "none":
        out += _passages(report, rows, places, every=passages == "all")
    return "\n".join(out).rstrip() + "\n"


def _header(report: Report, rows: Sequence[Row]) -> list[str]:
    o, c = report.original, report.copy
    title = f"{o.name or 'original'} vs {c.name or 'copy'}"
    verdict = md_escape(report.verdict)
    explain = _VERDICT_TEXT.get(report.verdict)
    counts = " · ".join(
        f"{n} {SEVERITY_LABEL.get(label, label.upper())}" for label, n in report.summary.items()
    )
    status = [r.status for r in rows]
    lines = [
        f"# factdiff: {md_escape(title)}",
        "",
        f"**Verdict:** {verdict}" + (f" ({explain})" if explain else "") + "  ",
        f"**Signature:** {md_code(report.signature) if report.signature else '(none)'}  ",
        f"**Original:** {_doc(o)} · **Copy:** {_doc(c)}",
        *_mode_lines(report),
        "",
        f"**Findings:** {len(report.findings)} ({counts})  ",
        f"**Rows:** {len(rows)} ({status.count('paired')} paired, {status.count('dropped')} dropped, "
        f"{status.count('added')} added, {sum(r.moved for r in rows)} moved)",
    ]
    if report.kind_counts:
        kinds = ", ".join(f"{md_escape(_kind_label(k))} {n}" for k, n in report.kind_counts.items())
        lines[-1] += "  "
        lines.append(f"**Kinds:** {kinds}")
    return lines + [""]


def _mode_lines(report: Report) -> list[str]:
    """Cross-language reports: the two languages, the mode and what was not compared."""
    if report.mode != "cross-language":
        return []
    line = (f"**Languages:** {md_escape(report.original.language)} → {md_escape(report.copy.language)} "
            f"({md_escape(report.mode)})")
    return ["", line + ("  " if report.notes else ""), *(f"*{md_escape(n)}*" for n in report.notes)]


def _doc(doc: DocumentInfo) -> str:
    return f"{md_escape(doc.name or '(unnamed)')} ({len(doc.sentences)} sentences)"


def _findings_table(report: Report) -> list[str]:
    lines = ["## Findings", ""]
    if not report.findings:
        return lines + ["No findings.", ""]
    lines += [
        "| # | Severity | Kind | Original | Copy | Message |",
        "| ---: | --- | --- | --- | --- | --- |",
    ]
    for number, f in enumerate(report.findings, start=1):
        lines.append(
            f"| {number} | {_severity(f)} | {md_escape(_kind_label(f.kind))} | "
            f"{_cell_quote(f.original)} | {_cell_quote(f.copy)} | {md_escape(f.message)} |"
        )
    return lines + [""]


def _severity(f: Finding) -> str:
    label = f.severity.label
    return f"{SEVERITY_ICON.get(label, '')} {SEVERITY_LABEL.get(label, label.upper())}".strip()


def _cell_quote(span: Span | None) -> str:
    return "—" if span is None else f"“{md_escape(_clip(span.display))}”"


# ---------------------------------------------------------------- passages
def _passages(report: Report, rows: Sequence[Row], places: Sequence, every: bool) -> list[str]:
    by_row: dict[int, list[int]] = {}
    for number, place in enumerate(places, start=1):
        for r in sorted({place.original_row, place.copy_row} - {None}):
            by_row.setdefault(r, []).append(number)
    chosen = [
        r for r in rows if every or by_row.get(r.number) or r.status != "paired" or r.moved
    ]
    if not chosen:
        return []
    marks_o = marks_by_sentence(report, "original")
    marks_c = marks_by_sentence(report, "copy")
    lines = [
        "## Passages",
        "",
        "Changed words are in **bold**; [n] follows the words of finding n.",
        "",
    ]
    for r in chosen:
        notes = []
        if r.status == "dropped":
            notes.append("dropped from the copy")
        elif r.status == "added":
            notes.append("added in the copy")
        if r.moved:
            where = (
                "opens the copy"
                if r.moved_after == 0
                else f"in the copy it comes after row {r.moved_after}"
            )
            notes.append(f"moved ({where})")
        found = by_row.get(r.number, [])
        if found:
            notes.append(("finding " if len(found) == 1 else "findings ") + ", ".join(map(str, found)))
        lines.append(f"### Row {r.number}" + (" · " + " · ".join(notes) if notes else ""))
        lines.append("")
        lines.append(f"> **Original:** {_side(report.original, r.original, r.original_diff, marks_o, 'original')}")
        lines.append(">")
        lines.append(f"> **Copy:** {_side(report.copy, r.copy, r.copy_diff, marks_c, 'copy')}")
        lines.append("")
    return lines


def _side(
    doc: DocumentInfo,
    indices: Sequence[int],
    diffs: Sequence[Sequence[tuple[int, int]]],
    marks: dict,
    side: str,
) -> str:
    if not indices:
        return f"*(not in the {side})*"
    runs: list[tuple[str, bool]] = []  # (raw text, bold); markers are runs with bold=None
    for i, changed in zip(indices, diffs, strict=True):
        s = doc.sentences[i]
        if runs:
            runs.append((" ", False))
        for p in pieces(s.start, s.end, changed, marks.get(i, [])):
            runs.append((doc.display_text[p.start : p.end].replace("\u200b", ""), p.changed))  # no masked markup
            if p.markers:
                runs.append(("[" + ",".join(map(str, p.markers)) + "]", None))  # type: ignore[arg-type]
    return _join_runs(runs)


def _join_runs(runs: list[tuple[str, bool | None]]) -> str:
    """Emit runs, merging neighbouring bold runs and keeping spaces outside the ``**``."""
    merged: list[list] = []
    for text, bold in runs:
        if merged and merged[-1][1] == bold and bold is not None:
            merged[-1][0] += text
        else:
            merged.append([text, bold])
    out = []
    after_marker = False
    for text, bold in merged:
        if bold is None:
            out.append(" " + text)
            after_marker = True
            continue
        core = text.strip()
        if bold and core:
            lead = text[: len(text) - len(text.lstrip())]
            trail = text[len(text.rstrip()) :]
            out.append(f"{_NEWLINES.sub(' ', lead)}**{md_escape(core)}**{_NEWLINES.sub(' ', trail)}")
        else:
            escaped = md_escape(text)
            if after_marker and escaped[:1] in ("(", ":"):
                escaped = "\\" + escaped  # "[3](" or "[3]:" would read as a link
            out.append(escaped)
        after_marker = False
    return "".join(out).strip()
