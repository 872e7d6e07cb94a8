"""Name keys and a name-aware similarity, for comparing names across languages and scripts.

A key is the name transliterated to ASCII (``anyascii``, which ships its tables in the wheel),
lowercased, punctuation folded to spaces: "Лукашенко" -> "lukashenko", "Gómez" -> "gomez".
The similarity forgives what translation does to a name and nothing else: Russian and
Ukrainian case endings ("Лукашенка", "Путину", "Зеленским"), the romanisation variants of one
Cyrillic spelling ("Zelensky"/"Zelenskiy"/"Zelenskyy", "Kh"/"H"), and a shorter mention of the
same person ("Lukashenko" in "Alexander Lukashenko").
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz.distance import Levenshtein

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# Slavic case endings in their ASCII (anyascii) spelling, longest first: a token is also compared
# without one of them ("putinu" ~ "putin", "lukashenka" ~ "lukashenko").
_ENDINGS = ("ogo", "ego", "omu", "emu", "ymi", "imi", "oyu", "eyu", "ykh", "ikh", "om", "em", "oy",
            "ey", "oi", "ei", "ym", "im", "yu", "ya", "iu", "ia", "u", "a", "e", "y", "i", "o")
# Romanisation variants of one Cyrillic spelling, folded before comparing.
_FOLDS = ((re.compile(r"(?:iy|yy|yi|ii|ij)$"), "y"), (re.compile(r"kh"), "h"),
          (re.compile(r"x"), "ks"), (re.compile(r"j"), "y"), (re.compile(r"tz"), "ts"),
          (re.compile(r"ie"), "e"), (re.compile(r"w"), "v"), (re.compile(r"ph"), "f"))


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """ASCII-folded, transliterated, lowercased form of a name: the comparison key."""
    return _NON_ALNUM.sub(" ", anyascii(text).lower()).strip()


@lru_cache(maxsize=65536)
def _fold(token: str) -> str:
    for pattern, repl in _FOLDS:
        token = pattern.sub(repl, token)
    return token


@lru_cache(maxsize=65536)
def _variants(token: str) -> tuple[str, ...]:
    out = [token]
    for ending in _ENDINGS:
        if token.endswith(ending) and len(token) - len(ending) >= 3:
            out.append(token[: -len(ending)])
    return tuple(dict.fromkeys(_fold(t) for t in out))


def _token_similarity(a: str, b: str) -> float:
    if a == b:
        return 1.0
    fa, fb = _fold(a), _fold(b)
    if fa == fb:
        return 0.98  # a romanisation variant
    best = Levenshtein.normalized_similarity(fa, fb)
    for va in _variants(a):
        for vb in _variants(b):
            if va == vb:
                return max(best, 0.95)  # one stem, another case ending
            best = max(best, Levenshtein.normalized_similarity(va, vb) - 0.02)
    return best


def name_similarity(a_key: str, b_key: str) -> float:
    """0..1 similarity of two name keys (see :func:`name_key`), forgiving case endings and romanisation.

    1.0: the same key; about 0.95: the same stem with another case ending ("lukashenka" /
    "lukashenko", "putinu" / "putin"); a shorter mention scores by its own tokens ("lukashenko"
    vs "alexander lukashenko" = 1.0). A changed letter in a name of 8 letters scores about 0.85.
    """
    ta, tb = a_key.split(), b_key.split()
    if not ta or not tb:
        return 0.0
    if ta == tb:
        return 1.0
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    total = 0.0
    used: set[int] = set()
    for tok in short:
        best, best_i = 0.0, -1
        for i, other in enumerate(long_):
            if i in used:
                continue
            s = _token_similarity(tok, other)
            if s > best:
                best, best_i = s, i
        used.add(best_i)
        total += best * len(tok)
    return round(total / sum(len(t) for t in short), 4)


__all__ = ["name_key", "name_similarity"]
