"""Named entities with no counterpart anywhere in the other version.

An entity in a sentence the copy dropped as a whole is left to the structure
check (the dropped sentence carries it), so one loss is reported once.
"""

from __future__ import annotations

from ..facts.keys import entity_key
from ..report.model import Finding, Severity
from .base import CheckContext, finding, register
from .entity_matching import looks_like_name, named_otherwise, rephrased
from .names_morphology import common_word

NAME = "missing.v1"
MINOR_LABELS = {"NORP", "LANGUAGE"}
# a person, place or organisation the original never names is a new fact; a new adjective of
# nationality or a product name usually is not
ADDED_MAJOR = {"PERSON", "GPE", "LOC", "FAC", "ORG"}


def _proper(sentence, m) -> bool:
    """The mention is written as a name: a proper noun, an acronym ("VIN", "FOM"), a capital
    inside the sentence, or a first word that is no dictionary word ("Upasane has been asked").
    "Linking" tagged GPE at the start of a sentence is not a name.

    A name the tagger found but that is not written as one is reported, but as minor.
    """
    tokens = [t for t in sentence.tokens if m.start <= t.start < m.end]
    for t in tokens:
        if t.pos == "PROPN" or len(t.text) >= 2 and t.text.isalpha() and t.text.isupper():
            return True
    words = [t for t in tokens if t.text[:1].isupper() and t.text.isalpha() and not t.is_stop and t.pos not in FUNCTION_POS]
    if not words:
        return False  # "Them attempted...": a function word is no name, whatever its capital
    if words[0].i > 0 and sentence.tokens[words[0].i - 1].text not in OPENERS:
        return True  # a capital no position explains
    return not common_word(words[0].text.lower())


OPENERS = frozenset({'"', "“", "‘", "'", "(", "«", ":"})
FUNCTION_POS = frozenset({"PRON", "DET", "ADP", "AUX", "CCONJ", "SCONJ", "PART"})


# roles of a word that modifies a noun: "Russian" in "Russian troops" is an adjective of nationality
_MODIFYING = frozenset({"amod", "compound", "nmod", "npadvmod", "poss"})


def _as_noun(sentence, m) -> bool:
    """ "the Greens", "Liberal Democrats", "an American who fell": a group or a person named as such,
    not a nationality adjective ("Russian troops")."""
    tokens = [t for t in sentence.tokens if m.start <= t.start < m.end]
    if not tokens or tokens[-1].pos not in {"PROPN", "NOUN"}:
        return False
    return tokens[-1].tag in {"NNPS", "NNS"} or tokens[-1].dep not in _MODIFYING


def in_date(sentence, m) -> bool:
    """The mention is a word of a date or clock time ("GMT" in "14:00 GMT", "ET" in "9 a.m. ET"):
    the dates check compares it, as a moment; it is no name."""
    return any(d.start <= m.start and m.end <= d.end for d in sentence.dates)


@register("factdiff.missing.v1")
def check_missing(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    for fate in ctx.entities.fates:
        if fate.status != "missing":
            continue
        aligned = [m for m in fate.mentions if ctx.partner_of_original(m.sentence)
                   and not in_date(ctx.original.sentences[m.sentence], m)]
        if not aligned:
            continue
        m = aligned[0]
        if fate.weak and not looks_like_name(ctx.original.sentences[m.sentence], m):
            continue  # capitalised words the tagger did not see as a name: too unsure to report
        title = all(x.in_title for x in fate.mentions)
        named = any(_proper(ctx.original.sentences[x.sentence], x) for x in fate.mentions)
        minor_label = fate.label in MINOR_LABELS and not _as_noun(ctx.original.sentences[m.sentence], m)
        partners = " ".join(ctx.copy.sentences[j].text for j in ctx.partner_of_original(m.sentence))
        s = ctx.original.sentences[m.sentence]
        beside = s.text[: m.start - s.start] + " " + s.text[m.end - s.start :]
        reworded = rephrased(m, partners, beside)
        if fate.weak and not reworded:
            # capitalised words the tagger did not see as a name, one of them still there:
            # "T-Rex" / "tyrannosaurus rex" is the name spelt out
            there = set(entity_key(partners).split()) - set(entity_key(beside).split())
            reworded = any(len(w) >= 3 and w in there for w in m.key.split()) or named_otherwise(m.key, partners)
        severity = Severity.MINOR if title or minor_label or not named or reworded else Severity.MAJOR
        what = "part of a title or description" if title else "name" if fate.weak else fate.label
        if reworded:
            what += ", perhaps reworded: most of its words are still there"
        message = f"'{m.text}' ({what}) is not in the copy"
        out.append(finding("fact_missing", severity, ctx.ospan(m.start, m.end, m.sentence), None, message,
                           NAME, 0.8, fact="entity", label=fate.label, name=m.text, mentions=len(fate.mentions)))
    for _key, mentions in ctx.entities.added.items():
        aligned = [m for m in mentions if ctx.partner_of_copy(m.sentence)
                   and not in_date(ctx.copy.sentences[m.sentence], m)]
        if not aligned:
            continue
        m = aligned[0]
        named = _proper(ctx.copy.sentences[m.sentence], m)
        severity = Severity.MAJOR if m.label in ADDED_MAJOR and not m.in_title and named else Severity.MINOR
        message = f"'{m.text}' ({m.label}) appears only in the copy"
        out.append(finding("fact_added", severity, None, ctx.cspan(m.start, m.end, m.sentence), message,
                           NAME, 0.7, fact="entity", label=m.label, name=m.text))
    return out
