"""Spanish words for names, quotes and dates."""

TITLES = frozenset("""presidente presidenta ministro ministra general gobernador gobernadora
    alcalde alcaldesa director directora portavoz jefe jefa secretario secretaria rey reina
    príncipe papa senador senadora diputado diputada doctor doctora profesor profesora señor
    señora don doña coronel capitán teniente comandante canciller primer primera""".split())
NAME_PARTICLES = frozenset("de del la las los da van von".split())
EXTRA_STOP_WORDS = frozenset("""según sin embargo además mientras tras durante aunque
    entonces también""".split())
QUOTE_MARKS = (("«", "»"), ("“", "”"), ("\"", "\""), ("‘", "’"))
SPEECH_VERBS = frozenset("""dijo dice afirmó afirma señaló señala aseguró asegura declaró
    declara explicó explica añadió añade indicó indica manifestó subrayó destacó advirtió
    sostuvo agregó comentó apuntó precisó insistió reconoció""".split())
SPEECH_PHRASES = ("según", "de acuerdo con", "en palabras de")
DATE_CONNECTORS = ("de", "del")
YEAR_SUFFIXES: tuple[str, ...] = ()
EXONYMS = {
    "EE. UU.": "united states", "EE.UU.": "united states", "EEUU": "united states",
    "EUA": "united states", "ONU": "un", "UE": "eu", "Unión Europea": "eu", "OTAN": "nato",
    "OMS": "who", "FMI": "imf", "FBI": "fbi", "CIA": "cia", "VIH": "hiv", "sida": "aids",
    "SIDA": "aids", "IA": "ai", "Naciones Unidas": "un",
}
# relative days that translation keeps (words that are also "morning", like "mañana", "Morgen", left out)
RELATIVE_DAYS = {"ayer": -1, "hoy": 0, "anteayer": -2, "pasado mañana": 2}
