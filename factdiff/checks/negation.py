"""Polarity flips: a negated predicate that lost its negation (or gained one),
a word replaced by its antonym ("rose" -> "fell"), or assent turned into
refusal ("confirmed" -> "denied"). Always critical.
"""

from __future__ import annotations

from ..lexicon import are_antonyms
from ..lexicon.stance import opposite_stance
from ..report.model import Finding, Severity
from .base import CheckContext, finding, register
from .replacements import replacements

NAME = "negation.v1"
SKIP_HEADS = {"be", "do"}


def _flips(ctx: CheckContext, pair, side: str) -> list[Finding]:
    """Negated predicates of one side whose counterpart on the other side is not negated."""
    src, dst = (pair.original, pair.copy) if side == "original" else (pair.copy, pair.original)
    dst_tokens = [t for s in dst for t in s.tokens]
    dst_negated = {n.head_lemma for s in dst for n in s.negations}
    out, seen = [], set()
    for s in src:
        for neg in s.negations:
            if neg.head_lemma in SKIP_HEADS or neg.head_lemma in seen:
                continue
            counterparts = [t for t in dst_tokens if t.norm == neg.head_lemma]
            if not counterparts or neg.head_lemma in dst_negated:
                continue
            seen.add(neg.head_lemma)
            lo, hi = neg.phrase or (neg.cue_start, neg.head_end)
            other = counterparts[0]
            olo, ohi = other.predicate or (other.start, other.end)
            dst_index = next(d.index for d in dst if d.start <= other.start <= d.end)
            if side == "original":
                o, c = ctx.ospan(lo, hi, s.index), ctx.cspan(olo, ohi, dst_index)
                message = f"negation lost: '{o.text}' became '{c.text}'"
            else:
                o, c = ctx.ospan(olo, ohi, dst_index), ctx.cspan(lo, hi, s.index)
                message = f"negation added: '{o.text}' became '{c.text}'"
            out.append(finding("negation_changed", Severity.CRITICAL, o, c, message, NAME, 0.85,
                               predicate=neg.head_lemma, negated_in=side, implicit=neg.implicit))
    return out


@register("factdiff.negation.v1")
def check_negation(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    for pair in ctx.pairs():
        out.extend(_flips(ctx, pair, "original"))
        out.extend(_flips(ctx, pair, "copy"))
        for rep in replacements(pair.original, pair.copy):
            if rep.old.negated != rep.new.negated:
                continue  # "not allow" -> "forbid" keeps the meaning
            stance = rep.pos == "v" and opposite_stance(rep.old.norm, rep.new.norm)
            if not stance and not are_antonyms(rep.old.norm, rep.new.norm, rep.pos):
                continue
            o = rep.old.predicate or (rep.old.start, rep.old.end)
            c = rep.new.predicate or (rep.new.start, rep.new.end)
            message = f"polarity reversed: '{rep.old.text}' became its opposite '{rep.new.text}'"
            out.append(finding("negation_changed", Severity.CRITICAL,
                               ctx.ospan(*o, pair.original[0].index), ctx.cspan(*c, pair.copy[0].index),
                               message, NAME, 0.8, original_word=rep.old.norm, copy_word=rep.new.norm,
                               antonyms=not stance, stance=stance))
    return out
