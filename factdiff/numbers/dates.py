"""Temporal expressions: calendar dates, years, months, weekdays, clock times, decades,
seasons and relative expressions ("last week", "two days ago").

This module owns years: a 4-digit number in a date-like context is a year here and is not
reported by :func:`factdiff.numbers.parse_quantities`. The preposition before an expression
("in", "since", "until", ...) is recorded in ``anchor`` but kept out of the span, because
"since 2020" vs "in 2020" is a change of meaning that the comparison must see.
"""

from __future__ import annotations

import calendar
import re

from .lexicon import AFTER_YEAR_WORDS, FUNCTION_WORDS, MONTHS, WEEKDAYS
from .model import TimeExpression
from .words import ONES as NUMBER_WORDS

_MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WEEKDAY_RE = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Mon\.|Tues?\.|Wed\.|Thu(?:rs?)?\.|Fri\.|Sat\.|Sun\.)"
)
_SP = r"[ \u00a0\u202f]+"
_OSP = r"[ \u00a0\u202f]*"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[0-9]\d\d|20\d\d|2100)"
_PART = r"(?:morning|afternoon|evening|night|overnight)"
_AMPM = r"(?:a\.m\.|p\.m\.|a\.m|p\.m|am|pm|AM|PM|A\.M\.|P\.M\.)"


