"""Group a feed's articles into stories: near-duplicate detection with MinHash LSH.

Each article is reduced to the set of its *shingles*: every run of ``SHINGLE`` words of
its body (headline, dateline and credits left out: they are the outlet's, not the
story's), words taken from the text normalised as ``compare`` matches it (case, quotes,
dashes, invisible characters). datasketch's MinHash LSH proposes the pairs of articles
that share many shingles without comparing every pair; each proposed pair is then
checked on the exact sets: two articles are copies of one story when the shorter one
has at least ``containment`` of its shingles in the other (a trimmed copy is mostly
inside its original, whatever it dropped). Stories are the connected groups.

Why shingles of words and not of characters: a copy that changes a figure or a
spelling changes only the few shingles around it, and two stories about one event,
which share names, places and dates but not sentences, share almost no run of five
words.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..errors import Errors, OptionError
from ..ingest import Source, match_key, segment

#: Words per shingle.
SHINGLE = 5
#: Share of the shorter article's shingles that must be in the other one.
CONTAINMENT = 0.5
#: The LSH index proposes the pairs whose estimated Jaccard similarity is about this or
#: more (weighted towards recall): a copy trimmed to a third of its original is proposed.
LSH_THRESHOLD = 0.25
NUM_PERM = 128
_WORD = re.compile(r"\w+")


def require_datasketch() -> None:
    """Raise E090 (one line, exit 2) when the ``feed`` extra is not installed."""
    try:
        import datasketch  # noqa: F401
    except ImportError:
        raise OptionError(Errors.E090) from None


def shingles(source: Source) -> set[int]:
    """The article's body as a set of hashed runs of ``SHINGLE`` words (crc32: stable across processes)."""
    text = source.text
    body = " ".join(text[s.start : s.end] for s in segment(source) if s.role == "body")
    words = _WORD.findall(match_key(body))
    if not words:
        return set()
    if len(words) < SHINGLE:
        return {zlib.crc32(" ".join(words).encode("utf-8", "surrogatepass"))}
    return {
        zlib.crc32(" ".join(words[i : i + SHINGLE]).encode("utf-8", "surrogatepass"))
        for i in range(len(words) - SHINGLE + 1)
    }


@dataclass
class Grouping:
    """Stories as lists of article ids (input order; stories ordered by their first member),
    the articles that joined none, and how many pairs the index proposed and the check kept."""

    stories: list[list[str]]
    singletons: list[str]
    proposed: int = 0
    linked: int = 0


def group_articles(
    ids: Sequence[str],
    texts: Mapping[str, Source],
    *,
    containment: float = CONTAINMENT,
    lsh_threshold: float = LSH_THRESHOLD,
    num_perm: int = NUM_PERM,
) -> Grouping:
    """Group the articles ``ids`` (each with its text in ``texts``) into stories."""
    require_datasketch()
    from datasketch import MinHash, MinHashLSH

    sets = [shingles(texts[i]) for i in ids]
    base = MinHash(num_perm=num_perm, seed=1)
    sketches: dict[int, MinHash] = {}
    for n, hashed in enumerate(sets):
        if hashed:
            m = MinHash(num_perm=num_perm, hashfunc=_same, permutations=base.permutations, scheme=base.scheme)
            m.update_batch(list(hashed))
            sketches[n] = m
    parent = list(range(len(ids)))

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    proposed = linked = 0
    lsh = MinHashLSH(threshold=lsh_threshold, num_perm=num_perm, weights=(0.2, 0.8))
    for n, m in sketches.items():
        for other in lsh.query(m):  # articles before this one: each pair is looked at once
            proposed += 1
            a, b = root(n), root(other)
            if a == b:
                continue
            small, large = (sets[n], sets[other]) if len(sets[n]) <= len(sets[other]) else (sets[other], sets[n])
            if len(small & large) >= containment * len(small):
                linked += 1
                parent[max(a, b)] = min(a, b)  # the earliest article is the root: stable story order
        lsh.insert(n, m)
    members: dict[int, list[str]] = {}
    for n, aid in enumerate(ids):
        members.setdefault(root(n), []).append(aid)
    groups = [members[r] for r in sorted(members)]
    return Grouping(
        stories=[g for g in groups if len(g) > 1],
        singletons=[g[0] for g in groups if len(g) == 1],
        proposed=proposed,
        linked=linked,
    )


def _same(value: int) -> int:
    """The shingles are hashed already (crc32, 32 bits: what datasketch's default scheme takes)."""
    return value
