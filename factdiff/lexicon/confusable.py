"""Look-alike words of different meaning: "medals"/"metals", "amnesty"/"amnesia".

Why: a translator, a speech recogniser or OCR that slips swaps a word for one
that is spelled (or sounds) alike, and the result usually has no meaning link
at all. A free paraphrase almost never does that: it picks a synonym, which
rarely shares the spelling. So a pair that looks alike but is not one word
family (inflection, derivation: "protest"/"protester", British/American
spelling) is strong evidence of a slip.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import Indel, Levenshtein

from . import resource
from .lookup import base_forms
from .wordnet import POS_LETTERS

LOOK_ALIKE = 0.5  # normalised edit similarity from which two words "look alike" (if they start alike)
SURE_LOOK_ALIKE = 0.6  # ... from which they look alike whatever their first letter
SHIFTED_LOOK_ALIKE = 0.75  # letters kept in order (indel similarity) for a slip at the first letter: "scandal"/"candle"
SHORT = 4  # words this short look alike too easily ("year"/"yard" still do: 2 of 4 kept)
AGENT = ("er", "or", "ist", "ant", "ee")  # endings of agent and instrument nouns
SUFFIXES = ("s", "es", "er", "ers", "or", "ors", "r", "d", "ed", "ing", "ion", "ions", "ist", "ists", "al", "ly",
            "ity", "ness", "ment", "ian", "ic", "ical", "ive", "ism", "y", "e")


def look_alike(a: str, b: str) -> float:
    """Normalised edit similarity of the two spellings (0..1)."""
    a, b = a.strip().lower(), b.strip().lower()
    if not a or not b:
        return 0.0
    return Levenshtein.normalized_similarity(a, b)


def _affixed(a: str, b: str) -> bool:
    """One word is the other plus an inflectional or derivational ending."""
    short, long_ = sorted((a, b), key=len)
    if len(short) < SHORT:
        return False
    for stem in (short, short[:-1]):  # "revise" -> "revision": drop the final e
        if long_.startswith(stem) and long_[len(stem):] in SUFFIXES:
            return True
    return False


def _derivations(lemma: str) -> set[str]:
    """Words one derivational arc away from any sense of *lemma* (any POS)."""
    res = resource.get()
    out: set[str] = set()
    if res is None:
        return out
    for pos in POS_LETTERS:
        for s in res.wn.synsets(lemma, pos):
            idx = s.word_index(lemma)
            for p in s.pointers_of("+", "\\", "="):
                if p.source and p.source != idx:
                    continue
                t = res.wn.synset(p.pos, p.offset)
                if t is not None and 0 < p.target <= len(t.words):
                    out.add(t.words[p.target - 1])
    return out


@lru_cache(maxsize=16384)
def same_family(a: str, b: str) -> bool:
    """True for two forms of one word family: inflection, derivation or spelling variant."""
    a, b = a.strip().lower(), b.strip().lower()
    if a == b or _affixed(a, b):
        return True
    forms_a, forms_b = base_forms(a, None), base_forms(b, None)
    if forms_a & forms_b:
        return True
    if any(_affixed(x, y) for x in forms_a for y in forms_b):
        return True
    near_a = set().union(*(_derivations(x) for x in forms_a))
    if near_a & forms_b:
        return True
    near_b = set().union(*(_derivations(y) for y in forms_b))
    return bool(near_a & near_b)  # "record"/"recorder" meet at the verb "record"


def role_shift(a: str, b: str) -> bool:
    """One noun names the agent or instrument of the other: "record"/"recorder", "protest"/"protester".

    One word family, yet another referent: a person or device instead of an
    act or thing, which a faithful copy does not swap in the same slot.
    """
    a, b = a.strip().lower(), b.strip().lower()
    short, long_ = sorted((a, b), key=len)
    if len(short) < SHORT:
        return False
    return any(long_ in (stem + suffix, stem + suffix + "s") for stem in (short, short[:-1]) for suffix in AGENT)


def confusable(a: str, b: str) -> float:
    """How much *a* and *b* look alike when they are not one word family (0 if they are, or don't).

    At the lowest similarity the words must also start alike: "well"/"wet" is a
    slip, "identify"/"mention" only shares scattered letters.
    """
    sim = look_alike(a, b)
    if sim < SURE_LOOK_ALIKE and a.strip()[:1].lower() != b.strip()[:1].lower():
        kept = Indel.normalized_similarity(a.strip().lower(), b.strip().lower())
        sim = sim if kept >= SHIFTED_LOOK_ALIKE and min(len(a), len(b)) > SHORT else 0.0
    if sim < LOOK_ALIKE:
        return 0.0
    return 0.0 if same_family(a, b) else sim


__all__ = ["LOOK_ALIKE", "SURE_LOOK_ALIKE", "confusable", "look_alike", "role_shift", "same_family"]
