"""Walks over the WordNet graph: hypernym closures, depths, Wu-Palmer, clusters.

Why a separate module: the reader only parses lines; these functions decide
what "close" means (which arcs count, how far to walk) and cache their
results per synset, so ranking a sentence's replacements stays cheap.
"""

from __future__ import annotations

from functools import lru_cache

from .wordnet import Synset, WordNet

Key = tuple[str, int]

HYPERNYM = ("@", "@i")
HYPONYM = ("~", "~i")
# Arcs that tie two synsets without one being a kind of the other.
ASSOCIATIVE = (
    "+",  # derivationally related form
    "\\",  # pertainym / derived from adjective
    "=",  # attribute
    "$",  # verb group
    "*",  # entailment
    ">",  # cause
    "^",  # also see
    "&",  # similar to (adjective clusters)
    "#m", "#s", "#p",  # holonyms
    "%m", "%s", "%p",  # meronyms
)


class Graph:
    """Cached graph queries over one :class:`WordNet`."""

    def __init__(self, wn: WordNet) -> None:
        self.wn = wn

    @lru_cache(maxsize=65536)  # noqa: B019 - one long-lived instance per database
    def hypernym_distances(self, key: Key) -> dict[Key, int]:
        """Every hypernym (and instance hypernym) of *key* with its shortest distance."""
        dist = {key: 0}
        frontier = [key]
        d = 0
        while frontier:
            d += 1
            nxt = []
            for k in frontier:
                s = self.wn.get(k)
                if s is None:
                    continue
                for h in s.related(*HYPERNYM):
                    if h not in dist:
                        dist[h] = d
                        nxt.append(h)
            frontier = nxt
        return dist

    @lru_cache(maxsize=65536)  # noqa: B019
    def depth(self, key: Key) -> int:
        """Longest hypernym path to a root (roots have depth 0)."""
        s = self.wn.get(key)
        if s is None:
            return 0
        hs = s.related(*HYPERNYM)
        return 1 + max(self.depth(h) for h in hs) if hs else 0

    def lowest_common(self, a: Key, b: Key) -> tuple[Key, int, int] | None:
        """The closest shared hypernym of two synsets: (key, dist from a, dist from b).

        Closest = smallest summed distance, ties broken by the deepest node.
        """
        da, db = self.hypernym_distances(a), self.hypernym_distances(b)
        best = None
        for k, d1 in da.items():
            d2 = db.get(k)
            if d2 is None:
                continue
            rank = (d1 + d2, -self.depth(k))
            if best is None or rank < best[0]:
                best = (rank, k, d1, d2)
        return None if best is None else (best[1], best[2], best[3])

    def wup(self, a: Key, b: Key) -> float:
        """Wu-Palmer similarity 2*depth(lcs) / (len(a) + len(b)), counted in nodes."""
        if a == b:
            return 1.0
        da, db = self.hypernym_distances(a), self.hypernym_distances(b)
        best = 0.0
        for k, d1 in da.items():
            d2 = db.get(k)
            if d2 is None:
                continue
            depth = self.depth(k) + 1
            best = max(best, 2.0 * depth / (d1 + d2 + 2 * depth))
        return best

    def cluster_head(self, s: Synset) -> Key:
        """An adjective satellite's head synset (itself for heads and non-adjectives)."""
        if s.pos == "s":
            heads = s.related("&")
            if heads:
                return heads[0]
        return s.key

    def linked(self, a: Synset, b: Synset) -> bool:
        """True if one associative arc joins the two synsets (either direction)."""
        return b.key in a.related(*ASSOCIATIVE) or a.key in b.related(*ASSOCIATIVE)


__all__ = ["ASSOCIATIVE", "HYPERNYM", "HYPONYM", "Graph", "Key"]
