"""Ukrainian (uk): "1 403" groups with a (no-break) space, "1,5 млн", "3 тис.", "3 березня 2020 року"."""

from ...registry import languages
from ..base import LanguageProfile
from . import abbreviations, hedges, numbers, words


@languages.register("factdiff.lang.uk.v1")
class Ukrainian(LanguageProfile, data=(abbreviations, hedges, numbers, words)):
    code = "uk"
    name = "Ukrainian"
    first_class = True
    inflected_names = True
