"""Name-aware comparison of name keys across languages and scripts.

Keys come from ``factdiff.lang`` already folded to lower-case ASCII ("Лукашенко" ->
"lukashenko"). Two mentions are the same name when a word of one is a word of the other
("Trump", "Donald Trump"); in Russian and Ukrainian, names decline ("Лукашенко", "Трампа",
"Трампу"), so words are compared by stem; across scripts, transliteration varies ("Трамп" ->
"tramp"), so a loose consonant skeleton is compared as well.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import DamerauLevenshtein

_CASE_ENDINGS = ("ami", "yami", "ov", "ev", "om", "em", "oj", "oi", "oy", "ey", "ej", "yu", "ju", "iu", "ya", "ia",
                 "a", "u", "e", "y", "i", "o", "yu")
_DIGRAPHS = (("dzh", "j"), ("zh", "j"), ("kh", "h"), ("sch", "s"), ("sh", "s"), ("ch", "c"), ("ts", "c"),
             ("tz", "c"), ("ph", "f"), ("th", "t"), ("ck", "k"), ("gh", "g"), ("c", "k"), ("q", "k"),
             ("x", "ks"), ("w", "v"), ("y", "i"), ("g", "h"))


def words(key: str) -> list[str]:
    return [w for w in re.split(r"[\s\-'’.]+", key.lower()) if len(w) >= 2]


def _declines(side: Any) -> bool:
    return getattr(side, "cyrillic", False) or getattr(side, "language", "") in ("ru", "uk", "pl", "cs", "de")


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A declined name's stem: common case endings off ("trampa" -> "tramp", "putinym" -> "putin")."""
    for end in ("ym", "im", *_CASE_ENDINGS):
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)]
    if word.endswith("s") and len(word) >= 5:  # German/English genitive: "Merkels"
        return word[:-1]
    return word


@lru_cache(maxsize=8192)
def skeleton(word: str, w_as: str = "v") -> str:
    """A loose phonetic form: digraphs unified, vowels after the first letter and doubled
    letters dropped ("trump", "tramp" -> "trmp"; "dzhonson", "johnson" -> "jnsn"). English "w"
    is written "v" or "u" in Cyrillic ("Wagner" -> "Вагнер", "Rowlett" -> "Роулетт")."""
    w = word.replace("w", w_as) if w_as != "v" else word
    for a, b in _DIGRAPHS:
        w = w.replace(a, b)
    w = w.replace("j", "h")  # "Nigel" / "Найджел" (dzh), "Harry" / "Гарри" (g), Ukrainian "Г" (h)
    if not w:
        return w
    out = [w[0]]
    for ch in w[1:]:
        if ch in "aeiou" or ch == out[-1]:
            continue
        out.append(ch)
    return "".join(out)


def stems(key: str, side: Any) -> list[str]:
    return [stem(w) if _declines(side) else w for w in words(key) if len(w) >= 3]


def _word_match(a: str, b: str, decl: bool, loose: bool) -> bool:
    if a == b:
        return True
    if decl and min(len(a), len(b)) >= 4 and stem(a) == stem(b):
        return True
    if loose and min(len(a), len(b)) >= 3:
        a2, b2 = (stem(a), stem(b)) if decl else (a, b)
        for w_as in ("v", "u"):
            sa, sb = skeleton(a2, w_as), skeleton(b2, w_as)
            if len(sa) >= 2 and sa == sb:
                return True
    return False


def names_match(a: str, b: str, side_a: Any = None, side_b: Any = None) -> bool:
    """Whether two name keys name the same person or thing (a shared word, declension and,
    across scripts, transliteration allowed; ``factdiff.lang``'s name similarity >= 0.9)."""
    decl = _declines(side_a) or _declines(side_b)
    loose = not (getattr(side_a, "latin", True) and getattr(side_b, "latin", True))
    wa = [w for w in words(a) if len(w) >= 3] or words(a)
    wb = [w for w in words(b) if len(w) >= 3] or words(b)
    if any(_word_match(x, y, decl, loose) for x in wa for y in wb):
        return True
    return similarity(a, b, loose) >= 0.9


