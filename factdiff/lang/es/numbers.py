"""Spanish figures: number words, scale words ("2 millones", "mil millones"), percent, currencies."""

NUMBER_WORDS = {
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
    "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40,
    "cincuenta": 50, "cien": 100, "ciento": 100, "mil": 1e3,
}
# "un"/"una"/"uno" are articles: a figure only before a scale word ("un millón")
ARTICLE_ONES = frozenset({"un", "una", "uno"})
SCALE_WORDS = {
    "miles": 1e3, "millares": 1e3,
    "mil": 1e3, "millón": 1e6, "millon": 1e6, "millones": 1e6, "mil millones": 1e9,
    "millardo": 1e9, "millardos": 1e9, "billón": 1e12, "billones": 1e12, "mill.": 1e6,
}
PERCENT_WORDS = ("por ciento", "por cien")
CURRENCY_BEFORE = {"US$": "USD", "USD": "USD"}
CURRENCY_AFTER = {
    "dólares estadounidenses": "USD", "dólares": "USD", "dólar": "USD", "dolares": "USD",
    "de dólares": "USD", "de euros": "EUR", "euros": "EUR", "euro": "EUR", "pesos": "MXN",
    "libras": "GBP", "libras esterlinas": "GBP", "yenes": "JPY", "rublos": "RUB", "yuanes": "CNY",
}