def _zone_table() -> dict[str, tuple[float, ...]]:
    """Zone name -> its UTC offsets in hours (``factdiff/lexicon/time_zones.txt``)."""
    from importlib import resources

    table: dict[str, tuple[float, ...]] = {}
    text = resources.files("factdiff.lexicon").joinpath("time_zones.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, offsets = line.rsplit(" ", 1)
        table[name.upper()] = tuple(float(x) for x in offsets.split(","))
    return table


_TZ_OFFSETS: dict[str, tuple[float, ...]] = _zone_table()
# abbreviations as written (capitals); spelled-out zones in any case ("Eastern time"); "GMT+3"
_TZ_ABBR = "|".join(sorted((z for z in _TZ_OFFSETS if " " not in z and len(z) > 1), key=len, reverse=True))
_TZ_WORDS = "|".join(
    sorted((z.lower().replace(" ", r"[ \u00a0]+") for z in _TZ_OFFSETS if " " in z), key=len, reverse=True)
)
_TZ = rf"(?:(?:GMT|UTC)[+\u2212-](?:1[0-4]|0?\d)(?::?[03]0)?|{_TZ_ABBR}|(?i:{_TZ_WORDS})|local time)"
_NUMW = "|".join(sorted(list(NUMBER_WORDS) + ["a", "an", "a couple of", "a few", "several"],
                        key=len, reverse=True))
_UNITW = r"(?:days?|weeks?|months?|years?|decades?|hours?|minutes?)"

_PATTERNS = [
    # ISO date / datetime
    ("iso", rf"\b(?P<iy>{_YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])\b"
            rf"(?:[T ](?P<ih>[01]\d|2[0-3]):(?P<imin>[0-5]\d)(?::[0-5]\d)?)?"),
    # 03/05/2021, 3.5.2021
    ("numeric", r"\b(?P<n1>0?[1-9]|[12]\d|3[01])(?P<nsep>[/.])(?P<n2>0?[1-9]|[12]\d|3[01])"
                r"(?P=nsep)(?P<ny>\d{4}|\d{2})\b"),
    # Tuesday, May 3, 2021 / May 3 / May 3rd, 2021
    ("mdy", rf"(?:(?P<wd1>{_WEEKDAY_RE}),?{_SP})?(?P<m1>{_MONTH_RE}){_SP}(?P<d1>{_DAY})\b"
            rf"(?:{_OSP}[-–]{_OSP}(?P<d1e>{_DAY})\b)?"
            rf"(?:,?{_SP}(?P<y1>{_YEAR})\b)?"),
    # Tuesday, 3 May 2021 / 3rd of May / the 3rd of May, 2021
    ("dmy", rf"(?:(?P<wd2>{_WEEKDAY_RE}),?{_SP})?(?P<d2>{_DAY})"
            rf"(?:{_OSP}[-–]{_OSP}(?P<d2e>{_DAY}))?{_SP}(?:of{_SP})?"
            rf"(?P<m2>{_MONTH_RE})\b(?:,?{_SP}(?P<y2>{_YEAR})\b)?"),
    # May 2021, mid-May, early May 2021
    ("my", rf"(?:(?P<mod1>[Ee]arly|[Mm]id|[Ll]ate|[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle)"
           rf"(?:-|{_SP}(?:of{_SP})?))?(?P<m3>{_MONTH_RE})\b"
           rf"(?:,?{_SP}(?P<y3>{_YEAR})\b)?"),
    # 10:30 a.m., 10 a.m., 14:30 GMT, 1430 GMT, noon
    ("time", rf"\b(?P<th>[01]?\d|2[0-3])(?:[:.](?P<tm>[0-5]\d))?{_OSP}(?P<ampm>{_AMPM})"
             rf"(?:{_SP}(?P<tz1>{_TZ}))?(?![\w])"),
    ("time24", rf"\b(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?!\d)(?:{_SP}(?P<tz2>{_TZ})\b)?"),
    ("timemil", rf"\b(?P<hm>[01]\d|2[0-3])(?P<mm>[0-5]\d){_SP}(?P<tz3>GMT|UTC)\b"),
    ("noon", r"\b(?i:(?P<noon>noon|midday|midnight))\b"),
    # Tuesday evening, late Monday, last Tuesday
    ("weekday", rf"(?:(?P<wrel>last|next|this|early|late)(?:{_SP}))?(?P<wd>{_WEEKDAY_RE})"
                rf"(?:{_SP}(?P<wpart>{_PART}))?(?![\w])"),
    # decades: the 1990s, the '90s, the early 2000s
    ("decade", rf"(?:(?P<dmod>early|mid|late)(?:-|{_SP}))?(?:(?P<dy>1\d{{2}}0|20\d0)s"
               r"|['’‘](?P<dy2>\d0)s)\b"),
    # seasons: summer 2020, last winter, the fall of 2019
    ("season", rf"(?:(?P<srel>last|next|this|early|late)(?:{_SP}))?"
               rf"(?P<season>(?i:spring|summer|autumn|winter)|(?<=the )fall|(?<=last )fall"
               rf"|(?<=this )fall|(?<=next )fall|(?<=in )fall|[Ff]all(?={_SP}(?:of{_SP})?{_YEAR}))"
               rf"(?:{_SP}(?:of{_SP})?(?P<sy>{_YEAR})\b)?"),
    # relative expressions
    ("rel1", r"\b(?i:(?P<rday>yesterday|today|tomorrow|tonight))\b"
             rf"(?:{_SP}(?P<rpart>{_PART}))?"),
    ("rel2", rf"\b(?i:(?P<rel>last|next|this|past|coming|previous|following))"
             rf"{_SP}(?P<runit>week|month|year|weekend|decade|century|{_PART})\b"),
    ("rel3", rf"\b(?i:(?P<rmod>earlier|later)){_SP}(?i:this|that|last|next){_SP}"
             r"(?P<runit2>week|month|year)\b"),
    ("rel4", rf"(?<!\d[,.])\b(?P<rnum>\d+|(?i:{_NUMW})){_SP}(?P<runit3>{_UNITW}){_SP}(?P<ago>ago|earlier"
             r"|later|before|after)\b"),
    # years, with an optional modifier: mid-2020, early 2021, 2019-20
    ("year", rf"(?:(?P<ymod>\b(?:[Ee]arly|[Mm]id|[Ll]ate|[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle))"
             rf"(?:-|{_SP}(?:of{_SP})?)"
             rf"|(?<![\w$€£¥.,/:#-]))(?P<yr>{_YEAR})(?![\w.,]\d|\d|%|,\d)"
             r"(?:(?P<ydash>[-–/])(?P<yr2>\d{2}|\d{4})\b)?"),
]
# (?<!\w) up front: mid-word positions fail after one test instead of trying every pattern.
_MASTER = re.compile(r"(?<!\w)(?:" + "|".join(f"(?P<_{name}>{pat})" for name, pat in _PATTERNS)
                     + ")")

_TOKEN = re.compile(r"(?<!\w)(?:\d+|['’‘](?=\d)|(?P<w>[A-Za-z]+))")
_TRIGGER_WORDS = frozenset("""
early mid late end beginning start middle last next this past coming previous following earlier later
yesterday today tomorrow tonight noon midday midnight spring summer autumn winter fall a an
several
""".split()) | frozenset(NUMBER_WORDS)
_CAPITAL_PREFIXES = frozenset(
    "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun".split()
)


_ANCHORS = {
    "in": "in", "on": "in", "at": "in", "during": "in", "as of": "in", "of": "in",
    "since": "since", "from": "since", "starting": "since", "beginning": "since",
    "until": "until", "till": "until", "through": "until", "to": "until", "up to": "until",
    "by": "by", "before": "before", "prior to": "before", "after": "after",
    "following": "after", "starting on": "since", "starting from": "since",
    "beginning on": "since", "beginning from": "since", "effective from": "since",
    "as from": "since", "with effect from": "since",
}
_ANCHOR_RE = re.compile(
    r"(?i:\b(?P<a>with effect from|(?:starting|beginning) (?:on|from)|effective from|as from|"
    r"as of|prior to|up to|in|on|at|during|since|from|starting|until|till|"
    r"through|by|before|after|following|to|of))[ \u00a0]+(?:the[ \u00a0]+)?$"
)
_AMOUNT_AFTER = re.compile(
    r"(?:[ \u00a0]?(?:%|percent|per cent|million|billion|thousand|km|kg|kilomet|miles|tonnes|"
    r"tons|metres|meters|feet|dollars|euros|pounds|bn|mn|m\b|k\b|MW))"
)
_PREFIX_MONEY = re.compile(r"(?:[$€£¥₹]|Rs\.?|Rp\.?|RM|USD|EUR|GBP)[ \u00a0]?$")
_QUAL_BEFORE_YEAR = re.compile(
    r"(?i:\b(?:about|around|roughly|approximately|some|more than|over|nearly|almost|fewer than|"
    r"less than|at least|up to|estimated|exactly|only|just|than|total of|another|extra|"
    r"additional|were|killed|of the))[ \u00a0]+$"
)
_STRONG_YEAR_CONTEXT = frozenset("""
in since by until till before after during through year years early late mid circa c. fiscal
fy from between end start beginning spring summer autumn fall winter
""".split()) | frozenset(MONTHS)
_PREV_WORD = re.compile(r"([\w.'’-]+)[ \u00a0]+$")
_NEXT_WORD = re.compile(r"[ \u00a0]+([\w'’-]+)")
_SEASONS = {"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn",
            "winter": "winter"}
_REL_WORD = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1,
             "this": 0}
