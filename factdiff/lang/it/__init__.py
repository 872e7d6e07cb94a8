"""Italian (it): "1.403" groups, "1,5 milioni", "2 miliardi", "10 mila", "3 marzo 2020"."""

from ...registry import languages
from ..base import LanguageProfile
from . import abbreviations, hedges, numbers, words


@languages.register("factdiff.lang.it.v1")
class Italian(LanguageProfile, data=(abbreviations, hedges, numbers, words)):
    code = "it"
    name = "Italian"
    first_class = True
