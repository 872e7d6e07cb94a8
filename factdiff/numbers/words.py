"""English number words: cardinals, ordinals, scales and fractions.

Kept apart from the regex scanner so the facts layer can normalise single tokens
("Second" -> 2 in "the Second World War") without parsing a whole sentence.
"""

from __future__ import annotations

import re

ONES: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES: dict[str, int] = {
    "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1_000, "millionth": 1_000_000, "billionth": 1_000_000_000,
}
# Denominators usable as fractions ("a third", "two-thirds", "three quarters").
FRACTIONS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}
MULTIPLIERS: dict[str, int] = {"twice": 2, "thrice": 3, "double": 2, "triple": 3, "treble": 3,
                               "quadruple": 4, "twofold": 2, "threefold": 3, "fourfold": 4,
                               "fivefold": 5, "sixfold": 6, "sevenfold": 7, "eightfold": 8,
                               "ninefold": 9, "tenfold": 10, "hundredfold": 100,
                               "thousandfold": 1000}
# Verbs that multiply a figure ("exports doubled", "halve the deficit", "a tripling of"): stem ->
# factor; every inflection is derived. A figure of kind "multiplier" like "twofold", so "doubled"
# and "a twofold rise" compare equal. The base forms are also adjectives ("a double murder"),
# so quantities.py reads them as figures only where a verb or predeterminer stands.
_MULTIPLY_STEMS: dict[str, float] = {"doubl": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0,
                                     "quintupl": 5.0, "halv": 0.5}
MULTIPLY_VERBS: dict[str, float] = {
    stem + ending: factor for stem, factor in _MULTIPLY_STEMS.items()
    for ending in ("e", "ed", "es", "ing")
    if stem + ending != "halves"  # the plural noun ("both halves") far more often than the verb
}

_SINGLE: dict[str, float] = {}
_SINGLE.update({k: float(v) for k, v in ONES.items()})
_SINGLE.update({k: float(v) for k, v in TENS.items()})
_SINGLE.update({k: float(v) for k, v in SCALES.items()})
_SINGLE.update({k: float(v) for k, v in ORDINALS.items()})
_SINGLE.update({k: float(v) for k, v in MULTIPLIERS.items()})
_SINGLE.update({"hundred": 100.0, "dozen": 12.0, "half": 0.5, "quarter": 0.25})

_ORD_SUFFIX = re.compile(r"^(\d+)(?:st|nd|rd|th)$", re.IGNORECASE)
_PLAIN_NUMBER = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_SUFFIX_SCALE = re.compile(r"^(\d+(?:\.\d+)?)(k|m|mn|bn|b|tn)$", re.IGNORECASE)
_SUFFIX_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}


def number_value(token: str) -> float | None:
    """Numeric value of a single token or hyphenated word, or ``None``.

    Used by the facts layer to normalise names that embed numbers ("World War Two" vs "the
    Second World War"): "sixth" -> 6, "Second" -> 2, "two" -> 2, "dozen" -> 12, "6th" -> 6,
    "1,403" -> 1403, "twenty-first" -> 21, "10k" -> 10000. The articles "a"/"an" return ``None``
    on their own.
    """
    t = token.strip().lower().replace("\u2010", "-").replace("\u2011", "-")
    if not t or t in ("a", "an"):
        return None
    if t in _SINGLE:
        return _SINGLE[t]
    m = _ORD_SUFFIX.match(t)
    if m:
        return float(m.group(1))
    if _PLAIN_NUMBER.match(t):
        return float(t.replace(",", ""))
    m = _SUFFIX_SCALE.match(t)
    if m:
        return float(m.group(1)) * _SUFFIX_SCALES[m.group(2)]
    if "-" in t:
        parsed = words_to_number(re.split(r"-", t))
        if parsed is not None and parsed[1] == len(t.split("-")):
            return parsed[0].value
    return None


class WordNumber:
    """Result of parsing a run of number words."""

    __slots__ = ("value", "kind", "precision")

    def __init__(self, value: float, kind: str, precision: float) -> None:
        self.value = value
        self.kind = kind  # "cardinal" | "ordinal" | "fraction"
        self.precision = precision

    def __repr__(self) -> str:
        return f"WordNumber({self.value!r}, {self.kind!r}, {self.precision!r})"


def trailing_precision(v: float) -> float:
    """10**(number of trailing zeros) of an integer value: the unit of its last non-zero digit."""
    if v < 100 or v != int(v):
        return 1.0
    n = int(v)
    p = 1
    while n % 10 == 0:
        n //= 10
        p *= 10
    return float(p)


_BIG_ORD = {"hundredth": 100, "thousandth": 1_000, "millionth": 1_000_000,
            "billionth": 1_000_000_000}


