"""Dutch (nl): "1.403" groups, "1,5 miljoen", "2 miljard", "3 maart 2020"."""

from ...registry import languages
from ..base import LanguageProfile
from . import abbreviations, hedges, numbers, words


@languages.register("factdiff.lang.nl.v1")
class Dutch(LanguageProfile, data=(abbreviations, hedges, numbers, words)):
    code = "nl"
    name = "Dutch"
    first_class = True
