"""Polarity flips: a negated predicate that lost its negation (or gained one),
and words replaced by their antonyms ("rose" -> "fell"). Always critical.
"""

from __future__ import annotations

from ..lexicon import are_antonyms
from ..report.model import Finding, Severity
from .base import CheckContext, finding, register
from .replacements import replacements

NAME = "negation.v1"
LIGHT_VERBS = {"be", "have", "do", "get", "make"}


def _flips(ctx: CheckContext, pair, side: str) -> list[Finding]:
    src, dst = (pair.original, pair.copy) if side == "original" else (pair.copy, pair.original)
    dst_tokens = [t for s in dst for t in s.tokens]
    dst_negated = {n.head_lemma for s in dst for n in s.negations}
    out = []
    for s in src:
        for neg in s.negations:
            if neg.head_lemma in LIGHT_VERBS or neg.head_pos not in {"VERB", "ADJ", "NOUN", "AUX"}:
                continue
            counterparts = [t for t in dst_tokens if t.norm == neg.head_lemma]
            if not counterparts or neg.head_lemma in dst_negated:
                continue
            head = next((t for t in s.tokens if t.start == neg.head_start), None)
            lo = min(neg.cue_start, neg.head_start)
            hi = max(neg.cue_end, neg.head_end)
            other = counterparts[0]
            if side == "original":
                o, c = ctx.ospan(lo, hi, s.index), ctx.cspan(other.start, other.end, dst[0].index)
                message = f"negation lost: '{o.text}' became '{c.text}'"
            else:
                o, c = ctx.ospan(other.start, other.end, dst[0].index), ctx.cspan(lo, hi, s.index)
                message = f"negation added: '{o.text}' became '{c.text}'"
            out.append(finding("negation_changed", Severity.CRITICAL, o, c, message, NAME, 0.85,
                               predicate=neg.head_lemma, negated_in=side, head=head.text if head else ""))
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
            if not are_antonyms(rep.old.norm, rep.new.norm, rep.pos):
                continue
            message = f"polarity reversed: '{rep.old.text}' became its opposite '{rep.new.text}'"
            out.append(finding("negation_changed", Severity.CRITICAL,
                               ctx.ospan(rep.old.start, rep.old.end, pair.original[0].index),
                               ctx.cspan(rep.new.start, rep.new.end, pair.copy[0].index),
                               message, NAME, 0.8, original_word=rep.old.norm, copy_word=rep.new.norm, antonyms=True))
    return out
