"""Antonymy ("rose" vs "fell"): WordNet's antonym arcs, extended, plus a small list.

Why extended: WordNet stores antonymy between single words ("increase" !
"decrease"), so a copy that says "fell" for "increased" is missed unless we
also accept, for a word's commoner senses:

* the other words of the antonym's synset ("decrease, diminish, lessen, fall");
* antonyms stated on a synonym ("ally" shares a synset with "friend" ! "foe");
* the satellites of an adjective cluster ("big" ~ "large" ! "small" ~ "tiny");
* kinds of the antonym, up to two hypernym steps ("reduce" is a kind of
  "decrease", so it opposes "increase"), and antonyms of the word's direct
  hypernym ("raise" is a kind of "increase", so it opposes "cut");
* one derivational step ("rise" the noun vs "fall" the verb).

Direct word-to-word antonyms count for every sense.  What WordNet lacks
entirely lives in ``polarity_pairs.txt`` with the reason for each entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .graph import Graph, Key
from .wordnet import POS_LETTERS, Synset, WordNet, normalize_lemma

SUPPLEMENT_FILE = "polarity_pairs.txt"
# Only a word's commoner senses are widened: rare senses drag in odd pairs.
EXPAND_SENSES = 4
# Hypernym steps allowed: the word itself may climb ANCESTOR_HOPS to find an
# antonym arc, the other word KIND_OF_HOPS to reach the opposed synset.
ANCESTOR_HOPS = 1
KIND_OF_HOPS = 2
# ...but not below a top-level synset: every verb of change is a kind of "change",
# the antonym of "remain", yet "shut" does not oppose "remain" (and "leave alone" is
# a kind of "refrain", the antonym of "act"; "keep" does not oppose "leave").
MIN_KIND_DEPTH = 1


@dataclass(frozen=True)
class Opposites:
    """What one lemma (in one POS) is opposed to."""

    words: frozenset[str]  # lemmas named as antonyms
    synsets: frozenset[Key]  # synsets whose members (and kinds) are opposed


def _antonym_targets(wn: WordNet, s: Synset, lemma: str | None) -> list[tuple[Synset, str | None]]:
    """Synsets reached by '!' from *lemma*'s word in *s* (from any word if None)."""
    idx = s.word_index(lemma) if lemma else 0
    out = []
    for p in s.pointers_of("!"):
        if lemma and p.source and p.source != idx:
            continue
        t = wn.synset(p.pos, p.offset)
        if t is not None:
            word = t.words[p.target - 1] if 0 < p.target <= len(t.words) else None
            out.append((t, word))
    return out


def _cluster(wn: WordNet, head: Synset) -> list[Synset]:
    """An adjective head synset and all its satellites."""
    out = [head]
    for key in head.related("&"):
        sat = wn.get(key)
        if sat is not None:
            out.append(sat)
    return out


@lru_cache(maxsize=16384)
def opposites(wn: WordNet, graph: Graph, lemma: str, pos: str, derive: bool = True) -> Opposites:
    """Everything WordNet lets us call the opposite of *lemma* (exact lemma, one POS)."""
    words: set[str] = set()
    synsets: set[Key] = set()
    for rank, s in enumerate(wn.synsets(lemma, pos)):
        for _t, word in _antonym_targets(wn, s, lemma):
            if word:
                words.add(word)
        if rank >= EXPAND_SENSES:
            continue
        sources = [s]
        if s.pos == "s":  # a satellite inherits its head's antonyms
            head = wn.get(graph.cluster_head(s))
            if head is not None:
                sources.append(head)
        if derive:  # "raise" is a kind of "increase", which opposes "decrease"
            for key, d in graph.hypernym_distances(s.key).items():
                up = wn.get(key) if 0 < d <= ANCESTOR_HOPS else None
                if up is not None:
                    sources.append(up)
        for src in sources:
            for t, _ in _antonym_targets(wn, src, None):
                targets = _cluster(wn, t) if t.pos in ("a", "s") else [t]
                for x in targets:
                    synsets.add(x.key)
                    words.update(x.words)
        if derive:
            for p in s.pointers_of("+"):
                if p.source and p.source != s.word_index(lemma):
                    continue
                d = wn.synset(p.pos, p.offset)
                if d is None or not (0 < p.target <= len(d.words)):
                    continue
                dpos = "a" if d.pos == "s" else d.pos
                # Words only: the kind-of test below stays within one POS.
                words.update(opposites(wn, graph, d.words[p.target - 1], dpos, False).words)
    words.discard(lemma)
    return Opposites(frozenset(words), frozenset(synsets))


