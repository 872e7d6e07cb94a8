"""Dutch abbreviations after which no sentence ends."""

ABBREVIATIONS = (
    "dhr.", "Dhr.", "mevr.", "Mevr.", "mw.", "dr.", "Dr.", "prof.", "Prof.", "bijv.", "o.a.",
    "d.w.z.", "enz.", "nr.", "ca.", "blz.", "St.", "mr.", "Mr.", "ir.", "Ir.", "drs.", "Drs.",
    "m.b.t.", "i.v.m.", "z.g.", "jl.", "a.s.", "resp.", "mln.", "mld.",
)
