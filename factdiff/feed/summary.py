"""The per-story summary of a feed: copies x finding kinds, worst severity, changed facts.

Built from row digests (:class:`~factdiff.batch.BatchResult`, never full reports), like
the batch summary it extends, so a feed of thousands of copies costs little to summarise
and the summary can be rebuilt from the JSON Lines output. Renders itself for rich
(``console.print(summary)``); ``to_dict`` is its JSON form (schema ``factdiff-feed/1``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..batch.model import BatchResult
from ..batch.summary import BatchSummary, FactChange, fact_cells
from ..report.model import SEVERITIES
from ..report.styles import SEVERITY_STYLE
from .run import FeedPlan

if TYPE_CHECKING:  # pragma: no cover
    from rich.console import Console, ConsoleOptions, RenderResult

SCHEMA = "factdiff-feed/1"
_RANK = {label: i for i, label in enumerate(SEVERITIES)}


class FeedSummary:
    """Accumulates a feed's rows; one line per story, its changed facts, the singletons."""

    def __init__(self, plan: FeedPlan, *, max_stories: int | None = None, max_facts: int = 15) -> None:
        self.plan = plan
        self.rows = BatchSummary([c for s in plan.stories for c in s.copies], max_facts=max_facts)
        self._story_of = plan.story_of()
        self.max_stories = max_stories
        self.max_facts = max_facts

    def add(self, result: BatchResult) -> None:
        self.rows.add(result)

    def extend(self, results: Iterable[BatchResult]) -> None:
        for result in results:
            self.add(result)

    # ------------------------------------------------------------ queries
    def story_rows(self) -> list[dict[str, Any]]:
        """Per story: its copies' digests, kinds (copies with at least one), worst, verdicts."""
        by_story: dict[str, list[BatchResult]] = {}
        for r in self.rows.results:
            by_story.setdefault(self._story_of.get(r.id, ""), []).append(r)
        out = []
        for story in self.plan.stories:
            results = by_story.get(story.id, [])
            kinds: Counter[str] = Counter()
            for r in results:
                kinds.update(k for k, n in r.kinds.items() if n)
            worst = max((r.worst for r in results if r.worst), key=lambda w: _RANK.get(w, -1), default=None)
            out.append({
                "story": story.id,
                "original": story.original,
                "reason": story.reason,
                "members": len(story.members),
                "compared": sum(1 for r in results if r.ok),
                "errors": sum(1 for r in results if not r.ok),
                "verdicts": dict(Counter(r.verdict for r in results if r.ok)),
                "worst": worst,
                "kinds": dict(kinds),
                "copies": [
                    {"id": r.id, "verdict": r.verdict, "worst": r.worst, "kinds": r.kinds, "error": r.error}
                    for r in results
                ],
            })
        return out

    def facts(self) -> list[tuple[str, FactChange]]:
        """(story id, changed fact) pairs, most widespread first."""
        story_of_original = {s.original: s.id for s in self.plan.stories}
        return [(story_of_original.get(f.original, f.original), f) for f in self.rows.facts()]

    def kinds(self) -> list[str]:
        return self.rows.kinds()

    def to_dict(self) -> dict[str, Any]:
        facts: dict[str, list[dict[str, Any]]] = {}
        for story, f in self.facts():
            facts.setdefault(story, []).append({
                "kind": f.kind, "severity": f.severity, "original": f.before, "copy": f.after,
                "copies": f.copies, "of": f.of, "phrase": f.phrase,
            })
        stories = self.story_rows()
        for row in stories:
            row["changes"] = facts.get(row["story"], [])
        plan = self.plan
        return {
            "schema": SCHEMA,
            "articles": len(plan.articles),
            "stories": stories,
            "singletons": list(plan.singletons),
            "unreadable": [{"id": a.id, "error": a.error} for a in plan.unreadable],
            "totals": self.rows.totals(),
        }

    def headline(self) -> str:
        plan = self.plan
        in_stories = sum(len(s.members) for s in plan.stories)
        parts = [
            f"{len(plan.articles):,} articles",
            f"{len(plan.stories):,} stories ({in_stories:,} articles)",
            f"{len(plan.singletons):,} in no story",
        ]
        if plan.unreadable:
            parts.append(f"{len(plan.unreadable):,} unreadable")
        return "factdiff feed: " + ", ".join(parts)

    # ------------------------------------------------------------ rendering
    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich import box
        from rich.table import Table
        from rich.text import Text

        yield Text(self.headline())
        rows = self.story_rows()
        hidden = 0
        if self.max_stories is not None and len(rows) > self.max_stories:
            rows = sorted(rows, key=lambda r: (-_RANK.get(r["worst"] or "", -1), -sum(r["kinds"].values())))
            hidden = len(rows) - self.max_stories
            rows = rows[: self.max_stories]
        kinds = self.kinds()
        if rows:
            table = Table(box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True, show_edge=False)
            table.add_column("story", no_wrap=True)
            table.add_column("original", no_wrap=True, overflow="ellipsis", max_width=30)
            table.add_column("copies", justify="right")
            table.add_column("worst", no_wrap=True, min_width=8)
            for kind in kinds:
                table.add_column(kind.removesuffix("_changed").replace("_", "\n"), justify="right", overflow="fold")
            for r in rows:
                worst = Text(r["worst"], style=SEVERITY_STYLE.get(r["worst"], "")) if r["worst"] else Text("-", style="dim")
                cells = [str(r["kinds"][k]) if r["kinds"].get(k) else Text("·", style="dim") for k in kinds]
                copies = str(r["compared"]) + (f" +{r['errors']} failed" if r["errors"] else "")
                table.add_row(r["story"], r["original"], copies, worst, *cells)
            yield table
            yield Text("(a kind's column counts the copies of the story with at least one such finding)", style="dim")
            if hidden:
                yield Text(f"… {hidden} more stories (every row is in the JSON Lines output)", style="dim")
            yield Text("")
            yield Text("Originals:", style="bold")
            for r in rows:
                yield Text(f"  {r['story']}: {r['original']}: {r['reason']}")
        facts = self.facts()
        if facts:
            yield Text("")
            yield Text("Changed facts (in how many copies of the story):", style="bold")
            grid = Table.grid(padding=(0, 2), pad_edge=False)
            grid.add_column(overflow="fold")
            grid.add_column(no_wrap=True)
            for story, fact in facts[: self.max_facts]:
                grid.add_row(*fact_cells(fact, story))
            yield grid
            if len(facts) > self.max_facts:
                yield Text(f"  … and {len(facts) - self.max_facts} more", style="dim")
        singles = self.plan.singletons
        if singles:
            yield Text("")
            shown = ", ".join(singles[:20]) + (f", … ({len(singles) - 20} more)" if len(singles) > 20 else "")
            yield Text(f"In no story, not compared ({len(singles)}): {shown}")
        problems = [(a.id, a.error) for a in self.plan.unreadable] + [(r.id, r.error) for r in self.rows.errors]
        if problems:
            yield Text("")
            yield Text(f"Errors ({len(problems)}):", style="bold red")
            for aid, message in problems:
                message = message or ""
                yield Text(f"  {message}" if message.startswith(aid) else f"  {aid}: {message}")
        yield Text("")
        yield Text(self.rows.totals())


__all__ = ["SCHEMA", "FeedSummary"]
