"""Units of measure and currencies: surface forms -> canonical unit -> (dimension, factor).

Every canonical unit belongs to a dimension and has a factor to that dimension's base unit, so
two figures in the same dimension can be converted and checked ("5 miles" vs "8 km"). Each
currency is its own dimension: without exchange rates "$5" vs "5 euros" is a unit change.
Counted nouns ("people", "prisoners") are deliberately absent: the facts layer attaches those
from the dependency parse.
"""

from __future__ import annotations

import re

# canonical unit -> (dimension, factor to the dimension's base unit)
UNITS: dict[str, tuple[str, float]] = {
    # length (base: metre)
    "mm": ("length", 0.001), "cm": ("length", 0.01), "m": ("length", 1.0),
    "km": ("length", 1000.0), "inch": ("length", 0.0254), "ft": ("length", 0.3048),
    "yard": ("length", 0.9144), "mile": ("length", 1609.344), "nmi": ("length", 1852.0),
    # mass (base: kilogram)
    "mg": ("mass", 1e-6), "g": ("mass", 0.001), "kg": ("mass", 1.0), "lb": ("mass", 0.45359237),
    "oz": ("mass", 0.028349523125), "tonne": ("mass", 1000.0), "ton": ("mass", 1000.0),
    "short_ton": ("mass", 907.18474), "stone": ("mass", 6.35029318),
    # volume (base: litre)
    "ml": ("volume", 0.001), "litre": ("volume", 1.0), "gallon": ("volume", 3.785411784),
    "imp_gallon": ("volume", 4.54609), "barrel": ("volume", 158.987294928),
    "m3": ("volume", 1000.0), "pint": ("volume", 0.473176473),
    "cubic_ft": ("volume", 28.316846592),
    # area (base: square metre)
    "m2": ("area", 1.0), "km2": ("area", 1e6), "hectare": ("area", 1e4),
    "acre": ("area", 4046.8564224), "sq_mile": ("area", 2589988.110336),
    "sq_ft": ("area", 0.09290304),
    # speed (base: km/h)
    "kmh": ("speed", 1.0), "mph": ("speed", 1.609344), "knot": ("speed", 1.852),
    "m_s": ("speed", 3.6),
    # time (base: second)
    "second": ("time", 1.0), "minute": ("time", 60.0), "hour": ("time", 3600.0),
    "day": ("time", 86400.0), "week": ("time", 604800.0), "month": ("time", 2629800.0),
    "year": ("time", 31557600.0), "decade": ("time", 315576000.0),
    "century": ("time", 3155760000.0),
    # temperature (affine: handled by convert())
    "celsius": ("temperature", 1.0), "fahrenheit": ("temperature", 1.0),
    "kelvin": ("temperature", 1.0),
    # "30 degrees" with no scale: compatible with C or F when the number is the same
    "degree": ("degree", 1.0),
    # ratios
    "percent": ("ratio", 0.01), "fraction": ("ratio", 1.0),
    "percentage_point": ("percentage_point", 1.0), "basis_point": ("percentage_point", 0.01),
    # energy / power / data
    "kw": ("power", 1e3), "mw": ("power", 1e6), "gw": ("power", 1e9), "w": ("power", 1.0),
    "kwh": ("energy", 1e3), "mwh": ("energy", 1e6), "gwh": ("energy", 1e9), "twh": ("energy", 1e12),
    "kb": ("data", 1e3), "mb": ("data", 1e6), "gb": ("data", 1e9), "tb": ("data", 1e12),
    "bpd": ("flow", 1.0),
    # multiples: "12-fold", "three times"
    "times": ("multiple", 1.0),
}

