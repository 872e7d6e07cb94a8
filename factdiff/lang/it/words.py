"""Italian words for names, quotes and dates."""

TITLES = frozenset("""presidente ministro ministra generale governatore sindaco sindaca direttore
    direttrice portavoce capo segretario segretaria re regina principe principessa papa
    senatore senatrice deputato deputata dottore dottoressa professore professoressa signor
    signore signora colonnello capitano tenente comandante cancelliere ambasciatore giudice
    premier""".split())
NAME_PARTICLES = frozenset("di de da del della dei van von".split())
EXTRA_STOP_WORDS = frozenset("""secondo tuttavia però intanto mentre dopo prima durante ieri
    oggi""".split())
QUOTE_MARKS = (("«", "»"), ("“", "”"), ("\"", "\""), ("‘", "’"))
SPEECH_VERBS = frozenset("""detto dichiarato affermato spiegato aggiunto sottolineato
    dice dichiara afferma spiega aggiunge sottolinea ribadito ribadisce osservato
    precisato annunciato""".split())
SPEECH_PHRASES = ("secondo", "a detta di")
DATE_CONNECTORS = ("del",)
YEAR_SUFFIXES: tuple[str, ...] = ()
ELISIONS = ("l", "d", "dell", "all", "dall", "nell", "sull", "un", "quest", "c")
EXONYMS = {
    "USA": "united states", "ONU": "un", "UE": "eu", "Unione europea": "eu", "NATO": "nato",
    "OMS": "who", "FMI": "imf", "FBI": "fbi", "CIA": "cia", "HIV": "hiv", "AIDS": "aids",
    "IA": "ai", "Nazioni Unite": "un", "Gran Bretagna": "united kingdom", "America": "united states",
}
# relative days that translation keeps (words that are also "morning", like "mañana", "Morgen", left out)
RELATIVE_DAYS = {"ieri": -1, "oggi": 0, "domani": 1, "l'altro ieri": -2}
