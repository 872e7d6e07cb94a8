"""Spanish abbreviations after which no sentence ends."""

ABBREVIATIONS = (
    "Sr.", "Sra.", "Srta.", "Sres.", "Dr.", "Dra.", "Lic.", "Ing.", "Prof.", "Gral.", "Cnel.",
    "Tte.", "Cap.", "Sto.", "Sta.", "Ud.", "Uds.", "Vd.", "Dña.", "D.", "núm.", "Núm.", "pág.",
    "aprox.", "etc.", "EE. UU.", "EE.UU.", "art.", "Av.", "Avda.", "dcha.", "izq.", "p. ej.",
)
