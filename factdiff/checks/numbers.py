"""Figures: value, qualifier ("about", "more than") and unit, pair by pair.

Figures are paired inside each aligned group in two passes. The first pairs
figures that agree (equal, converted, rounded, re-qualified) or that count the
same thing or share a unit, best relation first; the same number written on
both sides beats a rounding. The second pairs what is left on both sides when
the two figures stand in the same place: same counted noun, same governing
word ("votes to nine" / "votes to ten"), or the only figure of its sort left on
each side. A figure still left over is compared with the whole other document
(figures, years, "120 years ago", shares of a count: "half of the 40" is 20)
before it is called missing or added, so a figure that moved to another
sentence is not reported; a changed figure is not excused by an equal number
that counts something else. Last, left-overs of neighbouring groups (or of a
sentence the aligner left out because the copy merged it into a neighbour) are
paired when the evidence is strong: the same number under another unit, or the
same counted noun in the same construction ("over three years" / "over four").
"""

from __future__ import annotations

from dataclasses import dataclass

from ..facts.model import NumberFact, ParsedDocument, Sentence
from ..numbers import Quantity, compare_quantities
from ..report.model import Finding, Severity
from .base import CheckContext, finding, one_to_one, register
from .figure_words import changed_digit_words, digit_words, written_in_a_word

NAME = "numbers.v1"
RELATION_RANK = {"equal": 0, "converted": 1, "rounding": 2, "qualifier_changed": 3, "unit_changed": 4, "number_changed": 5}
AGREE = frozenset({"equal", "converted", "rounding", "qualifier_changed"})
SEVERITY = {
    "qualifier_changed": Severity.MAJOR,
    "unit_changed": Severity.MAJOR,
    "number_changed": Severity.CRITICAL,
    "rounding": Severity.MINOR,
}
# units a relative date counts in: "120 years ago" states the figure "120 years"
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"})


@dataclass(frozen=True)
class Figure:
    """A figure with where it stands: what it counts and the word it hangs on."""

    fact: NumberFact
    head: str = ""  # lemma of the word the number depends on ("to" in "votes to nine")
    prev: str = ""  # the word just before the figure, lower-cased

    @property
    def quantity(self) -> Quantity:
        return self.fact.quantity  # type: ignore[return-value]

    @property
    def counted(self) -> str:
        return self.fact.counted


def _figures(sentences) -> list[Figure]:
    out = []
    for s in sentences:
        date_spans = [(d.start, d.end) for d in s.dates]
        for n in s.numbers:
            if any(ds <= n.start < de or ds < n.end <= de for ds, de in date_spans):
                continue  # the dates check owns years and days of the month
            out.append(_figure(s, n))
    return out


def _figure(s: Sentence, n: NumberFact) -> Figure:
    """Attach the figure's syntactic neighbourhood from the sentence's tokens."""
    q = n.quantity
    ns, ne = q.number_span  # type: ignore[attr-defined]
    inside = [t for t in s.tokens if t.start < ne and t.end > ns]
    head = ""
    if inside:
        last = inside[-1]
        h = s.tokens[last.head]
        if n.counted_span and h.start == n.counted_span[0] and h.head != h.i:
            h = s.tokens[h.head]  # "killed 12 people": the verb, not the counted noun again
        if not (ns <= h.start < ne):
            head = h.norm
    before = [t for t in s.tokens if t.end <= n.start and not t.is_punct]
    prev = before[-1].text.lower() if before else ""
    return Figure(n, head, prev)


def _relative_figures(doc: ParsedDocument) -> list[Quantity]:
    """ "120 years ago" counts 120 years: a figure for the other side to be found in."""
    out = []
    for s in doc.sentences:
        if not s.is_body:
            continue
        for d in s.dates:
            rel = getattr(d.expression, "relative", None)
            if d.expression.kind == "relative" and rel and rel[1] and rel[0] in _TIME_UNITS:
                n = float(abs(rel[1]))
                out.append(Quantity(d.start, d.end, d.text, n, n, "cardinal", unit=rel[0],
                                    number_span=(d.start, d.end), dimension="time"))
    return out


