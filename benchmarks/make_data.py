"""Build factdiff's labelled accuracy data from hand-written, slot-marked sources.

Why a generator: every sentence in ``benchmarks/data/source/`` was written by
hand (no text from news articles or from ``data/``), with its facts marked as
slots, e.g. ``rescuers found [14]{n} survivors in [Izmir]{g} on [Sunday]{d}``.
From each marked sentence this script derives labelled pairs:

* positives: one slot replaced by a hand-written or rule-made alternative that
  changes the fact (a digit swapped, a weekday moved, a qualifier dropped...),
  applied to the original wording or to a hand-written paraphrase of it;
* negatives: the same facts re-expressed (number/date formats, unit
  conversions, short name mentions, hand-written paraphrases and reorderings,
  punctuation, casing and tokenisation changes).

Markup: ``[orig|alt|alt...]{key}`` where ``key`` is a type (letters) plus an
optional number and an optional ``:anchor`` key (a qualifier's number).
Alternative prefixes: none = a changed fact (kind from the type); ``!kind!`` =
a changed fact of that kind; ``^`` = a misspelt name; ``~`` or ``~cat~`` = the
same fact (negative, category from the type or given); ``%`` = a
transliteration variant; ``=`` = a unit conversion of the same quantity.
An empty alternative drops the slot (fact_missing); an empty original adds it
(fact_added).

Run ``python benchmarks/make_data.py`` to regenerate the committed JSONL files
(seeded, so the output is stable) and ``--check`` to validate them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "data" / "source"
OUT_SENTENCES = HERE / "data" / "sentences.jsonl"
OUT_DOCUMENTS = HERE / "data" / "documents.jsonl"
SEED = 20240703

SLOT_RE = re.compile(r"\[([^\[\]]*)\]\{([a-z]+)(\d*)(?::([a-z]+\d*))?\}")

#: Kind of a changed fact, by slot type.
CHANGE_KIND = {
    "n": "number_changed",
    "m": "number_changed",
    "q": "qualifier_changed",
    "u": "unit_changed",
    "d": "date_changed",
    "p": "entity_changed",
    "o": "entity_changed",
    "g": "entity_changed",
    "x": "negation_changed",
    "a": "attribution_changed",
    "s": "quote_changed",
    "w": "wording_changed",
    "t": "wording_changed",
    "add": "fact_added",
    "drop": "fact_missing",
    "z": "fact_missing",
}
#: Category of an equivalent re-expression, by slot type.
EQUIV_CATEGORY = {
    "n": "number_format",
    "m": "number_format",
    "d": "number_format",
    "u": "number_format",
    "p": "name_variant",
    "o": "name_variant",
    "g": "name_variant",
    "s": "name_variant",
}
POSITIVE_KINDS = (
    "number_changed",
    "qualifier_changed",
    "unit_changed",
    "date_changed",
    "name_spelling",
    "entity_changed",
    "negation_changed",
    "fact_missing",
    "fact_added",
    "attribution_changed",
    "wording_changed",
    "quote_changed",
)
NEGATIVE_CATEGORIES = (
    "punctuation",
    "casing",
    "tokenisation",
    "number_format",
    "conversion",
    "name_variant",
    "paraphrase",
    "reorder",
    "translit",
)
#: How many cases of each kind / category the published set keeps.
TARGETS = {
    "number_changed": 55,
    "qualifier_changed": 40,
    "unit_changed": 36,
    "date_changed": 50,
    "name_spelling": 42,
    "entity_changed": 48,
    "negation_changed": 42,
    "fact_missing": 45,
    "fact_added": 38,
    "attribution_changed": 38,
    "wording_changed": 26,
    "quote_changed": 24,
    "punctuation": 48,
    "casing": 48,
    "tokenisation": 52,
    "number_format": 60,
    "conversion": 42,
    "name_variant": 48,
    "paraphrase": 170,
    "reorder": 48,
    "translit": 34,
}
#: Sub-categories that would otherwise crowd out hand-written cases.
SUB_CAP = {"qualifier-synonym": 20}
ID_PREFIX = {
    "number_changed": "num",
    "qualifier_changed": "qual",
    "unit_changed": "unit",
    "date_changed": "date",
    "name_spelling": "spell",
    "entity_changed": "ent",
    "negation_changed": "neg",
    "fact_missing": "miss",
    "fact_added": "add",
    "attribution_changed": "attr",
    "wording_changed": "word",
    "quote_changed": "quote",
    "punctuation": "punct",
    "casing": "case",
    "tokenisation": "tok",
    "number_format": "fmt",
    "conversion": "conv",
    "name_variant": "namev",
    "paraphrase": "para",
    "reorder": "reord",
    "translit": "trans",
}


# --------------------------------------------------------------------- markup
@dataclass(frozen=True)
class Alt:
    text: str
    role: str  # change | equiv | translit | conv
    kind: str | None = None  # for changes
    category: str | None = None  # for equivalents
    sub: str = "hand"


@dataclass
class Slot:
    key: str
    type: str
    anchor: str | None
    orig: str
    alts: list[Alt]


Piece = str | Slot


def parse_alt(raw: str, stype: str) -> Alt:
    if raw.startswith("!"):
        _, kind, text = raw.split("!", 2)
        return Alt(text, "change", kind=kind)
    if raw.startswith("^"):
        return Alt(raw[1:], "change", kind="name_spelling", sub="hand-typo")
    if raw.startswith("~"):
        body = raw[1:]
        if "~" in body:
            cat, text = body.split("~", 1)
            return Alt(text, "equiv", category=cat)
        return Alt(body, "equiv", category=EQUIV_CATEGORY.get(stype, "paraphrase"))
    if raw.startswith("%"):
        return Alt(raw[1:], "translit", category="translit")
    if raw.startswith("="):
        return Alt(raw[1:], "conv", category="conversion")
    if raw == "" and stype != "add":
        return Alt("", "change", kind="fact_missing", sub="dropped")
    return Alt(raw, "change", kind=CHANGE_KIND.get(stype, "wording_changed"))


def parse_template(src: str) -> list[Piece]:
    pieces: list[Piece] = []
    pos = 0
    for m in SLOT_RE.finditer(src):
        if m.start() > pos:
            pieces.append(src[pos : m.start()])
        parts = m.group(1).split("|")
        stype, num, anchor = m.group(2), m.group(3), m.group(4)
        if stype not in CHANGE_KIND:
            raise ValueError(f"unknown slot type {stype!r} in: {src}")
        alts = [parse_alt(p, stype) for p in parts[1:]]
        pieces.append(Slot(stype + num, stype, anchor, parts[0], alts))
        pos = m.end()
    if pos < len(src):
        pieces.append(src[pos:])
    rest = "".join(p for p in pieces if isinstance(p, str))
    if "[" in rest or "]{" in rest or "{" in rest:
        raise ValueError(f"stray markup in: {src}")
    return pieces


def slots_of(pieces: list[Piece]) -> dict[str, Slot]:
    return {p.key: p for p in pieces if isinstance(p, Slot)}


def render(pieces: list[Piece], choice: dict[str, str] | None = None) -> tuple[str, dict[str, tuple[int, int]]]:
    """Text plus the span of every slot; an emptied slot swallows one space."""
    choice = choice or {}
    buf = ""
    spans: dict[str, tuple[int, int]] = {}
    drop_space = False
    for piece in pieces:
        if isinstance(piece, str):
            text = piece
            if drop_space:
                if text.startswith(" ") and (buf.endswith(" ") or buf == ""):
                    text = text[1:]
                elif buf.endswith(" ") and text[:1] in ",.;:":
                    buf = buf[:-1]
                if buf.endswith(",") and text[:1] in ",.;:":
                    buf = buf[:-1]
                drop_space = False
            buf += text
        else:
            text = choice.get(piece.key, piece.orig)
            if text == "":
                drop_space = True
            spans[piece.key] = (len(buf), len(buf) + len(text))
            buf += text
    full = buf
    # capitalise a sentence that now starts with a lower-case letter
    if full and full[0].islower() and pieces and isinstance(pieces[0], Slot) and choice.get(pieces[0].key) is not None:
        if pieces[0].orig[:1].isupper():
            full = full[0].upper() + full[1:]
    return full, spans


# ------------------------------------------------------------------ numbers
SMALL = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty",
]
TENS = {30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety"}
WORD_VALUE = {w: i for i, w in enumerate(SMALL)} | {w: v for v, w in TENS.items()}
TEEN_TY = {
    "thirteen": "thirty", "fourteen": "forty", "fifteen": "fifty", "sixteen": "sixty",
    "seventeen": "seventy", "eighteen": "eighty", "nineteen": "ninety",
}
TEEN_TY |= {v: k for k, v in TEEN_TY.items()}
ORDINALS = [
    "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
    "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
]
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
SCALE_SHORT = {"million": "m", "billion": "bn", "trillion": "trn", "thousand": "k"}
SHORT_SCALE = {v: k for k, v in SCALE_SHORT.items()}
CUR_SYMBOL_WORD = {"$": "dollars", "€": "euros", "US$": "US dollars"}
CUR_SWAP = {"$": "€", "€": "$", "£": "€", "US$": "€", "dollars": "euros", "euros": "dollars",
            "rupees": "dollars", "naira": "dollars", "yuan": "dollars", "pesos": "dollars",
            "rupiah": "dollars", "shillings": "dollars", "rand": "dollars", "won": "dollars"}

NUM_RE = re.compile(
    r"^(?P<cur>US\$|\$|€|£)?(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?P<scale>\s(?:thousand|million|billion|trillion)|(?:m|bn|trn|k)\b)?"
    r"(?P<pct>%|\spercent|\sper cent)?"
    r"(?P<curw>\s(?:dollars|euros|rupees|naira|yuan|pesos|rupiah|shillings|rand|won))?$"
)


def _ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _group(digits: str, sep: str = ",") -> str:
    head, _, frac = digits.partition(".")
    rev = head[::-1]
    groups = [rev[i : i + 3] for i in range(0, len(rev), 3)]
    out = sep.join(groups)[::-1]
    return out + ("." + frac if frac else "")


def _restyle_digits(new_digits: str, like: str) -> str:
    """Format bare digits the way ``like`` was formatted (commas or not)."""
    if "," in like:
        return _group(new_digits)
    return new_digits


def _digit_mutations(num: str) -> list[tuple[str, str]]:
    """Realistic copy errors on a digit string: transposed or mistyped digits."""
    plain = num.replace(",", "")
    head, dot, frac = plain.partition(".")
    out: list[tuple[str, str]] = []
    digits = head + frac
    # transpositions of adjacent different digits (skip making a leading zero)
    for i in range(len(digits) - 1):
        a, b = digits[i], digits[i + 1]
        if a != b and not (i == 0 and b == "0"):
            new = digits[:i] + b + a + digits[i + 2 :]
            new_num = new[: len(head)] + (dot + new[len(head) :] if dot else "")
            out.append((_restyle_digits(new_num, num), "digit-swap"))
    # one digit changed: the first significant non-zero digit after the first
    for i, ch in enumerate(digits):
        if i == 0 and len(digits) > 1:
            continue
        if ch != "0" or len(digits) == 1:
            repl = str((int(ch) + 2) % 10) if not (i == 0 and int(ch) + 2 >= 10) else str(int(ch) - 1)
            if i == 0 and repl == "0":
                repl = "9"
            new = digits[:i] + repl + digits[i + 1 :]
            new_num = new[: len(head)] + (dot + new[len(head) :] if dot else "")
            out.append((_restyle_digits(new_num, num), "digit-typo"))
            break
    if len(head) == 1 and not frac:
        out.append((_restyle_digits(str(int(head) * 10 + int(head)), num) if head != "0" else "10", "digit-doubled"))
    if not any(sub == "digit-typo" for _, sub in out) and len(digits) > 1:
        repl = str(int(digits[0]) + 2) if int(digits[0]) < 8 else str(int(digits[0]) - 2)
        new = repl + digits[1:]
        new_num = new[: len(head)] + (dot + new[len(head) :] if dot else "")
        out.append((_restyle_digits(new_num, num), "digit-typo"))
    # a dropped or added zero (order of magnitude)
    if head.endswith("0") and len(head) > 3:
        out.append((_restyle_digits(head[:-1] + (dot + frac if dot else ""), num), "magnitude"))
    else:
        out.append((_restyle_digits(head + "0" + (dot + frac if dot else ""), num), "magnitude"))
    return out


def number_changes(text: str) -> list[tuple[str, str]]:
    """Changed-number alternatives for a number slot (new text, sub-category)."""
    low = text.lower()
    if low in TEEN_TY:
        out = [(TEEN_TY[low], "teen-ty")]
        return [(_match_case(t, text), s) for t, s in out]
    if low in WORD_VALUE:
        v = WORD_VALUE[low]
        nv = v + 1 if v < 20 else v + 10
        word = SMALL[nv] if nv <= 20 else TENS.get(nv)
        return [(_match_case(word, text), "word")] if word else []
    if low in ORDINALS:
        i = ORDINALS.index(low)
        nxt = ORDINALS[i + 1] if i + 1 < len(ORDINALS) else ORDINALS[i - 1]
        return [(_match_case(nxt, text), "ordinal")]
    m = re.match(r"^(\d+)(st|nd|rd|th)$", text)
    if m:
        n = int(m.group(1)) + 1
        return [(f"{n}{_ordinal_suffix(n)}", "ordinal")]
    m = NUM_RE.match(text)
    if not m:
        return []
    out: list[tuple[str, str]] = []
    for new, sub in _digit_mutations(m.group("num")):
        out.append((text[: m.start("num")] + new + text[m.end("num") :], sub))
    scale = (m.group("scale") or "").strip()
    if scale in ("million", "billion", "m", "bn"):
        swap = {"million": "billion", "billion": "million", "m": "bn", "bn": "m"}[scale]
        out.append((text[: m.start("scale")] + (m.group("scale").replace(scale, swap)) + text[m.end("scale") :], "scale"))
    return out


def currency_changes(text: str) -> list[tuple[str, str]]:
    """The same amount in another currency: a unit change."""
    m = NUM_RE.match(text)
    if not m or m.group("pct"):
        return []
    if m.group("cur") and m.group("cur") in CUR_SWAP:
        cur = m.group("cur")
        return [(CUR_SWAP[cur] + text[m.end("cur") :], f"currency {cur}->{CUR_SWAP[cur]}")]
    if m.group("curw"):
        w = m.group("curw").strip()
        return [(text[: m.start("curw")] + " " + CUR_SWAP[w], f"currency {w}->{CUR_SWAP[w]}")]
    return []


def _match_case(word: str, like: str) -> str:
    return word.capitalize() if like[:1].isupper() else word


def number_formats(text: str) -> list[tuple[str, str]]:
    """Same-value re-expressions of a number slot (new text, sub-category)."""
    low = text.lower()
    out: list[tuple[str, str]] = []
    if low in WORD_VALUE:
        out.append((str(WORD_VALUE[low]), "word-digits"))
        return out
    if low in ORDINALS:
        i = ORDINALS.index(low)
        out.append((f"{i}{_ordinal_suffix(i)}", "ordinal"))
        return out
    m = re.match(r"^(\d+)(st|nd|rd|th)$", text)
    if m and int(m.group(1)) < len(ORDINALS):
        out.append((ORDINALS[int(m.group(1))], "ordinal"))
        return out
    m = NUM_RE.match(text)
    if not m:
        return out
    cur, num, scale = m.group("cur"), m.group("num"), (m.group("scale") or "")
    pct, curw = m.group("pct"), m.group("curw")
    plain = num.replace(",", "")
    value = float(plain)
    tail = (scale or "") + (pct or "") + (curw or "")
    # digit grouping
    if "," in num:
        out.append(((cur or "") + plain + tail, "grouping"))
        out.append(((cur or "") + num.replace(",", "\u00a0" if value < 10000 else " ") + tail, "grouping-space"))
    elif "." not in plain and value >= 1000:
        out.append(((cur or "") + _group(plain) + tail, "grouping"))
    # small whole numbers as words
    if not cur and not scale and "." not in plain and (value <= 20 or int(value) in TENS) and not curw:
        word = SMALL[int(value)] if value <= 20 else TENS[int(value)]
        out.append((word + (" percent" if pct else ""), "digits-word" if not pct else "percent-word"))
    # percent spellings
    if pct:
        base = (cur or "") + num + scale
        forms = {"%": "%", " percent": " percent", " per cent": " per cent"}
        for p in forms.values():
            if p != pct:
                out.append((base + p, "percent"))
    # scale words vs full digits vs short forms
    s = scale.strip()
    if s in SCALES and not pct:
        full = value * SCALES[s]
        if full == int(full) and s != "thousand":
            out.append(((cur or "") + _group(str(int(full))) + (curw or ""), "scale-digits"))
        if cur:
            out.append((cur + num + SCALE_SHORT[s], "scale-short"))
    if s in SHORT_SCALE and cur:
        out.append((cur + num + " " + SHORT_SCALE[s], "scale-long"))
    # currency symbol vs word
    if cur in CUR_SYMBOL_WORD and not pct:
        word_scale = " " + SHORT_SCALE.get(s, s) if s else ""
        out.append((num + word_scale + " " + CUR_SYMBOL_WORD[cur], "currency-word"))
        if cur == "$":
            out.append(("US$" + num + scale, "currency-symbol"))
    if curw and curw.strip() in ("dollars", "euros") and not cur:
        sym = "$" if curw.strip() == "dollars" else "€"
        out.append((sym + num + scale, "currency-symbol"))
    # a value written without scale: 3,500,000 -> 3.5 million
    if not scale and not pct and value >= 1_000_000 and "." not in plain:
        for name, mult in (("billion", 1e9), ("million", 1e6)):
            if value >= mult and (value / mult) * 10 == int((value / mult) * 10):
                short = f"{value / mult:g}"
                out.append(((cur or "") + short + " " + name + (curw or ""), "digits-scale"))
                break
    return out


# -------------------------------------------------------------------- dates
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTH_ABBR = {"January": "Jan.", "February": "Feb.", "August": "Aug.", "September": "Sept.",
              "October": "Oct.", "November": "Nov.", "December": "Dec."}
MON = "|".join(MONTHS)


def date_changes(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if text in WEEKDAYS:
        i = WEEKDAYS.index(text)
        out.append((WEEKDAYS[(i + 2) % 7], "weekday"))
        return out
    m = re.fullmatch(rf"(?:(?P<d1>\d{{1,2}}) )?(?P<mon>{MON})(?: (?P<d2>\d{{1,2}}))?(?:,? (?P<y>\d{{4}}))?", text)
    if m and (m.group("d1") or m.group("d2") or m.group("y") or True):
        dkey = "d1" if m.group("d1") else "d2" if m.group("d2") else None
        if dkey:
            d = int(m.group(dkey))
            nd = d + 10 if d <= 18 else d - 10
            if d >= 10 and str(d)[::-1] != str(d) and int(str(d)[::-1]) <= 28 and str(d)[1] != "0":
                nd = int(str(d)[::-1])
            out.append((text[: m.start(dkey)] + str(nd) + text[m.end(dkey) :], "day"))
        mi = MONTHS.index(m.group("mon"))
        nm = MONTHS[(mi + 1) % 12] if dkey is None or int(m.group(dkey)) <= 30 else MONTHS[(mi + 2) % 12]
        if m.group("mon") == "May" and dkey is None:
            nm = "March"
        out.append((text[: m.start("mon")] + nm + text[m.end("mon") :], "month"))
        if m.group("y"):
            y = m.group("y")
            out.append((text[: m.start("y")] + str(int(y) + 1) + text[m.end("y") :], "year"))
        return out
    m = re.fullmatch(r"(?P<y>1[89]\d\d|20\d\d)(?P<s>s?)", text)
    if m:
        y = m.group("y")
        if m.group("s"):
            out.append((str(int(y) + 10) + "s", "decade"))
        else:
            out.append((str(int(y) + 1), "year"))
            out.append((y[:2] + str((int(y[2]) + 9) % 10) + y[3], "year-decade"))
        return out
    return out


def date_formats(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    m = re.fullmatch(rf"(?P<mon>{MON}) (?P<d>\d{{1,2}})(?:, (?P<y>\d{{4}}))?", text)
    if m:
        mon, d, y = m.group("mon"), int(m.group("d")), m.group("y")
        out.append((f"{d} {mon}" + (f" {y}" if y else ""), "date-order"))
        if not y:
            out.append((f"{mon} {d}{_ordinal_suffix(d)}", "date-ordinal"))
        if mon in MONTH_ABBR:
            out.append((f"{MONTH_ABBR[mon]} {d}" + (f", {y}" if y else ""), "month-abbr"))
        if y:
            out.append((f"{y}-{MONTHS.index(mon) + 1:02d}-{d:02d}", "iso-date"))
        return out
    m = re.fullmatch(rf"(?P<d>\d{{1,2}}) (?P<mon>{MON})(?: (?P<y>\d{{4}}))?", text)
    if m:
        mon, d, y = m.group("mon"), int(m.group("d")), m.group("y")
        out.append((f"{mon} {d}" + (f", {y}" if y else ""), "date-order"))
        if not y:
            out.append((f"the {d}{_ordinal_suffix(d)} of {mon}", "date-ordinal"))
        return out
    return out


# --------------------------------------------------------------- qualifiers
QUAL_SYNONYMS = [
    ["more than", "over", "in excess of", "upwards of"],
    ["fewer than", "less than", "under"],
    ["up to", "at most", "no more than"],
    ["about", "around", "roughly", "some", "approximately"],
    ["nearly", "almost", "close to"],
    ["at least"],
]
QUAL_CLASS = {"more than": "lower", "over": "lower", "in excess of": "lower", "upwards of": "lower",
              "at least": "lower", "fewer than": "upper", "less than": "upper", "under": "upper",
              "up to": "upper", "at most": "upper", "no more than": "upper", "about": "approx",
              "around": "approx", "roughly": "approx", "some": "approx", "approximately": "approx",
              "nearly": "near", "almost": "near", "close to": "near"}
#: Which class swaps are a clear change of the claim (approx<->near is not).
QUAL_SWAPS = {"lower": ["upper", "near", "approx"], "upper": ["lower", "approx"],
              "approx": ["lower", "upper"], "near": ["lower"]}
QUAL_PICK = {"lower": "more than", "upper": "fewer than", "approx": "about", "near": "nearly"}
QUAL_PICK_ALT = {"lower": "at least", "upper": "up to", "approx": "around", "near": "almost"}


def qualifier_changes(text: str, salt: int) -> list[tuple[str, str]]:
    low = text.lower()
    cap = text[:1].isupper()
    fix = (lambda s: s[:1].upper() + s[1:]) if cap else (lambda s: s)
    if low == "":
        pick = ["more than", "at least", "up to", "fewer than"][salt % 4]
        return [(pick, "inserted")]
    cls = QUAL_CLASS.get(low)
    if cls is None:
        return []
    out = []
    for other in QUAL_SWAPS[cls]:
        choice = (QUAL_PICK if salt % 2 else QUAL_PICK_ALT)[other]
        if other == "upper" and low in ("over", "more than") and salt % 2:
            choice = "under"
        out.append((fix(choice), f"{cls}->{other}"))
    if cls in ("lower", "upper", "near"):
        out.append(("", "removed"))
    return out


def qualifier_synonyms(text: str) -> list[tuple[str, str]]:
    low = text.lower()
    cap = text[:1].isupper()
    for group in QUAL_SYNONYMS:
        if low in group:
            return [((o[:1].upper() + o[1:]) if cap else o, "qualifier-synonym") for o in group if o != low]
    return []


# ---------------------------------------------------------- measurements
#: unit spelling -> (dimension, factor to SI base, short form, long form)
UNITS: dict[str, tuple[str, float, str, str]] = {}


def _unit(dim: str, factor: float, short: str, long: str, *others: str) -> None:
    for name in (short, long, *others):
        UNITS[name] = (dim, factor, short, long)


_unit("len", 1000.0, "km", "kilometres", "kilometers")
_unit("len", 1609.344, "miles", "miles", "mile")
_unit("len", 1.0, "m", "metres", "meters")
_unit("len", 0.3048, "ft", "feet")
_unit("len", 0.01, "cm", "centimetres", "centimeters")
_unit("len", 0.001, "mm", "millimetres", "millimeters")
_unit("len", 0.0254, "inches", "inches")
_unit("mass", 1.0, "kg", "kilograms", "kilogrammes")
_unit("mass", 0.45359237, "lb", "pounds")
_unit("mass", 1000.0, "tonnes", "tonnes", "metric tons")
_unit("vol", 1.0, "litres", "litres", "liters")
_unit("vol", 3.785411784, "gallons", "gallons")
_unit("area", 10000.0, "ha", "hectares")
_unit("area", 4046.8564224, "acres", "acres")
_unit("area", 1e6, "sq km", "square kilometres", "square km")
_unit("area", 2589988.110336, "sq miles", "square miles")
_unit("speed", 1 / 3.6, "km/h", "kilometres per hour", "kph")
_unit("speed", 0.44704, "mph", "miles per hour")
_unit("temp_c", 1.0, "°C", "degrees Celsius")
_unit("temp_f", 1.0, "°F", "degrees Fahrenheit")
CONVERT_TO = {"km": "miles", "miles": "km", "m": "ft", "ft": "m", "kg": "lb", "lb": "kg",
              "cm": "inches", "mm": "inches", "inches": "cm", "litres": "gallons", "gallons": "litres", "ha": "acres",
              "acres": "ha", "sq km": "sq miles", "sq miles": "sq km", "km/h": "mph",
              "mph": "km/h", "°C": "°F", "°F": "°C"}
SWAP_UNIT = {"km": "miles", "miles": "km", "m": "ft", "ft": "m", "kg": "lb", "lb": "kg",
             "cm": "inches", "mm": "inches", "inches": "cm",
             "tonnes": "kg", "litres": "gallons", "gallons": "litres", "ha": "acres",
             "acres": "ha", "sq km": "sq miles", "sq miles": "sq km", "km/h": "mph",
             "mph": "km/h", "°C": "°F", "°F": "°C"}
MEAS_RE = re.compile(
    r"^(?P<num>-?\d{1,3}(?:,\d{3})+|-?\d+(?:\.\d+)?)(?P<sp>\s?)"
    r"(?:(?P<scale>thousand|million|billion) )?(?P<unit>.+)$"
)


def _parse_measure(text: str) -> tuple[float, str, str, str] | None:
    """(value, number text, unit, text between number and unit) of a measurement."""
    m = MEAS_RE.match(text)
    if not m or m.group("unit") not in UNITS:
        return None
    scale = m.group("scale")
    mid = m.group("sp") + (scale + " " if scale else "")
    value = float(m.group("num").replace(",", "")) * (SCALES[scale] if scale else 1)
    return value, m.group("num"), m.group("unit"), mid


def _unit_text(short: str, long_form: bool, value: float) -> str:
    dim, _, s, lng = UNITS[short]
    word = lng if long_form else s
    if abs(value) == 1 and word.endswith("s") and word not in ("degrees Celsius",):
        word = {"miles": "mile", "kilometres": "kilometre", "metres": "metre", "feet": "foot",
                "kilograms": "kilogram", "pounds": "pound", "tonnes": "tonne", "litres": "litre",
                "gallons": "gallon", "hectares": "hectare", "acres": "acre"}.get(word, word)
    return word


def _fmt_value(v: float, grouped: bool) -> str:
    if abs(v - round(v)) < 1e-9:
        s = str(int(round(v)))
        return _group(s) if grouped and abs(v) >= 1000 else s
    return f"{v:g}"


def _round_sig(v: float, sig: int) -> float:
    if v == 0:
        return 0.0
    from math import floor, log10

    digits = sig - int(floor(log10(abs(v)))) - 1
    return round(v, digits)


def measure_conversions(text: str) -> list[tuple[str, str]]:
    parsed = _parse_measure(text)
    if not parsed:
        return []
    value, num, unit, sp = parsed
    dim, factor, short, lng = UNITS[unit]
    target = CONVERT_TO.get(short)
    if not target:
        return []
    if dim == "temp_c":
        exact = value * 9 / 5 + 32
    elif dim == "temp_f":
        exact = (value - 32) * 5 / 9
    else:
        exact = value * factor / UNITS[target][1]
    best = None
    for sig, tol in ((2, 0.01), (3, 0.005)):
        v = _round_sig(exact, sig)
        tolerance = 1.0 if dim.startswith("temp") else tol * abs(exact)
        if abs(v - exact) <= tolerance:
            best = v
            break
    if best is None:
        return []
    long_form = unit == lng and unit != short
    utext = _unit_text(target, long_form, best)
    space = "" if utext.startswith("°") else " "
    if abs(best) >= 1e6:
        for name, mult in (("billion", 1e9), ("million", 1e6)):
            if abs(best) >= mult:
                return [(f"{best / mult:g} {name}{space}{utext}", f"{short}->{target}")]
    return [(_fmt_value(best, "," in num or best >= 10000) + space + utext, f"{short}->{target}")]


def measure_changes(text: str) -> list[tuple[str, str, str]]:
    """(new text, kind, sub) for a measurement slot."""
    parsed = _parse_measure(text)
    if not parsed:
        return []
    value, num, unit, sp = parsed
    dim, factor, short, lng = UNITS[unit]
    out: list[tuple[str, str, str]] = []
    swap = SWAP_UNIT.get(short)
    if swap:
        long_form = unit == lng and unit != short
        utext = _unit_text(swap, long_form, value)
        space = sp if sp.strip() else ("" if utext.startswith("°") else " ")
        out.append((num + space + utext, "unit_changed", f"{short}->{swap}"))
    for new, sub in _digit_mutations(num.lstrip("-"))[:3]:
        out.append(((("-" if num.startswith("-") else "") + new) + sp + unit, "number_changed", sub))
    if "million" in sp or "billion" in sp:
        swap_scale = sp.replace("million", "billion") if "million" in sp else sp.replace("billion", "million")
        out.append((num + swap_scale + unit, "number_changed", "scale"))
    return out


def measure_formats(text: str) -> list[tuple[str, str]]:
    parsed = _parse_measure(text)
    if not parsed:
        return []
    value, num, unit, sp = parsed
    dim, factor, short, lng = UNITS[unit]
    other = lng if unit == short else short
    if other == unit:
        return []
    utext = _unit_text(other, other == lng, value)
    space = sp if sp.strip() else ("" if utext.startswith("°") else " ")
    if utext == "m":  # "50 m" reads as million too easily; keep metres long
        return []
    return [(num + space + utext, "unit-abbrev")]


# ------------------------------------------------------------- names
VOWELS = "aeiou"


def name_typo(name: str, salt: int) -> str | None:
    """A realistic misspelling of the surname (last token) of ``name``."""
    parts = name.split(" ")
    word = parts[-1]
    if len(word) < 4 or not word.isalpha():
        return None
    ops = []
    for i in range(1, len(word) - 1):
        if word[i] in VOWELS:
            for v in VOWELS:
                if v != word[i]:
                    ops.append(word[:i] + v + word[i + 1 :])
                    break
    for i in range(1, len(word) - 2):
        if word[i] != word[i + 1]:
            ops.append(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    for i in range(1, len(word)):
        if word[i] == word[i - 1]:
            ops.append(word[:i] + word[i + 1 :])
    if not ops:
        return None
    new = ops[salt % len(ops)]
    if new.lower() == word.lower():
        return None
    return " ".join(parts[:-1] + [new])


NAME_CONTEXTS = [
    "{full} spoke to reporters after the meeting.",
    "Reporters later asked {full} about the matter.",
    "The remarks were made by {full}.",
    "{full} answered questions at a news conference.",
]


# ------------------------------------------------- whole-sentence transforms
def t_punct(text: str, salt: int) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    m = re.search(r", (said|says|told|added|according)\b", text)
    if m and text.count('"') == 0 and "“" not in text:
        out.append((text[: m.start()] + " " + text[m.start() + 2 :], "comma-before-verb"))
    m = re.match(r"^((?:On|In|At|After|Before|Last|Earlier|Since|During|By|Within) [^,]{2,40}), ", text)
    if m:
        out.append((m.group(1) + " " + text[m.end() :], "intro-comma-removed"))
    m = re.match(r"^((?:On|In|At|After|Before|Last|Earlier|During) [A-Za-z0-9 ]{2,30}?) (the|a|an|police|officials|[A-Z][a-z]+) ", text)
    if m and not re.match(r"^[^,]{0,40},", text):
        out.append((m.group(1) + ", " + text[len(m.group(1)) + 1 :], "intro-comma-added"))
    if text.endswith(".") and not text.endswith("..."):
        out.append((text[:-1], "final-stop-removed"))
    if " — " in text:
        out.append((text.replace(" — ", ", ", 1), "dash-comma"))
    if re.search(r"\w, and ", text):
        out.append((re.sub(r"(\w), and ", r"\1 and ", text, count=1), "serial-comma"))
    if re.search(r", (who|which) ", text) and text.count(",") >= 2:
        i = text.index(", who " if ", who " in text else ", which ")
        j = text.find(",", i + 2)
        if j > 0:
            out.append((text[:i] + " (" + text[i + 2 : j] + ")" + text[j:].replace(",", "", 1), "parenthesis"))
    if re.search(r'," (he|she|they|[A-Z][a-z]+) ', text):
        out.append((re.sub(r',"', '",', text, count=1), "quote-comma"))
    if 'said: "' in text or "said: “" in text:
        out.append((text.replace("said: ", "said, ", 1), "colon-comma"))
    elif re.search(r'(said|told [a-z ]+), ["“]', text):
        m2 = re.search(r'(said|told [a-z ]+), ["“]', text)
        out.append((text[: m2.end() - 3] + ":" + text[m2.end() - 2 :], "colon-comma"))
    m = re.search(r", (a|an|the) ([a-z][^,]{3,50}), ", text)
    if m and '"' not in text[: m.start()]:
        out.append((text[: m.start()] + " (" + text[m.start() + 2 : m.end() - 2] + ") " + text[m.end() :], "appositive-brackets"))
        out.append((text[: m.start()] + " – " + text[m.start() + 2 : m.end() - 2] + " – " + text[m.end() :], "appositive-dashes"))
    if "; " in text:
        i = text.index("; ")
        rest = text[i + 2 :]
        out.append((text[:i] + ". " + rest[:1].upper() + rest[1:], "semicolon-split"))
    return out


TITLES = ["President", "Prime Minister", "Foreign Minister", "Health Minister", "Finance Minister",
          "Defence Minister", "Interior Minister", "Chancellor", "Governor", "Mayor", "Senator",
          "Minister", "General", "Chief Justice", "Judge", "Secretary-General", "Police Chief",
          "Spokesman", "Spokeswoman", "Coach", "Commissioner", "Chairman", "Chairwoman", "Director"]
SMALL_WORDS = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with"}


def t_casing(text: str, salt: int) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    words = text.split(" ")
    titled = [w if (i and w.lower() in SMALL_WORDS) else (w[:1].upper() + w[1:]) for i, w in enumerate(words)]
    tc = " ".join(titled)
    if tc != text:
        out.append((tc, "title-case"))
    low = text
    for t in sorted(TITLES, key=len, reverse=True):
        low = re.sub(rf"(?<!^)(?<![.!?] )\b{t}\b(?= [A-Z])", t.lower(), low)
    if low != text:
        out.append((low, "title-lowercased"))
    up = text
    for w in ("government", "army", "parliament", "police", "ministry", "president", "court", "navy", "senate", "cabinet"):
        up = re.sub(rf"\bthe {w}\b", f"the {w.capitalize()}", up, count=1)
    if up != text:
        out.append((up, "noun-capitalised"))
    if salt % 5 == 0:
        out.append((text.upper(), "all-caps"))
    caps = [m for m in re.finditer(r"(?<=[a-z,] )[A-Z][a-z]{3,}\b", text)]
    if caps:
        m = caps[salt % len(caps)]
        out.append((text[: m.start()] + m.group(0).upper() + text[m.end() :], "word-caps"))
    return out


HYPHENS = [("re-election", "reelection"), ("co-operation", "cooperation"), ("e-mail", "email"),
           ("ceasefire", "cease-fire"), ("so-called", "so called"), ("long-term", "long term"),
           ("non-governmental", "nongovernmental"), ("pre-war", "prewar"), ("post-war", "postwar"),
           ("anti-government", "antigovernment"), ("nationwide", "nation-wide"),
           ("policymakers", "policy-makers"), ("lawmakers", "law-makers"), ("healthcare", "health care"),
           ("year-on-year", "year on year"), ("co-founder", "cofounder"), ("vice-president", "vice president"),
           ("spokesperson", "spokes-person"), ("countrywide", "country-wide"), ("wildfire", "wild fire"),
           ("aid workers", "aid-workers"), ("ex-Soviet", "ex Soviet"), ("state-run", "state run"),
           ("web site", "website"), ("cross-border", "cross border"), ("peacekeepers", "peace-keepers"),
           ("landslide", "land-slide"), ("northeast", "north-east"), ("southwest", "south-west"),
           ("northwest", "north-west"), ("southeast", "south-east"), ("coalition-led", "coalition led")]
SPELLINGS = [("defence", "defense"), ("organisation", "organization"), ("labour", "labor"),
             ("centre", "center"), ("programme", "program"), ("favour", "favor"),
             ("criticised", "criticized"), ("recognised", "recognized"), ("analysed", "analyzed"),
             ("travelled", "traveled"), ("honour", "honor"), ("neighbouring", "neighboring"),
             ("licence", "license"), ("organised", "organized"), ("apologised", "apologized"),
             ("mobilised", "mobilized"), ("harbour", "harbor"), ("authorised", "authorized"),
             ("metres", "meters"), ("kilometres", "kilometers"), ("litres", "liters"),
             ("cancelled", "canceled"), ("emphasised", "emphasized"), ("criticise", "criticize"),
             ("prioritise", "prioritize"), ("jewellery", "jewelry"), ("tyres", "tires"),
             ("rumours", "rumors"), ("behaviour", "behavior"), ("colour", "color"), ("fuelled", "fueled")]


def t_tokenisation(text: str, salt: int) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if '"' in text:
        n = 0

        def curl(_m: re.Match[str]) -> str:
            nonlocal n
            n += 1
            return "“" if n % 2 else "”"

        out.append((re.sub('"', curl, text).replace("'", "’"), "curly-quotes"))
    elif "“" in text or "’" in text:
        out.append((text.replace("“", '"').replace("”", '"').replace("’", "'"), "straight-quotes"))
    if "'" in text and '"' not in text:
        out.append((text.replace("'", "’"), "apostrophe"))
    for a, b in HYPHENS + SPELLINGS:
        for x, y in ((a, b), (b, a)):
            pat = re.compile(rf"\b{re.escape(x)}\b", re.IGNORECASE)
            m = pat.search(text)
            if m:
                found = m.group(0)
                rep = y[:1].upper() + y[1:] if found[:1].isupper() else y
                sub = "hyphenation" if (a, b) in HYPHENS else "spelling"
                out.append((text[: m.start()] + rep + text[m.end() :], sub))
                break
    if " — " in text:
        out.append((text.replace(" — ", "—"), "dash-spacing"))
    words = text.split(" ")
    if len(words) > 6:
        i = 2 + salt % (len(words) - 4)
        out.append((" ".join(words[:i]) + "  " + " ".join(words[i:]), "double-space"))
    m = re.search(r"(\d) (km|kg|miles|per cent|percent|million|billion)\b", text)
    if m:
        out.append((text[: m.start() + 1] + "\u00a0" + text[m.start() + 2 :], "nbsp"))
    if "U.S." in text:
        out.append((text.replace("U.S.", "US"), "acronym-dots"))
    elif re.search(r"\bUS\b", text):
        out.append((re.sub(r"\bUS\b", "U.S.", text), "acronym-dots"))
    m = re.search(r"\b(Mr|Ms|Mrs|Dr)\. ", text)
    if m:
        out.append((text[: m.end() - 2] + text[m.end() - 1 :], "title-stop"))
    else:
        m = re.search(r"\b(Mr|Ms|Mrs|Dr) [A-Z]", text)
        if m:
            out.append((text[: m.end() - 2] + "." + text[m.end() - 2 :], "title-stop"))
    if text.endswith("."):
        out.append((text[:-1] + " .", "space-before-stop"))
    return out


# ------------------------------------------------------------------- items
@dataclass
class Item:
    id: str
    original: list[Piece]
    paraphrases: list[list[Piece]] = field(default_factory=list)
    reorders: list[list[Piece]] = field(default_factory=list)
    context: str | None = None
    hand: list[dict] = field(default_factory=list)


def read_items(path: Path) -> list[Item]:
    """Parse the ``## id`` / ``O:`` / ``P:`` / ``R:`` / ``C:`` / ``H:`` source format."""
    items: list[Item] = []
    cur: Item | None = None
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if not line or line.startswith("#!"):
            continue
        try:
            if line.startswith("## "):
                cur = None
                items.append(Item(line[3:].strip(), []))
                cur = items[-1]
                continue
            tag, _, body = line.partition(": ")
            if cur is None:
                raise ValueError("text before the first ## item")
            if tag == "O":
                cur.original = parse_template(body)
            elif tag == "P":
                cur.paraphrases.append(parse_template(body))
            elif tag == "R":
                cur.reorders.append(parse_template(body))
            elif tag == "C":
                cur.context = body
            elif tag == "H":
                # H: label|kind-or-category|copy|expect-original|expect-copy
                parts = body.split(" | ") + ["", ""]
                label, kc, copy, eo, ec = parts[:5]
                cur.hand.append({"label": label, "kc": kc, "copy": copy, "eo": eo or None, "ec": ec or None})
            else:
                raise ValueError(f"unknown tag {tag!r}")
        except ValueError as exc:
            raise SystemExit(f"{path.name}:{lineno}: {exc}") from exc
    return items