_PART_HOURS = {"morning": (5, 12), "afternoon": (12, 18), "evening": (17, 22),
               "night": (20, 29), "overnight": (20, 31), "noon": (12, 12), "midnight": (0, 0)}


def _month(s: str) -> int:
    return MONTHS[s.rstrip(".").lower()]


def _weekday(s: str) -> int:
    return WEEKDAYS[s.rstrip(".").lower()]


def _day(s: str) -> int:
    return int(re.match(r"\d+", s).group(0))  # type: ignore[union-attr]


def _prev_word(text: str, pos: int) -> str:
    m = _PREV_WORD.search(text, max(0, pos - 30), pos)
    return m.group(1).lower() if m and m.end() == pos else ""


def _is_year(text: str, m: re.Match[str]) -> bool:
    """Decide whether a bare 4-digit number is a year (vs. a count such as "2020 people")."""
    s, e = m.span("yr")
    y = int(m.group("yr"))
    if m.group("ymod") or m.group("yr2"):
        return True
    lo = max(0, s - 24)
    if _PREFIX_MONEY.search(text, lo, s) or _QUAL_BEFORE_YEAR.search(text, lo, s):
        return False
    if s > 0 and text[s - 1] in "-‐‑" and s > 1 and text[s - 2].isalpha():
        return False  # identifiers such as A-1000
    if _AMOUNT_AFTER.match(text, e):
        return False
    prev = _prev_word(text, s)
    if prev and prev[0].isupper() is False and prev in ("no.", "#", "number", "flight", "route",
                                                        "article", "resolution", "page"):
        return False
    raw_prev = text[max(0, s - 30):s].rstrip().split(" ")[-1] if s else ""
    if raw_prev[:1].isupper() and raw_prev.lower().rstrip(",.") not in FUNCTION_WORDS and (
        raw_prev.lower().rstrip(",.") not in MONTHS and raw_prev.lower() not in _STRONG_YEAR_CONTEXT
    ) and not raw_prev.endswith((",", ".")) and raw_prev.lower() not in ("the", "in", "since"):
        if raw_prev.isalpha() and raw_prev.lower() not in WEEKDAYS:
            return False  # "Boeing 2020"? "Resolution 2231"
    strong = prev.rstrip(",") in _STRONG_YEAR_CONTEXT
    nm = _NEXT_WORD.match(text, e)
    nxt = nm.group(1) if nm else ""
    nounish = bool(nxt) and nxt[0].islower() and nxt.isalpha() and (
        nxt not in AFTER_YEAR_WORDS and nxt not in FUNCTION_WORDS
    ) and text[e:e + 1] in " \u00a0"
    if y < 1900 or y > 2100:
        return strong and not nounish
    if strong:
        return True
    return not nounish


