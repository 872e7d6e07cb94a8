"""Spanish (es): "1.403" groups, "2 millones", "mil millones" is a billion, "12 de marzo de 2020"."""

from ...registry import languages
from ..base import LanguageProfile
from . import abbreviations, hedges, numbers, words


@languages.register("factdiff.lang.es.v1")
class Spanish(LanguageProfile, data=(abbreviations, hedges, numbers, words)):
    code = "es"
    name = "Spanish"
    first_class = True
