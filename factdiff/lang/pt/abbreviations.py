"""Portuguese abbreviations after which no sentence ends."""

ABBREVIATIONS = (
    "Sr.", "Sra.", "Srs.", "Dr.", "Dra.", "Prof.", "Profa.", "Gen.", "Av.", "n.º", "nº.", "pág.",
    "etc.", "Exmo.", "Exma.", "Sto.", "Sta.", "Eng.", "Cel.", "Ten.", "Cap.", "Dep.", "Sen.",
)
