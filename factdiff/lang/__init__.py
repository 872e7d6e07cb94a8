"""Languages for cross-language comparison: detection and one profile per language.

``detect(text)`` names the language of a text (a maintained identifier shipping its model in
its wheel, imported on first use only); ``get_profile(code)`` gives the profile that splits its
sentences and extracts the facts that survive translation (numbers, dates, names, quotes) as
:class:`XFact` spans into the text as given. Profiles are registered like the checks
("factdiff.lang.id.v1") and laid out like spaCy's ``spacy/lang/<code>/``: the logic once in
``base.py``, the data per language in ``<code>/``.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

from ..errors import Errors, OptionError
from ..registry import languages as registry
from .base import LanguageProfile
from .detect import detect
from .model import KINDS, QUALIFIERS, LanguageGuess, XFact
from .names import fact_name_similarity, is_latin, name_key, name_similarity

FIRST_CLASS = ("en", "id", "es", "fr", "pt", "de", "it", "nl", "ru", "uk")
# ISO 639-3 codes and English names of the first-class languages (and a few others) -> ISO 639-1
_ALIASES = {
    "eng": "en", "english": "en", "ind": "id", "indonesian": "id", "spa": "es", "spanish": "es",
    "fra": "fr", "fre": "fr", "french": "fr", "por": "pt", "portuguese": "pt", "deu": "de",
    "ger": "de", "german": "de", "ita": "it", "italian": "it", "nld": "nl", "dut": "nl",
    "dutch": "nl", "rus": "ru", "russian": "ru", "ukr": "uk", "ukrainian": "uk", "arb": "ar",
    "ara": "ar", "arabic": "ar", "zho": "zh", "chi": "zh", "cmn": "zh", "chinese": "zh",
    "jpn": "ja", "japanese": "ja", "hin": "hi", "hindi": "hi", "msa": "ms", "zsm": "ms",
    "pol": "pl", "polish": "pl", "ces": "cs", "cze": "cs", "czech": "cs", "tur": "tr",
}


def normalize_code(value: str) -> str:
    """An ISO 639-1 code for a language code or English name: "ind" -> "id", "pt-BR" -> "pt",
    "Russian" -> "ru"; "und" when empty. Raises OptionError (E120) for what is no language code."""
    raw = (value or "").strip().lower().replace("_", "-")
    if not raw or raw in ("und", "auto"):
        return "und" if raw != "auto" else "auto"
    base = raw.split("-", 1)[0]
    if base in _ALIASES:
        return _ALIASES[base]
    if len(base) == 2 and base.isalpha() and base.isascii():
        return base
    if len(base) == 3 and base.isalpha() and base.isascii():
        return base  # an ISO 639-3 code without a two-letter one: a generic profile
    raise OptionError(Errors.E120.format(value=value, choices=", ".join(FIRST_CLASS)))


def available() -> list[str]:
    """The first-class language codes (each has a registered profile)."""
    return list(FIRST_CLASS)


def get_profile(code: str) -> LanguageProfile:
    """The profile for ``code`` (registry name f"factdiff.lang.{code}.v1"), loaded once.

    A code without a first-class profile gets the generic one (digits, percentages, Latin-script
    capitalised names, CLDR month names and separators when Babel knows the locale), first_class=False.
    """
    try:
        code = normalize_code(code)
    except OptionError:
        code = "und"
    return _load(code)


@lru_cache(maxsize=64)
def _load(code: str) -> LanguageProfile:
    name = f"factdiff.lang.{code}.v1"
    if code in FIRST_CLASS:
        importlib.import_module(f"{__name__}.{code}")
    try:
        cls = registry.get(name)
    except Exception:
        from .generic import generic_profile

        return generic_profile(code)
    return cls()


__all__ = ["FIRST_CLASS", "KINDS", "QUALIFIERS", "LanguageGuess", "LanguageProfile", "XFact",
           "available", "detect", "fact_name_similarity", "get_profile", "is_latin", "name_key",
           "name_similarity", "normalize_code"]
