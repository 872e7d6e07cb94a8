"""The profile for a language without one of its own: digits, percentages, currency symbols,
Latin-script capitalised names, and CLDR separators and month names when Babel knows the locale."""

from __future__ import annotations

from .base import LanguageProfile


class GenericProfile(LanguageProfile):
    """Only what needs no knowledge of the language's words."""

    first_class = False
    compares_kinds = ("number", "date", "name")

    def __init__(self, code: str) -> None:
        self.code = code if code and code != "auto" else "und"
        self.name = f"generic ({self.code})"
        self.spacy_code = "xx"
        self.babel_locale = self.code if self.code != "und" else "en"

    def compares(self) -> tuple[str, ...]:
        try:
            from babel import Locale

            Locale.parse(self.code)
            return self.compares_kinds
        except Exception:
            return ("number", "name")

    def _name_word(self, word, pos, text, stats, *, in_run):  # type: ignore[no-untyped-def]
        if not word.isascii() and not word[:1].isascii():
            return False  # Latin-script names only: other scripts have no capitals to go by
        return super()._name_word(word, pos, text, stats, in_run=in_run)

    def _proper_by_evidence(self, low: str, stats) -> bool:  # type: ignore[no-untyped-def]
        return low in stats.mid_caps and low not in stats.lowercase


def generic_profile(code: str) -> GenericProfile:
    """A generic profile for ``code`` (not cached here: get_profile caches)."""
    return GenericProfile(code)


__all__ = ["GenericProfile", "generic_profile"]