CURRENCIES: dict[str, tuple[str, float]] = {
    # canonical -> (ISO main currency, factor)
    "usd": ("usd", 1.0), "usd_cent": ("usd", 0.01), "eur": ("eur", 1.0), "eur_cent": ("eur", 0.01),
    "gbp": ("gbp", 1.0), "gbp_penny": ("gbp", 0.01), "jpy": ("jpy", 1.0), "cny": ("cny", 1.0),
    "inr": ("inr", 1.0), "idr": ("idr", 1.0), "myr": ("myr", 1.0), "aud": ("aud", 1.0),
    "cad": ("cad", 1.0), "hkd": ("hkd", 1.0), "sgd": ("sgd", 1.0), "nzd": ("nzd", 1.0),
    "twd": ("twd", 1.0), "brl": ("brl", 1.0), "mxn": ("mxn", 1.0), "php": ("php", 1.0),
    "thb": ("thb", 1.0), "krw": ("krw", 1.0), "rub": ("rub", 1.0), "chf": ("chf", 1.0),
    "try": ("try", 1.0), "ngn": ("ngn", 1.0), "zar": ("zar", 1.0), "kes": ("kes", 1.0),
    "pkr": ("pkr", 1.0), "vnd": ("vnd", 1.0), "aed": ("aed", 1.0), "sar": ("sar", 1.0),
    "egp": ("egp", 1.0), "sek": ("sek", 1.0), "nok": ("nok", 1.0), "dkk": ("dkk", 1.0),
    "pln": ("pln", 1.0), "ils": ("ils", 1.0), "uah": ("uah", 1.0), "bdt": ("bdt", 1.0),
    "ars": ("ars", 1.0), "clp": ("clp", 1.0), "cop": ("cop", 1.0), "irr": ("irr", 1.0),
    "czk": ("czk", 1.0), "huf": ("huf", 1.0), "qar": ("qar", 1.0), "kwd": ("kwd", 1.0),
    "lkr": ("lkr", 1.0), "mmk": ("mmk", 1.0), "ghs": ("ghs", 1.0), "etb": ("etb", 1.0),
    # currencies named without their country ("2,250 pesos", "2 million dinars"): each is a
    # family of its own; compare_quantities treats them as compatible with a family member
    "peso": ("peso", 1.0), "dinar": ("dinar", 1.0), "franc": ("franc", 1.0),
    "shilling": ("shilling", 1.0), "krona": ("krona", 1.0), "rial": ("rial", 1.0),
}

# Currency families: a currency written without its country ("dollars", "pesos", "rupees")
# may stand for any member; see ``compare_quantities``.
CURRENCY_FAMILY: dict[str, str] = {
    "usd": "dollar", "aud": "dollar", "cad": "dollar", "hkd": "dollar", "sgd": "dollar",
    "nzd": "dollar", "twd": "dollar", "mxn": "peso", "php": "peso", "ars": "peso", "clp": "peso",
    "cop": "peso", "peso": "peso", "inr": "rupee", "pkr": "rupee", "lkr": "rupee",
    "gbp": "pound", "egp": "pound", "chf": "franc", "franc": "franc", "kes": "shilling",
    "shilling": "shilling", "sek": "krona", "nok": "krona", "dkk": "krona", "krona": "krona",
    "irr": "rial", "rial": "rial", "dinar": "dinar",
}
# Surface forms that name a currency family rather than one currency.
# "$" and "dollars" are US dollars by wire convention, so they are not listed.
GENERIC_CURRENCY_FORMS = frozenset({
    "peso", "pesos", "rupee", "rupees", "pound", "pounds", "franc",
    "francs", "shilling", "shillings", "krona", "kronor", "krone", "kroner", "rial",
    "rials", "dinar", "dinars",
})

ISO_CODES = sorted({v[0] for v in CURRENCIES.values()})


def dimension_of(unit: str | None) -> str | None:
    """Dimension name of a canonical unit ("km" -> "length", "eur" -> "currency:eur")."""
    if unit is None:
        return None
    if unit in CURRENCIES:
        return "currency:" + CURRENCIES[unit][0]
    entry = UNITS.get(unit)
    return entry[0] if entry else None


