"""The rich side-by-side view: original left, copy right, findings marked in place.

``SideBySide`` is a rich renderable (it renders through ``__rich_console__``,
like ``rich.table.Table``), so ``console.print(SideBySide(report))`` works
anywhere a console does, and ``render_terminal`` is the one-call shortcut the
CLI uses. It reads nothing but the ``Report``, so a report loaded back from
JSON renders the same.

Layout, top to bottom: a header line (verdict, names, signature); a table with
one row per aligned group of sentences (the rows of ``diff.build_rows``, shared
with the HTML and Markdown views, so row numbers agree), original left, copy
right; the numbered findings (numbered in report order, like every view); a
count of findings per kind and severity.

Nothing is ever truncated: cells fold, quotes wrap. Colour is never the only
cue: severities carry text labels and markers carry numbers.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from rich import box
from rich.console import Group
from rich.table import Table
from rich.text import Text

from ..errors import Errors, OptionError
from .diff import Placement, Row, build_rows, place_findings
from .model import DocumentInfo, Finding, Report, Span
from .styles import (
    DIFF_COPY_STYLE,
    DIFF_ORIGINAL_STYLE,
    SEVERITY_LABEL,
    VERDICT_STYLE,
    severity_icon,
    severity_label,
    severity_style,
)

if TYPE_CHECKING:  # pragma: no cover
    from rich.console import Console, ConsoleOptions, RenderResult

#: Articles with more rows than this default to ``context=1``.
LONG_ARTICLE_ROWS = 40
#: Context used when an article is long and no context was asked for.
DEFAULT_CONTEXT = 1

ROLE_LABELS = {"headline": "headline", "dateline": "dateline", "credits": "credits", "page-line": "page line"}


# ------------------------------------------------------------------ rows
@dataclass(frozen=True)
class Gap:
    """A run of rows left out of the view because nothing was found in them."""

    rows: int

    @property
    def label(self) -> str:
        return f"… {self.rows} {'row' if self.rows == 1 else 'rows'} without findings …"


def visible_rows(
    marked: Sequence[bool], context: int | None = None, show_all: bool = False
) -> list[int | Gap]:
    """Positions of the rows to draw, runs of hidden rows replaced by a ``Gap``.

    ``marked[i]`` says row i has findings. ``context`` keeps N rows around each
    marked row; None means "all rows, unless the article is long". A gap of a
    single row is drawn instead, since its separator would take as much room.
    """
    if context is not None and context < 0:
        raise OptionError(
            Errors.E024.format(option="--context", expected="0 or more", value=context)
        )
    if show_all or (context is None and len(marked) <= LONG_ARTICLE_ROWS):
        return list(range(len(marked)))
    n = DEFAULT_CONTEXT if context is None else context
    keep = [False] * len(marked)
    for i, has in enumerate(marked):
        if has:
            for j in range(max(0, i - n), min(len(marked), i + n + 1)):
                keep[j] = True
    out: list[int | Gap] = []
    i = 0
    while i < len(marked):
        j = i
        while j < len(marked) and not keep[j]:
            j += 1
        if j - i == 1:
            out.append(i)
        elif j > i:
            out.append(Gap(j - i))
        if j < len(marked):
            out.append(j)
        i = j + 1
    return out


# ----------------------------------------------------------------- cells
def _flat(text: str) -> str:
    """Line breaks and tabs become spaces; same length, so offsets still hold."""
    return text.translate(_FLAT)


_FLAT = {ord(c): " " for c in "\n\r\t\v\f\u2028\u2029\x85"}


class _Cell:
    """The joined text of one side of a row, and the map back to document offsets."""

    def __init__(self, doc: DocumentInfo, indices: Sequence[int]) -> None:
        self.pieces: list[tuple[int, int, int]] = []  # (doc start, doc end, cell start)
        parts: list[str] = []
        pos = 0
        for i in indices:
            s = doc.sentences[i]
            if parts:
                parts.append(" ")
                pos += 1
            self.pieces.append((s.start, s.end, pos))
            parts.append(_flat(doc.display_text[s.start : s.end]))
            pos += s.end - s.start
        self.plain = "".join(parts)

    def ranges(self, start: int, end: int) -> list[tuple[int, int]]:
        """Cell ranges covered by document offsets ``start:end``, clipped to this cell."""
        out = []
        for s_start, s_end, at in self.pieces:
            lo, hi = max(s_start, start), min(s_end, end)
            if lo < hi:
                out.append((at + lo - s_start, at + hi - s_start))
        return out


def _tagged(text: Text, tags: Sequence[str]) -> Text:
    if not tags:
        return text
    return Text.assemble((" · ".join(tags), "dim italic"), "\n", text)


def _marker(number: int, finding: Finding) -> Text:
    return Text(f"[{number}]", style=f"bold {severity_style(finding.severity)}")


def _cell_text(
    cell: _Cell,
    diff: Iterable[tuple[int, int]],
    diff_style: str,
    marks: Sequence[tuple[int, Finding, Span]],
) -> Text:
    """One side of a row: changed words styled, finding spans underlined, markers after."""
    text = Text(cell.plain)
    for start, end in diff:
        for lo, hi in cell.ranges(start, end):
            text.stylize(diff_style, lo, hi)
    inserts: dict[int, list[Text]] = {}
    for number, finding, span in marks:
        ranges = cell.ranges(span.start, span.end)
        whole = bool(ranges) and ranges[0][0] == 0 and ranges[-1][1] == len(cell.plain)
        if not whole:  # underlining a whole cell says nothing the marker does not
            for lo, hi in ranges:
                text.stylize(f"underline {severity_style(finding.severity)}", lo, hi)
        at = ranges[-1][1] if ranges else len(cell.plain)
        inserts.setdefault(at, []).append(_marker(number, finding))
    if not inserts:
        return _drop_fill(text)
    cuts = sorted(inserts)
    out = Text()
    for piece, at in zip(text.divide(cuts), [*cuts, None], strict=True):
        out.append_text(piece)
        for marker in inserts.get(at, []) if at is not None else []:
            out.append_text(marker)
    return _drop_fill(out)


_FILL_RUN = re.compile("\u200b+")


def _drop_fill(text: Text) -> Text:
    """Masked markup (zero-width FILL, see ingest.markup) is not shown: cut it out after styling."""
    runs = list(_FILL_RUN.finditer(text.plain))
    if not runs:
        return text
    cuts = sorted({p for m in runs for p in (m.start(), m.end())} - {0, len(text.plain)})
    out = Text()
    for piece in text.divide(cuts):
        if piece.plain.strip("\u200b"):
            out.append_text(piece)
    return out


def _roles(doc: DocumentInfo, indices: Sequence[int]) -> list[str]:
    roles: list[str] = []
    for i in indices:
        label = ROLE_LABELS.get(doc.sentences[i].role)
        if label and label not in roles:
            roles.append(label)
    return roles


def _quote(span: Span | None) -> Text:
    if span is None:
        return Text("—", style="dim")
    return Text.assemble('"', _flat(span.display), '"')


# ------------------------------------------------------------ renderable
class SideBySide:
    """A report as a side-by-side table, with its findings list and summary.

    Args:
        report: the report to show (only the report is read).
        context: show only rows with findings plus this many rows around them;
            None shows every row unless there are more than
            ``LONG_ARTICLE_ROWS``, then it means ``DEFAULT_CONTEXT``.
        show_all: show every row, whatever ``context`` says.
        findings: include the numbered findings list under the table.
        summary: include the counts per kind and severity.
    """

    def __init__(
        self,
        report: Report,
        *,
        context: int | None = None,
        show_all: bool = False,
        findings: bool = True,
        summary: bool = True,
    ) -> None:
        if context is not None and context < 0:
            raise OptionError(
                Errors.E024.format(option="--context", expected="0 or more", value=context)
            )
        self.report = report
        self.context = context
        self.show_all = show_all
        self.findings = findings
        self.summary = summary

    @cached_property
    def _layout(self) -> tuple[list[Row], list[Placement]]:
        """The shared rows (with word diffs) and where each finding sits in them."""
        rows = build_rows(self.report)
        return rows, place_findings(self.report, rows)

    # --------------------------------------------------------------- parts
    def header(self) -> Text:
        """Verdict, the two names, the signature (dim)."""
        r = self.report
        text = Text.assemble(
            ("verdict: ", "dim"),
            (r.verdict.replace("_", " "), VERDICT_STYLE.get(r.verdict, "bold")),
            "  ",
            (r.original.name or "original", "bold"),
            (" vs ", "dim"),
            (r.copy.name or "copy", "bold"),
        )
        if r.mode == "cross-language":
            text.append("  ")
            text.append(f"{r.original.language} → {r.copy.language}", style="bold")
            text.append(" cross-language", style="dim")
        if r.signature:
            text.append("  ")
            text.append(r.signature, style="dim")
        return text

    def notes(self) -> Text | None:
        """What the comparison did not look at, said once."""
        if not self.report.notes:
            return None
        return Text("\n".join(f"note: {n}" for n in self.report.notes), style="dim italic")

    def _row_cells(self, row: Row, marks: dict[str, list[tuple[int, Finding, Span]]]) -> list[Text]:
        r = self.report
        left_tags = _roles(r.original, row.original)
        right_tags = _roles(r.copy, row.copy)
        if row.moved and row.copy:
            right_tags.append(
                f"↕ moved: follows row {row.moved_after} in the copy"
                if row.moved_after
                else "↕ moved: opens the copy"
            )
        if row.original:
            diff = [rng for ranges in row.original_diff for rng in ranges]
            left = _cell_text(
                _Cell(r.original, row.original), diff, DIFF_ORIGINAL_STYLE, marks["original"]
            )
        else:
            left = Text("— added —", style="dim")
        if row.copy:
            diff = [rng for ranges in row.copy_diff for rng in ranges]
            right = _cell_text(_Cell(r.copy, row.copy), diff, DIFF_COPY_STYLE, marks["copy"])
        else:
            right = Text("— dropped —", style="dim")
        return [
            Text(str(row.number), style="dim"),
            _tagged(left, left_tags),
            _tagged(right, right_tags),
        ]

    def _table(self, header: bool, rows: int) -> Table:
        r = self.report
        table = Table(
            box=box.MINIMAL,
            expand=True,
            show_header=header,
            show_lines=True,
            header_style="bold",
            pad_edge=False,
        )
        # Same gutter width in every chunk, so the columns line up across gaps.
        table.add_column("#", justify="right", style="dim", no_wrap=True, min_width=len(str(rows)))
        for label, doc in (("original", r.original), ("copy", r.copy)):
            title = Text(label)
            if doc.name:
                title.append(f": {doc.name}", style="not bold dim")
            table.add_column(title, ratio=1, overflow="fold")
        return table

    def tables(self) -> Iterator[Table | Text]:
        """The side-by-side table, cut where rows without findings are left out."""
        r = self.report
        rows, places = self._layout
        if not rows:
            yield Text("no sentences to show", style="dim")
            return
        marks: list[dict[str, list[tuple[int, Finding, Span]]]] = [
            {"original": [], "copy": []} for _ in rows
        ]
        for number, (finding, place) in enumerate(
            zip(r.findings, places, strict=True), 1
        ):
            for side, at, span in (
                ("original", place.original_row, finding.original),
                ("copy", place.copy_row, finding.copy),
            ):
                if at is not None and span is not None:
                    marks[at - 1][side].append((number, finding, span))
        marked = [bool(m["original"] or m["copy"]) for m in marks]
        table: Table | None = None
        header = True
        for item in visible_rows(marked, self.context, self.show_all):
            if isinstance(item, Gap):
                if table is None and header:
                    table = self._table(True, len(rows))  # column titles stay on top
                if table is not None:
                    yield table
                table, header = None, False
                yield Text(item.label, style="dim", justify="center")
                continue
            if table is None:
                table, header = self._table(header, len(rows)), False
            table.add_row(*self._row_cells(rows[item], marks[item]))
        if table is not None:
            yield table

    def findings_list(self) -> Group:
        """The numbered findings: severity label, kind, row, both quotes in full, message."""
        places = self._layout[1]
        grid = Table.grid(padding=(0, 1))
        grid.add_column(justify="right", no_wrap=True)
        grid.add_column(overflow="fold")
        width = max(len(label) for label in SEVERITY_LABEL.values())
        for number, (f, place) in enumerate(zip(self.report.findings, places, strict=True), 1):
            body = Text.assemble(
                (f"{severity_icon(f.severity)} {severity_label(f.severity).ljust(width)}",
                 severity_style(f.severity)),
                " ",
                (f.kind, "bold"),
                (f"  row {place.row}" if place.row is not None else "", "dim"),
                "\n",
                ("orig ", "dim"),
                _quote(f.original),
                "\n",
                ("copy ", "dim"),
                _quote(f.copy),
            )
            if f.message:
                body.append("\n" + _flat(f.message))
            grid.add_row(_marker(number, f), body)
        return Group(Text("findings", style="bold"), grid)

    def summary_table(self) -> Table:
        """Findings counted per kind (rows) and severity (columns), with totals."""
        r = self.report
        labels = list(r.summary)  # critical .. info
        table = Table(box=box.SIMPLE, pad_edge=False, show_edge=False, show_footer=True)
        table.add_column("kind", Text("total", style="bold"), overflow="fold")
        for label, n in r.summary.items():
            table.add_column(
                Text(label, style=severity_style(label)), str(n) if n else "-", justify="right"
            )
        table.add_column("total", Text(str(len(r.findings)), style="bold"), justify="right")
        for kind, total in r.kind_counts.items():
            counts = Counter(f.severity.label for f in r.findings if f.kind == kind)
            table.add_row(kind, *(str(counts[s]) if counts[s] else "-" for s in labels), str(total))
        return table

    # ------------------------------------------------------------------ rich
    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.header()
        notes = self.notes()
        if notes is not None:
            yield notes
        yield from self.tables()
        if not self.report.findings:
            yield Text("no findings", style="green")
            return
        if self.findings:
            yield Text()
            yield self.findings_list()
        if self.summary:
            yield Text()
            yield self.summary_table()


def render_terminal(
    report: Report,
    console: Console,
    *,
    context: int | None = None,
    show_all: bool = False,
    findings: bool = True,
    summary: bool = True,
) -> None:
    """Print ``report`` side by side on ``console`` (see ``SideBySide``)."""
    console.print(
        SideBySide(report, context=context, show_all=show_all, findings=findings, summary=summary)
    )
