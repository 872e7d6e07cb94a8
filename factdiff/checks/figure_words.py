"""Words holding digits that no figure or date comparison covers: identifiers and slips.

The number parser leaves identifiers to the names ("Covid-19", "iPhone6", "G7", "No. 4",
"Rossiya 1"), and the tagger rarely tags them, so a copy that turns "Covid-19" into
"Covid-22" changes a fact nobody compares. A slip inside a figure's own word ("24th" ->
"24t", "19-year-old" -> "19-yer-old", "1960s" -> "1960") may leave the value the parser
reads unchanged. Copies are full of typos, but a typo in a figure is a finding.

Both are found word by word inside an aligned pair: the words with a digit on each side,
less those written the same (thousands separators, hyphens and case aside: "2:0"/"2-0",
"1,000"/"1000", "1850's"/"1850s"). What is left pairs as

* the same letters around other digits ("Covid-19" / "Covid-22"), or bare digits after the
  same word ("No. 4" / "No. 3"), outside every figure and date the other checks compare:
  an identifier changed;
* the same digits with one letter dropped, added, swapped or changed: a figure misspelled,
  unless the figure and date comparison already sees a change there.

Whether the old word stands elsewhere in the copy does not matter: the aligned sentences
are compared first.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from ..facts.model import Sentence
from ..numbers import compare_dates, compare_quantities

_WORD = re.compile(r"\S+")
_EDGE = "\"'“”‘’«»()[]{},.;:!?…"
_DIGIT = re.compile(r"\d")
CHANGED = frozenset({"number_changed", "unit_changed", "qualifier_changed"})


@dataclass(frozen=True)
class DigitWord:
    """A whitespace-separated word with a digit, its edges' punctuation trimmed."""

    start: int
    end: int
    text: str
    sentence: Sentence
    prev: str  # the word before it, lower-cased and trimmed ("no" for "No. 4")

    @property
    def norm(self) -> str:
        return re.sub(r"[^0-9a-z]", "", self.text.lower())

    @property
    def digits(self) -> str:
        return re.sub(r"\D", "", self.text)

    @property
    def letters(self) -> str:
        return re.sub(r"[^a-z]", "", self.text.lower())


def digit_words(sentences: list[Sentence]) -> list[DigitWord]:
    out = []
    for s in sentences:
        prev = ""
        for m in _WORD.finditer(s.text):
            raw = m.group()
            lead = len(raw) - len(raw.lstrip(_EDGE))
            word = raw.strip(_EDGE)
            if word and _DIGIT.search(word):
                start = s.start + m.start() + lead
                out.append(DigitWord(start, start + len(word), word, s, prev))
            if word:
                prev = word.lower().strip(".")
    return out


def _facts_at(w: DigitWord) -> tuple[list, list]:
    """The figures and dates of its sentence that the word is part of."""
    nums = [n for n in w.sentence.numbers if n.start < w.end and w.start < n.end]
    dates = [d for d in w.sentence.dates if d.start < w.end and w.start < d.end]
    return nums, dates


def _compared(a: DigitWord, b: DigitWord) -> bool:
    """The figure and date comparison has its say on the two words: it finds a change there, or
    reads both as the same figure of one kind and unit ("5bn" / "5b", "10km" / "10kms")."""
    na, da = _facts_at(a)
    nb, db = _facts_at(b)
    for x in na:
        for y in nb:
            qx, qy = x.quantity, y.quantity
            rel = compare_quantities(qx, qy).relation
            if rel in CHANGED or rel in {"equal", "converted"} and qx.kind == qy.kind and qx.unit == qy.unit:
                return True
    for x in da:
        for y in db:
            rel = compare_dates(x.expression, y.expression)
            if rel == "changed" or rel == "equal" and x.expression.kind == y.expression.kind:
                return True
    return False


def _in_facts(w: DigitWord) -> bool:
    nums, dates = _facts_at(w)
    return bool(nums or dates)


def _slip(a: str, b: str) -> bool:
    return a != b and OSA.distance(a, b, score_cutoff=1) <= 1


def _inside(w: DigitWord, spans: frozenset[tuple[int, int]]) -> bool:
    return any(s < w.end and w.start < e for s, e in spans)


def relation(a: DigitWord, b: DigitWord, paired: frozenset[tuple[int, int]] = frozenset()) -> str:
    """ "identifier" (a name with other digits), "changed" (a figure or date no other comparison
    pairs), "spelling" (same digits, a letter slipped) or "".

    ``paired``: spans of the figures the figures check paired in this group (it compares them).
    """
    if a.digits == b.digits:
        if a.letters != b.letters and _slip(a.norm, b.norm) and not _compared(a, b):
            return "spelling"
        return ""
    if _inside(a, paired) or _inside(b, paired):
        return ""  # the figures check compares them
    if _facts_at(a)[1] and _facts_at(b)[1]:
        return ""  # two dates: the dates check pairs them
    if a.letters:
        same = a.letters == b.letters
    else:
        same = not b.letters and bool(a.prev) and a.prev == b.prev
    if not same:
        return ""
    # a date the copy wrote as no date ("since 1994" / "since 8994", "July 21" / "July 81"), figures
    # the figures check could not pair ("in her 40s" / "in her 42s"), or a name's digits ("Covid-19")
    return "changed" if _in_facts(a) or _in_facts(b) else "identifier"


def _compact(sentences: list[Sentence]) -> str:
    return re.sub(r"[^0-9a-z]", "", " ".join(s.text for s in sentences).lower())


def changed_digit_words(
    original: list[Sentence], copy: list[Sentence], paired: frozenset[tuple[int, int]] = frozenset()
) -> list[tuple[DigitWord, DigitWord, str]]:
    """Pairs of digit words of an aligned pair that differ: (original word, copy word, relation)."""
    ow, cw = digit_words(original), digit_words(copy)
    both = Counter(w.norm for w in ow) & Counter(w.norm for w in cw)
    left_o, left_c = _left(ow, both), _left(cw, both)
    compact_o, compact_c = _compact(original), _compact(copy)
    ranked = []
    for a in left_o:
        for b in left_c:
            rel = relation(a, b, paired)
            longer, other = (a, compact_c) if len(a.norm) > len(b.norm) else (b, compact_o)
            if rel == "spelling" and longer.norm in other:
                continue  # the same letters split off or glued on: "802.11g" / "802.11 g"
            if rel:
                ranked.append((a.prev != b.prev, abs(_place(a) - _place(b)), a.start, b.start, a, b, rel))
    ranked.sort(key=lambda x: x[:4])
    out, used_a, used_b = [], set(), set()
    for *_k, a, b, rel in ranked:
        if a.start in used_a or b.start in used_b:
            continue
        used_a.add(a.start)
        used_b.add(b.start)
        out.append((a, b, rel))
    return out


def _left(words: list[DigitWord], both: Counter) -> list[DigitWord]:
    budget = Counter(both)
    out = []
    for w in words:
        if budget[w.norm] > 0:
            budget[w.norm] -= 1
        else:
            out.append(w)
    return out


def _place(w: DigitWord) -> float:
    s = w.sentence
    return (w.start - s.start) / max(1, s.end - s.start)


def written_in_a_word(digits: str, words: list[DigitWord]) -> bool:
    """``digits`` are the digits of a word that glues letters to them ("802.11" of "802.11ac"):
    the same thing written as one word on the other side, not a figure of its own."""
    return any(w.digits == digits and w.letters and w.norm.replace(w.letters, "", 1) == digits for w in words)
