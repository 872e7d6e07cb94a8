"""Evaluative polarity of a word ("popular" +, "loathed" -), for tone reversals WordNet misses.

Why: WordNet links only a few words as antonyms, while a copy that says
"the delighted crowd" for "the outraged crowd", or "endangering the forests"
for "saving" them, reverses the claim with words WordNet files far apart.
Human valence ratings separate those cases: VADER's lexicon (Hutto & Gilbert,
ICWSM 2014; MIT licence; ~7,500 words each rated -4..+4 by ten people) is
shipped inside the ``vadersentiment`` wheel and read from there, once, on first
use (its analyser module is never imported, nothing is downloaded).

A word the lexicon lacks takes the rating of the synonyms in its first WordNet
sense when they all agree in sign ("endanger": "jeopardize", "imperil"...);
inflections are found through WordNet's morphology.  Without the lexicon every
answer is "no valence" and callers carry on without this evidence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import resource
from .lookup import lemmas_for
from .wordnet import normalize_pos

PACKAGE = "vaderSentiment"
LEXICON_FILE = "vader_lexicon.txt"
# Ratings below this (in absolute value) are mild or mixed: "affected" -0.6, "rainy" -0.3.
STRONG = 1.0
# Synonyms of the first sense only: later senses drift ("extra" and "injury" share a rare one).
SYNONYM_SENSES = 1
_LINE = re.compile(r"^([A-Za-z][^\t\n]*)\t(-?\d+(?:\.\d+)?)\t", re.MULTILINE)


@lru_cache(maxsize=1)
def _ratings() -> dict[str, float]:
    """word -> mean rating, read once from the installed wheel ({} when it is absent)."""
    from importlib import resources  # lazy: only needed on the first question

    try:
        text = resources.files(PACKAGE).joinpath(LEXICON_FILE).read_text("utf-8")
    except (ModuleNotFoundError, OSError):
        return {}
    # "word<TAB>mean<TAB>sd<TAB>[ten ratings]"; emoticons ("$:", ":-)") do not start with a letter
    return {w.lower(): float(v) for w, v in _LINE.findall(text)}


def available() -> bool:
    """True if the valence lexicon was found."""
    return bool(_ratings())


@lru_cache(maxsize=65536)
def valence(word: str, pos: str | None = None) -> float | None:
    """The rating of *word* (-4..+4), of one of its base forms, or of its first sense's synonyms.

    None when nothing rates it, or when the synonyms disagree in sign.
    """
    ratings = _ratings()
    if not ratings or not isinstance(word, str):
        return None
    w = word.strip().lower()
    if not w:
        return None
    p = normalize_pos(pos) if pos else None
    lemmas = lemmas_for(w, p) if p else []
    for form in (w, *lemmas):
        if form in ratings:
            return ratings[form]
    res = resource.get()
    if res is None or p is None:
        return None
    found = [
        ratings[x]
        for lemma in lemmas[:1]
        for s in res.wn.synsets(lemma, p)[:SYNONYM_SENSES]
        for x in s.words
        if x != lemma and x in ratings
    ]
    if found and (all(v > 0 for v in found) or all(v < 0 for v in found)):
        return sum(found) / len(found)
    return None


def rated(word: str, pos: str | None = None) -> bool:
    """True if raters rated *word* itself or one of its base forms (not only its synonyms)."""
    ratings = _ratings()
    if not ratings or not isinstance(word, str) or not word.strip():
        return False
    w = word.strip().lower()
    p = normalize_pos(pos) if pos else None
    return any(f in ratings for f in (w, *(lemmas_for(w, p) if p else [])))


def opposite_valence(a: str, b: str, pos: str | None = None, strong: float = STRONG) -> bool:
    """True when one word is clearly positive and the other clearly negative ("praised" / "mocked")."""
    va, vb = valence(a, pos), valence(b, pos)
    return va is not None and vb is not None and va * vb < 0 and min(abs(va), abs(vb)) >= strong


def clear_caches() -> None:
    valence.cache_clear()


__all__ = ["STRONG", "available", "clear_caches", "opposite_valence", "rated", "valence"]
