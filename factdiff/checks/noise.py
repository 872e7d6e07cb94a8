"""Slips of the keyboard are not changed facts.

Copies are full of typos: an ordinary word misspelt ("Todya", "omre", "wek"), a word
typed twice ("in Paris Paris"), a stray punctuation mark ("more: than", "to_ control"),
two words run together or split ("volley ball" / "volleyball"). Each can knock a fact out
of the parse (the date "next week" is not found in "next wek", "more than 1,000" loses its
qualifier) or make a new one ("Carey Carey" reads as another person), and the checks then
report a fact missing, added or changed where nothing but the spelling changed.

This filter runs after the checks. For each aligned pair it diffs the tokens and sorts
every difference into a *slip* (the kinds above) or a real change. A typo counts as a
slip only when it hits an ordinary word: never a name, a figure (a digit, a number or
scale word turned into another one), a negator, or a function word turned into another
function word ("he" / "she", "in" / "on"). A critical or major finding whose quoted
spans touch slips and nothing else is explained by them: it is replaced by one ``typo``
finding per slip (minor for a misspelt or doubled word, info for punctuation), which
says what was mistyped. A finding that also touches a real change stays as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz.distance import OSA

from ..facts.extract import NEGATION_WORDS
from ..facts.keys import fold
from ..facts.model import ENTITY_LABELS, Token
from ..numbers.words import MULTIPLIERS, ONES, ORDINALS, SCALES, TENS
from ..registry import filters
from ..report.model import Finding, Severity, Span
from .base import CheckContext, Pair, finding
from .tokendiff import token_diff

NAME = "noise.v1"
NEGATORS = NEGATION_WORDS | {"without", "nor", "neither", "cannot"}
NUMBER_WORDS = frozenset(ONES) | frozenset(TENS) | frozenset(SCALES) | frozenset(ORDINALS) | frozenset(MULTIPLIERS) | {
    "hundred", "dozen", "half", "quarter", "billions", "millions", "thousands", "hundreds", "dozens",
}
FACT_SYMBOLS = frozenset("%$€£¥₹#@")  # punctuation-like tokens that carry a fact
MIN_TYPO_LENGTH = 3  # "a" -> "an" is a word change, not a typo
SHORT_SPAN = 8  # tokens: a longer span (a sentence, a quote) may quote slips beside its real cause
SLIP_SEVERITY = {"misspelt": Severity.MINOR, "repeated": Severity.MINOR, "punctuation": Severity.INFO,
                 "spacing": Severity.INFO}


@dataclass
class Edit:
    """One difference between the token sequences of an aligned pair."""

    i1: int
    i2: int
    j1: int
    j2: int
    slip: str = ""  # "", or the kind of slip: misspelt, repeated, punctuation, spacing
    explains: list[Finding] = field(default_factory=list)


@dataclass
class PairDiff:
    pair: Pair
    otoks: list[Token]
    ctoks: list[Token]
    edits: list[Edit]

    @property
    def only_slips(self) -> bool:
        return all(e.slip for e in self.edits)


# ------------------------------------------------------------------ classifying differences
def _key(t: Token) -> str:
    return fold(t.text)  # as tokendiff compares them


def _is_mark(t: Token) -> bool:
    """Punctuation that carries no fact (not %, $, €...)."""
    return (t.is_punct or not any(ch.isalnum() for ch in t.text)) and not any(ch in FACT_SYMBOLS for ch in t.text)


def _bare(text: str) -> str:
    """A word without the punctuation stuck to its edges: "to_" -> "to", "a." -> "a"."""
    return fold(text).strip("_.,:;!?'\"()[]{}-–—*/\\|")


def _is_name(t: Token) -> bool:
    return t.ent_type in ENTITY_LABELS or (t.pos == "PROPN" and not t.is_stop)


def known_word(word: str) -> bool:
    """An English word as written: a function word or a WordNet lemma ("ever" is one; "neer"
    is not, though morphology would read it as a comparative of "nee")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from ..lexicon import resource

    if word in STOP_WORDS:
        return True
    res = resource.get()
    return res is not None and any(res.wn.index(word, p) is not None for p in "nvar")


def _typo_of(x: str, y: str) -> bool:
    """``y`` is ``x`` with one letter dropped, added or changed, or two letters swapped."""
    if x == y or min(len(x), len(y)) < MIN_TYPO_LENGTH - 1 or max(len(x), len(y)) < MIN_TYPO_LENGTH:
        return False
    return OSA.distance(x, y) <= 1


