"""Ukrainian hedges read right before a figure; words that are also "to"/"until" after a verb of change ("naik hingga", "subió hasta", "выросла до") are not hedges ("близько 300", "понад 2 млн", "майже")."""

HEDGES = {
    "близько": "about", "приблизно": "about", "орієнтовно": "about", "майже": "nearly",
    "понад": "more_than", "більше": "more_than", "більш ніж": "more_than",
    "більше ніж": "more_than", "менше": "less_than", "менш ніж": "less_than",
    "менше ніж": "less_than", "щонайменше": "at_least", "принаймні": "at_least",
    "не менше": "at_least", "не менш ніж": "at_least", "не більше": "up_to",
    "не більш ніж": "up_to", "аж до": "up_to",
}
