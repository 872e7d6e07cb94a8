"""French figures: number words, scale words ("1,5 million", "2 milliards"), percent, currencies.

Groups are written with a space, a no-break or a narrow no-break space ("1 403"), from CLDR.
"""

NUMBER_WORDS = {
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "cent": 100, "mille": 1e3,
}
ARTICLE_ONES = frozenset({"un", "une"})
SCALE_WORDS = {
    "milliers": 1e3,
    "mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
    "billion": 1e12, "billions": 1e12, "Md": 1e9, "Mds": 1e9, "Mrd": 1e9,
}
PERCENT_WORDS = ("pour cent", "pourcent", "pour cents")
CURRENCY_BEFORE: dict[str, str] = {}
CURRENCY_AFTER = {
    "dollars": "USD", "dollars américains": "USD", "de dollars": "USD", "d'euros": "EUR",
    "d’euros": "EUR", "euros": "EUR", "euro": "EUR", "de livres": "GBP", "livres": "GBP",
    "livres sterling": "GBP", "francs suisses": "CHF", "roubles": "RUB", "yens": "JPY",
    "yuans": "CNY", "de roubles": "RUB", "de yuans": "CNY", "de francs suisses": "CHF",
}
