"""French abbreviations after which no sentence ends."""

ABBREVIATIONS = (
    "M.", "MM.", "Mme.", "Mlle.", "Dr.", "Pr.", "Me.", "Mgr.", "St.", "Ste.", "av.", "apr.",
    "J.-C.", "etc.", "p. ex.", "cf.", "env.", "n°.", "vol.", "éd.", "Gén.", "Gal.", "Cie.",
)
