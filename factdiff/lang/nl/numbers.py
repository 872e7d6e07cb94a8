"""Dutch figures: "1,5 miljoen", "2 miljard", percent ("procent"), currencies."""

NUMBER_WORDS = {
    "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
    "tien": 10, "elf": 11, "twaalf": 12, "vijftien": 15, "twintig": 20, "dertig": 30,
    "veertig": 40, "vijftig": 50, "honderd": 100, "duizend": 1e3,
}
ARTICLE_ONES = frozenset({"een", "één"})
SCALE_WORDS = {
    "duizenden": 1e3, "miljoenen": 1e6, "miljarden": 1e9,
    "duizend": 1e3, "miljoen": 1e6, "mln": 1e6, "mln.": 1e6, "miljard": 1e9, "mld": 1e9,
    "mld.": 1e9, "biljoen": 1e12,
}
PERCENT_WORDS = ("procent", "pct", "pct.")
CURRENCY_BEFORE: dict[str, str] = {}
CURRENCY_AFTER = {
    "euro": "EUR", "dollar": "USD", "Amerikaanse dollar": "USD", "pond": "GBP",
    "Zwitserse frank": "CHF", "roebel": "RUB", "yen": "JPY", "yuan": "CNY",
}
