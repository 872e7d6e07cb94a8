"""English words for names, quotes and dates."""

TITLES = frozenset("""president vice minister prime general governor mayor chairman chairwoman
    director spokesman spokeswoman spokesperson chief secretary king queen prince princess pope
    senator representative doctor professor mr mrs ms dr colonel captain lieutenant commander
    chancellor ambassador sheikh judge justice foreign interior defence defense finance
    health""".split())
NAME_PARTICLES = frozenset("de del van von der da bin al la le".split())
EXTRA_STOP_WORDS = frozenset("""however meanwhile according despite although but while
    after before during since yesterday today""".split())
QUOTE_MARKS = (("“", "”"), ("\"", "\""), ("‘", "’"))
SPEECH_VERBS = frozenset("""said says told tells added adds stated declared announced
    explained noted stressed warned insisted claimed wrote""".split())
SPEECH_PHRASES = ("according to",)
DATE_CONNECTORS = ("of",)
YEAR_SUFFIXES: tuple[str, ...] = ()
AMBIGUOUS_MONTHS = frozenset({"may", "march", "jan", "sept", "sep"})
MONTH_CUES = frozenset("""in of since until till by early late mid last next this from through
    during before after throughout""".split())
# aliases and acronyms -> the key other languages' names are mapped to
EXONYMS = {
    "U.S.": "united states", "US": "united states", "USA": "united states", "U.S.A.": "united states",
    "America": "united states", "UK": "united kingdom", "U.K.": "united kingdom",
    "Britain": "united kingdom", "Great Britain": "united kingdom", "UN": "un", "U.N.": "un",
    "United Nations": "un", "EU": "eu", "European Union": "eu", "NATO": "nato", "WHO": "who",
    "IMF": "imf", "FBI": "fbi", "CIA": "cia", "HIV": "hiv", "AIDS": "aids", "AI": "ai",
    "North Korea": "north korea", "South Korea": "south korea", "Russia": "russia",
    "Turkey": "turkey", "Türkiye": "turkey", "Czechia": "czech republic", "Burma": "myanmar",
    "Hong Kong": "hong kong", "Macao": "macau", "Côte d'Ivoire": "ivory coast",
}
# relative days that translation keeps (words that are also "morning", like "mañana", "Morgen", left out)
RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tomorrow": 1}
