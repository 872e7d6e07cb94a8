"""English (en): "1,403" groups and "1.403" is a decimal; "March 3, 2020" and "3 March 2020"."""

from ...registry import languages
from ..base import LanguageProfile
from . import abbreviations as _abbr
from . import hedges as _hedges
from . import numbers as _numbers
from . import words as _words


@languages.register("factdiff.lang.en.v1")
class English(LanguageProfile):
    code = "en"
    name = "English"
    first_class = True
    number_words = _numbers.NUMBER_WORDS
    article_ones = _numbers.ARTICLE_ONES
    scale_words = _numbers.SCALE_WORDS
    percent_words = _numbers.PERCENT_WORDS
    money_suffixes = _numbers.MONEY_SUFFIXES
    currency_before = _numbers.CURRENCY_BEFORE
    currency_after = _numbers.CURRENCY_AFTER
    hedges = _hedges.HEDGES
    abbreviations = _abbr.ABBREVIATIONS
    titles = _words.TITLES
    name_particles = _words.NAME_PARTICLES
    extra_stop_words = _words.EXTRA_STOP_WORDS
    quote_marks = _words.QUOTE_MARKS
    speech_verbs = _words.SPEECH_VERBS
    speech_phrases = _words.SPEECH_PHRASES
    date_connectors = _words.DATE_CONNECTORS
    year_suffixes = _words.YEAR_SUFFIXES
    ambiguous_months = _words.AMBIGUOUS_MONTHS
    month_cues = _words.MONTH_CUES
    month_day_order = True
    exonyms = _words.EXONYMS
    relative_days = _words.RELATIVE_DAYS
