"""The two value types of the language layer: a comparable fact and a language guess.

Kept apart from the profiles so the cross-language aligner and the reports can import them
without loading spaCy, Babel or a language detector.
"""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("number", "date", "name", "quote")
QUALIFIERS = ("about", "more_than", "less_than", "at_least", "up_to", "nearly")
SCALES = {1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion"}


@dataclass(frozen=True)
class XFact:
    """A fact that survives translation, with its exact span in the text as given.

    ``text[start:end] == self.text`` always: spans are never normalised; ``key`` is the
    normalised form used for matching across languages.
    """

    kind: str  # "number" | "date" | "name" | "quote"
    start: int
    end: int
    text: str
    value: float | None = None  # number: the value with the scale applied ("1,5 juta" -> 1500000.0)
    scale: str | None = None  # "thousand" | "million" | "billion" | "trillion" | None
    unit: str | None = None  # "percent" | ISO 4217 currency ("USD", "EUR", "IDR", "RUB") | None
    qualifier: str | None = None  # "about" | "more_than" | "less_than" | "at_least" | "up_to" | "nearly"
    year: int | None = None
    month: int | None = None  # 1-12
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    key: str = ""  # names: ASCII lowercase; numbers: canonical value; dates: ISO-like; quotes: speaker key
    speaker: str | None = None  # quote: the named speaker (surface form) when the sentence says who


@dataclass(frozen=True)
class LanguageGuess:
    """What :func:`factdiff.lang.detect` found: an ISO 639-1 code or "und", and why."""

    code: str  # "en", "id", "ru"... or "und" (cannot tell)
    confidence: float  # 0..1; low for short texts
    script: str  # dominant script of the letters: "Latin", "Cyrillic", "Han"..., "" if none
    reason: str  # one line for a report

    @property
    def known(self) -> bool:
        """True when a language was named (not "und")."""
        return self.code != "und"


__all__ = ["KINDS", "QUALIFIERS", "SCALES", "LanguageGuess", "XFact"]
