"""Content words replaced by words of another meaning: possible mistranslation.

Each replacement is scored by the lexicon (WordNet relations: a synonym is
harmless, a hyponym or sibling a shade different, an unrelated common word
very suspicious). Only replacements above the minor threshold are reported, and
the most suspicious of a pair is ranked first.
"""

from __future__ import annotations

from ..lexicon import relation
from ..report.model import Finding, Severity
from .base import CheckContext, finding, register
from .replacements import fact_bearing, phrase_span, replacements, sentence_of

NAME = "wording.v1"
HARMLESS = {"same", "inflection", "synonym", "derived", "antonym", "unknown"}  # antonyms: the negation check
VERB_MINOR = 0.85  # verbs and adjectives vary freely in translation: only the clearest swaps
SHADES = {"hypernym", "hyponym", "sibling"}  # a more general, narrower or neighbouring noun


def severity_of(rep, rel, settings, bearing: bool = False) -> Severity | None:
    """How much a replacement matters.

    Translation varies verbs and adjectives freely, so only a noun swapped for an
    unrelated noun in the very same syntactic slot is a likely mistranslation
    (major); a noun broadened, narrowed or swapped for a neighbour is a shade of
    meaning (minor); other replacements are minor when clearly unrelated.
    """
    score = rel.score
    if rep.pos == "n":
        if score >= settings.wording_major and rep.same_slot:
            return Severity.MAJOR
        if rel.kind in SHADES and bearing:
            return Severity.MINOR
        if score >= settings.wording_minor and rep.same_slot:
            return Severity.MINOR
        return None
    if score >= VERB_MINOR and rep.same_slot:
        return Severity.MINOR
    return None


@register("factdiff.wording.v1")
def check_wording(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    settings = ctx.settings
    for pair in ctx.pairs():
        scored = []
        for rep in replacements(pair.original, pair.copy):
            rel = relation(rep.old.norm, rep.new.norm, rep.pos)
            if rel.kind in HARMLESS:
                continue
            scored.append((rel.score, rep, rel))
        scored.sort(key=lambda x: -x[0])
        for rank, (score, rep, rel) in enumerate(scored, 1):
            so, sc = sentence_of(pair.original, rep.old), sentence_of(pair.copy, rep.new)
            severity = severity_of(rep, rel, settings, fact_bearing(so, rep.old) or fact_bearing(sc, rep.new))
            if severity is None:
                continue
            os_, oe = phrase_span(so, rep.old)
            cs, ce = phrase_span(sc, rep.new)
            sentence_o, sentence_c = so.index, sc.index
            how = "possible mistranslation" if severity >= Severity.MAJOR else "meaning shifted"
            message = f"{how}: '{rep.old.text}' became '{rep.new.text}' ({rel.kind})"
            out.append(finding("wording_changed", severity, ctx.ospan(os_, oe, sentence_o), ctx.cspan(cs, ce, sentence_c),
                               message, NAME, round(score, 3), original_word=rep.old.norm, copy_word=rep.new.norm,
                               pos=rep.pos, relation=rel.kind, suspicion=round(score, 3),
                               similarity=round(rel.similarity, 3), rank=rank, same_slot=rep.same_slot))
    return out
