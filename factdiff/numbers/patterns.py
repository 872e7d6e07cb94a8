"""Pre-compiled regexes and closed tables used by the quantity scanner.

Compiled once at import; everything here is data, the decisions live in quantities.py and
context.py.
"""

from __future__ import annotations

import re

from .words import FRACTIONS, MULTIPLIERS, MULTIPLY_VERBS, ONES, ORDINALS, SCALES, TENS

SPACES = " \u00a0\u202f\u2009"
DASHES = "-\u2010\u2011\u2013\u2014"
MINUS_SIGNS = "-\u2212\u2013"

# Digit numbers. Order matters (first alternative that matches wins, then (?!\d) backtracks).
_NUM = (
    r"(?:\d{1,3}/\d{1,3}(?![\d/])"                       # 3/4 (checked to be a fraction later)
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"                      # 1,403,000.5
    r"|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?"  # 1 403 with NBSP / thin spaces
    r"|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?"                   # 1.403.000 (European)
    r"|\d{1,3}(?:\.\d{3})+,\d+"                           # 1.403,5 (European)
    r"|\d{1,3}(?: \d{3})+"                                # 1 403 with plain spaces
    r"|\d{1,3},\d{1,2}(?=[ \u00a0]?(?:%|(?i:percent|per[ \u00a0]cent|million|billion|trillion"
    r"|bn|mn)\b))"                                         # 1,5 million (decimal comma)
    r"|\d+(?:\.\d+)?"                                     # 1403, 1.403
    r"|\.\d+)(?!\d)"                                      # .5
)
_WORDS = sorted(
    (set(ONES) | set(TENS) | set(SCALES) | set(ORDINALS) | set(FRACTIONS) | set(MULTIPLIERS)
     | {"hundred", "dozen"}) - {"double", "triple", "treble", "quadruple"},
    key=len, reverse=True,
)
WORD_ALT = "|".join(_WORDS)
_WSEP = r"(?:[ \u00a0]+|[-\u2010\u2011](?=[a-zA-Z]))"
_WORDRUN = (
    rf"\b(?:(?:a|an){_WSEP})?(?:{WORD_ALT})"
    rf"(?:{_WSEP}(?:(?:and|a|an){_WSEP}){{0,2}}(?:{WORD_ALT}))*\b"
)
_VAGUE = (
    r"\b(?:(?P<vm>tens|dozens|hundreds|thousands|millions|billions|scores)"
    r"(?:[ \u00a0]+of[ \u00a0]+(?P<vm2>thousands|millions|billions))?"
    r"|(?P<vf>a[ \u00a0]+few|several|a[ \u00a0]+couple(?=[ \u00a0]+of\b)|a[ \u00a0]+handful)"
    r"(?:[ \u00a0]+(?P<vs>dozen|hundred|thousand|million|billion)(?![ \u00a0]+(?:of[ \u00a0]+)?"
    r"(?:thousand|million|billion)))?"
    r")\b"
)
# (?<!\w) up front makes mid-word positions fail after a single test.
MASTER = re.compile(
    r"(?<!\w)(?:(?P<d>(?<![.,/:\u2019'#])" + _NUM + r")"
    r"|(?i:(?P<v>" + _VAGUE + r"))"
    r"|(?i:(?P<w>" + _WORDRUN + r")))"
)
TOKEN = re.compile(r"(?<!\w)(?:\d+|\.(?=\d)|(?P<w>[A-Za-z]+))")
GATE_WORDS = frozenset(_WORDS) | {"a", "an", "tens", "dozens", "hundreds", "thousands",
                                  "millions", "billions", "scores", "several"}
# words that may start a figure on their own (the pre-check skips "a"/"an")
CANDIDATE_WORDS = (GATE_WORDS - {"a", "an"}) | {"few", "couple", "handful"} | set(MULTIPLY_VERBS)
# Context of a multiplying verb (words.MULTIPLY_VERBS). A base form ("double", "triple") is a
# figure before a determiner ("double the number") or after a modal, "to" or a degree word
# ("could double", "more than triple"); never before a particle that makes another verb
# ("doubled as a clinic", "double down") or glued to a hyphen ("double-digit").
MULTIPLY_DETERMINERS = frozenset(
    "the that this those these its their his her our your my what it them".split())