def convert(value: float, src: str, dst: str) -> float | None:
    """Convert ``value`` from canonical unit ``src`` to ``dst``; ``None`` when incompatible."""
    if src == dst:
        return value
    if src in CURRENCIES and dst in CURRENCIES:
        a, b = CURRENCIES[src], CURRENCIES[dst]
        if a[0] != b[0]:
            return None
        return value * a[1] / b[1]
    a2, b2 = UNITS.get(src), UNITS.get(dst)
    if a2 is None or b2 is None or a2[0] != b2[0]:
        return None
    if a2[0] == "temperature":
        c = {"celsius": value, "fahrenheit": (value - 32.0) * 5.0 / 9.0,
             "kelvin": value - 273.15}[src]
        return {"celsius": c, "fahrenheit": c * 9.0 / 5.0 + 32.0, "kelvin": c + 273.15}[dst]
    return value * a2[1] / b2[1]


# ---------------------------------------------------------------------------------------------
# Surface forms. Word forms are matched case-insensitively; symbols/abbreviations as written.
# ---------------------------------------------------------------------------------------------

_WORD_UNITS: dict[str, str] = {}


def _add(canon: str, *forms: str) -> None:
    for f in forms:
        _WORD_UNITS[f] = canon


_add("mm", "millimetres", "millimetre", "millimeters", "millimeter")
_add("cm", "centimetres", "centimetre", "centimeters", "centimeter")
_add("m", "metres", "metre", "meters", "meter")
_add("km", "kilometres", "kilometre", "kilometers", "kilometer", "kilometres-long")
_add("inch", "inches", "inch")
_add("ft", "feet", "foot")
_add("yard", "yards", "yard")
_add("mile", "miles", "mile")
_add("nmi", "nautical miles", "nautical mile")
_add("mg", "milligrams", "milligram", "milligrammes", "milligramme")
_add("g", "grams", "gram", "grammes", "gramme")
_add("kg", "kilograms", "kilogram", "kilogrammes", "kilogramme", "kilos", "kilo")
_add("lb", "pounds", "pound")
_add("oz", "ounces", "ounce")
_add("tonne", "tonnes", "tonne", "metric tons", "metric ton", "metric tonnes")
_add("ton", "tons", "ton")
_add("stone", "stone")
_add("ml", "millilitres", "millilitre", "milliliters", "milliliter")
_add("litre", "litres", "litre", "liters", "liter")
_add("gallon", "gallons", "gallon", "us gallons")
_add("imp_gallon", "imperial gallons", "imperial gallon")
_add("barrel", "barrels", "barrel")
_add("bpd", "barrels per day", "barrels a day", "barrels of oil per day", "barrels of oil a day")
_add("pint", "pints", "pint")
_add("m3", "cubic metres", "cubic metre", "cubic meters", "cubic meter")
_add("cubic_ft", "cubic feet", "cubic foot")
_add("m2", "square metres", "square metre", "square meters", "square meter", "sq metres",
     "sq meters")
_add("km2", "square kilometres", "square kilometre", "square kilometers", "square kilometer",
     "sq kilometres", "sq kilometers", "square km", "square kms", "sq. km", "sq. kilometres")
_add("hectare", "hectares", "hectare")
_add("acre", "acres", "acre")
_add("sq_mile", "square miles", "square mile", "sq miles", "sq mile", "sq. miles", "sq. mile")
_add("sq_ft", "square feet", "square foot", "sq feet", "sq foot")
_add("kmh", "kilometres per hour", "kilometers per hour", "kilometres an hour",
     "kilometers an hour", "kilometres/hour", "kilometers/hour")
_add("mph", "miles per hour", "miles an hour")
_add("knot", "knots", "knot")
_add("m_s", "metres per second", "meters per second", "metres a second", "meters a second")
_add("second", "seconds", "second")
_add("minute", "minutes", "minute")
_add("hour", "hours", "hour")
_add("day", "days", "day")
_add("week", "weeks", "week")
_add("month", "months", "month")
_add("year", "years", "year")
_add("decade", "decades", "decade")
_add("century", "centuries", "century")
_add("celsius", "degrees celsius", "degree celsius", "degrees centigrade", "degrees c", "celsius")
_add("fahrenheit", "degrees fahrenheit", "degree fahrenheit", "degrees f", "fahrenheit")
_add("kelvin", "kelvin", "degrees kelvin")
_add("degree", "degrees", "degree")
_add("percent", "percent", "per cent", "per-cent", "pct")
_add("percentage_point", "percentage points", "percentage point", "percent points",
     "per cent points", "pct points", "pct pts", "ppts")
