"""Indonesian abbreviations after which no sentence ends (titles and ranks in news copy)."""

ABBREVIATIONS = (
    "Jend.", "Letjen.", "Mayjen.", "Brigjen.", "Kol.", "Kapt.", "Letkol.", "Dr.", "dr.", "Prof.",
    "Ir.", "H.", "Hj.", "Drs.", "KH.", "St.", "No.", "no.", "hlm.", "dll.", "dsb.", "tsb.", "yth.",
    "Yth.", "Bpk.", "Sdr.", "Tn.", "Ny.", "Kec.", "Kab.", "Jl.", "Pdt.", "a.n.", "u.p.", "M.Si.",
    "S.H.", "S.E.", "Rp.",
)