def misspelt(a: Token, b: Token) -> bool:
    """``b`` is a typo of the ordinary word ``a``: no name or figure, no number or scale
    word turned into another, no function word turned into another function word, and a
    negator only when the typo is no word at all ("neer" is "never" mistyped, "ever" is not)."""
    x, y = _bare(a.text), _bare(b.text)
    if not _typo_of(x, y) or any(ch.isdigit() for ch in x + y) or not (x.isalpha() and y.isalpha()):
        return False
    if _is_name(a):
        return False
    if x in NUMBER_WORDS and y in NUMBER_WORDS:
        return False  # "million" -> "billion": a figure changed
    if x in NEGATORS or y in NEGATORS:
        return x not in NEGATORS or y not in NEGATORS and not known_word(y)
    return not (a.is_stop and b.is_stop)  # "he" -> "she", "then" -> "than": another word


def _joined_typo(o: Sequence[Token], c: Sequence[Token]) -> bool:
    """Words split or joined differently with one typo: "does n't" / "dosen't", "doesnt".
    Kept for negations, whose contractions tokenise unpredictably once mistyped."""
    x, y = "".join(fold(t.text) for t in o), "".join(fold(t.text) for t in c)
    if not any(_bare(t.text) in NEGATORS or fold(t.text).endswith("n't") for t in o):
        return False
    if any(_is_name(t) or any(ch.isdigit() for ch in t.text) for t in o):
        return False
    still_negative = any(fold(t.text).endswith(("n't", "nt")) for t in c) or not known_word(y.replace("'", ""))
    return _typo_of(x, y) and still_negative


def _same_letters(otoks: Sequence[Token], ctoks: Sequence[Token]) -> bool:
    """The same words once stray marks are stripped and split words joined: "to_" / "to",
    "volley ball" / "volleyball". Figures must match as written: "1.5" is not "15"."""
    ow = [_bare(t.text) for t in otoks if not _is_mark(t)]
    cw = [_bare(t.text) for t in ctoks if not _is_mark(t)]
    if not ow or not cw:
        return False
    if any(any(ch.isdigit() for ch in w) for w in ow + cw):
        return [t.text.strip("_.,:;!?") for t in otoks if not _is_mark(t)] == [
            t.text.strip("_.,:;!?") for t in ctoks if not _is_mark(t)
        ] and len(ow) == len(cw)
    return "".join(ow) == "".join(cw)


def _repeats(toks: Sequence[Token], lo: int, hi: int) -> bool:
    """Every token of ``toks[lo:hi]`` repeats the word next to the run: "Paris Paris"."""
    before = _key(toks[lo - 1]) if lo > 0 else None
    after = _key(toks[hi]) if hi < len(toks) else None
    run = {_key(t) for t in toks[lo:hi]}
    return len(run) == 1 and (before in run or after in run) and not all(_is_mark(t) for t in toks[lo:hi])


def classify(otoks: Sequence[Token], ctoks: Sequence[Token], e: Edit) -> str:
    """The kind of slip an edit is, or "" for a real change."""
    o, c = otoks[e.i1 : e.i2], ctoks[e.j1 : e.j2]
    if not o or not c:
        toks, lo, hi = (ctoks, e.j1, e.j2) if c else (otoks, e.i1, e.i2)
        if all(_is_mark(t) for t in toks[lo:hi]):
            return "punctuation"
        return "repeated" if _repeats(toks, lo, hi) else ""
    if _same_letters(o, c):
        return "punctuation" if len([t for t in o if not _is_mark(t)]) == len([t for t in c if not _is_mark(t)]) else "spacing"
    ow = [t for t in o if not _is_mark(t)]
    cw = [t for t in c if not _is_mark(t)]
    if any(_in_figure_word(otoks, k) for k in range(e.i1, e.i2)):
        return ""  # "17-year-old" / "17-yaer-old": a letter slipped in a figure's own word
    if ow and len(ow) == len(cw) and all(
        _bare(a.text) == _bare(b.text) or misspelt(a, b) for a, b in zip(ow, cw, strict=True)
    ):
        return "misspelt"
    return "misspelt" if _joined_typo(o, c) else ""


def _in_figure_word(toks: Sequence[Token], k: int) -> bool:
    """Token ``k`` is glued (no space between) to a token with a digit: a part of one figure's word."""
    lo = hi = k
    while lo > 0 and toks[lo - 1].end == toks[lo].start:
        lo -= 1
    while hi + 1 < len(toks) and toks[hi].end == toks[hi + 1].start:
        hi += 1
    return hi > lo and any(ch.isdigit() for t in toks[lo : hi + 1] for ch in t.text)


def diff_pair(ctx: CheckContext, pair: Pair) -> PairDiff:
    d = token_diff(ctx, pair)
    edits = [Edit(i1, i2, j1, j2) for op, i1, i2, j1, j2 in d.opcodes if op != "equal"]
    for e in edits:
        e.slip = classify(d.otoks, d.ctoks, e)
    return PairDiff(pair, list(d.otoks), list(d.ctoks), edits)


# ------------------------------------------------------------------ explaining findings
def _token_range(toks: Sequence[Token], span: Span) -> tuple[int, int] | None:
    hit = [k for k, t in enumerate(toks) if t.start < span.end and span.start < t.end]
    return (hit[0], hit[-1] + 1) if hit else None


