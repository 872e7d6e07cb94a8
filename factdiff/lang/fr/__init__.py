"""French (fr): "1 403" groups with a (narrow no-break) space, "1,5 million", "2 milliards", "le 3 mars 2020"."""

from ...registry import languages
from ..base import LanguageProfile
from . import abbreviations, hedges, numbers, words


@languages.register("factdiff.lang.fr.v1")
class French(LanguageProfile, data=(abbreviations, hedges, numbers, words)):
    code = "fr"
    name = "French"
    first_class = True
