"""German hedges read right before a figure ("rund 300", "mehr als 2 Millionen", "knapp 5 Prozent")."""

HEDGES = {
    "rund": "about", "etwa": "about", "ungefähr": "about", "circa": "about", "ca.": "about",
    "zirka": "about", "gut": "more_than", "mehr als": "more_than", "über": "more_than",
    "weniger als": "less_than", "unter": "less_than", "knapp": "nearly", "fast": "nearly",
    "beinahe": "nearly", "nahezu": "nearly", "mindestens": "at_least", "wenigstens": "at_least",
    "bis zu": "up_to", "höchstens": "up_to", "maximal": "up_to",
}