_add("basis_point", "basis points", "basis point", "bps")
_add("kw", "kilowatts", "kilowatt")
_add("mw", "megawatts", "megawatt")
_add("gw", "gigawatts", "gigawatt")
_add("w", "watts", "watt")
_add("kwh", "kilowatt hours", "kilowatt-hours", "kilowatt hour", "kilowatt-hour")
_add("mwh", "megawatt hours", "megawatt-hours", "megawatt hour", "megawatt-hour")
_add("gwh", "gigawatt hours", "gigawatt-hours", "gigawatt hour", "gigawatt-hour")
_add("twh", "terawatt hours", "terawatt-hours", "terawatt hour", "terawatt-hour")
_add("times", "times", "fold")
_add("gb", "gigabytes", "gigabyte")
_add("mb", "megabytes", "megabyte")
_add("tb", "terabytes", "terabyte")
# currency words (after the number)
_add("usd", "us dollars", "us dollar", "u.s. dollars", "u.s. dollar", "american dollars",
     "dollars", "dollar", "usd", "bucks")
_add("usd_cent", "cents", "cent")
_add("eur", "euros", "euro", "eur")
_add("eur_cent", "euro cents", "eurocents")
_add("gbp", "pounds sterling", "pound sterling", "sterling", "gbp", "british pounds")
_add("gbp_penny", "pence", "pennies")
_add("jpy", "yen", "japanese yen", "jpy")
_add("cny", "yuan", "renminbi", "chinese yuan", "cny", "rmb")
_add("inr", "rupees", "rupee", "indian rupees", "inr", "crore rupees")
_add("idr", "rupiah", "indonesian rupiah", "idr")
_add("myr", "ringgit", "myr")
_add("aud", "australian dollars", "australian dollar", "aud")
_add("cad", "canadian dollars", "canadian dollar", "cad")
_add("hkd", "hong kong dollars", "hong kong dollar", "hkd")
_add("sgd", "singapore dollars", "singapore dollar", "sgd")
_add("nzd", "new zealand dollars", "new zealand dollar", "nzd")
_add("twd", "taiwan dollars", "taiwan dollar", "new taiwan dollars", "twd")
_add("brl", "reais", "brazilian reais", "brazilian real", "brl")
_add("mxn", "mexican pesos", "mxn")
_add("php", "philippine pesos", "php")
_add("thb", "baht", "thb")
_add("krw", "won", "south korean won", "krw")
_add("rub", "roubles", "rubles", "rouble", "ruble", "rub")
_add("chf", "swiss francs", "swiss franc", "chf")
_add("try", "lira", "liras", "turkish lira")
_add("ngn", "naira", "ngn")
_add("zar", "rand", "zar")
_add("kes", "kenyan shillings", "kes")
_add("pkr", "pakistani rupees", "pkr")
_add("vnd", "dong", "vnd")
_add("aed", "dirhams", "dirham", "aed")
_add("sar", "riyals", "riyal", "saudi riyals", "sar")
_add("egp", "egyptian pounds", "egp")
_add("uah", "hryvnia", "hryvnias", "uah")
_add("pln", "zlotys", "zloty", "pln")
_add("ils", "shekels", "shekel", "ils")
_add("ars", "argentine pesos", "argentinian pesos", "ars")
_add("clp", "chilean pesos", "clp")
_add("cop", "colombian pesos", "cop")
_add("peso", "pesos", "peso")
_add("dinar", "dinars", "dinar")
_add("franc", "francs", "franc")
_add("shilling", "shillings", "shilling")
_add("krona", "kronor", "krona", "kroner", "krone")
_add("rial", "rials", "rial")
_add("sek", "swedish kronor", "swedish krona", "sek")
_add("nok", "norwegian kroner", "norwegian krone", "nok")
_add("dkk", "danish kroner", "danish krone", "dkk")

