"""A pronoun that now points at someone else: "he said" / "she said".

Translation from languages whose pronouns carry no gender (Chinese, Turkish, Finnish,
Indonesian...) and hasty rewriting both flip "he" and "she", which silently gives a
statement or an act to another person. Read only where the aligned pair's token diff
swaps one personal pronoun for one of the other gender in place (the same position in
otherwise matching text), so a rewritten sentence that mentions other people differently
is not read as a swap.
"""

from __future__ import annotations

from ..report.model import Finding, Severity
from .base import CheckContext, finding, register
from .tokendiff import token_diff

NAME = "pronouns.v1"
GENDER = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}


def _sentence_of(sentences, tok) -> int | None:
    return next((s.index for s in sentences if s.start <= tok.start < s.end), None)


@register("factdiff.pronouns.v1")
def check_pronouns(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    for pair in ctx.pairs():
        diff = token_diff(ctx, pair)
        for tag, i1, i2, j1, j2 in diff.opcodes:
            if tag != "replace" or i2 - i1 != 1 or j2 - j1 != 1:
                continue
            a, b = diff.otoks[i1], diff.ctoks[j1]
            ga, gb = GENDER.get(a.text.lower()), GENDER.get(b.text.lower())
            if ga is None or gb is None or ga == gb:
                continue
            message = f"pronoun changed: '{a.text}' became '{b.text}' (another person)"
            out.append(finding("entity_changed", Severity.MAJOR, ctx.ospan(a.start, a.end, _sentence_of(pair.original, a)),
                               ctx.cspan(b.start, b.end, _sentence_of(pair.copy, b)), message, NAME, 0.8,
                               fact="pronoun", original_gender=ga, copy_gender=gb))
    return out
