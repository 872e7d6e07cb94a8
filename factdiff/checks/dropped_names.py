"""A name dropped from a sentence the copy kept, though the copy names it elsewhere.

``missing.v1`` reports the names a copy never uses. In a long article a name recurs, so a
copy can drop "Anna Berg" from the sentence saying she chaired the talks and still name her
two paragraphs down: presence elsewhere may explain a finding, never erase one. The sentence
now says something else (who chaired the talks is no longer said).

Only a plain one-to-one pair counts: split and merged sentences move names to a neighbour.
A word new in the copy's sentence that can stand for the name (a pronoun, the name's role
noun: "she", "the envoy") explains the drop, and so does another name put in its place
(the names check reports that as a changed name).
"""

from __future__ import annotations

from ..facts.keys import entity_key
from ..report.model import Finding, Severity
from .base import CheckContext, finding, register
from .entity_matching import equivalent, present_in_text

NAME = "dropped_names.v1"
# people only: who did or said it. A place or an organisation stated once in a copy's lead is
# often left out of a later sentence that repeated it ("the ruling by a court in X" / "the
# ruling"), and one-word organisations are too often words of a title ("Secretary of State")
LABELS = frozenset({"PERSON"})
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "outside", "across"})
DEFINITE = frozenset({"the", "this", "that"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
STAND_INS = frozenset({"he", "she", "they", "it", "him", "her", "them", "his", "its", "their", "who", "which"})


def _stand_in(original, copy, descriptor: str) -> bool:
    """The copy's sentence has a word that can refer back to the name and the original's has
    not: a pronoun, the name's role noun, or a definite subject ("the Russian leader" for
    "Putin"; "a senior envoy" or "any member" names no one)."""
    def words(sentence) -> set[str]:
        return {t.text.lower() for t in sentence.tokens if t.pos == "PRON"} | {t.norm for t in sentence.tokens}

    new = words(copy) - words(original)
    if new & STAND_INS or descriptor and descriptor in new:
        return True
    toks = copy.tokens
    return any(
        t.norm in DEFINITE and toks[t.head].pos == "NOUN" and toks[t.head].dep in SUBJECTS
        and toks[t.head].norm in new for t in toks if t.dep == "det"
    )


def _placed(sentence, m) -> bool:
    """ "a court in Belo Horizonte": a name after a preposition of place is a place, whatever
    the tagger called it."""
    before = [t for t in sentence.tokens if t.end <= m.start][-1:]
    return bool(before) and before[0].norm in PLACE_PREPOSITIONS


def _zone(sentence, m) -> bool:
    """ "13:25 Moscow time": the place names a time zone ("MSK"), not where something is."""
    after = [t for t in sentence.tokens if t.start >= m.end][:1]
    return bool(after) and after[0].text.lower() == "time"


@register("factdiff.dropped_names.v1")
def check_dropped_names(ctx: CheckContext) -> list[Finding]:
    present = [f for f in ctx.entities.fates if f.status == "present" and not f.weak and f.label in LABELS]
    if not present:
        return []
    changed = {(m.sentence, m.start) for f in ctx.entities.fates if f.status == "changed" for m in f.mentions}
    by_sentence: dict[int, list] = {}
    for fate in present:
        for m in fate.mentions:
            if not m.in_title and (m.sentence, m.start) not in changed:
                by_sentence.setdefault(m.sentence, []).append((fate, m))
    out: list[Finding] = []
    for pair in ctx.pairs(changed=True):
        if len(pair.original) != 1 or len(pair.copy) != 1:
            continue
        so, sc = pair.original[0], pair.copy[0]
        for fate, m in by_sentence.get(so.index, ()):
            if _zone(so, m) or _placed(so, m) or set(m.key.split()) & set(entity_key(sc.text).split()):
                continue  # a time zone; or a word of the name still in the sentence ("Premier Li", "Abiy")
            own = {x.sentence for x in fate.mentions}
            near = " ".join(ctx.copy.sentences[j].text for j in (sc.index - 1, sc.index, sc.index + 1)
                            if j == sc.index or 0 <= j < len(ctx.copy.sentences)
                            and not set(ctx.partner_of_copy(j)) & (own - {so.index}))
            if any(present_in_text(x, near) for x in fate.mentions):
                continue  # here, or moved to a neighbour (a split) that is no other naming sentence's partner
            if any(equivalent(x.key, c.key, x.label, c.label) for x in fate.mentions for c in sc.mentions):
                continue
            if _stand_in(so, sc, m.descriptor):
                continue
            message = f"'{m.text}' ({fate.label}) is dropped from this sentence; the copy names it elsewhere only"
            out.append(finding("fact_missing", Severity.MAJOR, ctx.ospan(m.start, m.end, so.index),
                               None, message, NAME, 0.7,
                               fact="entity", label=fate.label, name=m.text, elsewhere=True))
    return out