MULTIPLY_VERB_BEFORE = frozenset(
    "to will would could can may might should must shall did does do not never nearly almost "
    "roughly approximately than least even".split())
MULTIPLY_NOT_BEFORE = frozenset("as down back up".split())
# before a plural "doubles"/"triples", these make it a noun ("mixed doubles", "the triples")
MULTIPLY_NOUN_AFTER = frozenset("the a an in into of and mixed both two singles".split())
# Qualifiers that are prepositions before a verb: "talked about doubling" is not "about 2x".
MULTIPLY_NO_QUALIFIER = frozenset("about around over above under below some circa".split())
# Deictic words of a time window: "over the next five years", "in the past two decades". They
# place the window in time; they do not hedge the figure (compare.py).
WINDOW_WORDS = frozenset(
    "next past last coming previous preceding following upcoming ensuing".split())
# Prepositions before "over" that make it "more than" ("for over two weeks"), not "during".
OVER_AFTER_PREPOSITION = frozenset(
    "for in of after within by to from since than at with about".split())
DIGIT = re.compile(r"\d")
ALPHA_RUN = re.compile(r"[a-z]+")
WORD_TOKEN = re.compile(r"[A-Za-z]+")
RATIO_AFTER = re.compile(
    r"[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+(?:\d|(?i:two|three|four|five|six|seven|eight"
    r"|nine|ten|\w+teen|twenty|thirty|forty|fifty|hundred))"
)
NEXT_WORD = re.compile(r"[ \u00a0]+([A-Za-z][\w'’-]*)")

VAGUE_MULT = {"tens": 10, "dozens": 12, "hundreds": 100, "thousands": 1_000,
              "millions": 1_000_000, "billions": 1_000_000_000, "scores": 20}
VAGUE_FEW = {"a few": (2, 5), "several": (3, 9), "a couple": (2, 3), "a handful": (2, 6)}
SCALE_WORDS = {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9,
               "trillion": 1e12, "dozen": 12.0, "crore": 1e7, "crores": 1e7, "lakh": 1e5,
               "lakhs": 1e5}
SCALE_ABBR = {"k": 1e3, "K": 1e3, "mn": 1e6, "mln": 1e6, "M": 1e6, "bn": 1e9, "bln": 1e9,
              "b": 1e9, "B": 1e9, "tn": 1e12, "trn": 1e12, "m": 1e6}
MONEY_SCALES = frozenset({"million", "billion", "trillion", "mn", "mln", "bn", "bln", "tn",
                          "trn", "m", "M", "b", "B", "crore", "crores", "lakh", "lakhs"})
SCALE_AFTER = re.compile(
    r"(?:[ \u00a0\u202f]+|-(?=[a-z]))?"
    r"(?:(?i:(?P<w>million|billion|trillion|thousand|hundred|dozen|crores?|lakhs?))"
    r"|(?P<a>mn|mln|bn|bln|tn|trn))(?![\w])"
)
# "$5 m", "£2M": single-letter scales only after a currency marker
MONEY_SCALE_AFTER = re.compile(r"[ \u00a0]?(?P<sc>m|M|b|B|k|K)(?![\w])")
SUFFIX = re.compile(
    r"(?P<ord>st|nd|rd|th|ST|ND|RD|TH)(?![A-Za-z])"
    r"|(?P<sc>k|K|m|M|mn|mln|bn|bln|b|B|tn|trn)(?![\w])"
)
HALF_A = re.compile(
    r"[ \u00a0]+(?:a|an)[ \u00a0]+(?i:(million|billion|dozen|thousand|hundred|trillion))\b"
)
# words after "5m" that make it metres rather than millions
LENGTH_CONTEXT = frozenset(
    "high tall long deep wide away from above below across in of race sprint hurdles "
    "freestyle relay final".split()
)

