"""Surname morphology and transliteration, to tell variants from different people.

String similarity alone cannot decide: "Lutskina"/"Lutsina" (a dropped letter,
same person) and "Ivanov"/"Ivanova" (a masculine and a feminine surname,
usually two people) score alike. Gendered endings and transliteration
alternations are what separate them.
"""

from __future__ import annotations

import re
from functools import lru_cache

# (masculine, feminine) endings of Slavic, Baltic and other surnames
_GENDERED = (
    ("skiy", "skaya"), ("sky", "skaya"), ("ski", "ska"), ("skyi", "ska"), ("ckiy", "ckaya"),
    ("ov", "ova"), ("ev", "eva"), ("in", "ina"), ("yn", "yna"), ("iy", "aya"), ("oy", "aya"),
    ("as", "ienė"), ("is", "ienė"), ("os", "ou"), ("", "a"),
)

# ordered rewrites that collapse common romanisations of the same name
_TRANSLIT = [
    (re.compile(p), r)
    for p, r in (
        (r"x", "ks"),
        (r"shch|sch", "s"),
        (r"sh|zh|ch|kh", lambda m: {"sh": "s", "zh": "z", "ch": "c", "kh": "h"}[m.group()]),  # type: ignore[dict-item]
        (r"tz|ts|cz", "t"),
        (r"ph", "f"),
        (r"w", "v"),
        (r"ou|oo", "u"),
        (r"[yj]", "i"),
        (r"ie|ii|iy", "i"),
        (r"ck|q", "k"),
        (r"h$", ""),
    )
]


@lru_cache(maxsize=4096)
def translit_key(word: str) -> str:
    """A form in which romanisation variants of one name agree ("Kseniya"/"Ksenia")."""
    s = word.lower()
    for pattern, repl in _TRANSLIT:
        s = pattern.sub(repl, s)  # type: ignore[arg-type]
    return s


def gendered_pair(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` are masculine/feminine forms of one surname."""
    a, b = a.lower(), b.lower()
    for masc, fem in _GENDERED:
        for x, y in ((a, b), (b, a)):
            if x.endswith(masc) and y.endswith(fem):
                stem_x = x[: len(x) - len(masc)] if masc else x
                stem_y = y[: len(y) - len(fem)]
                if stem_x and stem_x == stem_y:
                    return True
    return False
