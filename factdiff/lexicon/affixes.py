"""Prefixes that flip or qualify a word: "anti-Soviet" vs "Soviet", "ex-Soviet" vs "Soviet".

Why separate: these are string rules that need no WordNet (hyphenated
prefixes are unambiguous), so they keep working when the database is absent
and cover names WordNet never lists.
"""

from __future__ import annotations

from collections.abc import Callable

# Hyphenated prefixes that negate their stem ("non-binding" vs "binding").
NEGATING_HYPHENATED = ("anti-", "non-")
# Unhyphenated ones are only trusted when the stem is a known word ("unharmed").
NEGATING_BARE = ("non", "un")
# Every prefix that may negate its stem ("unneeded", "illegal", "disconnected", "noncandidate",
# "misconstrue"); whether it does is the caller's question ("invaluable", "inflammable" do not).
NEGATIVE_PREFIXES = ("non", "un", "in", "im", "il", "ir", "dis", "mis")
MIN_STEM = 4
# Opposite stances on the same stem ("pro-Russian" vs "anti-Russian").
OPPOSED_PREFIXES = (("pro-", "anti-"), ("pre-", "post-"))
# Prefixes that qualify without negating: dropping one changes the claim a little.
QUALIFYING = ("ex-", "former-", "then-", "vice-", "acting-", "deputy-", "pre-", "post-")


def _split(word: str, prefixes: tuple[str, ...]) -> tuple[str, str] | None:
    for p in prefixes:
        if word.startswith(p) and len(word) > len(p) + 1:
            return p, word[len(p) :]
    return None


def negated(a: str, b: str, known: Callable[[str], bool] | None = None) -> bool:
    """True if one word is the other with a negating prefix, or they take opposed prefixes.

    *known* tells whether a bare stem is a real word; without it only the
    hyphenated rules apply.
    """
    a, b = a.lower(), b.lower()
    for x, y in ((a, b), (b, a)):
        hit = _split(y, NEGATING_HYPHENATED)
        if hit and hit[1] == x:
            return True
        if known is not None:
            for p in NEGATING_BARE:
                if y == p + x and known(x):
                    return True
    for p1, p2 in OPPOSED_PREFIXES:
        for x, y in ((a, b), (b, a)):
            if x.startswith(p1) and y.startswith(p2) and x[len(p1) :] == y[len(p2) :]:
                return True
    return False


def negative_stems(word: str, known: Callable[[str], bool]) -> list[tuple[str, str]]:
    """(prefix, stem) readings of *word* as a negative prefix on a known word, longest prefix first.

    "unneeded" -> [("un", "needed")]; "illegal" -> [("il", "legal")]; "non-binding" ->
    [("non", "binding")].  Only the spelling is judged here: "information" gives
    ("in", "formation"), and the caller decides whether the prefix negates.
    """
    w = word.lower()
    out = []
    for p in sorted(NEGATIVE_PREFIXES, key=len, reverse=True):
        if not w.startswith(p):
            continue
        stem = w[len(p):].removeprefix("-")
        if len(stem) >= MIN_STEM and stem.isalpha() and known(stem):
            out.append((p, stem))
    return out


def qualifier_dropped(a: str, b: str) -> bool:
    """True if one word is the other with a qualifying prefix ("ex-Soviet" / "Soviet")."""
    a, b = a.lower(), b.lower()
    for x, y in ((a, b), (b, a)):
        hit = _split(y, QUALIFYING)
        if hit and hit[1] == x:
            return True
    return False


__all__ = [
    "NEGATING_BARE",
    "NEGATING_HYPHENATED",
    "NEGATIVE_PREFIXES",
    "OPPOSED_PREFIXES",
    "QUALIFYING",
    "negated",
    "negative_stems",
    "qualifier_dropped",
]
