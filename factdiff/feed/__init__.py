"""A day's feed: group articles into stories, check every copy against its wire original.

    from factdiff.feed import feed

    with feed(["articles/"], jobs=2) as run:     # FeedRun: an iterator of batch rows
        print(len(run.plan.stories), "stories;", len(run.plan.singletons), "in no story")
        for row in run:                          # BatchResult, as each comparison finishes
            print(row.id, row.verdict, row.worst)

``plan_feed`` reads and groups without comparing (``factdiff.feed.grouping`` uses
datasketch's MinHash LSH: the optional extra ``factdiff[feed]``); ``FeedSummary`` is the
per-story summary. Nothing here is imported by ``factdiff compare``.
"""

from __future__ import annotations

from .grouping import Grouping, group_articles, shingles
from .inputs import read_articles
from .model import Article, Story
from .originals import pick_original, wire_credit
from .run import FeedPlan, FeedRun, feed, plan_feed
from .summary import FeedSummary

__all__ = [
    "Article",
    "FeedPlan",
    "FeedRun",
    "FeedSummary",
    "Grouping",
    "Story",
    "feed",
    "group_articles",
    "pick_original",
    "plan_feed",
    "read_articles",
    "shingles",
    "wire_credit",
]
