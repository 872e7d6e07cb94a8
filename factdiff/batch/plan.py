"""Cut a batch into tasks so that every distinct document is parsed exactly once.

Comparisons are ordered by original (a group shares its original) and each group is
cut into chunks; one task compares one chunk, parsing the chunk's documents together in
one batched ``nlp.pipe`` pass. A document that more than one chunk needs (the
original of a large group, a copy used in several rows) is parsed first, once,
by a parse task, and its ParsedDocument is shipped to the chunks that need it.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from .model import Comparison, DocSpec

MAX_CHUNK = 8


@dataclass
class Chunk:
    """One compare task: comparisons, the documents they use, and which must be parsed first."""

    comparisons: list[Comparison]
    docs: dict[str, DocSpec] = field(default_factory=dict)
    shared: set[str] = field(default_factory=set)  # keys parsed by a parse task beforehand


@dataclass
class Plan:
    parse_chunks: list[list[DocSpec]]
    chunks: list[Chunk]
    chunk_size: int


def chunk_size_for(count: int, workers: int, chunk_size: int | None = None) -> int:
    """About four tasks per worker (load balance, steady streaming), at most MAX_CHUNK each."""
    if chunk_size:
        return max(1, chunk_size)
    return max(1, min(MAX_CHUNK, math.ceil(count / (max(1, workers) * 4))))


def make_plan(comparisons: list[Comparison], workers: int, chunk_size: int | None = None) -> Plan:
    """Group by original, chunk, and find the documents more than one chunk needs."""
    by_original: dict[str, list[Comparison]] = {}
    for comparison in comparisons:
        assert comparison.original is not None and comparison.copy is not None
        by_original.setdefault(comparison.original.key, []).append(comparison)
    size = chunk_size_for(len(comparisons), workers, chunk_size)
    # a chunk never mixes groups: a group of up to `size` copies (most stories of a feed)
    # parses its original in its own chunk, and only larger groups share theirs
    chunks = [Chunk(group[i : i + size]) for group in by_original.values() for i in range(0, len(group), size)]
    users: Counter[str] = Counter()
    for chunk in chunks:
        for comparison in chunk.comparisons:
            for spec in (comparison.original, comparison.copy):
                assert spec is not None
                chunk.docs.setdefault(spec.key, spec)
        users.update(chunk.docs.keys())
    shared: dict[str, DocSpec] = {}
    for chunk in chunks:  # originals come first in each chunk's docs: parse them first
        for key, spec in chunk.docs.items():
            if users[key] > 1:
                chunk.shared.add(key)
                shared.setdefault(key, spec)
    docs = list(shared.values())
    parse_size = max(1, min(MAX_CHUNK // 2, math.ceil(len(docs) / max(1, workers)))) if docs else 1
    parse_chunks = [docs[i : i + parse_size] for i in range(0, len(docs), parse_size)]
    return Plan(parse_chunks=parse_chunks, chunks=chunks, chunk_size=size)
