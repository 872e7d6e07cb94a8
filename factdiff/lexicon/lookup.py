"""Lemma lookup and antonym tests: the two questions checks ask most often.

Every function answers "nothing" (``[]``/``False``) instead of raising when
WordNet is absent or the input is odd, because a missing optional resource
must never break a comparison.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import resource
from .affixes import negated, negative_stems
from .polarity import derived_forms, in_supplement, opposed
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


def _wordnet_antonyms(a: str, b: str, pos: str | None) -> bool:
    return _opposed_words(a, b, pos, True)


@lru_cache(maxsize=65536)
def _opposed_words(a: str, b: str, pos: str | None, prefixes: bool) -> bool:
    """WordNet's answer; *prefixes* also tries a negative prefix on a near-synonym (not when
    that rule itself asks whether a prefix negates its stem)."""
    forms_a, forms_b = base_forms(a, pos), base_forms(b, pos)
    res = resource.get()
    if res is None or forms_a & forms_b:
        return False
    if _prefix_negation(forms_a, forms_b):
        return True
    poses = [pos] if pos else list(POS_LETTERS)
    if prefixes and _prefix_opposed(a, b, pos):
        return True  # before the next test: "misconstrue" is a kind of "understand", wrongly
    if _share_sense(res, a, b, poses):
        return False  # "odorous" is "smelly" in one sense: the charitable reading wins
    all_a, all_b = base_forms(a, None), base_forms(b, None)
    for p in poses:
        lem_a, lem_b = set(lemmas_for(a, p)), set(lemmas_for(b, p))
        for x, other, kinds in ((lem_a, all_b, lem_b), (lem_b, all_a, lem_a)):
            for lemma in x:
                if opposed(res.wn, res.graph, lemma, p, other, kinds):
                    return True
    return _derived_opposed(res, a, b, poses)


# Senses looked at when asking whether two words can mean the same thing.
SHARED_SENSES = 4
SHARED_HOPS = 2  # "division" is a kind of "unit" (military units): not its opposite


def _share_sense(res: resource.Resource, a: str, b: str, poses: list[str]) -> bool:
    """True if commoner senses of *a* and *b* are one synset, one adjective cluster, or
    (nouns, verbs) one a kind of the other within SHARED_HOPS steps."""
    for p in poses:
        keys_a, keys_b = _sense_keys(res, a, p), _sense_keys(res, b, p)
        if not keys_a or not keys_b:
            continue
        if keys_a & keys_b:
            return True
        if p in ("n", "v"):
            for x, y in ((keys_a, keys_b), (keys_b, keys_a)):
                for k in x:
                    if any(h in y for h, d in res.graph.hypernym_distances(k).items() if 0 < d <= SHARED_HOPS):
                        return True
    return False


def _sense_keys(res: resource.Resource, word: str, pos: str) -> set[tuple[str, int]]:
    out = set()
    for lemma in lemmas_for(word, pos):
        for s in res.wn.synsets(lemma, pos)[:SHARED_SENSES]:
            out.add(res.graph.cluster_head(s) if pos == "a" else s.key)
    return out


def _derived_opposed(res: resource.Resource, a: str, b: str, poses: list[str]) -> bool:
    """Opposed through derivations on both sides: "arrival" / "departure" as "arrive" / "depart".

    One step from each word (a noun or adjective to its verb, an adverb to its
    adjective), then the usual test within the POS both steps reach.
    """
    steps_a = {d for p in poses for lemma in lemmas_for(a, p) for d in derived_forms(res.wn, lemma, p)}
    if not steps_a:
        return False
    steps_b = {d for p in poses for lemma in lemmas_for(b, p) for d in derived_forms(res.wn, lemma, p)}
    for word, p in steps_a:
        kinds = {w for w, q in steps_b if q == p}
        if kinds and word not in kinds and opposed(res.wn, res.graph, word, p, kinds, kinds, near=1):
            return True
    return False


# Links that make a stem stand for the other word: "unneeded" = not "needed" = not "required".
STEM_LINKS = frozenset({"same", "inflection", "synonym", "derived", "hypernym", "hyponym"})
STEM_SCORE = 0.3


_ASKING: set[tuple[str, str, str | None]] = set()  # pairs being answered: no question asks itself again


def _prefix_opposed(a: str, b: str, pos: str | None) -> bool:
    """One word is a negative prefix on a near-synonym of the other: "required" / "unneeded".

    The stem must be a known word ("needed"), the prefix really negative (WordNet
    opposes the two, or does not know the prefixed word: "noncandidate"), and the
    stem close to the other word (same synset, a derivation, one hypernym step).
    "mis-" ("misconstrue") counts when WordNet files the word under its stem.
    """
    from .relation import relation  # lazy: relation imports this module

    key = (a, b, pos)
    if key in _ASKING:
        return False
    _ASKING.add(key)
    try:
        for x, y in ((a, b), (b, a)):
            if negative_stems(x, _known):
                continue  # both prefixed: "unharmed" / "untouched" are alike
            for prefix, stem in negative_stems(y, _known):
                if not _negative_prefix(y, prefix, stem, pos):
                    continue
                rel = relation(x, stem, pos or "")
                if rel.kind in STEM_LINKS and rel.score <= STEM_SCORE:
                    return True
        return False
    finally:
        _ASKING.discard(key)


def _negative_prefix(word: str, prefix: str, stem: str, pos: str | None) -> bool:
    """Whether *prefix* negates *stem* in *word* ("invaluable" is not "not valuable")."""
    if not _known(word):
        return True  # "noncandidate": WordNet lacks it, the stem is a word
    if prefix == "mis":
        return _kind_of(word, stem, pos)  # "misconstrue" is a way to "construe"
    return any(_opposed_words(word, f, pos, False) for f in {stem} | base_forms(stem, pos) if f != word)


def _kind_of(word: str, stem: str, pos: str | None) -> bool:
    """True if a commoner sense of *word* is a kind of (≤ 2 steps) a sense of *stem*."""
    res = resource.get()
    if res is None:
        return False
    for p in [pos] if pos else ["v", "n"]:
        if p not in ("n", "v"):
            continue
        targets = {s.key for lemma in lemmas_for(stem, p) for s in res.wn.synsets(lemma, p)}
        for lemma in lemmas_for(word, p):
            for s in res.wn.synsets(lemma, p)[:SHARED_SENSES]:
                if any(0 < d <= 2 and k in targets for k, d in res.graph.hypernym_distances(s.key).items()):
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
    return bool(a and b) and _are_antonyms(a, b, p)


@lru_cache(maxsize=65536)
def _are_antonyms(a: str, b: str, p: str | None) -> bool:
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
    _are_antonyms.cache_clear()
    _opposed_words.cache_clear()


__all__ = [
    "are_antonyms",
    "base_forms",
    "clear_caches",
    "lemmas_for",
    "wordnet_antonyms",
    "wordnet_available",
]