def opposed(wn: WordNet, graph: Graph, lemma: str, pos: str, others: set[str],
            kinds: set[str] | None = None, near: int = 0) -> bool:
    """True if some form in *others* is an opposite of *lemma* (see module docstring).

    Named antonym words match in any POS; the kind-of test only in *pos*, and
    only for *kinds* (the other word's base forms in *pos*; default *others*):
    "buildings" has the verb lemma "build", but the noun "build" (a physique)
    must not make "building" a kind of "natural object", the opposite of
    "artifact", the hypernym of "structure".  *near* steps below a top-level
    synset are allowed too (1 where both words were reached by a derivation:
    "departure" -> "depart", a kind of "leave", the antonym of "arrive").
    """
    opp = opposites(wn, graph, lemma, pos)
    if opp.words & others:
        return True
    if not opp.synsets:
        return False
    for other in others if kinds is None else kinds:
        for rank, s in enumerate(wn.synsets(other, pos)):
            if rank >= EXPAND_SENSES:
                break
            dist = graph.hypernym_distances(s.key)
            if any(k in opp.synsets and (d <= near or d <= KIND_OF_HOPS and graph.depth(k) >= MIN_KIND_DEPTH)
                   for k, d in dist.items()):
                return True
    return False


@lru_cache(maxsize=16384)
def derived_forms(wn: WordNet, lemma: str, pos: str) -> tuple[tuple[str, str], ...]:
    """(lemma, POS) of the word-to-word derivations of *lemma*'s commoner senses.

    Derivation ("+": "arrival" -> "arrive", "birth" -> "bear") and, for
    adverbs, the adjective they come from ("\\": "rarely" -> "rare").  Word-level
    arcs only: a derivation belongs to one sense of one word.
    """
    out: dict[tuple[str, str], None] = {}
    for rank, s in enumerate(wn.synsets(lemma, pos)):
        if rank > EXPAND_SENSES:
            break
        idx = s.word_index(lemma)
        for p in s.pointers_of("+", "\\"):
            if p.source != idx:
                continue
            d = wn.synset(p.pos, p.offset)
            if d is not None and 0 < p.target <= len(d.words):
                out[(d.words[p.target - 1], "a" if d.pos == "s" else d.pos)] = None
    out.pop((lemma, pos), None)
    return tuple(out)


@lru_cache(maxsize=1)
def supplement_pairs() -> dict[str, frozenset[frozenset[str]]]:
    """The curated pairs by POS letter ("*" = any POS), read once on first use."""
    from importlib import resources  # lazy: only needed on the first antonym question

    pairs: dict[str, set[frozenset[str]]] = {}
    try:
        text = resources.files(__package__).joinpath(SUPPLEMENT_FILE).read_text("utf-8")
    except OSError:
        return {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        fields = line.split()
        if len(fields) < 3:
            continue
        pos, a, b = fields[0], normalize_lemma(fields[1]), normalize_lemma(fields[2])
        if pos not in (*POS_LETTERS, "*") or not a or not b or a == b:
            continue
        pairs.setdefault(pos, set()).add(frozenset((a, b)))
    return {k: frozenset(v) for k, v in pairs.items()}


def in_supplement(forms_a: set[str], forms_b: set[str], pos: str | None) -> bool:
    """True if some base form of a and of b form a curated pair for *pos*."""
    table = supplement_pairs()
    pools = [table.get("*", frozenset())]
    pools += [table.get(p, frozenset()) for p in ([pos] if pos else POS_LETTERS)]
    for a in forms_a:
        for b in forms_b:
            if a != b and any(frozenset((a, b)) in pool for pool in pools):
                return True
    return False


__all__ = [
    "ANCESTOR_HOPS",
    "EXPAND_SENSES",
    "KIND_OF_HOPS",
    "MIN_KIND_DEPTH",
    "Opposites",
    "derived_forms",
    "SUPPLEMENT_FILE",
    "in_supplement",
    "opposed",
    "opposites",
    "supplement_pairs",
]
