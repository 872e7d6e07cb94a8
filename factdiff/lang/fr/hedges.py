"""French hedges read right before a figure; words that are also "to"/"until" after a verb of change ("naik hingga", "subió hasta", "выросла до") are not hedges ("environ 300", "plus de 2 millions", "plus d'un million")."""

HEDGES = {
    "environ": "about", "quelque": "about", "autour de": "about", "approximativement": "about",
    "à peu près": "about", "près de": "nearly", "presque": "nearly", "quasiment": "nearly",
    "plus de": "more_than", "plus d'": "more_than", "plus d’": "more_than",
    "un peu plus de": "more_than", "au-delà de": "more_than", "moins de": "less_than",
    "moins d'": "less_than", "moins d’": "less_than", "au moins": "at_least",
    "au minimum": "at_least", "au maximum": "up_to",
}
