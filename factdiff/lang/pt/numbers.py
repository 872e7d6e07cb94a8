"""Portuguese figures (Portugal and Brazil): "1,5 milhão", "2 mil milhões" / "2 bilhões", percent, currencies."""

NUMBER_WORDS = {
    "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8,
    "nove": 9, "dez": 10, "onze": 11, "doze": 12, "quinze": 15, "vinte": 20, "trinta": 30,
    "quarenta": 40, "cinquenta": 50, "cem": 100, "mil": 1e3,
}
ARTICLE_ONES = frozenset({"um", "uma"})
SCALE_WORDS = {
    "milhares": 1e3,
    "mil": 1e3, "milhão": 1e6, "milhões": 1e6, "milhao": 1e6, "milhoes": 1e6, "mil milhões": 1e9,
    "bilhão": 1e9, "bilhões": 1e9, "bilião": 1e12, "biliões": 1e12, "trilhão": 1e12,
    "trilhões": 1e12, "mi": 1e6, "bi": 1e9,
}
PERCENT_WORDS = ("por cento",)
CURRENCY_BEFORE = {"R$": "BRL"}
CURRENCY_AFTER = {
    "dólares": "USD", "de dólares": "USD", "dólar": "USD", "euros": "EUR", "de euros": "EUR",
    "euro": "EUR", "reais": "BRL", "de reais": "BRL", "libras": "GBP", "de libras": "GBP",
    "rublos": "RUB", "ienes": "JPY", "iuanes": "CNY",
}
