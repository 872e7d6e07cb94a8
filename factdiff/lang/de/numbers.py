"""German figures: "1,5 Mio.", "2,3 Milliarden", "eine Million", "5 Prozent", currencies."""

NUMBER_WORDS = {
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    "zehn": 10, "elf": 11, "zwölf": 12, "fünfzehn": 15, "zwanzig": 20, "dreißig": 30,
    "vierzig": 40, "fünfzig": 50, "hundert": 100, "tausend": 1e3,
}
# the indefinite article: a figure only before a scale word ("eine Million")
ARTICLE_ONES = frozenset({"ein", "eine", "einer", "einem", "einen"})
SCALE_WORDS = {
    "Tausende": 1e3,
    "tausend": 1e3, "Tsd.": 1e3, "Million": 1e6, "Millionen": 1e6, "Mio.": 1e6, "Mio": 1e6,
    "Milliarde": 1e9, "Milliarden": 1e9, "Mrd.": 1e9, "Mrd": 1e9, "Billion": 1e12,
    "Billionen": 1e12, "Bio.": 1e12,
}
PERCENT_WORDS = ("Prozent", "v. H.")
CURRENCY_BEFORE: dict[str, str] = {}
CURRENCY_AFTER = {
    "Euro": "EUR", "US-Dollar": "USD", "Dollar": "USD", "Franken": "CHF", "Schweizer Franken": "CHF",
    "Pfund": "GBP", "Rubel": "RUB", "Yen": "JPY", "Yuan": "CNY", "Hrywnja": "UAH",
}
