"""The profile for a language without one of its own: digits, percentages, currency symbols,
Latin-script capitalised names, and CLDR separators and month names when Babel knows the locale."""

from __future__ import annotations

from .base import LanguageProfile
from .names import is_latin


class GenericProfile(LanguageProfile):
    """Only what needs no knowledge of the language's words."""

    first_class = False
    compares_kinds = ("number", "date", "name")

    def __init__(self, code: str) -> None:
        self.code = code if code and code != "auto" else "und"
        self.name = f"generic ({self.code})"
        self.spacy_code = self.code if _spacy_has(self.code) else "xx"
        self.babel_locale = self.code if self.code != "und" else "en"

    def compares(self) -> tuple[str, ...]:
        try:
            from babel import Locale

            Locale.parse(self.code)
            return self.compares_kinds
        except Exception:
            return ("number", "name")

    def _name_word(self, word, pos, text, stats, *, in_run):  # type: ignore[no-untyped-def]
        if not is_latin(word):
            return False  # Latin-script names only: Cyrillic and others need a profile
        return super()._name_word(word, pos, text, stats, in_run=in_run)

    def _proper_by_evidence(self, low: str, stats) -> bool:  # type: ignore[no-untyped-def]
        return low in stats.mid_caps and low not in stats.lowercase


def _spacy_has(code: str) -> bool:
    """Whether spaCy has a language class (tokenizer rules, stop words) for ``code``."""
    import importlib.util

    return bool(code.isalpha() and importlib.util.find_spec(f"spacy.lang.{code}") is not None)


def generic_profile(code: str) -> GenericProfile:
    """A generic profile for ``code`` (not cached here: get_profile caches)."""
    return GenericProfile(code)


__all__ = ["GenericProfile", "generic_profile"]