QUALIFIERS: dict[str, str] = {
    "about": "approx", "around": "approx", "roughly": "approx", "approximately": "approx",
    "some": "approx", "an estimated": "approx", "estimated": "approx", "circa": "approx",
    "c.": "approx", "ca.": "approx", "approx.": "approx", "approx": "approx",
    "an approximate": "approx", "in the region of": "approx", "on the order of": "approx",
    "somewhere around": "approx", "more or less": "approx", "close on": "approx",
    "more than": "more_than", "over": "more_than", "above": "more_than",
    "in excess of": "more_than", "upwards of": "more_than", "just over": "more_than",
    "well over": "more_than", "just above": "more_than", "well above": "more_than",
    "slightly more than": "more_than", "far more than": "more_than",
    "well more than": "more_than", "just more than": "more_than", "a little over": "more_than",
    "a little more than": "more_than", "significantly more than": "more_than",
    "fewer than": "less_than", "less than": "less_than", "under": "less_than",
    "below": "less_than", "well under": "less_than", "well below": "less_than",
    "far fewer than": "less_than", "far less than": "less_than", "slightly less than": "less_than",
    "slightly fewer than": "less_than",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "not less than": "at_least", "not fewer than": "at_least", "a minimum of": "at_least",
    "as few as": "at_least", "at a minimum": "at_least",
    "up to": "at_most", "no more than": "at_most", "not more than": "at_most",
    "at most": "at_most", "a maximum of": "at_most", "as many as": "at_most",
    "as much as": "at_most", "at the most": "at_most",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "just below": "nearly", "just shy of": "nearly", "just short of": "nearly",
    "not quite": "nearly", "getting on for": "nearly", "a little under": "nearly",
    "a little less than": "nearly", "just less than": "nearly", "just fewer than": "nearly",
    "exactly": "exactly", "precisely": "exactly", "a total of": "exactly",
    "only": "only", "just": "only", "a mere": "only", "merely": "only", "a whopping": "only",
}
QUALIFIER_MAX_WORDS = max(len(k.split()) for k in QUALIFIERS)
SYMBOL_QUALIFIERS = {"~": "approx", "≈": "approx", ">": "more_than", "<": "less_than",
                     "≥": "at_least", "≤": "at_most"}
QUAL_AFTER = re.compile(
    r"(?:[ \u00a0]+(?P<w>(?i:or[ \u00a0]+more|or[ \u00a0]+so|or[ \u00a0]+above|and[ \u00a0]+above"
    r"|or[ \u00a0]+over|and[ \u00a0]+over|and[ \u00a0]+up|and[ \u00a0]+upwards|or[ \u00a0]+fewer"
    r"|or[ \u00a0]+less|or[ \u00a0]+under|or[ \u00a0]+below|and[ \u00a0]+below|at[ \u00a0]+most"
    r"|at[ \u00a0]+least|at[ \u00a0]+the[ \u00a0]+most|or[ \u00a0]+thereabouts|odd))"
    r"|(?P<p>\+|-plus))(?![\w])"
)
RIGHT_QUALIFIERS = {
    "or more": "at_least", "or above": "at_least", "and above": "at_least",
    "or over": "at_least", "and over": "at_least", "and up": "at_least",
    "and upwards": "at_least", "+": "at_least", "-plus": "at_least", "at least": "at_least",
    "or so": "approx", "or thereabouts": "approx", "odd": "approx", "or fewer": "at_most",
    "or less": "at_most", "or under": "at_most", "or below": "at_most", "and below": "at_most",
    "at most": "at_most", "at the most": "at_most",
}
CONNECTOR = re.compile(
    r"(?P<pre>[ \u00a0\u202f]*)(?:(?P<dash>[-–—‐‑])|(?P<w>to|and)|(?P<ratio>in|out[ \u00a0]+of))"
    r"(?P<post>[ \u00a0\u202f]*)"
)
CURRENCY_AT = re.compile(
    r"(?:US\$|U\.S\.\$|A\$|AU\$|C\$|HK\$|S\$|NZ\$|NT\$|R\$|\$|€|£|¥|₹|Rs\.?|Rp\.?|RM|₩|₱|₦|₺|₽|₫|฿)"
    r"[ \u00a0]?"
)
CURRENCY_SYMBOLS = "$€£¥₹₩₱₦₺₽₫฿₪₴₨"
