"""Dutch hedges read right before a figure ("ongeveer 300", "meer dan 2 miljoen", "ruim")."""

HEDGES = {
    "ongeveer": "about", "circa": "about", "ca.": "about", "zo'n": "about", "zo’n": "about",
    "rond": "about", "rond de": "about", "omstreeks": "about", "bijna": "nearly",
    "vrijwel": "nearly", "meer dan": "more_than", "ruim": "more_than",
    "minder dan": "less_than", "ten minste": "at_least", "tenminste": "at_least",
    "minstens": "at_least", "tot wel": "up_to", "maximaal": "up_to", "hooguit": "up_to",
}
