"""Names spelled differently, and names replaced by other names.

Uses the document-wide entity matching (``CheckContext.entities``): a name is
compared with every mention in the copy, not only the aligned sentence, and the
copy's consistency is reported ("spelled 'X' in 1 of 3 mentions").
"""

from __future__ import annotations

from ..report.model import Finding, Severity
from .base import CheckContext, finding, register

NAME = "names.v1"


@register("factdiff.names.v1")
def check_names(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    for fate in ctx.entities.fates:
        if fate.status not in {"spelled", "changed"}:
            continue
        cand = fate.counterpart[0]
        # quote the original mention that sits in the sentence aligned with the counterpart
        partners = set(ctx.partner_of_copy(cand.sentence))
        orig = next((m for m in fate.mentions if m.sentence in partners), fate.fullest)
        total = sum(1 for s in ctx.copy.sentences for m in s.mentions if m.canonical == cand.canonical)
        consistency = f"the copy spells it this way in {len(fate.counterpart)} of {max(total, len(fate.counterpart))} mention(s)"
        details = dict(
            original_name=orig.text, copy_name=cand.text, label=fate.label,
            similarity=round(fate.similarity, 3), variant=fate.variant,
            copy_mentions=len(fate.counterpart), original_mentions=len(fate.mentions),
        )
        if fate.status == "spelled":
            severity = Severity.MINOR if fate.variant == "translit" else Severity.MAJOR
            kind_word = "a transliteration variant" if fate.variant == "translit" else "misspelled"
            message = f"'{orig.text}' is {kind_word} in the copy as '{cand.text}'; {consistency}"
            out.append(finding("name_spelling", severity, ctx.ospan(orig.start, orig.end, orig.sentence),
                               ctx.cspan(cand.start, cand.end, cand.sentence), message, NAME,
                               0.9 if fate.variant == "typo" else 0.7, **details))
        else:
            why = " (a different gendered form: likely another person)" if fate.variant == "gendered" else ""
            message = f"'{orig.text}' became '{cand.text}' in the copy{why}"
            out.append(finding("entity_changed", Severity.MAJOR, ctx.ospan(orig.start, orig.end, orig.sentence),
                               ctx.cspan(cand.start, cand.end, cand.sentence), message, NAME, 0.75, **details))
    return out
