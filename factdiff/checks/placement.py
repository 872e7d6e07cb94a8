"""Where a lost fact went: the copy's words that stand in its place.

A fact the copy dropped is quoted in the original only; but a translation rarely leaves a
hole, it puts something else there ("He Lifeng, a member of..." becomes "Any member
of..."). When the aligned pair's token diff replaces the lost words with others, the
copy span of the finding quotes those words, so an editor sees both sides of the
change and the side-by-side view can mark it.
"""

from __future__ import annotations

from dataclasses import replace

from ..registry import filters
from ..report.model import Finding
from .base import CheckContext
from .tokendiff import token_diff

NAME = "placement.v1"
PLACED_KINDS = frozenset({"fact_missing", "content_missing"})
MAX_STAND_IN = 12  # tokens: a longer replacement is a rewritten passage, not a stand-in


def _groups(ctx: CheckContext) -> dict[int, object]:
    by_sentence = {}
    for pair in ctx.pairs():
        for s in pair.original:
            by_sentence[s.index] = pair
    return by_sentence


@filters.register("factdiff.placement.v1")
def place_lost_facts(ctx: CheckContext, findings: list[Finding]) -> list[Finding]:
    """Give a missing fact the copy span of what replaced it, where something did."""
    todo = [f for f in findings if f.kind in PLACED_KINDS and f.copy is None and f.original is not None
            and f.original.sentence is not None]
    if not todo:
        return findings
    pairs = _groups(ctx)
    placed: dict[int, Finding] = {}
    for f in todo:
        pair = pairs.get(f.original.sentence)
        if pair is None:
            continue
        diff = token_diff(ctx, pair)
        where = diff.copy_counterpart(f.original.start, f.original.end)
        if where is None:
            continue
        stand_in = [t for t in diff.ctoks if where[0] <= t.start < where[1]]
        if not stand_in or len(stand_in) > MAX_STAND_IN or all(t.is_punct for t in stand_in):
            continue
        sentence = next((s.index for s in pair.copy if s.start <= where[0] < s.end), None)
        span = ctx.cspan(where[0], where[1], sentence)
        placed[id(f)] = replace(f, copy=span, message=f"{f.message}; in its place: '{span.text}'",
                                details={**f.details, "in_its_place": span.text})
    return [placed.get(id(f), f) for f in findings]
