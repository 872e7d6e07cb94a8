"""Portuguese (pt): "1.403" groups, "1,5 milhão", "mil milhões" / "bilhões" are billions, "3 de março de 2020"."""

from ...registry import languages
from ..base import LanguageProfile
from . import abbreviations, hedges, numbers, words


@languages.register("factdiff.lang.pt.v1")
class Portuguese(LanguageProfile, data=(abbreviations, hedges, numbers, words)):
    code = "pt"
    name = "Portuguese"
    first_class = True
