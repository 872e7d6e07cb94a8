"""Indonesian (id): "1.403" groups, "1,5 juta" is 1.5 million, months capitalised ("12 Maret 2020")."""

from ...registry import languages
from ..base import LanguageProfile
from . import abbreviations, hedges, numbers, words


@languages.register("factdiff.lang.id.v1")
class Indonesian(LanguageProfile, data=(abbreviations, hedges, numbers, words)):
    code = "id"
    name = "Indonesian"
    first_class = True