def _salt(*parts: str) -> int:
    return int(hashlib.sha1("|".join(parts).encode()).hexdigest()[:8], 16)


def _trim(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    s, e = span
    while s < e and (text[s] in " ,;:—–" or (text[s] == "-" and not text[s + 1 : s + 2].isdigit())):
        s += 1
    while e > s and text[e - 1] in " ,;:—–-":
        e -= 1
    return (s, e) if e > s else None


def _expect(text: str, spans: dict[str, tuple[int, int]], slot: Slot) -> tuple[int, int] | None:
    span = spans[slot.key]
    if slot.anchor and slot.anchor in spans:
        a = spans[slot.anchor]
        span = (min(span[0], a[0]), max(span[1], a[1]))
    return _trim(text, span)


def slot_changes(slot: Slot, item_id: str) -> list[tuple[str, str, str]]:
    """(new text, kind, sub) for every changed-fact alternative of a slot."""
    out = [(a.text, a.kind or "wording_changed", a.sub) for a in slot.alts if a.role == "change"]
    out = [(t, k, _negation_sub(slot.orig, t) if k == "negation_changed" else sub) for t, k, sub in out]
    salt = _salt(item_id, slot.key)
    explicit_kinds = {k for _, k, _ in out}
    t = slot.type
    if t == "n":
        out += [(new, "number_changed", sub) for new, sub in number_changes(slot.orig)]
    elif t == "m":
        out += measure_changes(slot.orig)
    if t == "n":
        out += [(new, "unit_changed", sub) for new, sub in currency_changes(slot.orig)]
    elif t == "d":
        out += [(new, "date_changed", sub) for new, sub in date_changes(slot.orig)]
    elif t == "q":
        out += [(new, "qualifier_changed", sub) for new, sub in qualifier_changes(slot.orig, salt)]
    elif t in ("p", "s") and "name_spelling" not in explicit_kinds:
        typo = name_typo(slot.orig, salt)
        if typo and not any(a.text == typo for a in slot.alts):
            out.append((typo, "name_spelling", "auto-typo"))
    seen: set[str] = set()
    uniq = []
    for new, kind, sub in out:
        if new != slot.orig and new not in seen:
            seen.add(new)
            uniq.append((new, kind, sub))
    return uniq


NEGATORS = re.compile(r"\b(not|no|never|nobody|nothing|none|n't|without|yet to)\b|n't\b", re.IGNORECASE)


def _negation_sub(a: str, b: str) -> str:
    """'explicit' when a negator word appears or disappears, else 'antonym'."""
    return "explicit" if bool(NEGATORS.search(a)) != bool(NEGATORS.search(b)) else "antonym"


#: Names whose family name comes first, so a short mention keeps the first token.
FAMILY_FIRST = {"Kim", "Yoon", "Moon", "Lee", "Park", "Mao", "Xi", "Li", "Wang", "Zhou", "Chen", "Liu",
                "Zhang", "Deng", "Chiang", "Hu", "Jiang", "Huang", "Zhao", "Wu", "Sun", "Ma", "Yang",
                "Srettha", "Paetongtarn", "Abiy", "Prayuth", "Thaksin", "Abe", "Kishida", "Takahashi", "Hun"}
PARTICLES = {"bin", "ibn", "al", "el", "van", "von", "de", "da", "der", "di", "abu", "ben", "le", "la"}


def short_name(full: str) -> str | None:
    """How a second mention of ``full`` reads in news style, or None if unclear."""
    tokens = full.split(" ")
    caps = [t for t in tokens if t[:1].isupper()]
    if len(caps) < 2 or not tokens[-1][:1].isupper():
        return None
    if tokens[0] in FAMILY_FIRST:
        return tokens[0]
    if len(tokens) >= 3 and tokens[-2].lower() in PARTICLES:
        return " ".join(tokens[-2:])
    return tokens[-1]


def slot_equivalents(slot: Slot) -> list[tuple[str, str, str]]:
    """(new text, category, sub) for every same-fact alternative of a slot."""
    out = [(a.text, a.category or "paraphrase", "hand") for a in slot.alts if a.role in ("equiv", "translit", "conv")]
    t = slot.type
    if t == "n":
        out += [(new, "number_format", sub) for new, sub in number_formats(slot.orig)]
    elif t == "m":
        out += [(new, "conversion", sub) for new, sub in measure_conversions(slot.orig)]
        out += [(new, "number_format", sub) for new, sub in measure_formats(slot.orig)]
    elif t == "d":
        out += [(new, "number_format", sub) for new, sub in date_formats(slot.orig)]
    elif t == "q":
        out += [(new, "paraphrase", sub) for new, sub in qualifier_synonyms(slot.orig)]
    return [(n, c, s) for n, c, s in out if n != slot.orig]


def make_case(item: Item, label: str, kc: str, sub: str, original: str, copy: str,
              eo: tuple[int, int] | None, ec: tuple[int, int] | None, base: str,
              context: str | None = None) -> dict:
    positive = label == "positive"
    case = {
        "id": "",
        "original": original,
        "copy": copy,
        "label": label,
        "kind": kc if positive else None,
        "category": (kc if positive else kc),
        "sub": sub,
        "base": base,
        "item": item.id,
        "expect": {
            "original": original[eo[0] : eo[1]] if eo else None,
            "copy": copy[ec[0] : ec[1]] if ec else None,
        },
        "spans": {"original": list(eo) if eo else None, "copy": list(ec) if ec else None},
    }
    if context:
        case["context"] = context
    return case


def item_cases(item: Item) -> Iterator[dict]:
    o_text, o_spans = render(item.original)
    o_slots = slots_of(item.original)
    salt = _salt(item.id)
    ctx = item.context
    # positives and slot-level negatives on the original wording
    for key, slot in o_slots.items():
        for new, kind, sub in slot_changes(slot, item.id):
            c_text, c_spans = render(item.original, {key: new})
            if c_text == o_text:
                continue
            yield make_case(item, "positive", kind, sub, o_text, c_text,
                            _expect(o_text, o_spans, slot), _expect(c_text, c_spans, slot), "verbatim", ctx)
        for new, cat, sub in slot_equivalents(slot):
            c_text, _ = render(item.original, {key: new})
            context = ctx
            if cat == "name_variant" and not context:
                context = NAME_CONTEXTS[_salt(item.id, key) % len(NAME_CONTEXTS)].format(full=slot.orig)
            yield make_case(item, "negative", cat, sub, o_text, c_text, None, None, "verbatim", context)
        surname = short_name(slot.orig) if slot.type in ("p", "s") else None
        if surname and not any(a.role == "equiv" for a in slot.alts):
            context = ctx or NAME_CONTEXTS[_salt(item.id, key) % len(NAME_CONTEXTS)].format(full=slot.orig)
            c_text, _ = render(item.original, {key: surname})
            if _salt(item.id, key, "dir") % 2:
                yield make_case(item, "negative", "name_variant", "surname-only", o_text, c_text, None, None, "verbatim", context)
            else:
                yield make_case(item, "negative", "name_variant", "full-name", c_text, o_text, None, None, "verbatim", context)
    # paraphrases and reorderings: negatives, and positives on top of them
    for group, category in ((item.paraphrases, "paraphrase"), (item.reorders, "reorder")):
        for n, para in enumerate(group):
            p_text, p_spans = render(para)
            yield make_case(item, "negative", category, "hand", o_text, p_text, None, None, category, ctx)
            for key, pslot in slots_of(para).items():
                oslot = o_slots.get(key)
                if oslot is None:
                    continue
                if not pslot.alts and pslot.orig == oslot.orig:
                    pslot = Slot(pslot.key, pslot.type, pslot.anchor, pslot.orig, oslot.alts)
                for new, kind, sub in slot_changes(pslot, f"{item.id}/{category}{n}"):
                    c_text, c_spans = render(para, {key: new})
                    if c_text == p_text:
                        continue
                    yield make_case(item, "positive", kind, sub, o_text, c_text,
                                    _expect(o_text, o_spans, oslot), _expect(c_text, c_spans, pslot), category, ctx)
    # whole-sentence transforms
    for fn, cat in ((t_punct, "punctuation"), (t_casing, "casing"), (t_tokenisation, "tokenisation")):
        for new, sub in fn(o_text, salt):
            if new != o_text:
                yield make_case(item, "negative", cat, sub, o_text, new, None, None, "verbatim", ctx)
    # hand-written pairs
    for h in item.hand:
        c_text = h["copy"]
        eo = ec = None
        if h["eo"]:
            i = o_text.index(h["eo"])
            eo = (i, i + len(h["eo"]))
        if h["ec"]:
            i = c_text.index(h["ec"])
            ec = (i, i + len(h["ec"]))
        yield make_case(item, h["label"], h["kc"], "hand-pair", o_text, c_text, eo, ec, "hand", ctx)


def select(cases: list[dict], rng: random.Random) -> list[dict]:
    """Keep TARGETS[k] cases per kind/category, spread over sub-categories and items.

    Hand-written pairs come first; then a round-robin over sub-categories (so
    one easy transform cannot fill a category), each time taking a case from
    the item used least so far, alternating between verbatim and reworded
    copies.
    """
    by_group: dict[str, list[dict]] = defaultdict(list)
    for c in cases:
        by_group[c["kind"] if c["label"] == "positive" else c["category"]].append(c)
    chosen: list[dict] = []
    for group in list(POSITIVE_KINDS) + list(NEGATIVE_CATEGORIES):
        pool = by_group.get(group, [])
        rng.shuffle(pool)
        take = [c for c in pool if c["sub"] == "hand-pair"][: TARGETS[group]]
        rest = [c for c in pool if c["sub"] != "hand-pair"]
        by_sub: dict[str, list[dict]] = defaultdict(list)
        for c in rest:
            by_sub[c["sub"]].append(c)
        used: Counter[str] = Counter(c["item"] for c in take)
        bases: Counter[str] = Counter(c["base"] for c in take)
        subs = sorted(by_sub, key=lambda k: _salt(k, group))
        taken_sub: Counter[str] = Counter()
        while len(take) < TARGETS[group] and any(by_sub.values()):
            for sub in subs:
                if len(take) >= TARGETS[group] or not by_sub[sub]:
                    continue
                if taken_sub[sub] >= SUB_CAP.get(sub, 10**6):
                    by_sub[sub] = []
                    continue
                taken_sub[sub] += 1
                lst = by_sub[sub]
                lst.sort(key=lambda c: (used[c["item"]], bases[c["base"]]))
                c = lst.pop(0)
                used[c["item"]] += 1
                bases[c["base"]] += 1
                take.append(c)
        chosen += take
    # stable ids per group
    counters: Counter[str] = Counter()
    for c in chosen:
        group = c["kind"] if c["label"] == "positive" else c["category"]
        counters[group] += 1
        c["id"] = f"{ID_PREFIX[group]}-{counters[group]:03d}"
    return chosen


# --------------------------------------------------------------- documents
def read_documents(path: Path) -> list[dict]:
    """``=== id`` blocks with ``--- original``, ``--- copy`` and ``--- variants`` sections."""
    docs: list[dict] = []
    cur: dict | None = None
    section = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("=== "):
            cur = {"id": raw[4:].strip(), "original": [], "copy": [], "variants": []}
            docs.append(cur)
            section = None
            continue
        if raw.startswith("--- "):
            section = raw[4:].strip()
            continue
        if cur is None or section is None:
            continue
        if section == "variants":
            if raw.strip():
                cur["variants"].append([k.strip() for k in raw.split(",") if k.strip() and k.strip() != "none"])
        else:
            cur[section].append(raw)
    out = []
    for d in docs:
        o = parse_template("\n".join(d["original"]).strip("\n"))
        c = parse_template("\n".join(d["copy"]).strip("\n"))
        out.append({"id": d["id"], "o": o, "c": c, "variants": d["variants"] or [[]]})
    return out


def document_cases(docs: list[dict]) -> list[dict]:
    cases = []
    for d in docs:
        o_text, o_spans = render(d["o"])
        o_slots, c_slots = slots_of(d["o"]), slots_of(d["c"])
        for vi, variant in enumerate(d["variants"]):
            choice: dict[str, str] = {}
            planned = []
            for spec in variant:
                key, _, pick = spec.partition("=")
                if key not in c_slots:
                    raise SystemExit(f"{d['id']}: variant names unknown copy slot {key!r}")
                cslot = c_slots[key]
                oslot = o_slots.get(key)
                if not cslot.alts and oslot is not None and cslot.orig == oslot.orig:
                    cslot = Slot(cslot.key, cslot.type, cslot.anchor, cslot.orig, oslot.alts)
                changes = slot_changes(cslot, f"{d['id']}/{key}")
                if not changes:
                    raise SystemExit(f"{d['id']}: no change available for {key}")
                idx = int(pick) if pick else 0
                new, kind, sub = changes[idx]
                choice[key] = new
                planned.append((key, kind, oslot, cslot))
            c_text, c_spans = render(d["c"], choice)
            changes_out = []
            for _key, kind, oslot, cslot in planned:
                eo = _expect(o_text, o_spans, oslot) if oslot else None
                ec = _expect(c_text, c_spans, cslot)
                changes_out.append({
                    "kind": kind,
                    "original": o_text[eo[0] : eo[1]] if eo else None,
                    "copy": c_text[ec[0] : ec[1]] if ec else None,
                    "spans": {"original": list(eo) if eo else None, "copy": list(ec) if ec else None},
                })
            cases.append({"id": f"{d['id']}-{chr(97 + vi)}", "story": d["id"], "original": o_text,
                          "copy": c_text, "changes": changes_out})
    return cases


# -------------------------------------------------------------- validation
NORM_QUOTES = str.maketrans({"“": '"', "”": '"', "’": "'", "‘": "'", "\u00a0": " ", "—": "-", "–": "-"})


def _letters(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def check_sentences(cases: list[dict]) -> list[str]:
    """Structural checks; every problem is a line of the returned list."""
    problems = []
    ids = Counter(c["id"] for c in cases)
    problems += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    pairs = Counter((c["original"], c["copy"], c.get("context")) for c in cases)
    problems += [f"duplicate pair {p[0][:50]!r}" for p, n in pairs.items() if n > 1]
    for c in cases:
        cid = c["id"]
        if c["original"] == c["copy"]:
            problems.append(f"{cid}: copy identical to original")
        if c["label"] not in ("positive", "negative"):
            problems.append(f"{cid}: bad label")
        if c["label"] == "positive":
            if c["kind"] not in POSITIVE_KINDS:
                problems.append(f"{cid}: bad kind {c['kind']}")
            e = c["expect"]
            if not (e["original"] or e["copy"]):
                problems.append(f"{cid}: positive without an expected span")
            for side in ("original", "copy"):
                sp = c["spans"][side]
                if e[side] is not None and c[side][sp[0] : sp[1]] != e[side]:
                    problems.append(f"{cid}: {side} span does not quote the expectation")
            if c["kind"] == "fact_missing" and e["copy"]:
                problems.append(f"{cid}: fact_missing with a copy span")
            if c["kind"] == "fact_added" and e["original"]:
                problems.append(f"{cid}: fact_added with an original span")
        else:
            if c["kind"] is not None or c["category"] not in NEGATIVE_CATEGORIES:
                problems.append(f"{cid}: bad negative category {c['category']}")
            cat = c["category"]
            o, p = c["original"], c["copy"]
            if cat == "casing" and o.lower() != p.lower():
                problems.append(f"{cid}: casing case changes more than case")
            if cat == "punctuation" and _letters(o) != _letters(p):
                problems.append(f"{cid}: punctuation case changes letters")
            if cat == "tokenisation":
                a = re.sub(r"\s+", " ", o.translate(NORM_QUOTES)).replace(" .", ".")
                b = re.sub(r"\s+", " ", p.translate(NORM_QUOTES)).replace(" .", ".")
                if _letters(a) != _letters(b):
                    spelled = [x for x, y in SPELLINGS + HYPHENS if _letters(x) != _letters(y)]
                    if not any(s in o.lower() or s in p.lower() for s in [w for pr in SPELLINGS for w in pr]) and not spelled:
                        problems.append(f"{cid}: tokenisation case changes letters")
        for side in ("original", "copy"):
            if re.search(r"\]\{|\[[^\]]*\|", c[side]):
                problems.append(f"{cid}: markup left in {side}")
            if "  " in c[side] and c.get("sub") != "double-space":
                problems.append(f"{cid}: double space in {side}")
            if re.search(r"[,;:][.,;:]|\.\.(?!\.)", c[side]):
                problems.append(f"{cid}: doubled punctuation in {side}: {c[side]!r}")
            if re.search(r" [,.;:](?!\d)", c[side]) and c.get("sub") not in ("space-before-stop",):
                problems.append(f"{cid}: space before punctuation in {side}: {c[side]!r}")
    return problems


def check_documents(cases: list[dict]) -> list[str]:
    problems = []
    for d in cases:
        if d["original"].count("\n\n") < 3:
            problems.append(f"{d['id']}: original has fewer than 4 paragraphs")
        for ch in d["changes"]:
            for side in ("original", "copy"):
                sp = ch["spans"][side]
                if ch[side] is not None and d[side][sp[0] : sp[1]] != ch[side]:
                    problems.append(f"{d['id']}: {side} span does not quote the change")
        if re.search(r"\]\{|\[[^\]]*\|", d["original"] + d["copy"]):
            problems.append(f"{d['id']}: markup left")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="validate the committed JSONL files and exit")
    parser.add_argument("--stats", action="store_true", help="print candidate counts per group")
    args = parser.parse_args(argv)
    if args.check:
        sents = [json.loads(line) for line in OUT_SENTENCES.read_text(encoding="utf-8").splitlines()]
        docs = [json.loads(line) for line in OUT_DOCUMENTS.read_text(encoding="utf-8").splitlines()]
        problems = check_sentences(sents) + check_documents(docs)
        for p in problems:
            print(p)
        print(f"{len(sents)} sentence pairs, {len(docs)} documents, {len(problems)} problems")
        return 1 if problems else 0
    items = [i for path in sorted(SOURCE.glob("sentences*.txt")) for i in read_items(path)]
    ids = Counter(i.id for i in items)
    dup = [i for i, n in ids.items() if n > 1]
    if dup:
        raise SystemExit(f"duplicate item ids: {dup}")
    cases = [c for item in items for c in item_cases(item)]
    # one case per distinct pair
    seen: set[tuple] = set()
    uniq = []
    for c in cases:
        key = (c["original"], c["copy"], c.get("context"))
        if key not in seen and c["original"] != c["copy"]:
            seen.add(key)
            uniq.append(c)
    if args.stats:
        cnt = Counter(c["kind"] if c["label"] == "positive" else c["category"] for c in uniq)
        for g in list(POSITIVE_KINDS) + list(NEGATIVE_CATEGORIES):
            print(f"{g:22} {cnt.get(g, 0):5}  (target {TARGETS[g]})")
        return 0
    rng = random.Random(SEED)
    chosen = select(uniq, rng)
    problems = check_sentences(chosen)
    doc_path = SOURCE / "documents.txt"
    docs = document_cases(read_documents(doc_path)) if doc_path.exists() else []
    problems += check_documents(docs)
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        return 1
    with OUT_SENTENCES.open("w", encoding="utf-8") as fh:
        for c in chosen:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    with OUT_DOCUMENTS.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    cnt = Counter(c["kind"] if c["label"] == "positive" else c["category"] for c in chosen)
    print(f"wrote {len(chosen)} sentence pairs ({dict(cnt)}) and {len(docs)} documents")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
