"""Indonesian figures: number words, scale words ("1,5 juta"), percent, currencies."""

NUMBER_WORDS = {
    "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9, "sepuluh": 10, "sebelas": 11, "dua belas": 12, "dua puluh": 20, "tiga puluh": 30,
    "empat puluh": 40, "lima puluh": 50, "seratus": 100, "seribu": 1e3, "sejuta": 1e6,
    "semiliar": 1e9, "setriliun": 1e12,
}
# "satu" is as often "one of" ("salah satu"): a figure only before a scale word, like English "one"
ARTICLE_ONES = frozenset({"satu"})
SCALE_WORDS = {
    "ribuan": 1e3, "jutaan": 1e6, "miliaran": 1e9,
    "ribu": 1e3, "rb": 1e3, "juta": 1e6, "jt": 1e6, "miliar": 1e9, "milyar": 1e9, "triliun": 1e12,
    "ratus": 100,
}
PERCENT_WORDS = ("persen", "per sen", "prosen")
CURRENCY_BEFORE = {"Rp": "IDR", "Rp.": "IDR", "IDR": "IDR"}
CURRENCY_AFTER = {
    "dolar AS": "USD", "dollar AS": "USD", "dolar Amerika Serikat": "USD", "dolar Amerika": "USD",
    "dolar": "USD", "rupiah": "IDR", "euro": "EUR", "poundsterling": "GBP", "pound": "GBP",
    "yen": "JPY", "yuan": "CNY", "rubel": "RUB", "ringgit": "MYR",
}
