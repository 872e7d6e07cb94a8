"""Italian figures: "1,5 milioni", "2 miliardi", "10 mila", percent, currencies."""

NUMBER_WORDS = {
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9,
    "dieci": 10, "undici": 11, "dodici": 12, "quindici": 15, "venti": 20, "trenta": 30,
    "quaranta": 40, "cinquanta": 50, "cento": 100, "mille": 1e3,
}
ARTICLE_ONES = frozenset({"un", "uno", "una"})
SCALE_WORDS = {
    "migliaia": 1e3,
    "mila": 1e3, "mille": 1e3, "milione": 1e6, "milioni": 1e6, "mln": 1e6, "miliardo": 1e9,
    "miliardi": 1e9, "mld": 1e9, "mrd": 1e9, "bilione": 1e12, "bilioni": 1e12,
}
PERCENT_WORDS = ("per cento", "percento")
CURRENCY_BEFORE: dict[str, str] = {}
CURRENCY_AFTER = {
    "euro": "EUR", "di euro": "EUR", "dollari": "USD", "di dollari": "USD", "dollaro": "USD",
    "sterline": "GBP", "di sterline": "GBP", "franchi svizzeri": "CHF", "rubli": "RUB",
    "yen": "JPY", "yuan": "CNY",
}
