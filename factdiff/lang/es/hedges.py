"""Spanish hedges read right before a figure; words that are also "to"/"until" after a verb of change ("naik hingga", "subió hasta", "выросла до") are not hedges ("más de 2 millones", "unos 300")."""

HEDGES = {
    "unos": "about", "unas": "about", "alrededor de": "about", "aproximadamente": "about",
    "cerca de": "about", "en torno a": "about", "aprox.": "about", "casi": "nearly",
    "más de": "more_than", "mas de": "more_than", "por encima de": "more_than",
    "menos de": "less_than", "por debajo de": "less_than", "al menos": "at_least",
    "por lo menos": "at_least", "como mínimo": "at_least",
    "como máximo": "up_to",
}