def _implied_figures(doc: ParsedDocument) -> list[Quantity]:
    """Figures a sentence states without writing them: "half of the 40 villages" says 20
    villages, "20 of the 40 villages" says half. Another version may write either."""
    out = []
    for s in doc.sentences:
        if not s.is_body:
            continue
        qs = [n.quantity for n in s.numbers if not n.quantity.vague]
        counts = [q for q in qs if q.kind == "cardinal" and q.unit is None and q.low == q.high and q.low > 1]
        for share in qs:
            ratio = share.low if share.kind == "fraction" else share.low / 100 if share.unit == "percent" else None
            if ratio is None or share.low != share.high or not 0 < ratio < 1:
                continue
            for n in counts:
                v = ratio * n.low
                out.append(Quantity(share.start, share.end, share.text, v, v, "cardinal", qualifier=share.qualifier,
                                    number_span=share.number_span, precision=max(1.0, share.precision * n.low)))
        for part in counts:
            for n in counts:
                if part is not n and part.low < n.low:
                    v = part.low / n.low
                    out.append(Quantity(part.start, part.end, part.text, v, v, "fraction", qualifier=part.qualifier,
                                        number_span=part.number_span, precision=1.0 / n.low))
    return out


def _dimension(q: Quantity) -> str:
    if q.kind == "fraction" and q.unit is None:
        return "ratio"  # "half", "a third", "one in five": shares, like percentages
    dim = q.dimension or ""
    return dim.split(":")[0]  # all currencies are one sort of figure


def _same_sort(a: Figure, b: Figure) -> bool:
    """Two figures that could be one fact before and after a change of value."""
    qa, qb = a.quantity, b.quantity
    if qa.vague or qb.vague:
        # two vague amounts of one kind may be one changed: "in their 50s" / "in their 40s",
        # "hundreds" / "thousands"; a vague amount and an exact one are two ways of saying
        return qa.vague and qb.vague and qa.kind == qb.kind and qa.unit == qb.unit
    if (qa.kind == "ordinal") != (qb.kind == "ordinal") or (qa.kind == "score") != (qb.kind == "score"):
        return False  # a score ("3-1") is one fact, a count ("3 goals") another
    da, db = _dimension(qa), _dimension(qb)
    if da == db:
        return True
    # a unit on one side only, where the other side counts the same way: "scored 26 goals" /
    # "netted 62 times", "2,250" (of some currency) / "2,250 dollars"; never a share ("half",
    # "40%") against a count. A multiplier and a share both state a change of level
    # ("doubled" / "rose 200%", "halved" / "fell by a third").
    return {da, db} in ({"", "multiple"}, {"", "currency"}, {"multiple", "ratio"})


def _context(a: Figure, b: Figure) -> int:
    """How much the places of two figures agree: counted noun, head word, previous word."""
    score = 0
    if a.counted and a.counted == b.counted:
        score += 2
    if a.head and a.head == b.head:
        score += 1
    if a.prev and a.prev == b.prev:
        score += 1
    return score


