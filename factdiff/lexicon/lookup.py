"""Lemma lookup and antonym tests: the two questions checks ask most often.

Every function answers "nothing" (``[]``/``False``) instead of raising when
WordNet is absent or the input is odd, because a missing optional resource
must never break a comparison.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import resource
from .affixes import negated
from .polarity import in_supplement, opposed
from .wordnet import POS_LETTERS, normalize_lemma, normalize_pos

# Plurals WordNet files as lemmas of their own: "people" is also the plural of "person".
SUPPLETIVE = {"people": "person"}
# British spellings WordNet (American) may lack, tried only when a word is not found.
_BRITISH = (
    (re.compile(r"is(e|es|ed|ing|ation|ations|er|ers)$"), r"iz\1"),
    (re.compile(r"ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"our(s|ed|ing|ite|ites|able)?$"), r"or\1"),
    (re.compile(r"ll(ed|ing|er|ers)$"), r"l\1"),
    (re.compile(r"ence(s)?$"), r"ense\1"),
    (re.compile(r"tre(s|d)?$"), r"ter\1"),
    (re.compile(r"ogue(s)?$"), r"og\1"),
)


def wordnet_available() -> bool:
    """True if a WordNet database was found (the report signature mentions it)."""
    return resource.get() is not None


def _variants(form: str) -> list[str]:
    out = []
    for pattern, repl in _BRITISH:
        if pattern.search(form):
            out.append(pattern.sub(repl, form, count=1))
    return out


@lru_cache(maxsize=65536)
def _lemmas(word: str, pos: str) -> tuple[str, ...]:
    res = resource.get()
    if res is None:
        return ()
    forms = res.wn.morphy(word, pos)
    if not forms:
        for variant in _variants(normalize_lemma(word)):
            forms = res.wn.morphy(variant, pos)
            if forms:
                break
    if not forms:
        forms = _compound(res, normalize_lemma(word), pos)
    extra = SUPPLETIVE.get(normalize_lemma(word)) if pos == "n" else None
    if extra and extra not in forms:
        forms = [*forms, extra]
    return tuple(forms)


def _compound(res: resource.Resource, form: str, pos: str) -> list[str]:
    """Spelling of compounds: "ceasefire" -> "cease-fire", "cease-fire" -> "ceasefire".

    Nouns and adjectives only, and only for words WordNet lacks as written.
    """
    if pos not in ("n", "a"):
        return []
    if "-" in form or "_" in form:
        joined = form.replace("-", "").replace("_", "")
        return res.wn.morphy(joined, pos) if joined != form else []
    if not 6 <= len(form) <= 20 or not form.isalpha():
        return []
    for i in range(3, len(form) - 2):
        for glue in ("-", "_"):
            forms = res.wn.morphy(form[:i] + glue + form[i:], pos)
            if forms:
                return forms
    return []


def lemmas_for(word: str, pos: str) -> list[str]:
    """WordNet base forms of *word* ("geese" -> ["goose"]), likeliest first.

    *pos* is a WordNet letter ("n", "v", "a", "r") or a spaCy UPOS tag
    ("NOUN", "PROPN", "VERB", "ADJ", "ADV"); anything else gives [].
    """
    p = normalize_pos(pos)
    if p is None or not isinstance(word, str) or not word.strip():
        return []
    return list(_lemmas(word, p))


def base_forms(word: str, pos: str | None) -> set[str]:
    """The word itself (normalised) plus its lemmas in *pos* (every POS if None)."""
    forms = {normalize_lemma(word)}
    for p in [pos] if pos else POS_LETTERS:
        forms.update(lemmas_for(word, p))
    forms.discard("")
    return forms


def _known(word: str) -> bool:
    return any(lemmas_for(word, p) for p in POS_LETTERS)


def _prefix_negation(forms_a: set[str], forms_b: set[str]) -> bool:
    return any(negated(a, b, _known) for a in forms_a for b in forms_b)


@lru_cache(maxsize=65536)
def _wordnet_antonyms(a: str, b: str, pos: str | None) -> bool:
    forms_a, forms_b = base_forms(a, pos), base_forms(b, pos)
    res = resource.get()
    if res is None or forms_a & forms_b:
        return False
    if _prefix_negation(forms_a, forms_b):
        return True
    all_a, all_b = base_forms(a, None), base_forms(b, None)
    for p in [pos] if pos else POS_LETTERS:
        for x, other in ((a, all_b), (b, all_a)):
            for lemma in lemmas_for(x, p):
                if opposed(res.wn, res.graph, lemma, p, other):
                    return True
    return False


def wordnet_antonyms(a: str, b: str, pos: str | None = None) -> bool:
    """:func:`are_antonyms` without the curated list: what WordNet alone supports."""
    p = normalize_pos(pos) if pos else None
    if not isinstance(a, str) or not isinstance(b, str) or (pos and p is None):
        return False
    a, b = a.strip().lower(), b.strip().lower()
    return bool(a and b) and _wordnet_antonyms(a, b, p)


def are_antonyms(a: str, b: str, pos: str | None = None) -> bool:
    """True if *a* and *b* are opposites in some sense ("rose"/"fell", "guilty"/"innocent").

    Sources: WordNet antonym arcs of any sense, widened as described in
    :mod:`factdiff.lexicon.polarity`; negating prefixes ("anti-", "non-",
    "pro-"/"anti-", and "un"/"non" on known words); the curated
    ``polarity_pairs.txt``.  Without WordNet only the curated list and the
    hyphenated prefixes are consulted (on the words as given).
    """
    p = normalize_pos(pos) if pos else None
    if not isinstance(a, str) or not isinstance(b, str) or (pos and p is None):
        return False
    a, b = a.strip().lower(), b.strip().lower()
    if not a or not b:
        return False
    forms_a, forms_b = base_forms(a, p), base_forms(b, p)
    if forms_a & forms_b:
        return False
    return (
        in_supplement(forms_a, forms_b, p)
        or negated(a, b)  # hyphenated prefixes need no dictionary
        or _wordnet_antonyms(a, b, p)
    )


def clear_caches() -> None:
    """Drop memoised answers (after the database changes)."""
    _lemmas.cache_clear()
    _wordnet_antonyms.cache_clear()


__all__ = [
    "are_antonyms",
    "base_forms",
    "clear_caches",
    "lemmas_for",
    "wordnet_antonyms",
    "wordnet_available",
]
