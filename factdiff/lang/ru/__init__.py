"""Russian (ru): "1 403" groups with a (no-break) space, "1,5 млн", "3 тыс.", "3 марта 2020 года" (genitive) and "март" (nominative)."""

from ...registry import languages
from ..base import LanguageProfile
from . import abbreviations, hedges, numbers, words


@languages.register("factdiff.lang.ru.v1")
class Russian(LanguageProfile, data=(abbreviations, hedges, numbers, words)):
    code = "ru"
    name = "Russian"
    first_class = True
    inflected_names = True
