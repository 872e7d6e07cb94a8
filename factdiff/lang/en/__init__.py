"""English (en): "1,403" groups and "1.403" is a decimal; "March 3, 2020" and "3 March 2020"."""

from ...registry import languages
from ..base import LanguageProfile
from . import abbreviations, hedges, numbers, words


@languages.register("factdiff.lang.en.v1")
class English(LanguageProfile, data=(abbreviations, hedges, numbers, words)):
    code = "en"
    name = "English"
    first_class = True
    month_day_order = True
