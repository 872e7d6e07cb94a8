"""Named entities with no counterpart anywhere in the other version.

An entity in a sentence the copy dropped as a whole is left to the structure
check (the dropped sentence carries it), so one loss is reported once.
"""

from __future__ import annotations

from ..report.model import Finding, Severity
from .base import CheckContext, finding, register

NAME = "missing.v1"
MINOR_LABELS = {"NORP", "LANGUAGE"}


@register("factdiff.missing.v1")
def check_missing(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    for fate in ctx.entities.fates:
        if fate.status != "missing":
            continue
        aligned = [m for m in fate.mentions if ctx.partner_of_original(m.sentence)]
        if not aligned:
            continue
        m = aligned[0]
        title = all(x.in_title for x in fate.mentions)
        severity = Severity.MINOR if title or fate.label in MINOR_LABELS else Severity.MAJOR
        what = "part of a title or description" if title else fate.label
        message = f"'{m.text}' ({what}) is not in the copy"
        out.append(finding("fact_missing", severity, ctx.ospan(m.start, m.end, m.sentence), None, message,
                           NAME, 0.8, fact="entity", label=fate.label, name=m.text, mentions=len(fate.mentions)))
    for _key, mentions in ctx.entities.added.items():
        aligned = [m for m in mentions if ctx.partner_of_copy(m.sentence)]
        if not aligned:
            continue
        m = aligned[0]
        severity = Severity.MAJOR if m.label == "PERSON" and not m.in_title else Severity.MINOR
        message = f"'{m.text}' ({m.label}) appears only in the copy"
        out.append(finding("fact_added", severity, None, ctx.cspan(m.start, m.end, m.sentence), message,
                           NAME, 0.7, fact="entity", label=m.label, name=m.text))
    return out
