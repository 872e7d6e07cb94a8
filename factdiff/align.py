"""Sentence alignment between an original and a copy, moves included.

Copies reorder, split, merge, drop and add sentences, and translation rewords
almost everything, so similarity rests on what survives translation best:
names, figures and the rarer content words, weighted by IDF over both texts.

1. Candidate pairs come from an inverted index of features (linear, not n x m).
2. A greedy global matching takes 1-1 pairs above a threshold, best first.
3. Neighbours that raise a pair's similarity join it (1-2 splits, 2-1 merges).
4. Leftovers are matched with a lower threshold inside the gaps between anchors.
5. Groups out of order (not on the longest increasing subsequence) are moves.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import repeat

from .facts.model import ParsedDocument, Sentence
from .report.model import AlignedGroup

MAX_CANDIDATES = 24
VOTING_FEATURES = 10  # a sentence proposes candidates through its rarest features only
MAX_POSTING = 120  # features in more copy sentences than this propose no candidates
GAP_FACTOR = 0.55  # leftovers inside a gap need only this share of the threshold
JOIN_GAIN = 0.02  # a neighbour joins a group when it raises similarity by this much
SMALL_GAP = 3  # a gap with at most this many leftovers a side is also compared letter by letter
SURFACE_RATIO = 70.0  # ...and two of its sentences pair when their text is this similar (0-100)
WEAK_MOVE = 0.4  # an out-of-order pair under this similarity may be a split half taken by mistake


def features(sentence: Sentence) -> Counter[str]:
    """What two corresponding sentences are likely to share after translation."""
    out: Counter[str] = Counter()
    for t in sentence.tokens:
        if t.is_punct:
            continue
        if t.pos == "NUM":
            out["#" + t.text.replace(",", "").lower()] += 1
        elif t.is_content:
            word = t.text.lower() if t.pos == "PROPN" else t.norm
            out[word[:7]] += 1
    for m in sentence.mentions:
        out["@" + m.canonical] += 1
    for n in sentence.numbers:
        low = getattr(n.quantity, "low", None)
        if low is not None:
            out[f"={low:g}"] += 1
    return out


class Aligner:
    """Holds features and weights for one document pair."""

    def __init__(self, original: ParsedDocument, copy: ParsedDocument, threshold: float) -> None:
        self.threshold = threshold
        self.o = list(original.sentences)
        self.c = list(copy.sentences)
        self.fo = [features(s) if s.is_body else Counter() for s in self.o]
        self.fc = [features(s) if s.is_body else Counter() for s in self.c]
        df: Counter[str] = Counter()
        for f in (*self.fo, *self.fc):
            df.update(f.keys())
        n = max(1, len(self.fo) + len(self.fc))
        self.idf = {w: math.log(1 + n / d) * (1.6 if w[0] in "@#=" else 1.0) for w, d in df.items()}
        self.df = df
        # each sentence's own weight, summed once (sim_feats would sum it for every candidate)
        self.wo = [self.weight(f.keys()) for f in self.fo]
        self.wc = [self.weight(f.keys()) for f in self.fc]

    # ------------------------------------------------------------ similarity
    def weight(self, feats: Iterable[str]) -> float:
        return sum(map(self.idf.get, feats, repeat(0.0)))  # = sum(idf.get(w, 0.0) for w in feats), in C

    def sim_feats(self, a: Counter[str], b: Counter[str]) -> float:
        if not a or not b:
            return 0.0
        shared = a.keys() & b.keys()
        total = self.weight(a.keys()) + self.weight(b.keys())
        return 2 * self.weight(shared) / total if total else 0.0

    def group_sim(self, oi: Iterable[int], ci: Iterable[int]) -> float:
        a: Counter[str] = Counter()
        b: Counter[str] = Counter()
        for i in oi:
            a.update(self.fo[i])
        for j in ci:
            b.update(self.fc[j])
        return self.sim_feats(a, b)

    # ------------------------------------------------------------ candidates
    def candidates(self) -> dict[tuple[int, int], float]:
        index: dict[str, list[int]] = defaultdict(list)
        for j, f in enumerate(self.fc):
            for w in f:
                index[w].append(j)
        scores: dict[tuple[int, int], float] = {}
        for i, f in enumerate(self.fo):
            if not f:
                continue
            votes: Counter[int] = Counter()
            rare = sorted(f, key=lambda w: self.df[w])[:VOTING_FEATURES]
            for w in rare:
                posting = index.get(w, ())
                if len(posting) > MAX_POSTING:
                    continue
                for j in posting:
                    votes[j] += self.idf[w]
            for j, _ in votes.most_common(MAX_CANDIDATES):  # = self.sim_feats(f, self.fc[j]), sums kept
                g = self.fc[j]
                total = self.wo[i] + self.wc[j]
                scores[(i, j)] = 2 * self.weight(f.keys() & g.keys()) / total if g and total else 0.0
        return scores

    # ------------------------------------------------------------ alignment
    def align(self) -> list[AlignedGroup]:
        scores = self.candidates()
        o_of: dict[int, int] = {}  # copy sentence -> group id
        groups: list[tuple[list[int], list[int]]] = []
        g_of: dict[int, int] = {}  # original sentence -> group id
        for (i, j), s in sorted(scores.items(), key=lambda kv: -kv[1]):
            if s < self.threshold:
                break
            if i in g_of or j in o_of:
                continue
            g_of[i] = o_of[j] = len(groups)
            groups.append(([i], [j]))
        self._labelled_lines(groups, g_of, o_of)
        self._join_neighbours(groups, g_of, o_of)
        self._fill_gaps(groups, g_of, o_of, scores)
        self._fill_small_gaps(groups, g_of, o_of)
        self._join_neighbours(groups, g_of, o_of)
        groups = self._release_weak_moves(groups, g_of, o_of)
        return self._finish(groups, g_of, o_of)

    def _release_weak_moves(self, groups, g_of, o_of):
        """A weak out-of-order pair whose copy sentence completes an in-order neighbour is a
        split half taken by a sentence the copy dropped: give it back.

        A trimmed copy leaves the original's tail without partners; a tail sentence then
        takes, just above the threshold, a sentence that is half of a split ("X has been in
        power since 1994." beside "One of the closest allies...") and reads as moved with
        its facts changed. When that copy sentence raises the similarity of the in-order
        group next to it, it belongs there, and the original sentence is dropped.
        """
        paired = sorted((g for g in groups if g[0] and g[1]), key=lambda g: min(g[0]))
        moved_at = _out_of_order([min(ci) for _, ci in paired])
        moved = [paired[k] for k in moved_at]
        moved_ids = {id(g) for g in moved}
        drop: set[int] = set()
        for oi, ci in moved:
            if len(oi) != 1 or len(ci) != 1 or self.group_sim(oi, ci) >= WEAK_MOVE:
                continue
            j = ci[0]
            if not self.c[j].is_body:
                continue
            best = None
            for nj in (j - 1, j + 1):
                gid = o_of.get(nj)
                if gid is None or gid == o_of[j] or id(groups[gid]) in moved_ids or gid in drop:
                    continue
                no, nc = groups[gid]
                if not self.o[no[0]].is_body:
                    continue
                gain = self.group_sim(no, [*nc, j]) - self.group_sim(no, nc)
                if gain > JOIN_GAIN and (best is None or gain > best[0]):
                    best = (gain, gid)
            if best is None:
                continue
            drop.add(o_of[j])
            del g_of[oi[0]]
            groups[best[1]][1].append(j)
            groups[best[1]][1].sort()
            o_of[j] = best[1]
        if not drop:
            return groups
        kept = [g for gid, g in enumerate(groups) if gid not in drop]
        g_of.clear()
        o_of.clear()
        for gid, (oi, ci) in enumerate(kept):
            g_of.update(dict.fromkeys(oi, gid))
            o_of.update(dict.fromkeys(ci, gid))
        return kept

    def _labelled_lines(self, groups, g_of, o_of) -> None:
        """Headlines, datelines and credits pair only with an identical line of the same role."""
        from .facts.keys import squash

        for i, s in enumerate(self.o):
            if s.is_body or i in g_of:
                continue
            for j, t in enumerate(self.c):
                if j not in o_of and t.role == s.role and squash(t.text) == squash(s.text):
                    g_of[i] = o_of[j] = len(groups)
                    groups.append(([i], [j]))
                    break

    def _join_neighbours(self, groups, g_of, o_of) -> None:
        for gid, (oi, ci) in enumerate(groups):
            if not (self.o[oi[0]].is_body and self.c[ci[0]].is_body):
                continue
            changed = True
            while changed:
                changed = False
                base = self.group_sim(oi, ci)
                for j in (min(ci) - 1, max(ci) + 1):
                    if 0 <= j < len(self.c) and j not in o_of and self.c[j].is_body:
                        new = self.group_sim(oi, [*ci, j])
                        if new > base + JOIN_GAIN and self.sim_feats(self._sum(oi, self.fo), self.fc[j]) > 0.08:
                            ci.append(j)
                            ci.sort()
                            o_of[j] = gid
                            changed = True
                            break
                if changed:
                    continue
                for i in (min(oi) - 1, max(oi) + 1):
                    if 0 <= i < len(self.o) and i not in g_of and self.o[i].is_body:
                        new = self.group_sim([*oi, i], ci)
                        if new > base + JOIN_GAIN and self.sim_feats(self.fo[i], self._sum(ci, self.fc)) > 0.08:
                            oi.append(i)
                            oi.sort()
                            g_of[i] = gid
                            changed = True
                            break

    @staticmethod
    def _sum(idx: list[int], feats: list[Counter[str]]) -> Counter[str]:
        total: Counter[str] = Counter()
        for k in idx:
            total.update(feats[k])
        return total

    def _fill_gaps(self, groups, g_of, o_of, scores) -> None:
        """Match leftovers that sit between the same anchors, with a lower bar."""
        anchors = sorted((min(oi), min(ci)) for oi, ci in groups if oi and ci)
        anchor_o = [a for a, _ in anchors]
        pending = []
        for (i, j), s in scores.items():
            if i in g_of or j in o_of or s < self.threshold * GAP_FACTOR:
                continue
            k = bisect_left(anchor_o, i)
            lo = anchors[k - 1][1] if k > 0 else -1
            hi = anchors[k][1] if k < len(anchors) else len(self.c)
            if lo < j < hi:
                pending.append((s, i, j))
        for _s, i, j in sorted(pending, reverse=True):
            if i in g_of or j in o_of:
                continue
            g_of[i] = o_of[j] = len(groups)
            groups.append(([i], [j]))

    def _fill_small_gaps(self, groups, g_of, o_of) -> None:
        """Pair short leftovers whose text is mostly the same letters.

        Word features can miss a short sentence whose one content word changed ("The move
        was illegal." / "The move was legal.": spaCy lists "move" as a stop word). Inside a
        small gap between anchors (or a document of a few sentences), compare the leftover
        sentences' surface text instead; small gaps only, so this stays linear.
        """
        from rapidfuzz import fuzz

        from .ingest.normalize import match_key

        anchors = sorted((min(oi), min(ci)) for oi, ci in groups if oi and ci)
        bounds = [(-1, -1), *anchors, (len(self.o), len(self.c))]
        for (o_lo, c_lo), (o_hi, c_hi) in zip(bounds, bounds[1:], strict=False):
            if c_hi <= c_lo:
                continue  # a move between these anchors: no gap to read in order
            left_o = [i for i in range(o_lo + 1, o_hi) if i not in g_of and self.o[i].is_body]
            left_c = [j for j in range(c_lo + 1, c_hi) if j not in o_of and self.c[j].is_body]
            if not left_o or not left_c or len(left_o) > SMALL_GAP or len(left_c) > SMALL_GAP:
                continue
            scored = sorted(
                (
                    (fuzz.ratio(match_key(self.o[i].text), match_key(self.c[j].text)), i, j)
                    for i in left_o
                    for j in left_c
                ),
                reverse=True,
            )
            for ratio, i, j in scored:
                if ratio < SURFACE_RATIO:
                    break
                if i in g_of or j in o_of:
                    continue
                g_of[i] = o_of[j] = len(groups)
                groups.append(([i], [j]))

    def _finish(self, groups, g_of, o_of) -> list[AlignedGroup]:
        paired = sorted(groups, key=lambda g: min(g[0]))
        moved = _out_of_order([min(ci) for _, ci in paired])
        result: list[tuple[float, AlignedGroup]] = []
        for k, (oi, ci) in enumerate(paired):
            result.append(
                (min(oi), AlignedGroup(tuple(oi), tuple(ci), self.group_sim(oi, ci), k in moved))
            )
        for i in range(len(self.o)):
            if i not in g_of:
                result.append((i, AlignedGroup((i,), (), 0.0)))
        ordered = [g for _, g in sorted(result, key=lambda x: x[0])]
        # copy-only sentences go right after the last group holding an earlier copy sentence
        starts = {min(g.copy): n for n, g in enumerate(ordered) if g.copy}
        pos_of = [0] * (len(self.c) + 1)  # copy index -> where an unpaired copy sentence goes
        running = 0
        for j in range(len(self.c) + 1):
            pos_of[j] = running
            if j in starts:
                running = max(running, starts[j] + 1)
        inserts: dict[int, list[AlignedGroup]] = defaultdict(list)
        for j in range(len(self.c)):
            if j not in o_of:
                inserts[pos_of[j]].append(AlignedGroup((), (j,), 0.0))
        out: list[AlignedGroup] = []
        for n in range(len(ordered) + 1):
            out.extend(inserts.get(n, ()))
            if n < len(ordered):
                out.append(ordered[n])
        return out


def _out_of_order(seq: list[int]) -> set[int]:
    """Positions not on one longest increasing subsequence of ``seq``."""
    if not seq:
        return set()
    tails: list[int] = []
    tails_idx: list[int] = []
    prev = [-1] * len(seq)
    for k, v in enumerate(seq):
        p = bisect_left(tails, v)
        if p == len(tails):
            tails.append(v)
            tails_idx.append(k)
        else:
            tails[p] = v
            tails_idx[p] = k
        prev[k] = tails_idx[p - 1] if p > 0 else -1
    keep = set()
    k = tails_idx[-1]
    while k >= 0:
        keep.add(k)
        k = prev[k]
    return set(range(len(seq))) - keep


def align(original: ParsedDocument, copy: ParsedDocument, threshold: float = 0.22) -> list[AlignedGroup]:
    """Align the sentences of two parsed documents."""
    return Aligner(original, copy, threshold).align()


def aligned_share(groups: list[AlignedGroup], original: ParsedDocument) -> float:
    """Share of the original's body sentences that found a counterpart."""
    body = [s.index for s in original.sentences if s.is_body]
    if not body:
        return 0.0
    paired = {i for g in groups if g.copy and g.original for i in g.original}
    return sum(1 for i in body if i in paired) / len(body)
