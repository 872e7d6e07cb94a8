"""German abbreviations after which no sentence ends ("z. B.", "Dr.", "Nr.")."""

ABBREVIATIONS = (
    "z. B.", "z.B.", "d. h.", "d.h.", "u. a.", "u.a.", "usw.", "bzw.", "ca.", "Dr.", "Prof.",
    "Nr.", "St.", "vgl.", "evtl.", "ggf.", "Hr.", "Fr.", "Mio.", "Mrd.", "Tsd.", "inkl.", "Jh.",
    "v. Chr.", "n. Chr.", "Abs.", "Art.", "Bd.", "S.", "Str.", "Dipl.", "Ing.", "geb.", "gest.",
    "u. ä.", "o. ä.", "z. T.", "i. d. R.", "sog.", "Gen.", "Min.",
)
