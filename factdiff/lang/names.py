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
from typing import Any
from unicodedata import name as _uname_raw

from anyascii import anyascii
from rapidfuzz.distance import Levenshtein


def _uname(c: str) -> str:
    return _uname_raw(c, "")


_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# Slavic case endings in their ASCII (anyascii) spelling, longest first: a token is also compared
# without one of them ("putinu" ~ "putin", "lukashenka" ~ "lukashenko").
_ENDINGS = ("ieyu", "aya", "uyu", "ogo", "ego", "omu", "emu", "ymi", "imi", "oyu", "eyu", "ykh",
            "ikh", "yy", "iy", "om", "em", "oy", "ey", "oi", "ei", "ym", "im", "yu", "ya", "iu", "ia",
            "u", "a", "e", "y", "i", "o")
# Romanisation variants of one Cyrillic spelling, folded before comparing.
_FOLDS = ((re.compile(r"(?:iy|yy|yi|ii|ij)$"), "y"), (re.compile(r"kh"), "h"),
          (re.compile(r"x"), "ks"), (re.compile(r"j"), "y"), (re.compile(r"tz"), "ts"),
          (re.compile(r"ie"), "e"), (re.compile(r"w"), "v"), (re.compile(r"ph"), "f"))


# Ukrainian letters whose usual English romanisation (the 2010 national standard, which English
# news follows: Volodymyr, Kyiv, Zelenskyi, Kharkiv) differs from anyascii's Russian-style reading.
_UK_LETTERS = str.maketrans({"и": "y", "И": "Y", "г": "h", "Г": "H", "ґ": "g", "Ґ": "G",
                             "і": "i", "І": "I", "ї": "i", "Ї": "Yi", "є": "ie", "Є": "Ye"})
_SOFT = re.compile(r"['’ʹʼ`]")
_DOTTED = re.compile(r"(?:[^\W\d_]{1,2}\. ?){2,}")


@lru_cache(maxsize=65536)
def name_key(text: str, lang: str | None = None) -> str:
    """ASCII-folded, transliterated, lowercased form of a name: the comparison key.

    ``lang="uk"`` reads the Ukrainian letters as English news romanises them ("Зеленський" ->
    "zelenskyi", "Київ" -> "kyiv"); otherwise anyascii's tables ("Лукашенко" -> "lukashenko").
    Apostrophes and soft signs vanish ("O'Brien" -> "obrien", "Зеленский" -> "zelenskiy").
    """
    if lang == "uk":
        text = text.translate(_UK_LETTERS)
    if _DOTTED.fullmatch(text):
        return text.replace(".", "").replace(" ", "").lower()  # "U.S." -> "us", "EE. UU." -> "eeuu"
    return _NON_ALNUM.sub(" ", _SOFT.sub("", anyascii(text)).lower()).strip()


@lru_cache(maxsize=65536)
def _fold(token: str) -> str:
    for pattern, repl in _FOLDS:
        token = pattern.sub(repl, token)
    return token


@lru_cache(maxsize=65536)
def _raw_variants(token: str) -> tuple[str, ...]:
    out = [token]
    for ending in _ENDINGS:
        if token.endswith(ending) and len(token) - len(ending) >= 3:
            out.append(token[: -len(ending)])
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=65536)
def _variants(token: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(_fold(t) for t in _raw_variants(token)))


# English spellings read as they sound, for names Cyrillic writes phonetically ("Трамп" = Trump,
# "Кавано" = Kavanaugh, "Уоррен" = Warren): both sides are reduced to a consonant skeleton.
_SOUNDS = ((re.compile(r"^uo|^uu"), "v"), (re.compile(r"[ao]ugh"), "o"), (re.compile(r"ough"), "o"),
           (re.compile(r"tch"), "ch"), (re.compile(r"sch"), "sh"), (re.compile(r"ck"), "k"),
           (re.compile(r"qu"), "kv"), (re.compile(r"q"), "k"), (re.compile(r"ph"), "f"),
           (re.compile(r"th"), "t"), (re.compile(r"dzh|zh|dj"), "j"), (re.compile(r"kh"), "h"),
           (re.compile(r"x"), "ks"), (re.compile(r"w"), "v"), (re.compile(r"c(?=[eiy])"), "s"),
           (re.compile(r"c(?!h)"), "k"), (re.compile(r"gh"), "g"), (re.compile(r"(?<=[aeiou])[iy](?=[^aeiou]|$)"), ""))
