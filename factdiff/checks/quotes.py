"""Direct quotes: given to another speaker, or turned into an unattributed claim."""

from __future__ import annotations

from rapidfuzz import fuzz

from ..facts.keys import fold
from ..report.model import Finding, Severity
from .base import CheckContext, finding, register
from .entity_matching import equivalent

NAME = "quotes.v1"
SAME_QUOTE = 55.0  # token-set similarity of two renderings of one quote
UNQUOTED = 75.0  # partial similarity of a quote to a sentence that lost its marks


@register("factdiff.quotes.v1")
def check_quotes(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    o_quotes = [q for s in ctx.original.sentences for q in s.quotes]
    c_quotes = [q for s in ctx.copy.sentences for q in s.quotes]
    for q in o_quotes:
        best = max(c_quotes, key=lambda c: fuzz.token_set_ratio(fold(q.text), fold(c.text)), default=None)
        score = fuzz.token_set_ratio(fold(q.text), fold(best.text)) if best else 0.0
        if best is not None and score >= SAME_QUOTE:
            if (
                q.speaker_key and best.speaker_key
                and not q.speaker_is_pronoun and not best.speaker_is_pronoun
                and not equivalent(q.speaker_key, best.speaker_key)
            ):
                out.append(finding("quote_changed", Severity.MAJOR, ctx.ospan(q.start, q.end, q.sentence),
                                   ctx.cspan(best.start, best.end, best.sentence),
                                   f"quote attributed to '{q.speaker_key}' in the original, to '{best.speaker_key}' in the copy",
                                   NAME, 0.8, original_speaker=q.speaker_key, copy_speaker=best.speaker_key))
            continue
        partners = ctx.partner_of_original(q.sentence)
        for j in partners:
            s = ctx.copy.sentences[j]
            if fuzz.partial_ratio(fold(q.text), fold(s.text)) >= UNQUOTED and not s.quotes:
                if not s.attributions:
                    out.append(finding("quote_changed", Severity.MINOR, ctx.ospan(q.start, q.end, q.sentence),
                                       ctx.csent(j), "a direct quote lost its quotation marks and attribution in the copy",
                                       NAME, 0.6, original_speaker=q.speaker_key))
                break
    return out
