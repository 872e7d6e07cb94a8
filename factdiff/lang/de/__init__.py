"""German (de): "1.403" groups, "1,5 Mio.", "2,3 Milliarden", "3. März 2020"; every noun is capitalised."""

from ...registry import languages
from ..base import LanguageProfile
from . import abbreviations, hedges, numbers, words


@languages.register("factdiff.lang.de.v1")
class German(LanguageProfile, data=(abbreviations, hedges, numbers, words)):
    code = "de"
    name = "German"
    first_class = True
    nouns_capitalised = True
