"""French words for names, quotes and dates."""

TITLES = frozenset("""président présidente ministre général premier première gouverneur maire
    directeur directrice porte-parole chef secrétaire roi reine prince princesse pape sénateur
    sénatrice député députée docteur professeur monsieur madame mademoiselle colonel capitaine
    lieutenant commandant chancelier ambassadeur juge""".split())
NAME_PARTICLES = frozenset("de du des la le d van von".split())
EXTRA_STOP_WORDS = frozenset("""selon cependant pourtant ainsi alors mais toutefois durant
    pendant après avant depuis hier aujourd""".split())
QUOTE_MARKS = (("«", "»"), ("“", "”"), ("\"", "\""), ("‹", "›"))
SPEECH_VERBS = frozenset("""dit déclaré affirmé expliqué ajouté souligné estimé indiqué assuré
    précisé annoncé dit-il dit-elle déclare affirme explique ajoute souligne estime indique
    assure précise a-t-il a-t-elle""".split())
SPEECH_PHRASES = ("selon", "d'après", "d’après")
DATE_CONNECTORS: tuple[str, ...] = ()
YEAR_SUFFIXES: tuple[str, ...] = ()
ELISIONS = ("l", "d", "j", "n", "s", "c", "m", "t", "qu", "jusqu", "lorsqu", "puisqu")
EXONYMS = {
    "É.-U.": "united states", "USA": "united states", "Amérique": "united states", "ONU": "un",
    "UE": "eu", "Union européenne": "eu", "OTAN": "nato", "OMS": "who", "FMI": "imf",
    "FBI": "fbi", "CIA": "cia", "VIH": "hiv", "sida": "aids", "SIDA": "aids", "IA": "ai",
    "Nations unies": "un", "Grande-Bretagne": "united kingdom",
}
# relative days that translation keeps (words that are also "morning", like "mañana", "Morgen", left out)
RELATIVE_DAYS = {"hier": -1, "aujourd'hui": 0, "aujourd’hui": 0, "demain": 1, "avant-hier": -2}
