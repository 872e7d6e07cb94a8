"""German words for names, quotes and dates. Every noun is capitalised: a capitalised word
is a name only on evidence (see base.LanguageProfile._proper_by_evidence)."""

TITLES = frozenset("""präsident präsidentin bundespräsident minister ministerin bundeskanzler
    bundeskanzlerin kanzler kanzlerin ministerpräsident ministerpräsidentin außenminister
    außenministerin general gouverneur bürgermeister bürgermeisterin direktor direktorin
    sprecher sprecherin chef chefin könig königin prinz prinzessin papst senator senatorin
    abgeordnete abgeordneter doktor professor professorin herr frau oberst hauptmann
    botschafter botschafterin richter richterin regierungschef regierungschefin""".split())
NAME_PARTICLES = frozenset("von van der de zu vom".split())
EXTRA_STOP_WORDS = frozenset("""laut zufolge jedoch allerdings dennoch trotzdem während
    nachdem bevor seit gestern heute""".split())
QUOTE_MARKS = (("„", "“"), ("»", "«"), ("‚", "‘"), ("“", "”"), ("\"", "\""))
SPEECH_VERBS = frozenset("""sagte sagt sagten erklärte erklärt betonte betont teilte
    meinte meint sagen erklären warnte warnt fügte kündigte so""".split())
SPEECH_PHRASES = ("laut", "zufolge", "nach angaben von", "nach worten von")
DATE_CONNECTORS: tuple[str, ...] = ()
YEAR_SUFFIXES: tuple[str, ...] = ()
EXONYMS = {
    "USA": "united states", "US": "united states", "Amerika": "united states", "UN": "un",
    "UNO": "un", "Vereinte Nationen": "un", "EU": "eu", "NATO": "nato", "WHO": "who",
    "IWF": "imf", "FBI": "fbi", "CIA": "cia", "HIV": "hiv", "Aids": "aids", "AIDS": "aids",
    "KI": "ai", "Großbritannien": "united kingdom", "England": "england",
}
# relative days that translation keeps (words that are also "morning", like "mañana", "Morgen", left out)
RELATIVE_DAYS = {"gestern": -1, "heute": 0, "vorgestern": -2, "übermorgen": 2}