def pair_figures(onums: list[Figure], cnums: list[Figure]):
    """Pair figures; returns (pairs with comparison, left_o, left_c). See the module doc."""
    scored = []
    for a in onums:
        for b in cnums:
            cmp = compare_quantities(a.quantity, b.quantity)
            rank = RELATION_RANK.get(cmp.relation, 5)
            same_noun = bool(a.counted) and a.counted == b.counted
            same_unit = bool(a.quantity.unit) and a.quantity.unit == b.quantity.unit
            if cmp.relation == "number_changed" and (not (same_noun or same_unit) or not _same_sort(a, b)):
                continue  # two unrelated figures, not one figure changed (second pass decides)
            if cmp.relation == "unit_changed" and not cmp.details.get("same_number") and not same_noun:
                continue  # "5 km" vs "3 hours": two facts unless the noun or the number is the same
            other_noun = bool(a.counted and b.counted) and not same_noun and not (a.quantity.unit and b.quantity.unit)
            rank += -0.5 if same_noun else 1.5 if other_noun else 0  # "101 passengers" is not "400 crew"
            context = _context(a, b)
            if a.quantity.low == b.quantity.low and a.quantity.high == b.quantity.high:
                rank -= 1.25  # the same number written ("more than 200" / "fewer than 200") beats a rounding
            elif not context and not same_noun:
                rank += 1  # a different number in another place: a rounding only if nothing fits better
            scored.append((rank, -context, a.fact.start, b.fact.start, a, b, cmp))
    scored.sort(key=lambda x: x[:4])
    used_a: set = set()
    used_b: set = set()
    pairs = list(one_to_one((x[4:] for x in scored), used_a, used_b))
    left_o = [a for a in onums if id(a) not in used_a]
    left_c = [b for b in cnums if id(b) not in used_b]
    # second pass: leftovers standing in the same place are one figure changed
    second = []
    for a in left_o:
        sort_o = [b for b in left_c if _same_sort(a, b)]
        for b in sort_o:
            ctx = _context(a, b)
            alone = len(sort_o) == 1 and sum(_same_sort(x, b) for x in left_o) == 1
            if ctx or alone:
                second.append((-ctx, a.fact.start, b.fact.start, a, b))
    second.sort(key=lambda x: x[:3])
    for a, b in one_to_one((x[3:] for x in second), used_a, used_b):
        pairs.append((a, b, compare_quantities(a.quantity, b.quantity)))
    return pairs, [a for a in onums if id(a) not in used_a], [b for b in cnums if id(b) not in used_b]


def _found_elsewhere(n: Figure, doc_numbers: list[Figure], extra: list[Quantity], years: set[int]) -> bool:
    """The same figure stands somewhere in the other document (a moved clause).

    ``extra`` holds figures read from dates ("120 years ago"); ``years`` the other
    version's years, so "the 2019 collapse" is found in "in 2019".
    """
    q = n.quantity
    if q.kind == "score" and _score_as_counts(q, doc_numbers):
        return True  # "passed 52-48" / "52 votes to 48 against", read as two counts
    for m in doc_numbers:
        mq = m.quantity
        if compare_quantities(q, mq).relation not in AGREE:
            if mq.kind in ("range", "score") and q.kind not in ("range", "score") and q.unit == mq.unit and (
                q.low in (mq.low, mq.high)
            ):
                return True  # one end of a range or a score: "$140 million to $160 million", "won 3-1"
            continue
        if n.counted and m.counted and n.counted != m.counted and not (q.unit and mq.unit):
            continue  # "nine" votes is not excused by "nine" days elsewhere
        return True
    if q.unit is None and q.low == q.high and q.low in years:
        return True
    return any(compare_quantities(q, e).relation in AGREE for e in extra)


def _score_as_counts(q: Quantity, doc_numbers: list[Figure]) -> bool:
    """Both numbers of a score stand as plain counts in the other version."""
    counts = [m.quantity.low for m in doc_numbers
              if m.quantity.unit is None and m.quantity.kind == "cardinal" and m.quantity.low == m.quantity.high]
    if q.low == q.high:
        return counts.count(q.low) >= 2
    return q.low in counts and q.high in counts


def near(ctx: CheckContext, o_sentence: int, c_sentence: int, reach: int = 2) -> bool:
    """Could an original and a copy sentence share content the aligner split or merged?

    Yes when one is aligned within ``reach`` sentences of the other, or when the copy
    sentence lies in the slot between the partners of the original sentence's aligned
    neighbours (where a dropped sentence's content would have gone).
    """
    if any(abs(i - o_sentence) <= reach for i in ctx.partner_of_copy(c_sentence)):
        return True
    if any(abs(j - c_sentence) <= reach for j in ctx.partner_of_original(o_sentence)):
        return True
    n = len(ctx.original.sentences)
    before = next((ctx.partner_of_original(i) for i in range(o_sentence - 1, -1, -1) if ctx.partner_of_original(i)), [])
    after = next((ctx.partner_of_original(i) for i in range(o_sentence + 1, n) if ctx.partner_of_original(i)), [])
    lo = max(before) if before else -1
    hi = min(after) if after else len(ctx.copy.sentences)
    return lo - 1 <= c_sentence <= hi + 1 and lo <= hi