def parse_dates(text: str) -> list[TimeExpression]:
    """All temporal expressions in ``text``, non-overlapping and in order."""
    out: list[TimeExpression] = []
    if not text:
        return out
    # Cheap trigger scan first; the big alternation only runs where an expression can start.
    pos = 0
    for t in _TOKEN.finditer(text):
        p = t.start()
        if p < pos:
            continue
        w = t.group("w")
        if w is not None and w[:3] not in _CAPITAL_PREFIXES and w.lower() not in _TRIGGER_WORDS:
            continue
        m = _MASTER.match(text, p)
        if m is None:
            continue
        te = _build(text, m)
        if te is None:
            continue
        out.append(te)
        pos = m.end()
    return out


def _with_anchor(text: str, start: int, **kw: object) -> dict[str, object]:
    am = _ANCHOR_RE.search(text, max(0, start - 20), start)
    if am is not None and am.end() == start:
        kw["anchor"] = _ANCHORS[re.sub(r"\s+", " ", am.group("a").lower())]
        kw["anchor_span"] = am.span("a")
    return kw


def _mk(text: str, s: int, e: int, kind: str, **kw: object) -> TimeExpression:
    kw = _with_anchor(text, s, **kw)
    return TimeExpression(start=s, end=e, text=text[s:e], kind=kind, **kw)  # type: ignore[arg-type]


def _valid_day(y: int | None, mo: int, d: int) -> bool:
    if not 1 <= mo <= 12:
        return False
    last = calendar.monthrange(y or 2000, mo)[1]
    return 1 <= d <= last


