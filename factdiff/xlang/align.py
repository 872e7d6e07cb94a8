"""Sentence alignment across languages, without machine translation.

Two versions of a story in different languages share few words but many *anchors*: numbers
(compared by value, so "1,403" and "1.403" in German are one anchor), dates and names (their
transliterated keys). Sentence lengths in characters are roughly proportional across a
translation (Gale & Church, 1993). The alignment is a dynamic programme over the two sentence
sequences with Gale–Church's length cost, lowered by shared anchors and raised a little by
anchors only one side has, over the moves 1-1, 1-2, 2-1, 1-0 and 0-1 (a dropped or an added
sentence). The programme runs in a band around the diagonal, so its cost is linear in the
number of sentences; a sentence moved far away (outside the band) is found afterwards from
its anchors: a dropped sentence and an added one sharing strong anchors are a move.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..report.model import AlignedGroup

#: Prior log-costs of the moves (Gale & Church's frequencies, with gaps a little dearer).
_PRIOR = {(1, 1): 0.0, (1, 0): 4.8, (0, 1): 4.8, (2, 1): 2.6, (1, 2): 2.6}
_VARIANCE = 6.8  # Gale & Church's s^2: variance of copy length per original character
#: Weight of a shared anchor by kind: a shared figure is strong evidence, a shared name less so.
ANCHOR_WEIGHT = {"number": 3.0, "date": 2.5, "name": 1.5, "quote": 1.0}
_SHARED_BONUS = 1.6  # cost removed per unit of shared anchor weight (capped below)
_ONE_SIDED = 0.6  # cost added per unit of anchor weight only one side of a pair has
_MIN_BAND = 12
_MOVE_MIN = 4.0  # shared anchor weight that makes a dropped and an added sentence a move


@dataclass(frozen=True)
class Unit:
    """What alignment needs of a sentence: its length (non-space characters) and anchors."""

    length: int
    anchors: frozenset[tuple[str, str]] = field(default_factory=frozenset)  # (kind, key)
    paragraph: int = 0


def _weight(anchors: frozenset[tuple[str, str]] | set[tuple[str, str]]) -> float:
    return sum(ANCHOR_WEIGHT.get(kind, 1.0) for kind, _ in anchors)


def _phi(x: float) -> float:
    return 0.5 * (1.0 + math.erf(x / math.sqrt(2.0)))


def length_cost(lo: int, lc: int, ratio: float) -> float:
    """Gale–Church: -log P(|delta|) of a copy of length ``lc`` for an original of length ``lo``."""
    if lo == 0 and lc == 0:
        return 0.0
    mean = (lo + lc / ratio) / 2.0
    delta = (lc - lo * ratio) / math.sqrt(max(mean, 1.0) * _VARIANCE)
    p = 2.0 * (1.0 - _phi(abs(delta)))
    return -math.log(max(p, 1e-12))


def anchor_cost(a: frozenset[tuple[str, str]], b: frozenset[tuple[str, str]], merged: bool = False) -> float:
    """Shared anchors lower the cost of pairing two stretches; one-sided ones raise it a little,
    and twice as much in a 2-1 or 1-2 merge (a merge of a translation keeps every figure of
    both sentences; a figure only one side has says the extra sentence is a gap instead)."""
    if not a and not b:
        return 0.0
    shared = _weight(a & b)
    one_sided = _weight(a ^ b)
    return -_SHARED_BONUS * min(shared, 9.0) + _ONE_SIDED * (2.0 if merged else 1.0) * min(one_sided, 9.0)


def _merge(units: Sequence[Unit], i: int, k: int) -> tuple[int, frozenset[tuple[str, str]]]:
    if k == 1:
        return units[i].length, units[i].anchors
    return units[i].length + units[i + 1].length, units[i].anchors | units[i + 1].anchors


def align_units(original: Sequence[Unit], copy: Sequence[Unit]) -> list[AlignedGroup]:
    """Align two sentence sequences; groups in reading order (moves marked ``moved``)."""
    n, m = len(original), len(copy)
    if n == 0 or m == 0:
        return [AlignedGroup((i,), (), 0.0) for i in range(n)] + [AlignedGroup((), (j,), 0.0) for j in range(m)]
    total_o = sum(u.length for u in original) or 1
    total_c = sum(u.length for u in copy) or 1
    ratio = total_c / total_o
    groups = _programme(original, copy, ratio)
    # a gap skews the length ratio of the whole texts: measured again on the 1-1 pairs
    ones = [(original[g.original[0]].length, copy[g.copy[0]].length) for g in groups
            if len(g.original) == 1 and len(g.copy) == 1]
    if len(ones) >= 1 and sum(a for a, _ in ones):
        again = sum(b for _, b in ones) / sum(a for a, _ in ones)
        if abs(again - ratio) > 0.05 * ratio:
            ratio = again
            groups = _programme(original, copy, ratio)
    return find_moves(groups, original, copy, ratio)


def _programme(original: Sequence[Unit], copy: Sequence[Unit], ratio: float) -> list[AlignedGroup]:
    """The banded dynamic programme, groups in order (gaps not yet paired into moves)."""
    n, m = len(original), len(copy)
    band = _MIN_BAND + abs(n - m)  # fixed width around the diagonal: linear in n
    inf = float("inf")
    cost: dict[tuple[int, int], float] = {(0, 0): 0.0}
    back: dict[tuple[int, int], tuple[int, int, float]] = {}
    for i in range(n + 1):
        centre = i * m / n
        lo_j, hi_j = max(0, int(centre) - band), min(m, int(math.ceil(centre)) + band)
        for j in range(lo_j, hi_j + 1):
            if i == 0 and j == 0:
                continue
            best, arg = inf, None
            for (di, dj), prior in _PRIOR.items():
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0:
                    continue
                prev = cost.get((pi, pj))
                if prev is None:
                    continue
                lo, ao = _merge(original, pi, di) if di else (0, frozenset())
                lc, ac = _merge(copy, pj, dj) if dj else (0, frozenset())
                if di and dj:
                    step = length_cost(lo, lc, ratio) + anchor_cost(ao, ac, di + dj > 2)
                else:  # a gap: dearer for a sentence with anchors (facts are rarely dropped)
                    step = 0.25 * _weight(ao or ac)
                c = prev + prior + step
                if c < best:
                    best, arg = c, (di, dj, step)
            if arg is not None:
                cost[(i, j)] = best
                back[(i, j)] = arg
    if (n, m) not in back:  # cannot happen with a band covering |n - m|; fall back to 1-1 then gaps
        return _diagonal(n, m)
    groups: list[AlignedGroup] = []
    i, j = n, m
    while i > 0 or j > 0:
        di, dj, step = back[(i, j)]
        groups.append(AlignedGroup(tuple(range(i - di, i)), tuple(range(j - dj, j)), _score(step, di, dj)))
        i, j = i - di, j - dj
    groups.reverse()
    return groups


def _score(step: float, di: int, dj: int) -> float:
    """A 0-1 similarity for the report from the step cost (lower cost, higher score)."""
    if not di or not dj:
        return 0.0
    return round(1.0 / (1.0 + math.exp(step / 3.0 - 0.5)), 3)


def _diagonal(n: int, m: int) -> list[AlignedGroup]:
    k = min(n, m)
    return (
        [AlignedGroup((i,), (i,), 0.5) for i in range(k)]
        + [AlignedGroup((i,), (), 0.0) for i in range(k, n)]
        + [AlignedGroup((), (j,), 0.0) for j in range(k, m)]
    )


def find_moves(
    groups: list[AlignedGroup], original: Sequence[Unit], copy: Sequence[Unit], ratio: float
) -> list[AlignedGroup]:
    """Pair a dropped original sentence with an added copy sentence sharing strong anchors: a move."""
    dropped = [g.original[0] for g in groups if g.original and not g.copy]
    added = [g.copy[0] for g in groups if g.copy and not g.original]
    if not dropped or not added:
        return groups
    by_anchor: dict[tuple[str, str], list[int]] = defaultdict(list)
    for j in added:
        for a in copy[j].anchors:
            by_anchor[a].append(j)
    candidates: list[tuple[float, int, int]] = []
    for i in dropped:
        seen: set[int] = set()
        for a in original[i].anchors:
            for j in by_anchor.get(a, ()):
                if j in seen:
                    continue
                seen.add(j)
                shared = _weight(original[i].anchors & copy[j].anchors)
                if shared >= _MOVE_MIN and length_cost(original[i].length, copy[j].length, ratio) < 8.0:
                    candidates.append((shared, i, j))
    if not candidates:
        return groups
    used_o: set[int] = set()
    used_c: set[int] = set()
    moves: dict[int, AlignedGroup] = {}
    for shared, i, j in sorted(candidates, key=lambda t: (-t[0], t[1], t[2])):
        if i in used_o or j in used_c:
            continue
        used_o.add(i)
        used_c.add(j)
        moves[i] = AlignedGroup((i,), (j,), round(min(1.0, shared / 9.0), 3), moved=True)
    out: list[AlignedGroup] = []
    for g in groups:
        if g.original and not g.copy and g.original[0] in moves:
            out.append(moves[g.original[0]])
        elif g.copy and not g.original and g.copy[0] in used_c:
            continue
        else:
            out.append(g)
    return out


__all__ = ["ANCHOR_WEIGHT", "Unit", "align_units", "anchor_cost", "find_moves", "length_cost"]
