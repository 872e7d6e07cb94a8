"""English abbreviations after which no sentence ends."""

ABBREVIATIONS = (
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Capt.", "Maj.", "Sgt.", "Gov.",
    "Sen.", "Rep.", "Rev.", "St.", "Jr.", "Sr.", "No.", "Nos.", "vs.", "etc.", "approx.",
    "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "U.S.", "U.K.", "U.N.",
    "e.g.", "i.e.", "Inc.", "Corp.", "Ltd.", "Co.", "Mt.", "Ft.",
)
