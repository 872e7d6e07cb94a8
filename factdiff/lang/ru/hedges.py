"""Russian hedges read right before a figure; words that are also "to"/"until" after a verb of change ("naik hingga", "subió hasta", "выросла до") are not hedges ("около 300", "более 2 млн", "почти")."""

HEDGES = {
    "около": "about", "примерно": "about", "приблизительно": "about", "порядка": "about",
    "почти": "nearly", "чуть менее": "nearly", "чуть меньше": "nearly", "более": "more_than",
    "более чем": "more_than", "свыше": "more_than", "больше": "more_than",
    "чуть более": "more_than", "чуть больше": "more_than", "менее": "less_than",
    "меньше": "less_than", "не менее": "at_least", "не меньше": "at_least",
    "по меньшей мере": "at_least", "как минимум": "at_least", "не более": "up_to",
    "не больше": "up_to", "вплоть до": "up_to",
}