# Abbreviations/symbols, matched case-sensitively. ``attached_only`` ones are too ambiguous
# with a space in between ("5 in the morning", "3 C-130s"): "5in", "30C".
_ABBREV_UNITS: dict[str, str] = {
    "mm": "mm", "cm": "cm", "km": "km", "kms": "km", "ft": "ft", "yd": "yard", "yds": "yard",
    "mi": "mile", "nm": "nmi", "kg": "kg", "kgs": "kg", "lb": "lb", "lbs": "lb", "oz": "oz",
    "mg": "mg", "ml": "ml", "mL": "ml", "ha": "hectare", "km2": "km2", "km²": "km2",
    "sq km": "km2", "sq. km": "km2", "sq mi": "sq_mile", "sq. mi": "sq_mile", "sq ft": "sq_ft",
    "m2": "m2", "m²": "m2", "sq m": "m2", "m3": "m3", "m³": "m3", "km/h": "kmh", "kmh": "kmh",
    "kph": "kmh", "km/hr": "kmh", "mph": "mph", "m/s": "m_s", "kt": "knot", "kts": "knot",
    "°C": "celsius", "ºC": "celsius", "° C": "celsius", "°F": "fahrenheit", "ºF": "fahrenheit",
    "° F": "fahrenheit", "°": "degree",
    "kW": "kw", "MW": "mw", "GW": "gw", "kWh": "kwh", "MWh": "mwh", "GWh": "gwh", "TWh": "twh",
    "GB": "gb", "MB": "mb", "TB": "tb", "bpd": "bpd", "b/d": "bpd", "hrs": "hour", "hr": "hour",
    "mins": "minute", "min": "minute", "secs": "second", "sec": "second", "yrs": "year",
    "pp": "percentage_point", "bp": "basis_point", "bps": "basis_point",
    "USD": "usd", "EUR": "eur", "GBP": "gbp", "JPY": "jpy", "CNY": "cny", "RMB": "cny",
    "INR": "inr", "IDR": "idr", "MYR": "myr", "AUD": "aud", "CAD": "cad", "HKD": "hkd",
    "SGD": "sgd", "NZD": "nzd", "CHF": "chf", "BRL": "brl", "MXN": "mxn", "PHP": "php",
    "THB": "thb", "KRW": "krw", "RUB": "rub", "TRY": "try", "ZAR": "zar", "NGN": "ngn",
    "PKR": "pkr", "VND": "vnd", "AED": "aed", "SAR": "sar", "EGP": "egp", "SEK": "sek",
    "NOK": "nok", "DKK": "dkk", "PLN": "pln", "ILS": "ils", "UAH": "uah", "TWD": "twd",
}
_ATTACHED_ONLY: dict[str, str] = {
    "in": "inch", "t": "tonne", "l": "litre", "L": "litre", "g": "g", "C": "celsius",
    "F": "fahrenheit", "W": "w", "x": "times", "h": "hour", "p": "gbp_penny", "c": "usd_cent",
}

# Currency markers written before the number ("$5", "US$ 5", "Rs 100", "EUR 3").
_PREFIX_CURRENCY: dict[str, str] = {
    "$": "usd", "US$": "usd", "U.S.$": "usd", "USD": "usd", "USD$": "usd", "A$": "aud",
    "AU$": "aud", "AUD": "aud", "C$": "cad", "CA$": "cad", "CAD": "cad", "HK$": "hkd",
    "HKD": "hkd", "S$": "sgd", "SGD": "sgd", "NZ$": "nzd", "NZD": "nzd", "NT$": "twd",
    "TWD": "twd", "R$": "brl", "BRL": "brl", "Mex$": "mxn", "MXN": "mxn", "€": "eur",
    "EUR": "eur", "£": "gbp", "GBP": "gbp", "¥": "jpy", "JPY": "jpy", "CN¥": "cny", "CNY": "cny",
    "RMB": "cny", "₹": "inr", "Rs": "inr", "Rs.": "inr", "INR": "inr", "Rp": "idr", "Rp.": "idr",
    "IDR": "idr", "RM": "myr", "MYR": "myr", "₩": "krw", "KRW": "krw", "₱": "php", "PHP": "php",
    "₦": "ngn", "NGN": "ngn", "₺": "try", "TRY": "try", "₽": "rub", "RUB": "rub", "₫": "vnd",
    "VND": "vnd", "฿": "thb", "THB": "thb", "CHF": "chf", "Fr.": "chf", "SFr": "chf",
    "ZAR": "zar", "KSh": "kes", "Ksh": "kes", "KES": "kes", "PKR": "pkr", "AED": "aed",
    "SAR": "sar", "EGP": "egp", "E£": "egp", "SEK": "sek", "NOK": "nok", "DKK": "dkk",
    "PLN": "pln", "₪": "ils", "ILS": "ils", "₴": "uah", "UAH": "uah", "₨": "pkr",
}