def _strong(a: Figure, b: Figure, cmp) -> bool:
    """Evidence enough to call figures of two different sentence groups one fact."""
    if not _same_sort(a, b):
        return False
    if cmp.relation == "unit_changed":
        return bool(cmp.details.get("same_number"))
    return bool(a.counted) and a.counted == b.counted and _context(a, b) >= 3


def _missing_severity(a: Figure) -> Severity:
    """A dropped ordinal ("in the second half", "for the first time") or a bare "one" (often a
    pronoun: "one was released") is minor; a dropped count, amount or measure is major."""
    q = a.quantity
    if q.kind == "ordinal" or (a.fact.text.lower() == "one" and not a.counted):
        return Severity.MINOR
    return Severity.MAJOR


def _added_severity(b: Figure, original_lemmas: set[str]) -> Severity:
    """An added ordinal ("a second round") or a count of a thing the original names ("the
    clubs" -> "the two clubs") specifies rather than adds: minor. Other figures: major."""
    q = b.quantity
    if _missing_severity(b) == Severity.MINOR:
        return Severity.MINOR
    if q.unit is None and b.counted and b.counted in original_lemmas:
        return Severity.MINOR
    return Severity.MAJOR


@register("factdiff.numbers.v1")
def check_numbers(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    all_o = _figures(s for s in ctx.original.sentences if s.is_body)
    all_c = _figures(s for s in ctx.copy.sentences if s.is_body)
    rel_o = _relative_figures(ctx.original) + _implied_figures(ctx.original)
    rel_c = _relative_figures(ctx.copy) + _implied_figures(ctx.copy)
    years_o, years_c = _years(ctx.original), _years(ctx.copy)
    pending_o: list[tuple[Figure, bool]] = []  # (figure, in an aligned group)
    pending_c: list[tuple[Figure, set[str]]] = []  # (figure, lemmas of its aligned original)
    grouped: set[int] = set()
    for pair in ctx.pairs():
        grouped.update(s.index for s in pair.original)
        pairs, left_o, left_c = pair_figures(_figures(pair.original), _figures(pair.copy))
        for a, b, cmp in pairs:
            _report_pair(ctx, out, a, b, cmp)
        paired = frozenset((f.fact.start, f.fact.end) for a, b, _cmp in pairs for f in (a, b))
        for a, b, rel in changed_digit_words(pair.original, pair.copy, paired):
            _report_digit_word(ctx, out, a, b, rel)
        # nouns the original names without counting them ("the clubs")
        lemmas = {t.norm for s in pair.original for t in s.tokens} - {n.counted for s in pair.original for n in s.numbers}
        words_o, words_c = digit_words(pair.original), digit_words(pair.copy)
        pending_o += [(a, True) for a in left_o if not a.quantity.vague and not _found_elsewhere(a, all_c, rel_c, years_c)
                      and not written_in_a_word(_digits(a), words_c)]
        pending_c += [(b, lemmas) for b in left_c if not b.quantity.vague and not _found_elsewhere(b, all_o, rel_o, years_o)
                      and not written_in_a_word(_digits(b), words_o)]
    # figures of sentences the copy dropped may have moved into a merged copy sentence
    pending_o += [
        (a, False) for s in ctx.original.sentences if s.is_body and s.index not in grouped
        for a in _figures([s]) if not a.quantity.vague and not _found_elsewhere(a, all_c, rel_c, years_c)
    ]
    cross = []
    for a, _ in pending_o:
        for b, _ in pending_c:
            if not near(ctx, a.fact.sentence, b.fact.sentence):
                continue
            cmp = compare_quantities(a.quantity, b.quantity)
            if _strong(a, b, cmp):
                cross.append((-_context(a, b), a.fact.start, b.fact.start, a, b, cmp))
    cross.sort(key=lambda x: x[:3])
    used: set[int] = set()
    for *_k, a, b, cmp in cross:
        if id(a) in used or id(b) in used:
            continue
        used.update((id(a), id(b)))
        _report_pair(ctx, out, a, b, cmp)
    for a, aligned in pending_o:
        if id(a) in used or not aligned:
            continue  # a figure of a dropped sentence: the structure check reports the sentence
        n = a.fact
        out.append(finding("fact_missing", _missing_severity(a), ctx.ospan(n.start, n.end, n.sentence), None,
                           f"the figure '{n.text}' is not in the copy", NAME, 0.8, fact="figure",
                           value=[a.quantity.low, a.quantity.high], counted=n.counted))
    for b, lemmas in pending_c:
        if id(b) in used:
            continue
        n = b.fact
        out.append(finding("fact_added", _added_severity(b, lemmas), None, ctx.cspan(n.start, n.end, n.sentence),
                           f"the figure '{n.text}' appears only in the copy", NAME, 0.7, fact="figure",
                           value=[b.quantity.low, b.quantity.high], counted=n.counted))
    return out


def _digits(f: Figure) -> str:
    ns, ne = f.quantity.number_span
    return "".join(ch for ch in f.fact.text[ns - f.fact.start : ne - f.fact.start] if ch.isdigit())


def _years(doc: ParsedDocument) -> set[int]:
    return {d.expression.year for s in doc.sentences if s.is_body for d in s.dates if d.expression.year}


def _report_pair(ctx: CheckContext, out: list[Finding], a: Figure, b: Figure, cmp) -> None:
    severity = SEVERITY.get(cmp.relation)
    if severity is None:
        return
    qa, qb = a.quantity, b.quantity
    details = {
        "original_value": [qa.low, qa.high], "copy_value": [qb.low, qb.high],
        "original_qualifier": qa.qualifier, "copy_qualifier": qb.qualifier,
        "original_unit": qa.unit, "copy_unit": qb.unit, "counted": a.counted or b.counted,
        **cmp.details,
    }
    kind = cmp.relation if cmp.relation != "rounding" else "number_changed"
    out.append(finding(kind, severity,
                       ctx.ospan(a.fact.start, a.fact.end, a.fact.sentence),
                       ctx.cspan(b.fact.start, b.fact.end, b.fact.sentence),
                       _message(cmp.relation, a.fact, b.fact), NAME, 0.9 if cmp.relation != "rounding" else 0.6,
                       relation=cmp.relation, **details))


def _report_digit_word(ctx: CheckContext, out: list[Finding], a, b, rel: str) -> None:
    """An identifier with other digits ("Covid-19" / "Covid-22"), or a figure's word misspelled."""
    ospan = ctx.ospan(a.start, a.end, a.sentence.index)
    cspan = ctx.cspan(b.start, b.end, b.sentence.index)
    if rel in {"identifier", "changed"}:
        what = "figure changed in a name" if rel == "identifier" else "figure changed"
        out.append(finding("number_changed", Severity.CRITICAL, ospan, cspan,
                           f"{what}: '{a.text}' became '{b.text}'", NAME, 0.85,
                           relation=rel, original_value=a.digits, copy_value=b.digits))
    else:
        out.append(finding("number_changed", Severity.MAJOR, ospan, cspan,
                           f"figure misspelled: '{a.text}' is written '{b.text}' in the copy", NAME, 0.8,
                           relation="spelling", original_value=a.digits, copy_value=b.digits))


def _message(relation: str, a, b) -> str:
    what = f" ({a.counted})" if a.counted else ""
    if relation == "qualifier_changed":
        qa = a.quantity.qualifier or "exact"
        qb = b.quantity.qualifier or "exact"
        return f"qualifier changed{what}: '{a.text}' ({qa}) became '{b.text}' ({qb})"
    if relation == "unit_changed":
        return f"unit changed: '{a.text}' became '{b.text}'"
    if relation == "rounding":
        return f"figure rounded{what}: '{a.text}' became '{b.text}'"
    return f"figure changed{what}: '{a.text}' became '{b.text}'"
