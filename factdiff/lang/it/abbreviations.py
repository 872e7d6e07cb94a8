"""Italian abbreviations after which no sentence ends."""

ABBREVIATIONS = (
    "Sig.", "Sig.ra", "Sigg.", "Dott.", "Dott.ssa", "Prof.", "Prof.ssa", "Avv.", "Ing.", "On.",
    "Gen.", "S.", "Sen.", "ecc.", "pag.", "n.", "ca.", "Mons.", "Arch.", "Geom.", "dott.",
)
