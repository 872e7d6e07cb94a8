"""Find every figure in a piece of text: value interval, qualifier, unit, and exact spans.

How it works (one pass, pre-compiled regexes):
1. one master regex finds number *cores*: digit numbers in any grouping, runs of number words,
   vague amounts ("hundreds of", "a few");
2. each core is checked for being part of a name/identifier ("COVID-19", "G7", "Boeing 737",
   "Article 5", "Windows 10", "No. 2"), a date or a time (those belong to ``parse_dates``);
3. the core is extended to the left (sign, currency marker, qualifier such as "more than") and
   to the right (scale word, unit, currency word, "or more", the second half of a range).

Ownership of years: calendar expressions (years, "May 3", "10:30 a.m.", "the 1990s",
"two days ago") are reported by ``parse_dates`` only; ``parse_quantities`` skips them unless
called with ``include_years=True`` (then standalone years come back as kind "year").
Four-digit numbers with a qualifier, a currency or a counted noun ("about 2000", "$2020",
"2020 people") are quantities.

Names: a number directly after a capitalised non-function word ("Boeing 737", "Article 5",
"World War Two") or glued to letters ("G7", "COVID-19", "4G") is an identifier, not a figure.
The facts layer compares such names as names (see ``number_value`` for "Second" vs "Two").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .context import currency_before, is_name_word, prev_word, qualifier_before, words_before
from .dates import parse_dates
from .lexicon import MONTHS, ONE_AFTER, ONE_BEFORE
from .model import Quantity
from .patterns import (
    ALPHA_RUN,
    CANDIDATE_WORDS,
    CONNECTOR,
    CURRENCY_AT,
    DIGIT,
    GATE_WORDS,
    HALF_A,
    LENGTH_CONTEXT,
    MASTER,
    MINUS_SIGNS,
    MONEY_SCALE_AFTER,
    MONEY_SCALES,
    MULTIPLY_DETERMINERS,
    MULTIPLY_NO_QUALIFIER,
    MULTIPLY_NOT_BEFORE,
    MULTIPLY_NOUN_AFTER,
    MULTIPLY_VERB_BEFORE,
    NEXT_WORD,
    OVER_AFTER_PREPOSITION,
    QUAL_AFTER,
    RATIO_AFTER,
    RIGHT_QUALIFIERS,
    SCALE_ABBR,
    SCALE_AFTER,
    SCALE_WORDS,
    SPACES,
    SUFFIX,
    TOKEN,
    VAGUE_FEW,
    VAGUE_MULT,
    WINDOW_WORDS,
    WORD_TOKEN,
)
from .scores import find_scores
from .units import (
    ATTACHED_UNIT,
    abbrev_unit,
    attached_unit,
    dimension_of,
    match_unit_after,
    word_unit,
)
from .words import MULTIPLY_VERBS, ORDINALS, SCALES, words_to_number

_AFTER_A = GATE_WORDS | {"few", "couple", "handful"}
# one look-up per word in the scan: None for a word that may start a number (the master regex
# decides), the factor for a multiplying verb ("doubled" -> 2.0)
_GATE: dict[str, float | None] = {**MULTIPLY_VERBS, **dict.fromkeys(GATE_WORDS)}
_NAME_PREFIXES = frozenset({"mid", "pre", "post", "over", "under", "minus"})
_FRACTION_DENOMINATORS = frozenset({2, 3, 4, 5, 8, 10, 16, 100})
_DECADES = frozenset({10, 20, 30, 40, 50, 60, 70, 80, 90})  # "in their 30s": ages by decade
_GO_FORMS = frozenset({"go", "goes", "went", "gone", "going"})
_FRACTION_AFTER = frozenset({"of", "or", "and", "to", "more", "less", "fewer", "as"})
_FRACTION_AFTER_BY = frozenset(
    "in on at after since from over during between compared than this last year".split())
_OF_A = re.compile(r"(?:[ \u00a0]+of)?[ \u00a0]+an?(?=[ \u00a0])", re.IGNORECASE)


@dataclass
class _Core:
    """A bare number before any context is attached."""

    start: int
    end: int
    value: float
    precision: float
    kind: str  # cardinal | ordinal | fraction | decimal | multiplier
    low: float
    high: float
    vague: bool = False
    words: bool = False
    has_scale: bool = False
    verb: bool = False  # a multiplying verb: "doubled", "halve", "tripling"


def _digits_value(raw: str) -> tuple[float, float] | None:
    """(value, precision) of a digit string in any of the accepted groupings."""
    if "/" in raw:
        a, b = raw.split("/")
        na, nb = int(a), int(b)
        if not (0 < na < nb and nb in _FRACTION_DENOMINATORS):
            return None  # 24/7, 9/11: not fractions
        return na / nb, 1.0 / nb
    s = raw
    for sp in SPACES:
        s = s.replace(sp, "")
    if s.count(".") >= 2 or ("." in s and "," in s and s.index(".") < s.index(",")):
        s = s.replace(".", "").replace(",", ".")  # European grouping: 1.403.000,5
    elif "," in s and "." not in s and raw[-4:-3] != ",":
        s = s.replace(",", ".")  # 1 403,5 (European decimal comma after space grouping)
    else:
        s = s.replace(",", "")
    if s.startswith("."):
        s = "0" + s
    if len(s) > 40:
        return None  # a digit string this long is an identifier or noise, not a figure
    try:
        v = float(s)
    except ValueError:
        return None
    if "." in s:
        return v, 10.0 ** -(len(s) - s.index(".") - 1)
    n = int(s)
    p = 1.0
    # trailing zeros signal rounding only from 100 up: "20" vs "24" is a different number
    if n >= 100:
        while n % 10 == 0:
            n //= 10
            p *= 10
    return v, p


def _fraction_context(text: str, pos: int, after_by: bool = False) -> bool:
    """After "a third": "of", punctuation or the end make it a fraction, a noun an ordinal.

    After "by" ("fell by a third in May") a preposition or time word also ends the figure,
    while "by a third party" stays an ordinal.
    """
    nm = NEXT_WORD.match(text, pos)
    if nm is None:
        return True
    nw = nm.group(1).lower()
    return nw in _FRACTION_AFTER or after_by and nw in _FRACTION_AFTER_BY


def _word_before_is(text: str, pos: int, word: str) -> bool:
    pw = prev_word(text, pos)
    return pw is not None and pw[0].lower() == word


def _carve_words(text: str, start: int, end: int) -> list[_Core]:
    """Split a run of number words into one or more numbers ("one or two" -> 1, 2)."""
    toks = [(m.group(0).lower(), m.start(), m.end())
            for m in WORD_TOKEN.finditer(text, start, end)]
    lowered = [t for t, _, _ in toks]
    out: list[_Core] = []
    i = 0
    while i < len(toks):
        if lowered[i] == "and":
            i += 1
            continue
        r = words_to_number(lowered[i:])
        if r is None:
            i += 1
            continue
        wn, used = r
        if wn.kind == "fraction" and used == 2 and lowered[i] in ("a", "an") and (
            lowered[i + 1] in ORDINALS and not _fraction_context(
                text, toks[i + 1][2], _word_before_is(text, toks[i][1], "by"))
        ):
            # "a sixth term" is an ordinal; "a sixth of the vote" is a fraction
            v = float(ORDINALS[lowered[i + 1]])
            out.append(_Core(toks[i + 1][1], toks[i + 1][2], v, 1.0, "ordinal", v, v,
                             words=True))
            i += used
            continue
        has_scale = any(t in SCALES or t == "hundred" for t in lowered[i:i + used])
        out.append(_Core(toks[i][1], toks[i + used - 1][2], wn.value, wn.precision, wn.kind,
                         wn.value, wn.value, words=True, has_scale=has_scale))
        i += used
    return out


def _vague_core(m: object, text: str) -> _Core:
    g = m.group  # type: ignore[attr-defined]
    s, e = m.span("v")  # type: ignore[attr-defined]
    vm, vm2, vf, vs = g("vm"), g("vm2"), g("vf"), g("vs")
    if vm:
        mult = VAGUE_MULT[vm.lower()]
        lo, hi = 2 * mult, 10 * mult - 1
        if mult == 10:
            lo, hi = 20, 99
        elif mult == 12:
            lo, hi = 24, 99
        elif mult == 20:
            lo, hi = 40, 199
        if vm2:
            sc = VAGUE_MULT[vm2.lower()]
            lo, hi = lo * sc, (hi + 1) * sc - 1
            mult *= sc
        prec = float(mult)
    else:
        lo, hi = VAGUE_FEW[" ".join(vf.lower().split())]
        prec = 1.0
        if vs:
            sc = SCALE_WORDS[vs.lower()]
            lo, hi = lo * sc, hi * sc
            prec = sc
    return _Core(s, e, (lo + hi) / 2, prec, "cardinal", float(lo), float(hi), vague=True,
                 words=True)


class _Scanner:
    """State for one parse: the text, the cores found and the spans owned by dates."""

    def __init__(self, text: str, date_spans: list[tuple[int, int]]) -> None:
        self.text = text
        self.date_spans = date_spans
        self.cores: list[_Core] = []
        self.by_start: dict[int, _Core] = {}

    def in_date(self, s: int, e: int) -> bool:
        return any(ds < e and s < de for ds, de in self.date_spans)

    def collect(self) -> None:
        text = self.text
        last = 0
        # Token scan + set lookup first; the master regex only runs where a number can start.
        for t in TOKEN.finditer(text):
            p = t.start()
            if p < last:
                continue
            w = t.group("w")
            if w is not None:
                lw = w.lower()
                factor = _GATE.get(lw, 0.0)
                if factor is not None:  # not a number word: maybe a multiplying verb
                    if factor:
                        self._add(_Core(p, t.end(), factor, 1.0, "multiplier", factor, factor,
                                        words=True, verb=True))
                    continue
                if lw in ("a", "an"):
                    nm = NEXT_WORD.match(text, t.end())
                    if nm is None or nm.group(1).lower() not in _AFTER_A:
                        continue
            m = MASTER.match(text, p)
            if m is None:
                continue
            last = m.end()
            raw = m.group("d")
            if raw is not None:
                s, e = m.span("d")
                if " " in raw and self._reject_space_grouping(s):
                    raw = raw.split(" ")[0]
                    e = s + len(raw)
                dv = _digits_value(raw)
                if dv is None:
                    continue
                if "/" in raw:
                    kind = "fraction"
                else:
                    kind = "decimal" if "." in raw or dv[0] != int(dv[0]) else "cardinal"
                self._add(_Core(s, e, dv[0], dv[1], kind, dv[0], dv[0]))
            elif m.group("v") is not None:
                self._add(_vague_core(m, text))
            else:
                for c in _carve_words(text, m.start("w"), m.end("w")):
                    self._add(c)

    def _add(self, c: _Core) -> None:
        self.cores.append(c)
        self.by_start[c.start] = c

    def _reject_space_grouping(self, s: int) -> bool:
        """ "May 5 200 people": a plain-space group after a month name is a day + a count."""
        pw = prev_word(self.text, s)
        return pw is not None and pw[0].lower().rstrip(".") in MONTHS

    # -- identifiers and non-figures ------------------------------------------------------
    def skip_digit_core(self, c: _Core) -> bool:
        """Identifiers, versions, times, dates: digits that are not a figure."""
        text = self.text
        s, e = c.start, c.end
        nxt = text[e:e + 2]
        if nxt[:1] in ".:/," and nxt[1:2].isdigit():
            return True  # 1.2.3, 10:30, 24/7 (dates and times belong to parse_dates)
        if s > 0:
            before = text[s - 1]
            if before in "-‐‑" and s > 1 and text[s - 2].isalpha():
                k = s - 1
                while k > 0 and text[k - 1].isalpha():
                    k -= 1
                if text[k:s - 1].lower() not in _NAME_PREFIXES:
                    return True  # COVID-19, F-16, MH-17
            if before == "#":
                return True
        pw = prev_word(text, s)
        if pw is not None and is_name_word(pw[0]) and currency_before(text, s, 0) is None:
            # a measure after the number makes it a figure even after a capitalised word
            # (a sentence-initial noun: "Hailstones 5 cm across", "Apple 1.8 billion euros")
            return not self._measure_after(e)
        return False

    def _measure_after(self, e: int) -> bool:
        """A scale word, a percent sign or a unit of measure or currency follows ``e``."""
        text = self.text
        if SCALE_AFTER.match(text, e) is not None:
            return True
        um = match_unit_after(text, e)
        if um is None:
            return False
        cu = self._unit_from_match(um, None)
        return cu is not None and (dimension_of(cu) or "time") != "time"

    def skip_word_core(self, c: _Core) -> bool:
        """Pronoun "one", adverbial "at first", "half-brother", names like "World War Two"."""
        if c.verb:
            return self._skip_multiply_verb(c)
        text = self.text
        lw = text[c.start:c.end].lower()
        pw = prev_word(text, c.start)
        plw = pw[0].lower() if pw else ""
        nm = NEXT_WORD.match(text, c.end)
        nw = nm.group(1).lower() if nm else ""
        if lw == "one":
            if RATIO_AFTER.match(text, c.end):
                return False
            if nw == "day" and (pw is None or text[c.start] == "O"):
                return True  # "One day, ..." is a narrative adverbial
            if plw in ONE_BEFORE or nw in ONE_AFTER or text[c.end:c.end + 2] in ("'s", "’s"):
                return True
            if nm is None and plw not in ("to", "from", "than", "just", "only", "at", "by", "of",
                                          "with", "and", "or", "about", "nearly", "almost",
                                          "under", "over"):
                return True  # "as one," "the only one."
        if lw == "first" and (plw == "at" or nw in ("of", "and")):
            return True
        if lw == "half":
            if text[c.end:c.end + 1] in "-‐‑" and c.end < len(text) or plw in ORDINALS or plw in (
                "the", "other", "latter", "former"
            ):
                return True
        if lw == "second" and nm is None and plw in ("a", "one", "per", "every", "each"):
            return True
        if c.kind in ("cardinal", "fraction") and pw is not None and pw[0][:1].isupper() and (
            is_name_word(pw[0])
        ) and (text[c.start].isupper() or pw[1] > 0 and not self._sentence_start(pw[1])):
            # "World War Two", "Apollo Eleven"; but a lower-case number after a sentence's
            # first word is a figure: "Carrying three satellites", "Hailstones two inches"
            return True
        return False

    def _skip_multiply_verb(self, c: _Core) -> bool:
        """ "a double murder", "doubled as a clinic", "mixed doubles": not a multiplication."""
        text = self.text
        lw = text[c.start:c.end].lower()
        if c.end < len(text) and text[c.end] in "-\u2010\u2011":
            return True  # "double-digit", "double-check"
        nm = NEXT_WORD.match(text, c.end)
        nw = nm.group(1).lower() if nm else ""
        if nw in MULTIPLY_NOT_BEFORE:
            return True
        pw = prev_word(text, c.start)
        plw = pw[0].lower() if pw else ""
        if lw.endswith("es") and (plw in MULTIPLY_NOUN_AFTER or plw.endswith(("'s", "\u2019s"))):
            return True  # a plural noun: "the men's doubles", "mixed doubles"
        if lw.endswith("e") and lw != "halve":
            # "double"/"triple": an adjective unless a verb or predeterminer reading is certain
            return not (nw in MULTIPLY_DETERMINERS or plw in MULTIPLY_VERB_BEFORE)
        return False

    def _phrasal_up_to(self, span: tuple[int, int], floor: int) -> bool:
        """ "will go up to 2,250": the verb "go up" (rise), not the qualifier "up to"."""
        if self.text[span[0]:span[1]].lower().split() != ["up", "to"]:
            return False
        pw = prev_word(self.text, span[0], floor)
        return pw is not None and pw[0].lower() in _GO_FORMS

    def _sentence_start(self, pos: int) -> bool:
        """Only opening punctuation, or the end of a previous sentence, before ``pos``."""
        k = pos
        while k > 0 and (self.text[k - 1] in SPACES or self.text[k - 1] in "\"'“‘«([—–-"):
            k -= 1
        return k == 0 or self.text[k - 1] in ".!?:;"

    # -- context --------------------------------------------------------------------------
    def build(self, c: _Core, floor: int) -> Quantity | None:
        """Attach sign, currency, qualifier, scale, unit to a core; ``None`` if not a figure."""
        text = self.text
        start, end = c.start, c.end
        value, precision, kind = c.value, c.precision, c.kind
        unit: str | None = None
        unit_span: tuple[int, int] | None = None
        qualifier: str | None = None
        qual_span: tuple[int, int] | None = None
        negative = False
        num_start = c.start
        has_scale = c.has_scale
        scale_word: str | None = None

        # ---- left: sign
        if start > floor and not c.words:
            if text[start - 1] in MINUS_SIGNS and (start - 1 == 0
                                                   or text[start - 2] in SPACES + "([/"):
                negative = True
                start -= 1
                num_start = start
        if not negative and start > floor:
            ws = words_before(text, start, floor, 1)
            if ws and ws[0][0].lower() in ("minus", "negative") and not c.words:
                negative = True
                start = ws[0][1]
        # ---- left: currency ("$5", "-$5", "US$ 5", "Rs 100")
        cur = currency_before(text, start, floor)
        if cur is not None and not (c.words and text[start - 1] not in SPACES):
            unit, unit_span = cur
            start = unit_span[0]
            if start > floor and text[start - 1] in MINUS_SIGNS and (
                start - 1 == 0 or text[start - 2] in SPACES + "("
            ):
                negative = True
                start -= 1
        # ---- left: qualifier
        qb = qualifier_before(text, start, floor)
        if qb is not None and not self._phrasal_up_to(qb[1], floor) and not (
            c.verb and text[qb[1][0]:qb[1][1]].lower() in MULTIPLY_NO_QUALIFIER
        ):
            qualifier, qual_span = qb
            start = qual_span[0]

        # ---- right: attached suffix (digits only): 6th, 5m, 10k, 5km, 30C, 4G
        if not c.words:
            r = self._suffix(c, end, unit)
            if r is None:
                return None
            kind2, end2, factor, sw, u, us = r
            if kind2 == "decade_age":
                # "in their 30s": 30..39
                return self._make(start, end2, num_start, end2, value, value + 9, "range",
                                  qualifier, qual_span, None, None, True, 10.0)
            if kind2:
                kind = kind2
            if factor != 1.0:
                value *= factor
                precision *= factor
                has_scale = True
                scale_word = sw
            if u is not None:
                unit, unit_span = u, us
            end = end2
        # ---- right: scale word ("1.5 million", "$5 m")
        if not has_scale and kind in ("cardinal", "decimal") and not c.vague:
            scm = SCALE_AFTER.match(text, end)
            if scm is not None:
                sw = scm.group("w").lower() if scm.group("w") else scm.group("a")
                sc = SCALE_WORDS.get(sw) or SCALE_ABBR[sw]
                value *= sc
                precision *= sc
                scale_word = sw
                end = scm.end()
            elif unit is not None and (dimension_of(unit) or "").startswith("currency"):
                sm2 = MONEY_SCALE_AFTER.match(text, end)
                if sm2 is not None:
                    sc = SCALE_ABBR[sm2.group("sc")]
                    value *= sc
                    precision *= sc
                    scale_word = sm2.group("sc")
                    end = sm2.end()
        # "half a million", "half a dozen"
        fraction_of_unit = False
        if c.words and kind == "fraction":
            hm = HALF_A.match(text, end)
            if hm is not None:
                value *= SCALE_WORDS[hm.group(1).lower()]
                precision = value
                kind = "cardinal"
                end = hm.end()
            else:
                # "half a percentage point", "a third of a mile", "half an hour"
                am = _OF_A.match(text, end)
                um = match_unit_after(text, am.end()) if am is not None else None
                cu = self._unit_from_match(um, None) if um is not None else None
                if cu is not None and not (dimension_of(cu) or "").startswith("currency") and um.group("sep"):
                    unit, unit_span = cu, (um.start() + len(um.group("sep")), um.end())
                    end = um.end()
                    fraction_of_unit = True
        num_end = end
        low, high = (c.low, c.high) if c.vague else (value, value)
        # ---- right: "500+" / "500-plus"
        rq = QUAL_AFTER.match(text, end)
        if rq is not None and rq.group("p") and qualifier is None:
            qualifier = "at_least"
            qual_span = rq.span("p")
            end = rq.end()
        # ---- right: unit or currency word ("5 km", "5 per cent", "5 million euros")
        if kind not in ("ordinal", "multiplier") and not fraction_of_unit and (
            unit is None or unit_span[0] < c.start  # type: ignore[index]
        ):
            um = match_unit_after(text, end)
            if um is not None:
                cu = self._unit_from_match(um, scale_word)
                is_cur = (dimension_of(cu) or "").startswith("currency")
                if cu is not None and unit is None:
                    unit, unit_span = cu, (um.start() + len(um.group("sep")), um.end())
                    end = um.end()
                elif cu is not None and not is_cur and unit is not None:
                    pass  # "$5 km"?: keep the currency
        # ---- right: qualifier after the unit ("5 km or more")
        if qualifier is None:
            rq = QUAL_AFTER.match(text, end)
            if rq is not None and rq.group("w"):
                key = " ".join(rq.group("w").lower().split())
                qualifier = RIGHT_QUALIFIERS.get(key)
                if qualifier is not None:
                    qual_span = rq.span("w")
                    end = rq.end()
        if negative:
            low, high = -high, -low
        window = None
        if unit is not None and dimension_of(unit) == "time":
            window = self._window(start, floor, qual_span if qualifier else None)
        return self._make(start, end, num_start, num_end, low, high, kind, qualifier, qual_span,
                          unit, unit_span, c.vague, precision, window)

    def _window(self, start: int, floor: int, qual_span: tuple[int, int] | None) -> str | None:
        """Deictic word before a figure ("the next five"), or a bare "over" that may mean
        "during" ("spread over five years", not "for over five years"). Kept for time units."""
        if qual_span is None:
            pw = prev_word(self.text, start, floor)
            return pw[0].lower() if pw is not None and pw[0].lower() in WINDOW_WORDS else None
        if self.text[qual_span[0]:qual_span[1]].lower() != "over":
            return None
        pw = prev_word(self.text, qual_span[0], floor)
        return "over" if pw is None or pw[0].lower() not in OVER_AFTER_PREPOSITION else None

    def _suffix(self, c: _Core, end: int, unit: str | None
                ) -> tuple[str, int, float, str | None, str | None, tuple[int, int] | None] | None:
        """Letters glued to digits: (kind, new end, scale factor, scale word, unit, unit span).

        ``None`` means the digits are an identifier ("4G", "3D", "737MAX").
        """
        text = self.text
        if text[end:end + 2] in ("'s", "’s") and not text[end + 2:end + 3].isalpha():
            if c.value in _DECADES:
                return "decade_age", end + 2, 1.0, None, None, None  # "in their 30's"
            if 1000 <= c.value <= 2090 and c.value % 10 == 0 and not c.words:
                return None  # "the 1850's": a decade, which is the dates' ("the 1850s")
        if end >= len(text) or not (text[end].isalpha() or text[end] in "°º²³"):
            return "", end, 1.0, None, None, None
        sm = SUFFIX.match(text, end)
        if sm is not None:
            if sm.group("ord"):
                if c.kind != "cardinal":
                    return None
                return "ordinal", sm.end(), 1.0, None, None, None
            abbr = sm.group("sc")
            if abbr == "m" and unit is None:
                nxt = NEXT_WORD.match(text, sm.end())
                if nxt is None or nxt.group(1).lower() in LENGTH_CONTEXT:
                    return "", sm.end(), 1.0, None, "m", (end, sm.end())
            return "", sm.end(), SCALE_ABBR[abbr], abbr, None, None
        um = match_unit_after(text, end)
        if um is not None and not um.group("sep") and um.group("pct") is None:
            cu = word_unit(um.group("word")) if um.group("word") else abbrev_unit(um.group("abbr"))
            if cu is not None:
                return "", um.end(), 1.0, None, cu, (um.start(), um.end())
        am = ATTACHED_UNIT.match(text, end)
        if am is not None:
            cu = attached_unit(am.group("att"))
            if cu is not None:
                return "", am.end(), 1.0, None, cu, am.span()
        if text[end] == "s" and not text[end + 1:end + 2].isalpha() and c.value in _DECADES:
            return "decade_age", end + 1, 1.0, None, None, None
        return None

    @staticmethod
    def _unit_from_match(um: object, scale_word: str | None) -> str | None:
        g = um.group  # type: ignore[attr-defined]
        if g("pct"):
            return "percent"
        if g("word"):
            cu = word_unit(g("word"))
            if cu == "lb" and scale_word in MONEY_SCALES:
                return "gbp"  # "5 million pounds" is money
            return cu
        return abbrev_unit(g("abbr"))

    def _make(self, start: int, end: int, ns: int, ne: int, low: float, high: float, kind: str,
              qualifier: str | None, qual_span: tuple[int, int] | None, unit: str | None,
              unit_span: tuple[int, int] | None, vague: bool, precision: float,
              window: str | None = None) -> Quantity:
        if kind == "multiplier" and unit is None:
            unit, unit_span = "times", (ns, ne)  # "twice", "threefold"
        dim = dimension_of(unit)
        if unit == "times" and kind in ("cardinal", "decimal"):
            kind = "multiplier"  # "12-fold", "three times"
        if kind == "decimal" and low == int(low) and high == int(high):
            kind = "cardinal"  # "1.5 million" is a whole number
        if dim is not None and dim.startswith("currency") and kind in ("cardinal", "decimal"):
            kind = "money"
        elif dim in ("ratio", "percentage_point") and unit != "fraction" and kind in (
            "cardinal", "decimal", "fraction"
        ):
            kind = "percent"
        return Quantity(start=start, end=end, text=self.text[start:end], low=float(low),
                        high=float(high), kind=kind, qualifier=qualifier, qualifier_span=qual_span,
                        unit=unit, unit_span=unit_span, number_span=(ns, ne), vague=vague,
                        precision=float(precision), dimension=dim,
                        window=window if dim == "time" else None)

    # -- ranges ---------------------------------------------------------------------------
    def maybe_range(self, q: Quantity, c: _Core) -> Quantity:
        """Merge "10-12", "10 to 12 million", "between $5 and $10", "one in five"."""
        text = self.text
        if q.kind not in ("cardinal", "decimal", "money", "percent") or q.vague:
            return q
        for pos in sorted({q.number_span[1], q.end}):
            m = CONNECTOR.match(text, pos)
            if m is None:
                continue
            if (m.group("w") or m.group("ratio")) and not (m.group("pre") and m.group("post")):
                continue
            nxt_start = m.end()
            cm = CURRENCY_AT.match(text, nxt_start)
            if cm is not None:
                nxt_start = cm.end()
            c2 = self.by_start.get(nxt_start)
            if c2 is None or c2.vague or self.in_date(c2.start, c2.end):
                continue
            if m.group("ratio"):
                return self._ratio(q, c, c2, pos)
            pw = prev_word(text, q.start)
            plw = pw[0].lower() if pw else ""
            if m.group("w") == "and" and plw != "between":
                continue
            if m.group("w") == "to" and plw == "from":
                continue  # "rose from 5% to 7%" is a change, not a range
            if c2.words != c.words and m.group("dash"):
                continue
            q2 = self.build(c2, m.end() if cm is None else cm.start())
            if q2 is None or q2.qualifier is not None or q2.kind not in (
                "cardinal", "decimal", "money", "percent"
            ):
                continue
            lo, hi = q.low, q2.high
            prec = max(q.precision, q2.precision)
            # shared scale: "10 to 12 million", "$10-12bn"
            if c2.value and q2.high / c2.value >= 1000 and q.low == c.value * (
                -1 if q.low < 0 else 1
            ) and abs(c.value) < c2.value:
                factor = q2.high / c2.value
                lo = q.low * factor
                prec = max(prec, q.precision * factor)
            unit, unit_span = q.unit, q.unit_span
            if unit is None:
                unit, unit_span = q2.unit, q2.unit_span
            elif q2.unit is not None and q2.unit != unit:
                continue
            if not lo < hi:
                continue
            start = q.start
            if m.group("w") == "and" and pw is not None:
                start = min(start, pw[1])
            end = max(q2.end, q.end)
            return self._make(start, end, q.number_span[0], q2.number_span[1], lo, hi, "range",
                              q.qualifier, q.qualifier_span, unit, unit_span, False, prec,
                              q.window)
        return q

    def _ratio(self, q: Quantity, c: _Core, c2: _Core, pos: int) -> Quantity:
        """ "one in five", "two out of three": a proportion of kind "fraction"."""
        if q.unit is not None or c2.kind != "cardinal" or c.kind != "cardinal" or not (
            0 < c.value < c2.value <= 1000
        ) or pos != q.end:
            return q
        v = c.value / c2.value
        return self._make(q.start, c2.end, q.number_span[0], c2.end, v, v, "fraction",
                          q.qualifier, q.qualifier_span, None, None, False, 1.0 / c2.value)


def parse_quantities(text: str, *, include_years: bool = False) -> list[Quantity]:
    """All figures in ``text``, non-overlapping and in order.

    Years, calendar dates and clock times are left to :func:`parse_dates` (see module doc);
    pass ``include_years=True`` to also get standalone years as kind "year" quantities.
    """
    if not text or (DIGIT.search(text) is None
                    and CANDIDATE_WORDS.isdisjoint(ALPHA_RUN.findall(text.lower()))):
        return []
    dates = parse_dates(text)
    date_spans = [(d.start, d.end) for d in dates]
    scores = find_scores(text, date_spans)
    score_spans = [(q.start, q.end) for q in scores]
    sc = _Scanner(text, date_spans + score_spans)
    sc.collect()
    out: list[Quantity] = []
    floor = 0
    skipped_end = -2
    for c in sc.cores:
        if c.start < floor or sc.in_date(c.start, c.end):
            continue
        if not c.words and c.start == skipped_end + 1 and text[skipped_end] in "-–":
            skipped_end = c.end
            continue  # the second half of an identifier or score: "Nigeria 2-1", "Airbus A320-200"
        if (sc.skip_word_core(c) if c.words else sc.skip_digit_core(c)):
            skipped_end = c.end
            continue
        q = sc.build(c, floor)
        if q is None:
            continue
        q = sc.maybe_range(q, c)
        if any(s < q.end and q.start < e for s, e in score_spans):
            continue  # a figure that would run into a score ("3-1") yields to it
        out.append(q)
        floor = q.end
    if scores:
        out = sorted(out + scores, key=lambda q: q.start)
    if include_years:
        years = [
            Quantity(d.start, d.end, d.text, float(d.year), float(d.year), "year",
                     number_span=(d.start, d.end))
            for d in dates
            if d.kind == "year" and d.year is not None and d.text.isdigit()
        ]
        out = sorted(out + years, key=lambda q: q.start)
    return out
