"""English hedges read right before a figure ("about 300", "more than 1.5 million")."""

HEDGES = {
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "some": "about", "an estimated": "about", "circa": "about", "nearly": "nearly",
    "almost": "nearly", "close to": "nearly", "more than": "more_than", "over": "more_than",
    "above": "more_than", "in excess of": "more_than", "upwards of": "more_than",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than",
    "below": "less_than", "at least": "at_least", "no fewer than": "at_least",
    "no less than": "at_least", "up to": "up_to", "as many as": "up_to", "at most": "up_to",
}