_VOWELS = re.compile(r"[aeiouy]+")
_VOWEL_CLASS = {"a": "a", "o": "a", "u": "a", "e": "e", "i": "e", "y": "e"}


@lru_cache(maxsize=65536)
def _sounds(token: str) -> str:
    for pattern, repl in _SOUNDS:
        token = pattern.sub(repl, token)
    return token


@lru_cache(maxsize=65536)
def _skeleton(token: str) -> str:
    """The consonants: "trump" and "tramp" -> "trmp" (the first letter kept even if a vowel)."""
    token = _sounds(token)
    return token[:1] + _VOWELS.sub("", token[1:])


@lru_cache(maxsize=65536)
def _vowel_skeleton(token: str) -> str:
    """Consonants and each vowel run as its class (a/o/u, e/i/y): keeps a little of the vowels."""
    return _VOWELS.sub(lambda m: _VOWEL_CLASS[m.group()[-1]], _sounds(token))


def _phonetic(a: str, b: str) -> float:
    """How alike two spellings sound, scaled below an exact romanisation (0.92 at most)."""
    sa, sb = _skeleton(a), _skeleton(b)
    if len(sa) < 2 or len(sb) < 2 or sa[0] != sb[0]:
        return 0.0
    cons = Levenshtein.normalized_similarity(sa, sb)
    vow = Levenshtein.normalized_similarity(_vowel_skeleton(a), _vowel_skeleton(b))
    if len(sa) == 2 and (sa != sb or vow < 0.6):
        return 0.0  # two consonants say little: "Lee"/"Лі", "Daley"/"Дейлі" only when alike throughout
    return 0.92 * (0.85 * cons + 0.15 * vow)


def _token_similarity(a: str, b: str, phonetic: bool = False) -> float:
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
    if phonetic:  # the same sounds spelled by another language (on the unfolded spellings)
        for va in _raw_variants(a):
            for vb in _raw_variants(b):
                best = max(best, _phonetic(va, vb))
    return best


def name_similarity(a_key: str, b_key: str, *, phonetic: bool = False) -> float:
    """0..1 similarity of two name keys (see :func:`name_key`), forgiving case endings and romanisation.

    1.0: the same key; about 0.95: the same stem with another case ending ("lukashenka" /
    "lukashenko", "putinu" / "putin"); a shorter mention scores by its own tokens ("lukashenko"
    vs "alexander lukashenko" = 1.0). A changed letter in a name of 8 letters scores about 0.85.
    ``phonetic=True`` (one side written in another script, see :func:`fact_name_similarity`) also
    forgives an English spelling written as it sounds ("tramp"/"trump", "kavano"/"kavanaugh":
    0.92), so a letter dropped or doubled there scores about 0.8.
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
            s = _token_similarity(tok, other, phonetic)
            if s > best:
                best, best_i = s, i
        used.add(best_i)
        total += best * len(tok)
    return round(total / sum(len(t) for t in short), 4)


def is_latin(text: str) -> bool:
    """Whether the letters of ``text`` are (mostly) Latin script: a name in it needs no phonetic match."""
    letters = [c for c in text if c.isalpha()]
    return not letters or sum(1 for c in letters if c.isascii() or "LATIN" in _uname(c)) * 2 >= len(letters)


def fact_name_similarity(a: Any, b: Any) -> float:
    """:func:`name_similarity` of two name facts (XFact), phonetic when their scripts differ."""
    return name_similarity(a.key, b.key, phonetic=is_latin(a.text) != is_latin(b.text))


def stems(token: str) -> tuple[str, ...]:
    """A key token and its forms without a case ending (folded), for looking up inflected names."""
    return _variants(token)


__all__ = ["fact_name_similarity", "is_latin", "name_key", "name_similarity", "stems"]
