"""``feed``: read a day's articles, group them into stories, compare each copy with its original.

The comparisons run on the batch machinery (:func:`factdiff.batch.run_batch`: the same
tasks, workers, Dask engine, parse-once and paragraph cache); each row is a batch row
with the story it belongs to::

    {"id": COPY, "story": "story-0003", "original": ORIGINAL, "copy": COPY, "report": {...}}

so ``--resume`` and every tool that reads batch rows work on feed rows too.
"""

from __future__ import annotations

import os
import time
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..batch import BatchResult, Comparison, run_batch
from ..batch.run import BatchRun
from .grouping import Grouping, group_articles, require_datasketch
from .inputs import read_articles
from .model import Article, Story
from .originals import pick_original

if TYPE_CHECKING:  # pragma: no cover
    from ..settings import Settings


@dataclass
class FeedPlan:
    """What the feed found before comparing: its articles, stories and singletons."""

    articles: list[Article]
    stories: list[Story]
    singletons: list[str]
    unreadable: list[Article] = field(default_factory=list)
    grouping: Grouping | None = None
    seconds: dict[str, float] = field(default_factory=dict)  # reading, grouping

    def comparisons(self) -> list[Comparison]:
        """One batch comparison per copy: the copy's id is the row id."""
        spec = {a.id: a.spec for a in self.articles}
        return [
            Comparison(copy, spec[story.original], spec[copy], extra=(("story", story.id),))
            for story in self.stories
            for copy in story.copies
        ]

    def story_of(self) -> dict[str, str]:
        return {m: s.id for s in self.stories for m in s.members}


def plan_feed(
    inputs: Sequence[str | os.PathLike[str]],
    *,
    original_source: str | None = None,
    encoding: str | None = None,
    max_bytes: int = 10_000_000,
) -> FeedPlan:
    """Read the inputs, group the articles into stories and pick each story's original."""
    require_datasketch()
    t0 = time.perf_counter()
    articles, texts = read_articles(inputs, encoding=encoding, max_bytes=max_bytes)
    t1 = time.perf_counter()
    readable = [a for a in articles if a.error is None]
    grouping = group_articles([a.id for a in readable], texts)
    by_id = {a.id: a for a in articles}
    stories = []
    for n, members in enumerate(grouping.stories, start=1):
        original, reason, credit = pick_original([by_id[m] for m in members], texts, original_source)
        stories.append(Story(f"story-{n:04d}", members, original, reason, credit))
    t2 = time.perf_counter()
    return FeedPlan(
        articles, stories, grouping.singletons, [a for a in articles if a.error is not None], grouping,
        {"reading": t1 - t0, "grouping": t2 - t1},
    )


class FeedRun(Iterator[BatchResult]):
    """The rows of a running feed (a :class:`~factdiff.batch.BatchRun` underneath) and its plan."""

    def __init__(self, plan: FeedPlan, batch: BatchRun) -> None:
        self.plan = plan
        self.batch = batch

    @property
    def total(self) -> int:
        return self.batch.total

    @property
    def stats(self):
        return self.batch.stats

    def start(self) -> FeedRun:
        self.batch.start()
        return self

    def __iter__(self) -> FeedRun:
        return self

    def __next__(self) -> BatchResult:
        return next(self.batch)

    def close(self) -> None:
        self.batch.close()

    def __enter__(self) -> FeedRun:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def feed(
    inputs: Sequence[str | os.PathLike[str]] | FeedPlan,
    settings: Settings | None = None,
    *,
    original_source: str | None = None,
    jobs: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    skip: Collection[str] = (),
) -> FeedRun:
    """Group the feed's articles into stories and compare every copy with its story's original.

    ``inputs`` are files, folders and JSON Lines/CSV row files (see ``factdiff.feed.inputs``),
    or a plan made by :func:`plan_feed`. Copies whose id is in ``skip`` are not compared
    (``--resume``). Iterate the returned run for the rows, as they finish.
    """
    from ..settings import Settings

    settings = settings or Settings()
    plan = inputs if isinstance(inputs, FeedPlan) else plan_feed(
        inputs, original_source=original_source, encoding=settings.encoding, max_bytes=settings.max_bytes
    )
    batch = run_batch(plan.comparisons(), settings, jobs=jobs, engine=engine, scheduler=scheduler, skip=skip)
    return FeedRun(plan, batch)
