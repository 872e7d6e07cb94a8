"""Dutch words for names, quotes and dates."""

TITLES = frozenset("""president premier minister minister-president generaal gouverneur
    burgemeester directeur directrice woordvoerder woordvoerster koning koningin prins
    prinses paus senator dokter professor meneer mevrouw kolonel kapitein luitenant
    commandant kanselier ambassadeur rechter voorzitter""".split())
NAME_PARTICLES = frozenset("van de der den ter ten het von".split())
EXTRA_STOP_WORDS = frozenset("""volgens echter toch intussen terwijl nadat voordat sinds
    gisteren vandaag""".split())
QUOTE_MARKS = (("“", "”"), ("‘", "’"), ("\"", "\""), ("„", "”"))
SPEECH_VERBS = frozenset("""zei zegt zeiden verklaarde verklaart stelde stelt benadrukte
    benadrukt aldus liet meldde meldt waarschuwde voegde""".split())
SPEECH_PHRASES = ("volgens", "aldus")
DATE_CONNECTORS: tuple[str, ...] = ()
YEAR_SUFFIXES: tuple[str, ...] = ()
EXONYMS = {
    "VS": "united states", "Amerika": "united states", "VN": "un", "Verenigde Naties": "un",
    "EU": "eu", "NAVO": "nato", "NATO": "nato", "WHO": "who", "IMF": "imf", "FBI": "fbi",
    "CIA": "cia", "hiv": "hiv", "HIV": "hiv", "aids": "aids", "AI": "ai", "KI": "ai",
    "Groot-Brittannië": "united kingdom", "Engeland": "england",
}
# relative days that translation keeps (words that are also "morning", like "mañana", "Morgen", left out)
RELATIVE_DAYS = {"gisteren": -1, "vandaag": 0, "eergisteren": -2, "overmorgen": 2}
