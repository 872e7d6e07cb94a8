"""Portuguese hedges read right before a figure; words that are also "to"/"until" after a verb of change ("naik hingga", "subió hasta", "выросла до") are not hedges ("cerca de 300", "mais de 2 milhões")."""

HEDGES = {
    "cerca de": "about", "aproximadamente": "about", "por volta de": "about", "em torno de": "about",
    "perto de": "nearly", "quase": "nearly", "mais de": "more_than", "acima de": "more_than",
    "menos de": "less_than", "abaixo de": "less_than", "pelo menos": "at_least",
    "ao menos": "at_least", "no mínimo": "at_least", "no máximo": "up_to",
}