def _cardinal(tokens: list[str], i: int) -> tuple[float, int, str] | None:
    """Longest cardinal (or ordinal ending) from ``tokens[i]``: (value, end index, kind)."""
    total = 0.0
    current = 0.0
    prev: str | None = None
    best: tuple[float, int, str] | None = None
    n = len(tokens)
    j = i
    while j < n:
        t = tokens[j]
        if t in ("a", "an"):
            if prev in (None,) and j + 1 < n and (tokens[j + 1] in ("hundred", "dozen")
                                                 or tokens[j + 1] in SCALES):
                current = 1.0
                prev = "a"
                j += 1
                continue
            break
        if t == "and":
            if prev in ("hundred", "scale") and j + 1 < n and (
                tokens[j + 1] in ONES or tokens[j + 1] in TENS or tokens[j + 1] in ORDINALS
            ):
                prev = "and"
                j += 1
                continue
            break
        if t in ONES:
            v = ONES[t]
            if prev in (None, "hundred", "scale", "and") or (prev == "ten" and 0 < v < 10):
                current += v
                prev = "unit"
            else:
                break
        elif t in TENS:
            if prev in (None, "hundred", "scale", "and") and current % 100 == 0:
                current += TENS[t]
                prev = "ten"
            else:
                break
        elif t == "hundred":
            if prev in ("unit", "ten", "a") and 0 < current < 100:
                current *= 100
                prev = "hundred"
            else:
                break
        elif t in SCALES:
            s = SCALES[t]
            if prev in ("unit", "ten", "hundred", "a", "dozen") and current > 0 and (
                total == 0 or total > s * 999
            ):
                total += current * s
                current = 0.0
                prev = "scale"
            else:
                break
        elif t == "dozen":
            if prev in ("unit", "ten", "a") and current < 100:
                current *= 12
                prev = "dozen"
            else:
                break
        elif t in ORDINALS:
            v = ORDINALS[t]
            if t in _BIG_ORD:
                if prev in ("unit", "ten", "a"):
                    return (total + current * v, j + 1, "ordinal")
                if prev is None and t == "hundredth":
                    return (100.0, j + 1, "ordinal")
                break
            if (prev == "ten" and v < 10) or (prev in ("hundred", "scale", "and") and v < 100):
                return (total + current + v, j + 1, "ordinal")
            break
        else:
            break
        j += 1
        best = (total + current, j, "cardinal")
    return best


def words_to_number(tokens: list[str]) -> tuple[WordNumber, int] | None:
    """Parse the longest number at the start of ``tokens`` (lower-case words, no separators).

    Returns the number and how many tokens it used, or ``None``. Handles cardinals
    ("twenty five thousand", "a hundred and five", "two dozen"), ordinals ("twenty first",
    "Second"), fractions ("a third", "two thirds", "half") and "one and a half".
    """
    n = len(tokens)
    if not n:
        return None
    t0 = tokens[0]
    if t0 in ("a", "an") and n > 1 and tokens[1] in FRACTIONS and not tokens[1].endswith("s"):
        den = FRACTIONS[tokens[1]]
        return WordNumber(1.0 / den, "fraction", 1.0 / den), 2
    if t0 in ("half",):
        return WordNumber(0.5, "fraction", 0.5), 1
    card = _cardinal(tokens, 0)
    if card is None:
        if t0 in ORDINALS:
            return WordNumber(float(ORDINALS[t0]), "ordinal", 1.0), 1
        if t0 in MULTIPLIERS:
            return WordNumber(float(MULTIPLIERS[t0]), "multiplier", 1.0), 1
        return None
    value, j, kind = card
    if kind == "ordinal":
        return WordNumber(value, "ordinal", 1.0), j
    # "two thirds", "one quarter", "three fifths"
    if j == 1 and j < n and tokens[j] in FRACTIONS and 0 < value < FRACTIONS[tokens[j]] and (
        tokens[j].endswith("s") == (value > 1) or tokens[j] in ("half",)
    ) and tokens[j] != "halves":
        den = FRACTIONS[tokens[j]]
        return WordNumber(value / den, "fraction", 1.0 / den), j + 1
    # "one and a half", "two and a quarter", "three and three quarters"
    if j + 2 < n + 0 and tokens[j] == "and":
        rest = tokens[j + 1:j + 3]
        if len(rest) == 2 and rest[0] in ("a", "an", "one") and rest[1] in FRACTIONS and not (
            rest[1].endswith("s")
        ):
            den = FRACTIONS[rest[1]]
            return WordNumber(value + 1.0 / den, "cardinal", 1.0 / den), j + 3
        if len(rest) == 2 and rest[0] in ONES and rest[1] in FRACTIONS and rest[1].endswith("s"):
            den = FRACTIONS[rest[1]]
            num = ONES[rest[0]]
            if 0 < num < den:
                return WordNumber(value + num / den, "cardinal", 1.0 / den), j + 3
    return WordNumber(value, "cardinal", trailing_precision(value)), j