def _touched(diff: PairDiff, f: Finding) -> list[Edit] | None:
    """The edits a finding's spans touch, or None when a span lies outside the pair."""
    touched: list[Edit] = []
    for span, toks, side in ((f.original, diff.otoks, 0), (f.copy, diff.ctoks, 1)):
        if span is None:
            continue
        rng = _token_range(toks, span)
        if rng is None:
            return None
        if rng[1] - rng[0] > SHORT_SPAN and not diff.only_slips:
            return None  # a long span may quote a slip beside the finding's real cause
        for e in diff.edits:
            lo, hi = (e.i1, e.i2) if side == 0 else (e.j1, e.j2)
            if lo <= rng[1] and rng[0] <= hi and e not in touched:  # overlapping or right beside it
                touched.append(e)
    return touched


def explain(diffs: Iterable[PairDiff], findings: list[Finding]) -> list[Finding]:
    """Findings not explained by slips; the explained ones are recorded on their slips."""
    by_sentence: dict[tuple[int, int], PairDiff] = {}
    for d in diffs:
        if any(e.slip for e in d.edits):
            for s in d.pair.original:
                by_sentence[(0, s.index)] = d
            for s in d.pair.copy:
                by_sentence[(1, s.index)] = d
    kept: list[Finding] = []
    for f in findings:
        d = _pair_of(by_sentence, f)
        touched = _touched(d, f) if d is not None and f.severity >= Severity.MAJOR else None
        if touched and all(e.slip for e in touched):
            for e in touched:
                e.explains.append(f)
            continue
        kept.append(f)
    return kept


def _pair_of(by_sentence: dict[tuple[int, int], PairDiff], f: Finding) -> PairDiff | None:
    found = {
        id(d): d
        for d in (
            by_sentence.get((0, f.original.sentence)) if f.original is not None else None,
            by_sentence.get((1, f.copy.sentence)) if f.copy is not None else None,
        )
        if d is not None
    }
    sides = [s for s in (f.original, f.copy) if s is not None]
    if len(found) != 1 or any(s.sentence is None for s in sides):
        return None
    return next(iter(found.values()))


def _quoted(otoks: Sequence[Token], i1: int, i2: int, ctoks: Sequence[Token], j1: int, j2: int):
    """The tokens to quote for an edit on each side. An insertion or deletion is quoted with
    the word it repeats or follows: "Carey" / "Carey Carey", "more" / "more:"."""
    if i1 < i2 and j1 < j2:
        return otoks[i1:i2], ctoks[j1:j2]
    grown, (glo, ghi), other, at = (ctoks, (j1, j2), otoks, i1) if j2 > j1 else (otoks, (i1, i2), ctoks, j1)
    run = {_key(t) for t in grown[glo:ghi]}
    if ghi < len(grown) and _key(grown[ghi]) in run and at < len(other):
        wide, narrow = grown[glo : ghi + 1], other[at : at + 1]  # the run repeats the word after it
    else:
        wide, narrow = grown[max(0, glo - 1) : ghi], other[max(0, at - 1) : at]
    return (narrow, wide) if j2 > j1 else (wide, narrow)


def _slip_finding(ctx: CheckContext, d: PairDiff, e: Edit) -> Finding:
    o, c = _quoted(d.otoks, e.i1, e.i2, d.ctoks, e.j1, e.j2)
    ospan = ctx.ospan(o[0].start, o[-1].end, _sentence_of(d.pair.original, o[0])) if o else None
    cspan = ctx.cspan(c[0].start, c[-1].end, _sentence_of(d.pair.copy, c[0])) if c else None
    what = {
        "misspelt": "a misspelt word",
        "repeated": "a word typed twice",
        "punctuation": "a stray punctuation mark",
        "spacing": "words run together or split",
    }[e.slip]
    quoted = f"'{ospan.display if ospan else ''}' / '{cspan.display if cspan else ''}'"
    kinds = sorted({x.kind for x in e.explains})
    message = f"typo, no fact changed: {what} ({quoted}); it explains {', '.join(kinds)}"
    return finding("typo", SLIP_SEVERITY[e.slip], ospan, cspan, message, NAME, 0.8, slip=e.slip, explains=kinds,
                   explained=[x.message for x in e.explains])


def _sentence_of(sentences, tok: Token) -> int | None:
    for s in sentences:
        if s.start <= tok.start < s.end:
            return s.index
    return None


@filters.register("factdiff.noise.v1")
def calm_slips(ctx: CheckContext, findings: list[Finding]) -> list[Finding]:
    """Replace the findings that only typos explain by one ``typo`` finding per slip."""
    if not any(f.severity >= Severity.MAJOR for f in findings):
        return findings
    diffs = [diff_pair(ctx, p) for p in ctx.pairs()]
    kept = explain(diffs, findings)
    slips = [_slip_finding(ctx, d, e) for d in diffs for e in d.edits if e.explains]
    return kept + slips