def similarity(a: str, b: str, phonetic: bool) -> float:
    """``factdiff.lang.name_similarity`` of two keys (0 when it is not there)."""
    from .side import lang_api

    fn = getattr(lang_api(), "name_similarity", None)
    if fn is None:
        return 0.0
    return _similarity(fn, a, b, phonetic)


@lru_cache(maxsize=65536)
def _similarity(fn: Any, a: str, b: str, phonetic: bool) -> float:
    return float(fn(a, b, phonetic=phonetic))


def loose_match(key: str, vocabulary: Iterable[str] | frozenset[str], side_a: Any = None, side_b: Any = None) -> bool:
    """Whether any word of a name occurs in a set of folded words (declension and, across
    scripts, transliteration allowed)."""
    vocab = vocabulary if isinstance(vocabulary, (set, frozenset)) else frozenset(vocabulary)
    ws = [w for w in words(key) if len(w) >= 3] or words(key)
    if any(w in vocab for w in ws):
        return True
    decl = _declines(side_a) or _declines(side_b)
    loose = not (getattr(side_a, "latin", True) and getattr(side_b, "latin", True))
    if not decl and not loose:
        return False
    index = _index(vocab)
    for w in ws:
        if decl and stem(w) in index[0]:
            return True
        if loose and any(skeleton(stem(w) if decl else w, w_as) in index[1] for w_as in ("v", "u")):
            return True
    return False


_INDEX_CACHE: dict[int, tuple[frozenset[str], tuple[frozenset[str], frozenset[str]]]] = {}


def _index(vocab: frozenset[str] | set[str]) -> tuple[frozenset[str], frozenset[str]]:
    hit = _INDEX_CACHE.get(id(vocab))
    if hit is not None and hit[0] is vocab:
        return hit[1]
    built = (frozenset(stem(w) for w in vocab if len(w) >= 3),
             frozenset(skeleton(stem(w)) for w in vocab if len(w) >= 3))
    if len(_INDEX_CACHE) > 64:
        _INDEX_CACHE.clear()
    _INDEX_CACHE[id(vocab)] = (vocab, built)  # type: ignore[assignment]
    return built


def spelling_pair(a: str, b: str, side_a: Any = None, side_b: Any = None) -> float | None:
    """A name spelled differently: in Latin script on both sides, a word of one within one or
    two edits of a word of the other (long enough that this is not another name), the other
    words agreeing. Returns the similarity, or None."""
    found = spelling_words(a, b, side_a, side_b)
    return found[0] if found else None


def spelling_words(a: str, b: str, side_a: Any = None, side_b: Any = None) -> tuple[float, str, str] | None:
    """:func:`spelling_pair` with the two words that differ: (similarity, word of a, word of b)."""
    if not (getattr(side_a, "latin", True) and getattr(side_b, "latin", True)):
        return None
    wa, wb = words(a), words(b)
    decl = _declines(side_a) or _declines(side_b)
    best: tuple[float, str, str] | None = None
    for x in wa:
        for y in wb:
            if x == y or min(len(x), len(y)) < 4 or x[0] != y[0]:
                continue
            if decl and stem(x) == stem(y):
                continue
            if x == y + "s" or y == x + "s":
                continue  # a possessive, genitive or plural ending: "Sainsbury's", "Merkels"
            d = DamerauLevenshtein.distance(x, y)
            limit = 1 if max(len(x), len(y)) < 8 else 2
            if d <= limit:
                sim = round(1.0 - d / max(len(x), len(y)), 3)
                if best is None or sim > best[0]:
                    best = (sim, x, y)
    return best


__all__ = ["loose_match", "names_match", "skeleton", "spelling_pair", "spelling_words", "stem", "stems", "words"]
