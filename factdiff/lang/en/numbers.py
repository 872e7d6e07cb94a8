"""English figures: number words, scale words ("1.5 million", "$2bn"), percent, currencies."""

NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100, "a hundred": 100, "a thousand": 1e3,
    "a million": 1e6, "a billion": 1e9, "dozen": 12, "a dozen": 12,
}
# "one" is as often a pronoun ("one of them"): a figure only before a scale word, like "a"
ARTICLE_ONES = frozenset({"a", "one"})
MONEY_SUFFIXES = {"m": 1e6, "k": 1e3}
SCALE_WORDS = {
    "thousands": 1e3,
    "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
    "trillion": 1e12, "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "hundred": 100,
}
PERCENT_WORDS = ("percent", "per cent")
CURRENCY_BEFORE = {"US$": "USD", "USD": "USD", "A$": "AUD", "C$": "CAD", "HK$": "HKD"}
CURRENCY_AFTER = {
    "dollars": "USD", "US dollars": "USD", "U.S. dollars": "USD", "dollar": "USD", "euros": "EUR",
    "euro": "EUR", "pounds": "GBP", "pounds sterling": "GBP", "yen": "JPY", "yuan": "CNY",
    "rupiah": "IDR", "roubles": "RUB", "rubles": "RUB", "hryvnias": "UAH", "pesos": "MXN",
}
