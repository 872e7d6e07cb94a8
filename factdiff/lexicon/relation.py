"""How suspicious is replacing one content word by another?  (issue #3, mistranslation)

Sentence embeddings do not separate a paraphrase from a mistranslation, so
this uses WordNet's structure instead.  We take the *most charitable* reading:
over the commoner senses of both words, find the closest link (shared synset,
hypernym, co-hyponym, derivation, an associative arc, or only a distant
common ancestor) and charge a little extra for each rare sense needed to make
the link.  A replacement is suspicious when even that best reading is far.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from . import resource
from .affixes import qualifier_dropped
from .graph import Key
from .lookup import are_antonyms, lemmas_for
from .resource import Resource
from .wordnet import POS_LETTERS, Synset, normalize_lemma, normalize_pos

KINDS = (
    "same", "inflection", "synonym", "derived", "hypernym", "hyponym",
    "related", "sibling", "unrelated", "antonym", "unknown",
)

# Tie-break order in rank_replacements: higher = listed first.
_SEVERITY = {
    k: i
    for i, k in enumerate((
        "same", "inflection", "synonym", "derived", "hypernym", "hyponym",
        "unknown", "related", "sibling", "unrelated", "antonym",
    ))
}

_TIGHT = ("synonym", "hypernym", "hyponym", "derived")

# Base suspicion of each link, before sense penalties (see module docstring).
SCORE = {
    "same": 0.0,
    "inflection": 0.02,
    "synonym": 0.04,
    "similar": 0.12,  # adjectives in one similar-to cluster ("huge" ~ "big")
    "derived": 0.10,
    "hypernym": 0.10,  # new word more general; +HOP per extra level
    "hyponym": 0.16,  # new word more specific: adds a claim
    "shared_word": 0.25,  # verbs: two synsets sharing a third word ("identify"/"mention": "name")
    "associated": 0.30,  # one associative arc (part-of, verb group, also-see...)
    "gloss": 0.35,  # one word's definition names the other ("proposal": "... a plan ...")
    "sibling": 0.50,  # co-hyponyms: different referents; +HOP per extra level
    "qualifier": 0.40,  # a qualifying prefix dropped or added ("ex-Soviet" -> "Soviet")
    "group_member": 0.45,  # a group of people and a kind of person ("staff"/"employees"): often the same people
    "unknown": 0.5,
    "distant": 0.60,  # common ancestor far up but still similar (wup >= WUP_RELATED)
    "unrelated": 0.95,  # nothing in common below the top of the hierarchy
    "antonym": 1.0,
}
HOP = 0.08
CROSS_POS = 0.06  # charged when the link needs a derivational step
OTHER_POS = 0.20  # charged for reading both words in a POS other than the one given
SENSE_PENALTY = 0.25  # for a sense RARE_RATIO times rarer than the word's commonest
RARE_RATIO = 50.0
LEMMA_PENALTY = 0.03  # per alternative base form ("fell" -> "fall" before "fell")
WEAK_COST = 0.2  # above this sense/POS cost a close link is reported as "related"
MAX_SENSES = 40  # close links are looked for in every sense...
TOP_SENSES = 8  # ...distant ones only in the commoner senses
VERB_DISCOUNT = 0.15
MAX_HYPERNYM_HOPS = 3
MAX_SIBLING_HOPS = 2
# Distant pairs: suspicion falls linearly from SCORE["unrelated"] (wup <= WUP_FLOOR)
# to SCORE["distant"] (wup = WUP_RELATED); from WUP_RELATED up the kind is "related".
WUP_FLOOR, WUP_RELATED = 0.35, 0.75
FREQUENT = 30  # SemCor count above which a lemma is "very common"
FREQUENCY_CUE = 0.05


@dataclass(frozen=True)
class Relation:
    """What a replacement did, and how suspicious it is.

    ``score`` is suspicion in 0..1 (0 = harmless paraphrase, 1 = almost
    surely a different meaning).  ``similarity`` is the highest similarity
    over the sense pairs considered: Wu-Palmer for nouns and verbs (1 for a
    shared synset); where WordNet has no hierarchy (adjective clusters,
    associative arcs, definitions) a fixed proxy: 0.9 / 0.7 / 0.6.
    """

    kind: str
    score: float
    similarity: float


UNKNOWN = Relation("unknown", SCORE["unknown"], 0.0)


@dataclass(frozen=True)
class _Sense:
    synset: Synset
    lemma: str
    penalty: float
    rank: int


@dataclass(frozen=True)
class _Link:
    kind: str
    score: float
    similarity: float


def _file_pos(s: Synset) -> str:
    return "a" if s.pos == "s" else s.pos


def _senses(res: Resource, word: str, pos: str) -> list[_Sense]:
    """Senses of *word* in one POS with a penalty growing as the sense gets rarer."""
    best: dict[Key, _Sense] = {}
    for li, lemma in enumerate(lemmas_for(word, pos)):
        synsets = res.wn.synsets(lemma, pos)[:MAX_SENSES]
        counts = [res.wn.sense_count(lemma, s) for s in synsets]
        top = max(counts, default=0)
        for rank, s in enumerate(synsets):
            if top:  # log-ratio to the commonest sense; few counts = weak evidence
                ratio = math.log((top + 1) / (counts[rank] + 1)) / math.log(RARE_RATIO)
                pen = SENSE_PENALTY * min(1.0, ratio)
            else:  # untagged word: trust WordNet's order, mildly
                pen = min(SENSE_PENALTY, 0.04 * rank)
            pen += LEMMA_PENALTY * li
            if s.key not in best or pen < best[s.key].penalty:
                best[s.key] = _Sense(s, lemma, pen, rank)
    return list(best.values())


def _distant(sim: float) -> _Link:
    if sim >= WUP_RELATED:
        return _Link("related", SCORE["distant"], sim)
    frac = (min(max(sim, WUP_FLOOR), WUP_RELATED) - WUP_FLOOR) / (WUP_RELATED - WUP_FLOOR)
    return _Link("unrelated", SCORE["unrelated"] - (SCORE["unrelated"] - SCORE["distant"]) * frac, sim)


def _near(res: Resource, a: Synset, b: Synset, old: str = "", new: str = "") -> _Link | None:
    """Close links, cheap enough to test for every sense pair (a = old, b = new).

    *old*/*new* are the lemmas the text used; only they count in glosses.
    """
    g = res.graph
    if a.key == b.key:
        return _Link("synonym", SCORE["synonym"], 1.0)
    pos = _file_pos(a)
    if pos != _file_pos(b):
        return None
    if pos == "a" and g.cluster_head(a) == g.cluster_head(b):
        return _Link("synonym", SCORE["similar"], 0.9)
    if pos in "nv":
        up = g.hypernym_distances(a.key).get(b.key)
        if up is not None and up <= MAX_HYPERNYM_HOPS:
            return _Link("hypernym", SCORE["hypernym"] + HOP * (up - 1), g.wup(a.key, b.key))
        down = g.hypernym_distances(b.key).get(a.key)
        if down is not None and down <= MAX_HYPERNYM_HOPS:
            return _Link("hyponym", SCORE["hyponym"] + HOP * (down - 1), g.wup(a.key, b.key))
    if pos in "vr" and set(a.words) & set(b.words):  # verbs: synonyms via a third word
        sim = res.graph.wup(a.key, b.key) if pos == "v" else 0.7
        return _Link("related", SCORE["shared_word"], sim)
    if g.linked(a, b):
        return _Link("related", SCORE["associated"], 0.7)
    if _mentions(a, new) or _mentions(b, old):
        return _Link("related", SCORE["gloss"], 0.6)
    return None


@lru_cache(maxsize=65536)
def _gloss_tokens(s: Synset) -> frozenset[str]:
    """Lower-cased words of a synset's definition (examples in quotes dropped)."""
    definition = s.gloss.split('"', 1)[0]
    return frozenset(re.findall(r"[a-z]+", definition.lower()))


def _mentions(s: Synset, w: str) -> bool:
    """True if the definition of *s* names lemma *w* ("proposal: ... such as a plan")."""
    if not w or "_" in w or len(w) < 3:
        return False
    tokens = _gloss_tokens(s)
    return (
        w in tokens
        or w + "s" in tokens
        or w + "es" in tokens
        or (w.endswith("y") and w[:-1] + "ies" in tokens)
    )


def _far(res: Resource, a: Synset, b: Synset, members: bool = True) -> _Link:
    """Siblings or Wu-Palmer distance, for a word's commoner senses only.

    *members* allows the group/member link; it is not made through derivations.
    """
    pos = _file_pos(a)
    if pos != _file_pos(b) or pos not in "nv":
        return _Link("unrelated", SCORE["unrelated"], 0.0)
    g = res.graph
    sim = g.wup(a.key, b.key)
    if members and pos == "n" and _group_and_member(res, a, b):
        return _Link("related", SCORE["group_member"], sim)
    lcs = g.lowest_common(a.key, b.key)
    if lcs is not None and lcs[1] <= MAX_SIBLING_HOPS and lcs[2] <= MAX_SIBLING_HOPS:
        link = _Link("sibling", SCORE["sibling"] + HOP * (lcs[1] + lcs[2] - 2), sim)
    else:
        link = _distant(sim)
    if pos == "v":  # verb hierarchies are shallow and split, and co-hyponym
        # verbs are often near-synonyms ("slow"/"ease" under "decrease")
        return _Link(link.kind, link.score - VERB_DISCOUNT, sim)
    return link


@lru_cache(maxsize=4)
def _anchor_keys(res: Resource) -> tuple[frozenset[Key], frozenset[Key]]:
    """Synsets for "a person" and for "a group of people" (social groups, peoples)."""
    def first(word: str) -> set[Key]:
        found = res.wn.synsets(word, "n")
        return {found[0].key} if found else set()

    return frozenset(first("person")), frozenset(first("social_group") | first("people"))


def _group_and_member(res: Resource, a: Synset, b: Synset) -> bool:
    """One synset is a group of people and the other a kind of person: "staff" / "employee".

    WordNet files the two far apart (group vs organism), yet a copy that says
    "employees" for "staff" or "residents" for "people" names the same people.
    """
    person, group = _anchor_keys(res)
    up_a, up_b = res.graph.hypernym_distances(a.key), res.graph.hypernym_distances(b.key)
    return bool((person & up_a.keys() and group & up_b.keys()) or (group & up_a.keys() and person & up_b.keys()))


def _derived(res: Resource, s: Synset, pos: str) -> list[Synset]:
    """Synsets in *pos* one derivation/pertainym/attribute arc away from *s*."""
    out = []
    for key in s.related("+", "\\", "="):
        if key[0] == pos:
            t = res.wn.get(key)
            if t is not None:
                out.append(t)
    return out


def _bridged(res: Resource, a: Synset, b: Synset) -> _Link | None:
    """A link through derivational arcs: across POS, or via the nouns of two verbs."""
    pa, pb = _file_pos(a), _file_pos(b)
    options: list[tuple[Synset, Synset, float]] = []
    if pa != pb:
        options += [(d, b, CROSS_POS) for d in _derived(res, a, pb)]
        options += [(a, d, CROSS_POS) for d in _derived(res, b, pa)]
    elif pa == "v":  # "arrest"/"detain" meet as "arrest"/"detention"
        options += [
            (x, y, 2 * CROSS_POS) for x in _derived(res, a, "n") for y in _derived(res, b, "n")
        ]
    best: _Link | None = None
    for x, y, cost in options:
        inner = _near(res, x, y) or _far(res, x, y, members=False)
        if inner is None:
            continue
        if inner.kind == "synonym" and pa != pb:
            cand = _Link("derived", SCORE["derived"] + cost, inner.similarity)
        else:
            cand = _Link(inner.kind, min(1.0, inner.score + cost), inner.similarity)
        if best is None or cand.score < best.score:
            best = cand
    return best


def _best(
    res: Resource, old: list[_Sense], new: list[_Sense], extra: float, tight: bool = False
) -> _Link | None:
    """The most charitable link over all sense pairs, with sense penalties added.

    *tight* keeps only close links (shared synset, hypernymy, derivation): used
    when reading the words in a POS the tagger did not give, where a loose
    chain of arcs would find something between almost any two words.
    """
    best: _Link | None = None
    top_sim = 0.0
    for so in old:
        for sn in new:
            full = so.rank < TOP_SENSES and sn.rank < TOP_SENSES
            cands = [_near(res, so.synset, sn.synset, so.lemma, sn.lemma)]
            if full and (cands[0] is None or cands[0].score > SCORE["associated"]):
                bridged = _bridged(res, so.synset, sn.synset)
                if not tight or (bridged is not None and bridged.kind == "derived"):
                    cands.append(bridged)
                if not tight:
                    cands.append(_far(res, so.synset, sn.synset))
            for link in cands:
                if link is None or (tight and link.kind not in _TIGHT):
                    continue
                top_sim = max(top_sim, link.similarity)
                cost = so.penalty + sn.penalty + extra
                kind = link.kind
                if cost > WEAK_COST and kind in ("synonym", "hypernym", "hyponym", "derived"):
                    kind = "related"  # only through rare senses or another POS
                if best is None or link.score + cost < best.score:
                    best = _Link(kind, link.score + cost, link.similarity)
    return None if best is None else _Link(best.kind, min(best.score, 0.99), top_sim)


def _frequency_cue(res: Resource, old: str, new: str, pos: str | None) -> float:
    """Common word -> another common word far away: typical of mistranslation."""
    poses = [pos] if pos else list(POS_LETTERS)
    counts = []
    for w in (old, new):
        c = 0
        for p in poses:
            lemmas = lemmas_for(w, p)
            if lemmas:
                c = max(c, res.wn.lemma_count(lemmas[0], p))
        counts.append(c)
    if min(counts) >= FREQUENT:
        return FREQUENCY_CUE
    if min(counts) == 0:
        return -FREQUENCY_CUE
    return 0.0


@lru_cache(maxsize=65536)
def _relation(old: str, new: str, pos: str | None) -> Relation:
    if normalize_lemma(old) == normalize_lemma(new):
        return Relation("same", SCORE["same"], 1.0)
    res = resource.get()
    if res is None:
        return UNKNOWN
    poses = [pos] if pos else list(POS_LETTERS)
    lem_o = {lem for p in poses for lem in lemmas_for(old, p)}
    lem_n = {lem for p in poses for lem in lemmas_for(new, p)}
    if not lem_o or not lem_n:  # one word is not in this POS: the tagger may differ
        lem_o = lem_o or {lem for p in POS_LETTERS for lem in lemmas_for(old, p)}
        lem_n = lem_n or {lem for p in POS_LETTERS for lem in lemmas_for(new, p)}
    if lem_o & lem_n:
        return Relation("inflection", SCORE["inflection"], 1.0)
    if are_antonyms(old, new, pos):
        return Relation("antonym", SCORE["antonym"], 0.0)
    sense_o = [s for p in poses for s in _senses(res, old, p)]
    sense_n = [s for p in poses for s in _senses(res, new, p)]
    best = _best(res, sense_o, sense_n, 0.0) if sense_o and sense_n else None
    if pos and (best is None or best.score > SCORE["associated"]):
        # The tagger may disagree between the two sentences: try every POS.
        wide_o = [s for p in POS_LETTERS for s in _senses(res, old, p)]
        wide_n = [s for p in POS_LETTERS for s in _senses(res, new, p)]
        extra = OTHER_POS if sense_o and sense_n else 0.0
        wide = _best(res, wide_o, wide_n, extra, tight=extra > 0) if wide_o and wide_n else None
        if wide is not None and (best is None or wide.score < best.score):
            best = wide
    if best is None:
        if qualifier_dropped(old, new):  # "ex-Soviet" -> "Soviet"
            return Relation("related", SCORE["qualifier"], 0.0)
        return UNKNOWN
    score = best.score
    if best.kind in ("unrelated", "sibling"):
        cue = _frequency_cue(res, old, new, pos)
        score += cue if best.kind == "unrelated" else max(cue, 0.0)
    return Relation(best.kind, round(min(max(score, 0.0), 0.99), 3), round(best.similarity, 3))


def relation(old: str, new: str, pos: str) -> Relation:
    """Classify the replacement of *old* by *new* (words or lemmas, one POS).

    *pos* is a WordNet letter or spaCy UPOS tag ("NOUN", "VERB", "ADJ",
    "ADV", "PROPN"); words missing from WordNet give kind "unknown" with a
    middling score so callers can stay careful.  Never raises.
    """
    if not isinstance(old, str) or not isinstance(new, str) or not old.strip() or not new.strip():
        return UNKNOWN
    p = normalize_pos(pos) if isinstance(pos, str) else None
    return _relation(old.strip().lower(), new.strip().lower(), p)


def rank_replacements(pairs: list[tuple[str, str, str]]) -> list[tuple[int, Relation]]:
    """Relations of one sentence pair's replacements, most suspicious first.

    Ties put the more severe kind first ("unknown" below any kind backed by
    evidence of a difference), then the lower similarity, then input order.
    """
    rels = [(i, relation(o, n, p)) for i, (o, n, p) in enumerate(pairs)]
    return sorted(
        rels, key=lambda ir: (-ir[1].score, -_SEVERITY.get(ir[1].kind, 0), ir[1].similarity, ir[0])
    )


def clear_caches() -> None:
    """Drop memoised relations (after the database changes)."""
    _relation.cache_clear()
    _gloss_tokens.cache_clear()


__all__ = ["KINDS", "Relation", "UNKNOWN", "clear_caches", "rank_replacements", "relation"]