def _alt(forms: list[str]) -> str:
    forms = sorted(set(forms), key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"[ \u00a0]+") for f in forms)


_SEP = r"(?:[ \u00a0\u202f\u2009]|-(?=[A-Za-z]))?"
# After the number (+scale): optional space or hyphen ("5-km"), then the unit, then a boundary.
UNIT_AFTER = re.compile(
    r"(?P<sep>" + _SEP + r")(?:"
    r"(?P<pct>%|‰)"
    r"|(?i:(?P<word>" + _alt(list(_WORD_UNITS)) + r"))(?![\w])"
    r"|(?P<abbr>" + _alt(list(_ABBREV_UNITS)) + r")(?![\w²³])"
    r")"
)
def _first_run(form: str) -> str:
    m = re.match(r"[A-Za-z]+|[^A-Za-z]", form)
    return m.group(0) if m else form


# Cheap gate before the big alternation: the first letter run (or symbol) of every form.
_WORD_GATE = frozenset(_first_run(f).lower() for f in _WORD_UNITS)
_ABBR_GATE = frozenset(_first_run(f) for f in _ABBREV_UNITS) | {"%", "‰"}
_GATE_TOKEN = re.compile(r"(?:[ \u00a0\u202f\u2009]|-(?=[A-Za-z]))?([A-Za-z]+|[^\sA-Za-z\d])")


def match_unit_after(text: str, pos: int) -> re.Match[str] | None:
    """``UNIT_AFTER.match(text, pos)``, skipped quickly when the next word cannot be a unit."""
    g = _GATE_TOKEN.match(text, pos)
    if g is None:
        return None
    tok = g.group(1)
    if tok not in _ABBR_GATE and tok.lower() not in _WORD_GATE:
        return None
    return UNIT_AFTER.match(text, pos)


ATTACHED_UNIT = re.compile(r"(?P<att>" + _alt(list(_ATTACHED_ONLY)) + r")(?![\w])")
PREFIX_CURRENCY = re.compile(
    r"(?P<cur>" + _alt(list(_PREFIX_CURRENCY)) + r")[ \u00a0\u202f]?$"
)
_PREFIX_CUR_SYMBOLS = tuple(sorted(set(_PREFIX_CURRENCY), key=len, reverse=True))


def word_unit(form: str) -> str | None:
    """Canonical unit for a case-insensitive word form ("Kilometres" -> "km")."""
    return _WORD_UNITS.get(re.sub(r"[ \u00a0]+", " ", form.lower()))


def abbrev_unit(form: str) -> str | None:
    """Canonical unit for a case-sensitive abbreviation or symbol ("km/h" -> "kmh")."""
    return _ABBREV_UNITS.get(re.sub(r"[ \u00a0]+", " ", form))


def attached_unit(form: str) -> str | None:
    """Canonical unit for a unit written directly against the digits ("30C", "5in")."""
    return _ATTACHED_ONLY.get(form)


def prefix_currency(form: str) -> str | None:
    """Canonical currency for a marker written before the number ("US$" -> "usd")."""
    return _PREFIX_CURRENCY.get(form)
