"""Indonesian hedges read right before a figure; words that are also "to"/"until" after a verb of change ("naik hingga", "subió hasta", "выросла до") are not hedges ("sekitar 300", "lebih dari 1,5 juta")."""

HEDGES = {
    "sekitar": "about", "kira-kira": "about", "kurang lebih": "about", "sekira": "about",
    "lebih dari": "more_than", "lebih daripada": "more_than", "di atas": "more_than",
    "kurang dari": "less_than", "di bawah": "less_than", "hampir": "nearly", "nyaris": "nearly",
    "setidaknya": "at_least", "sedikitnya": "at_least", "paling sedikit": "at_least",
    "minimal": "at_least", "maksimal": "up_to",
    "paling banyak": "up_to",
}
