"""Names spelled differently, and names replaced by other names.

Uses the document-wide entity matching (``CheckContext.entities``): a name is
compared with every mention in the copy, not only the aligned sentence, and the
copy's consistency is reported: a name misspelled in 1 of 3 mentions is a slip
(the copy also has it right), one spelled the same wrong way everywhere is the
copy's spelling of it.
"""

from __future__ import annotations

from ..report.model import Finding, Severity
from .base import CheckContext, finding, register

NAME = "names.v1"
# why a name replaced by another is the same government (variants set by the entity matching)
GOVERNMENT = {
    "capital": "capital used for its country: the same government named another way",
    "seat": "seat of government used for its country: the same government named another way",
}


def _consistency(wrong: int, right: int, orig: str, cand: str) -> tuple[str, bool]:
    """How the copy spells the name across its mentions, and whether it does so consistently."""
    total = wrong + right
    if right == 0:
        return (f"the copy spells it '{cand}' in all {wrong} mentions" if wrong > 1 else "the copy's only mention of it"), True
    return f"'{cand}' in {wrong} of {total} mentions; the copy's other mentions spell it '{orig}'", False


@register("factdiff.names.v1")
def check_names(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    for fate in ctx.entities.fates:
        if fate.status not in {"spelled", "changed"} or not fate.counterpart:
            continue
        by_spelling: dict[str, list] = {}  # one finding per way the copy spells it ("Okafro", "Tamara Okafro")
        for c in fate.counterpart:
            by_spelling.setdefault(c.canonical or c.key, []).append(c)
        for group in by_spelling.values():
            cand = group[0]
            # quote the original mention that sits in the sentence aligned with the counterpart
            partners = set(ctx.partner_of_copy(cand.sentence))
            orig = next((m for m in fate.mentions if m.sentence in partners), fate.fullest)
            wrong = len(group)
            consistency, consistent = _consistency(wrong, fate.correct, orig.text, cand.text)
            details = dict(
                original_name=orig.text, copy_name=cand.text, label=fate.label,
                similarity=round(fate.similarity, 3), variant=fate.variant,
                copy_mentions=wrong, copy_mentions_total=wrong + fate.correct, consistent=consistent,
                original_mentions=len(fate.mentions), copy_spans=[[c.start, c.end] for c in group],
            )
            ospan = ctx.ospan(orig.start, orig.end, orig.sentence)
            cspan = ctx.cspan(cand.start, cand.end, cand.sentence)
            if fate.status == "spelled":
                translit = fate.variant == "translit"
                severity = Severity.MINOR if translit else Severity.MAJOR
                kind_word = "spelled by another transliteration" if translit else "misspelled"
                message = f"'{orig.text}' is {kind_word} in the copy as '{cand.text}' ({consistency})"
                out.append(finding("name_spelling", severity, ospan, cspan, message, NAME,
                                   0.7 if translit else 0.9 if not consistent else 0.85, **details))
                continue
            if fate.variant in GOVERNMENT:
                # the same government named by its capital, seat or country: wording, not a changed fact
                message = f"'{orig.text}' became '{cand.text}' in the copy ({GOVERNMENT[fate.variant]})"
                out.append(finding("entity_changed", Severity.MINOR, ospan, cspan, message, NAME, 0.6, **details))
                continue
            if fate.variant == "gendered":
                why = " (a different gendered form: likely another person)"
            elif fate.variant == "swap":
                why = " (a name the original uses for something else)"
            elif fate.variant == "part":
                why = " (only a part of the name is left)"
            else:
                why = ""
            message = f"'{orig.text}' became '{cand.text}' in the copy{why}"
            confidence = 0.8 if fate.variant in {"gendered", "swap"} else 0.75
            out.append(finding("entity_changed", Severity.MAJOR, ospan, cspan, message, NAME, confidence, **details))
    return out