def _build(text: str, m: re.Match[str]) -> TimeExpression | None:
    g = m.group
    s, e = m.span()
    kind = m.lastgroup
    if kind == "_iso":
        y, mo, d = int(g("iy")), int(g("im")), int(g("id"))
        if not _valid_day(y, mo, d):
            return None
        hour = int(g("ih")) if g("ih") else None
        minute = int(g("imin")) if g("imin") else None
        return _mk(text, s, e, "date", year=y, month=mo, day=d, hour=hour, minute=minute)
    if kind == "_numeric":
        a, b, yy = int(g("n1")), int(g("n2")), g("ny")
        y = int(yy) if len(yy) == 4 else 2000 + int(yy)
        if g("nsep") == "." or a > 12:
            d, mo = a, b
        else:
            mo, d = a, b  # US order by default; d/m when the first part cannot be a month
        if not _valid_day(y, mo, d):
            return None
        return _mk(text, s, e, "date", year=y, month=mo, day=d)
    if kind in ("_mdy", "_dmy"):
        wd = g("wd1") if kind == "_mdy" else g("wd2")
        mo = _month(g("m1") if kind == "_mdy" else g("m2"))
        d = _day(g("d1") if kind == "_mdy" else g("d2"))
        yy = g("y1") if kind == "_mdy" else g("y2")
        y = int(yy) if yy else None
        de_raw = g("d1e") if kind == "_mdy" else g("d2e")
        de = _day(de_raw) if de_raw else None
        if not _valid_day(y, mo, d) or (de is not None and (de <= d or not _valid_day(y, mo, de))):
            return None
        if kind == "_mdy" and g("m1") == "May" and not g("wd1") and not yy and _looks_modal(
            text, m.start("m1")
        ):
            return None
        return _mk(text, s, e, "date", year=y, month=mo, day=d,
                   weekday=_weekday(wd) if wd else None, day_end=de)
    if kind == "_my":
        mon = g("m3")
        if mon.rstrip(".") in ("Mar", "Jun", "Jul", "Sep", "Dec", "Oct", "Nov", "Apr", "Aug",
                               "Feb", "Jan", "Sept") and not mon.endswith(".") and not g("y3"):
            # bare abbreviations without a period or a year are too ambiguous (names, words)
            return None
        if mon == "May" and not g("y3") and not g("mod1") and _looks_modal(text, m.start("m3")):
            return None
        if mon == "March" and not g("y3") and not g("mod1") and _prev_word(text, s) in (
            "the", "a", "to", "will", "would", "protest", "women's"
        ):
            return None
        mod = g("mod1")
        y = int(g("y3")) if g("y3") else None
        return _mk(text, s, e, "month" if y is None else "date", year=y, month=_month(mon),
                   modifier=_norm_mod(mod))
    if kind in ("_time", "_time24", "_timemil"):
        if kind == "_time":
            h = int(g("th"))
            mi = int(g("tm")) if g("tm") else 0
            ap = g("ampm").lower().replace(".", "")
            if h == 0 or h > 12:
                return None
            if ap == "pm" and h != 12:
                h += 12
            if ap == "am" and h == 12:
                h = 0
        elif kind == "_time24":
            h, mi = int(g("h24")), int(g("m24"))
            # "3:1" ratios/scores are excluded by requiring two minute digits
        else:
            h, mi = int(g("hm")), int(g("mm"))
        tz = g("tz1") or g("tz2") or g("tz3")
        return _mk(text, s, e, "time", hour=h, minute=mi,
                   timezone=tz.upper() if tz and tz != "local time" else None)
    if kind == "_noon":
        w = g("noon").lower()
        h = 0 if w == "midnight" else 12
        return _mk(text, s, e, "time", hour=h, minute=0,
                   part_of_day="midnight" if h == 0 else "noon")
    if kind == "_weekday":
        rel = g("wrel")
        mod = None
        relative = None
        if rel in ("early", "late"):
            mod = rel
        elif rel:
            relative = ("weekday", _REL_WORD[rel])
        return _mk(text, s, e, "weekday", weekday=_weekday(g("wd")), part_of_day=_part(g("wpart")),
                   modifier=mod, relative=relative)
    if kind == "_decade":
        if g("dy"):
            dec = int(g("dy"))
        else:
            d2 = int(g("dy2"))
            dec = (1900 if d2 >= 30 else 2000) + d2
        return _mk(text, s, e, "decade", decade=dec, modifier=_norm_mod(g("dmod")))
    if kind == "_season":
        rel = g("srel")
        mod = rel if rel in ("early", "late") else None
        relative = ("year", _REL_WORD[rel]) if rel and rel not in ("early", "late") else None
        y = int(g("sy")) if g("sy") else None
        return _mk(text, s, e, "season", season=_SEASONS[g("season").lower()], year=y,
                   modifier=mod, relative=relative)
    if kind == "_rel1":
        w = g("rday").lower()
        off = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}[w]
        part = _part(g("rpart")) or ("night" if w == "tonight" else None)
        return _mk(text, s, e, "relative", relative=("day", off), part_of_day=part)
    if kind == "_rel2":
        unit = g("runit").lower()
        off = _REL_WORD[g("rel").lower()]
        if unit in _PART_HOURS:
            if unit == "night" and off == -1:
                return _mk(text, s, e, "relative", relative=("day", -1), part_of_day="night")
            if off != 0:
                return None
            return _mk(text, s, e, "relative", relative=("day", 0), part_of_day=_part(unit))
        return _mk(text, s, e, "relative", relative=(unit, off))
    if kind == "_rel3":
        return _mk(text, s, e, "relative", relative=(g("runit2").lower(), 0),
                   modifier="early" if g("rmod").lower() == "earlier" else "late")
    if kind == "_rel4":
        raw = g("rnum").lower()
        if raw.isdigit():
            n = int(raw)
        elif raw in NUMBER_WORDS:
            n = NUMBER_WORDS[raw]
        elif raw in ("a", "an"):
            n = 1
        else:
            n = 0  # vague ("several days ago")
        unit = re.sub(r"s$", "", g("runit3").lower())
        sign = -1 if g("ago").lower() in ("ago", "earlier", "before") else 1
        return _mk(text, s, e, "relative", relative=(unit, sign * n))
    if kind == "_year":
        if not _is_year(text, m):
            return None
        y = int(g("yr"))
        ys = m.start("yr") if not g("ymod") else s
        if g("yr2"):
            # "2019-20", "2019/2020": a span of years; report the first year with the full text
            y2raw = g("yr2")
            y2 = int(y2raw) if len(y2raw) == 4 else (y // 100) * 100 + int(y2raw)
            if not y < y2 <= y + 10:
                e = m.end("yr")
        return _mk(text, ys, e, "year", year=y, modifier=_norm_mod(g("ymod")))
    return None


def _norm_mod(mod: str | None) -> str | None:
    if not mod:
        return None
    mod = mod.lower().rstrip("-")
    return {"beginning": "early", "start": "early", "end": "late", "middle": "mid"}.get(mod, mod)


def _part(p: str | None) -> str | None:
    if not p:
        return None
    p = p.lower()
    return "night" if p == "overnight" else p


def _looks_modal(text: str, pos: int) -> bool:
    """ "May" as the modal verb or a surname ("Theresa May"), not the month."""
    nm = _NEXT_WORD.match(text, pos + 3)
    nxt = nm.group(1) if nm else ""
    pm = _PREV_WORD.search(text, max(0, pos - 30), pos)
    raw_prev = pm.group(1) if pm and pm.end() == pos else ""
    if raw_prev[:1].isupper() and raw_prev.isalpha() and raw_prev.lower() not in FUNCTION_WORDS:
        return True  # "Theresa May", "Brian May"
    prev = _prev_word(text, pos)
    if prev in ("in", "since", "until", "by", "of", "early", "late", "mid", "during", "from",
                "through", "before", "after", "last", "next", "this", "as", "till"):
        return False
    if nxt and nxt[0].islower() and nxt not in ("and", "or", "to", "of", "last", "this", "next"):
        return True
    return bool(nxt and nxt in ("I", "we", "you", "he", "she", "it", "they"))


# ---------------------------------------------------------------------------------------------
# comparison
# ---------------------------------------------------------------------------------------------

# UTC offsets in hours; ambiguous zones (ET, PT) list both standard and daylight offsets.
_GMT_PLUS = re.compile(r"(?:GMT|UTC)([+\u2212-])(\d{1,2})(?::?([03]0))?$")


def zone_offsets(zone: str | None) -> tuple[float, ...] | None:
    """UTC offsets (hours) a written zone may mean: "CT" -> (-6, -5), "GMT+3" -> (3,)."""
    if zone is None:
        return None
    z = " ".join(zone.upper().split())
    m = _GMT_PLUS.match(z)
    if m:
        hours = int(m.group(2)) + (int(m.group(3)) / 60 if m.group(3) else 0)
        return (-hours if m.group(1) != "+" else hours,)
    return _TZ_OFFSETS.get(z)


_ANCHOR_CLASS = {None: "point", "in": "point", "since": "since", "until": "until",
                 "by": "by", "before": "before", "after": "after"}


def compare_dates(a: TimeExpression, b: TimeExpression) -> str:
    """ "equal", "compatible" (one is more specific and nothing conflicts) or "changed"."""
    anchor_a = _ANCHOR_CLASS.get(a.anchor, "point")
    anchor_b = _ANCHOR_CLASS.get(b.anchor, "point")
    vague_anchor = False
    if anchor_a != anchor_b:
        if not (a.anchor is None or b.anchor is None):
            return "changed"  # "in 2020" vs "since 2020"
        vague_anchor = True  # "since 2020" vs a bare "2020": nothing contradicts
    fa, fb = _fields(a), _fields(b)
    if a.timezone != b.timezone and a.hour is not None and b.hour is not None:
        tz = _tz_relation(a, b)
        if tz == "changed":
            return "changed"
        for f in (fa, fb):
            f.pop("hour", None)
            f.pop("minute", None)
        if tz == "compatible":
            fa["_tz"] = True  # same instant only if the unknown zone fits: never "equal"
    conflict = False
    for k in set(fa) & set(fb):
        if k == "day" and (a.day_end is not None or b.day_end is not None):
            a_lo, a_hi = a.day, a.day_end or a.day
            b_lo, b_hi = b.day, b.day_end or b.day
            if a_hi < b_lo or b_hi < a_lo:  # type: ignore[operator]
                conflict = True
                break
            if (a_lo, a_hi) != (b_lo, b_hi):
                fa["day"] = fb["day"] = None  # overlapping day ranges: compatible, not equal
                fa["_dayrange"] = (a_lo, a_hi)
            continue
        if fa[k] != fb[k]:
            conflict = True
            break
    if conflict:
        return "changed"
    # cross-field consistency checks
    if _cross_conflict(a, b) or _cross_conflict(b, a):
        return "changed"
    if fa == fb and not vague_anchor:
        return "equal"
    return "compatible"


def _tz_relation(a: TimeExpression, b: TimeExpression) -> str:
    """Clock times in different zones: "equal" (same instant), "compatible" or "changed"."""
    ma = a.hour * 60 + (a.minute or 0)  # type: ignore[operator]
    mb = b.hour * 60 + (b.minute or 0)  # type: ignore[operator]
    if a.timezone is None or b.timezone is None:
        # one side is local time of an unknown zone: only the minutes can be checked
        return "compatible" if (ma - mb) % 60 in (0, 30) else "changed"
    oa, ob = zone_offsets(a.timezone), zone_offsets(b.timezone)
    if oa is None or ob is None:
        return "compatible"
    # the same half of the year on both sides (a one-offset zone is the same in both)
    for x, y in zip(oa if len(oa) > 1 else oa * 2, ob if len(ob) > 1 else ob * 2, strict=True):
        if round(ma - x * 60 - (mb - y * 60)) % 1440 == 0:
            return "equal"
    return "changed"


def _fields(t: TimeExpression) -> dict[str, object]:
    f: dict[str, object] = {}
    for k in ("year", "month", "day", "weekday", "hour", "minute", "season", "decade",
              "relative"):
        v = getattr(t, k)
        if v is not None:
            f[k] = v
    if t.part_of_day is not None and t.hour is None:
        f["part_of_day"] = t.part_of_day
    if t.modifier is not None:
        f["modifier"] = t.modifier
    return f


def _cross_conflict(a: TimeExpression, b: TimeExpression) -> bool:
    """Conflicts between different fields: decade vs year, weekday vs full date, ..."""
    if a.decade is not None and b.year is not None and not a.decade <= b.year < a.decade + 10:
        return True
    if a.weekday is not None and b.weekday is None and None not in (b.year, b.month, b.day):
        try:
            if calendar.weekday(b.year, b.month, b.day) != a.weekday:  # type: ignore[arg-type]
                return True
        except ValueError:
            return False
    if a.part_of_day is not None and b.hour is not None and a.hour is None:
        lo, hi = _PART_HOURS[a.part_of_day]
        h = b.hour if b.hour >= lo or hi < 24 else b.hour + 24
        if not lo <= h <= hi:
            return True
    if a.modifier is not None and b.day is not None and a.day is None and a.month is not None \
            and b.month == a.month:
        d = b.day
        if (a.modifier == "early" and d > 12) or (a.modifier == "late" and d < 18) or (
            a.modifier == "mid" and not 8 <= d <= 24
        ):
            return True
    if a.modifier is not None and b.month is not None and a.month is None and a.year is not None \
            and b.year == a.year:
        mo = b.month
        if (a.modifier == "early" and mo > 5) or (a.modifier == "late" and mo < 8) or (
            a.modifier == "mid" and not 4 <= mo <= 9
        ):
            return True
    if a.season is not None and b.month is not None:
        months = {"spring": (3, 4, 5, 6), "summer": (6, 7, 8, 9), "autumn": (9, 10, 11, 12),
                  "winter": (12, 1, 2, 3)}[a.season]
        if b.month not in months:
            return True
    return False
