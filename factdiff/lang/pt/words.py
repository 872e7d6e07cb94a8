"""Portuguese words for names, quotes and dates."""

TITLES = frozenset("""presidente ministro ministra general governador governadora prefeito
    prefeita diretor diretora porta-voz chefe secretário secretária rei rainha príncipe papa
    senador senadora deputado deputada doutor doutora professor professora senhor senhora
    coronel capitão tenente comandante chanceler embaixador juiz primeiro-ministro""".split())
NAME_PARTICLES = frozenset("de da do dos das van von".split())
EXTRA_STOP_WORDS = frozenset("""segundo porém contudo entretanto enquanto após durante
    ontem hoje""".split())
QUOTE_MARKS = (("“", "”"), ("«", "»"), ("\"", "\""), ("‘", "’"))
SPEECH_VERBS = frozenset("""disse diz afirmou afirma declarou declara explicou explica
    acrescentou acrescenta sublinhou referiu destacou salientou garantiu assegurou
    frisou adiantou""".split())
SPEECH_PHRASES = ("segundo", "de acordo com", "conforme")
DATE_CONNECTORS = ("de",)
YEAR_SUFFIXES: tuple[str, ...] = ()
EXONYMS = {
    "EUA": "united states", "ONU": "un", "UE": "eu", "União Europeia": "eu", "OTAN": "nato",
    "OMS": "who", "FMI": "imf", "FBI": "fbi", "CIA": "cia", "VIH": "hiv", "HIV": "hiv",
    "SIDA": "aids", "Aids": "aids", "IA": "ai", "Nações Unidas": "un", "Grã-Bretanha": "united kingdom",
}
# relative days that translation keeps (words that are also "morning", like "mañana", "Morgen", left out)
RELATIVE_DAYS = {"ontem": -1, "hoje": 0, "amanhã": 1, "anteontem": -2}
