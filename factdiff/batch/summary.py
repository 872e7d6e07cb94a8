"""The batch summary: copies x finding kinds, and which facts changed in how many copies.

Built from :class:`BatchResult` digests (never from full reports), so it is cheap
to keep for thousands of rows and can be rebuilt from an output file. Renders
through ``__rich_console__`` like every other rich object.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..report.model import KINDS, SEVERITIES
from ..report.styles import SEVERITY_STYLE, VERDICT_STYLE
from .model import BatchResult

if TYPE_CHECKING:  # pragma: no cover
    from rich.console import Console, ConsoleOptions, RenderResult
    from rich.text import Text

_RANK = {label: i for i, label in enumerate(SEVERITIES)}  # info=0 ... critical=3
_SPACE = re.compile(r"\s+")

#: How a fact change reads, per kind ({o}: the original's text, {c}: the copy's).
PHRASES: dict[str, str] = {
    "name_spelling": "{o} spelled {c}",
    "fact_missing": "{o} missing",
    "sentence_missing": "{o} missing",
    "trimmed": "{o} trimmed",
    "fact_added": "{c} added",
    "sentence_added": "{c} added",
    "moved": "{o} moved",
}


@dataclass(frozen=True)
class FactChange:
    """One changed fact and the comparisons it changed in."""

    original: str  # the original document's name (a group)
    kind: str
    before: str | None
    after: str | None
    severity: str
    copies: int
    of: int

    @property
    def phrase(self) -> str:
        o = _quote(self.before)
        c = _quote(self.after)
        template = PHRASES.get(self.kind)
        if template is None:
            if self.before is None:
                template = "{c} added"
            elif self.after is None:
                template = "{o} removed"
            else:
                template = "{o} changed to {c}"
        return template.format(o=o, c=c)

    def __str__(self) -> str:
        return f"{self.phrase} in {self.copies} of {self.of} copies"


def fact_cells(fact: FactChange, label: str | None = None) -> tuple[Text, Text]:
    """One changed fact as a summary row: "[label] old -> new" and "kind, severity"."""
    from rich.text import Text

    line = Text("  ")
    if label:
        line.append(f"[{label}] ", style="dim")
    line.append(str(fact))
    tag = Text(f"{fact.kind}, ", style="dim")
    tag.append(fact.severity, style=SEVERITY_STYLE.get(fact.severity, ""))
    return line, tag


class BatchSummary:
    """Accumulates results; renders a table of copies x kinds and the changed facts.

    ``order`` lists ids in input order (rows are shown in that order); with more
    than ``max_rows`` rows, the worst comparisons are shown first. Only digests
    are kept (no reports, no texts), and changed facts are counted as rows come
    in, so memory grows with the number of rows and distinct facts, not with the
    size of the reports. An id added twice counts once (the first wins).
    """

    def __init__(self, order: Sequence[str] = (), *, max_rows: int | None = None, max_facts: int = 15) -> None:
        self._position = {cid: i for i, cid in enumerate(order)}
        self._results: dict[str, BatchResult] = {}
        self._checked: Counter[str] = Counter()  # comparisons checked per original
        self._facts: dict[tuple[str, str, str | None, str | None], list] = {}  # key -> [copies, worst]
        self._severities: Counter[str] = Counter()
        self.max_rows = max_rows
        self.max_facts = max_facts

    def add(self, result: BatchResult) -> None:
        if result.id in self._results:
            return
        self._results[result.id] = replace(result, line="", changes=())
        if not result.ok:
            return
        group = result.original or ""
        self._checked[group] += 1
        self._severities.update(change.severity for change in result.changes)
        worst: dict[tuple[str, str, str | None, str | None], str] = {}
        for change in result.changes:
            key = (group, change.kind, _norm(change.original), _norm(change.copy))
            if _RANK.get(change.severity, 0) >= _RANK.get(worst.get(key, "info"), 0):
                worst[key] = change.severity
        for key, severity in worst.items():  # a fact counts once per comparison
            entry = self._facts.setdefault(key, [0, severity])
            entry[0] += 1
            if _RANK.get(severity, 0) > _RANK.get(entry[1], 0):
                entry[1] = severity

    def extend(self, results: Iterable[BatchResult]) -> None:
        for result in results:
            self.add(result)

    # ------------------------------------------------------------ queries
    @property
    def results(self) -> list[BatchResult]:
        """Row digests (no ``line``, no ``changes``) in input order."""
        end = len(self._position)
        indexed = sorted(enumerate(self._results.values()), key=lambda item: self._position.get(item[1].id, end + item[0]))
        return [r for _, r in indexed]

    @property
    def errors(self) -> list[BatchResult]:
        return [r for r in self.results if not r.ok]

    def kinds(self) -> list[str]:
        present: set[str] = set()
        for r in self._results.values():
            present.update(r.kinds)
        return [k for k in KINDS if k in present] + sorted(present - set(KINDS))

    def severity_counts(self) -> dict[str, int]:
        return {label: self._severities[label] for label in reversed(SEVERITIES) if self._severities[label]}

    def facts(self) -> list[FactChange]:
        """Findings grouped by (original, kind, original text, copy text), most widespread first."""
        facts = [
            FactChange(group, kind, before, after, severity, copies, self._checked[group])
            for (group, kind, before, after), (copies, severity) in self._facts.items()
        ]
        facts.sort(key=lambda f: (-f.copies, -_RANK.get(f.severity, 0), f.original, f.phrase))
        return facts

    # ------------------------------------------------------------ rendering
    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich import box
        from rich.table import Table
        from rich.text import Text

        results = self.results
        kinds = self.kinds()
        hidden = 0
        if self.max_rows is not None and len(results) > self.max_rows:
            results = sorted(results, key=lambda r: (r.ok, -_RANK.get(r.worst or "", -1), -sum(r.kinds.values())))
            hidden = len(results) - self.max_rows
            results = results[: self.max_rows]
        prefix = _common_folder([r.id for r in results])
        title = f"factdiff batch: {len(self._results)} comparisons"
        yield Text(title + (f" (ids under {prefix})" if prefix else ""))
        table = Table(
            box=box.SIMPLE_HEAD,
            pad_edge=False,
            collapse_padding=True,
            show_edge=False,
        )
        table.add_column("id", no_wrap=True, overflow="ellipsis", max_width=40)
        table.add_column("verdict", no_wrap=True)
        table.add_column("worst", no_wrap=True, min_width=8)
        for kind in kinds:
            table.add_column(_header(kind), justify="right", overflow="fold")
        for r in results:
            if not r.ok:
                table.add_row(r.id.removeprefix(prefix), Text("error", style="bold red"), "", *["" for _ in kinds])
                continue
            cells = [str(r.kinds[k]) if r.kinds.get(k) else Text("·", style="dim") for k in kinds]
            worst = Text(r.worst, style=SEVERITY_STYLE.get(r.worst, "")) if r.worst else Text("-", style="dim")
            verdict = Text(r.verdict or "?", style=VERDICT_STYLE.get(r.verdict or "", ""))
            table.add_row(r.id.removeprefix(prefix), verdict, worst, *cells)
        yield table
        if hidden:
            yield Text(f"… {hidden} more comparisons (every row is in the JSON Lines output)", style="dim")
        facts = self.facts()
        if facts:
            several = len({f.original for f in facts}) > 1
            yield Text("")
            yield Text("Changed facts (in how many copies):", style="bold")
            grid = Table.grid(padding=(0, 2), pad_edge=False)
            grid.add_column(overflow="fold")
            grid.add_column(no_wrap=True)
            for fact in facts[: self.max_facts]:
                grid.add_row(*fact_cells(fact, fact.original if several else None))
            yield grid
            if len(facts) > self.max_facts:
                yield Text(f"  … and {len(facts) - self.max_facts} more", style="dim")
        errors = self.errors
        if errors:
            yield Text("")
            yield Text(f"Errors ({len(errors)}):", style="bold red")
            for r in errors:
                message = r.error or ""
                yield Text(f"  {message}" if message.startswith(r.id + ":") else f"  {r.id}: {message}")
        yield Text("")
        yield Text(self.totals())

    def totals(self) -> str:
        """One line: how many rows, verdicts and findings by severity."""
        verdicts = Counter(r.verdict for r in self._results.values() if r.ok)
        parts = [f"{len(self._results)} comparisons"]
        if verdicts:
            parts.append(", ".join(f"{n} {v}" for v, n in sorted(verdicts.items(), key=lambda x: (-x[1], str(x[0])))))
        errors = len(self.errors)
        if errors:
            parts.append(f"{errors} error{'s' if errors != 1 else ''}")
        severities = self.severity_counts()
        findings = sum(severities.values())
        detail = ", ".join(f"{n} {label}" for label, n in severities.items())
        parts.append(f"{findings} findings" + (f" ({detail})" if detail else ""))
        return "; ".join(parts)


def _common_folder(ids: list[str]) -> str:
    """'/tmp/x/' when every id is a path in (or under) /tmp/x: the table shows the rest."""
    if len(ids) < 2 or not all("/" in i for i in ids):
        return ""
    try:
        folder = os.path.commonpath(ids)
    except ValueError:
        return ""
    if not folder or folder in ids:
        return ""
    return folder.rstrip("/") + "/"


def _header(kind: str) -> str:
    """Column header: 'number_changed' -> 'number', 'name_spelling' -> 'name\nspelling'."""
    return kind.removesuffix("_changed").replace("_", "\n")


def _norm(text: str | None) -> str | None:
    return None if text is None else _SPACE.sub(" ", text).strip()


def _quote(text: str | None, limit: int = 40) -> str:
    if text is None:
        return "''"
    text = _SPACE.sub(" ", text).strip()
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f"'{text}'"
