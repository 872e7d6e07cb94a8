"""Within-document anomalies: one name listed twice in one sentence.

A list that names the same person twice with two different roles is an error
in itself; when the original has it too, the copy merely inherited it, and it
is reported once, as info, saying so.
"""

from __future__ import annotations

from collections import defaultdict

from ..report.model import Finding, Severity
from .base import CheckContext, finding, register

NAME = "anomalies.v1"


def repeated_names(doc) -> dict[str, list]:
    """Full names (two words or more) mentioned twice or more within one sentence."""
    out: dict[str, list] = {}
    for s in doc.sentences:
        seen = defaultdict(list)
        for m in s.mentions:
            if m.label == "PERSON" and len(m.key.split()) >= 2:
                seen[m.key].append(m)
        for key, ms in seen.items():
            if len(ms) > 1:
                out.setdefault(key, ms)
    return out


@register("factdiff.anomalies.v1")
def check_anomalies(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    in_o, in_c = repeated_names(ctx.original), repeated_names(ctx.copy)
    for key in sorted(set(in_o) | set(in_c)):
        o, c = in_o.get(key), in_c.get(key)
        ms = o or c
        roles = sorted({m.descriptor for m in ms if m.descriptor})
        role_text = f" with different roles ({', '.join(roles)})" if len(roles) > 1 else ""
        name = ms[0].text
        if o and c:
            message = f"'{name}' is listed twice in one sentence{role_text}; the original has it too"
            severity = Severity.INFO
        elif c:
            message = f"the copy lists '{name}' twice in one sentence{role_text}; the original does not"
            severity = Severity.MINOR
        else:
            message = f"the original lists '{name}' twice in one sentence{role_text}; the copy does not"
            severity = Severity.INFO
        ospan = ctx.ospan(o[1].start, o[1].end, o[1].sentence) if o else None
        cspan = ctx.cspan(c[1].start, c[1].end, c[1].sentence) if c else None
        out.append(finding("anomaly", severity, ospan, cspan, message, NAME, 0.7, name=name, roles=roles,
                           in_original=bool(o), in_copy=bool(c)))
    return out
