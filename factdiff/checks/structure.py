"""Sentences dropped, added or moved between the versions.

Headlines, datelines and credit lines are labelled, not compared as facts:
their changes are reported as ``info``. A dropped body sentence is ``major``
when it takes facts with it that appear nowhere else in the copy.
"""

from __future__ import annotations

from ..report.model import Finding, Severity
from .base import CheckContext, finding, register

NAME = "structure.v1"
ROLE_WORD = {"headline": "headline", "dateline": "dateline", "credits": "credits line", "body": "sentence"}


def _orphan_facts(sentence, other_text: str) -> list[str]:
    """Names and figures of a sentence that the other version never mentions."""
    from .entity_matching import present_in_text

    lost = [m.text for m in sentence.mentions if not present_in_text(m, other_text)]
    folded = other_text.replace(",", "")
    lost += [n.text for n in sentence.numbers if n.text.replace(",", "") not in folded]
    return lost


@register("factdiff.structure.v1")
def check_structure(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    for g in ctx.alignment:
        if g.original and not g.copy:
            for i in g.original:
                s = ctx.original.sentences[i]
                lost = _orphan_facts(s, ctx.copy.text) if s.is_body else []
                severity = Severity.INFO if not s.is_body else (Severity.MAJOR if lost else Severity.MINOR)
                what = ROLE_WORD.get(s.role, "sentence")
                message = f"{what} dropped from the copy" + (f"; it held {', '.join(lost[:5])}" if lost else "")
                out.append(finding("sentence_missing", severity, ctx.osent(i), None, message, NAME, 0.8, role=s.role, facts=lost))
        elif g.copy and not g.original:
            for j in g.copy:
                s = ctx.copy.sentences[j]
                new = _orphan_facts(s, ctx.original.text) if s.is_body else []
                severity = Severity.INFO if not s.is_body else Severity.MINOR
                what = ROLE_WORD.get(s.role, "sentence")
                message = f"{what} added in the copy" + (f"; it brings {', '.join(new[:5])}" if new else "")
                out.append(finding("sentence_added", severity, None, ctx.csent(j), message, NAME, 0.8, role=s.role, facts=new))
    out.extend(_moves(ctx))
    return out


def _new_place(ctx: CheckContext, copy_indices: list[int]) -> str:
    """Where a moved block now stands, named by its new neighbour in original terms."""
    after = [g for g in ctx.alignment if g.original and g.copy and not g.moved and min(g.copy) > max(copy_indices)]
    if after:
        nxt = min(after, key=lambda g: min(g.copy))
        return f"now comes before original sentence {min(nxt.original) + 1} (paragraph {ctx.original.sentences[min(nxt.original)].paragraph + 1})"
    before = [g for g in ctx.alignment if g.original and g.copy and not g.moved and max(g.copy) < min(copy_indices)]
    if before:
        prev = max(before, key=lambda g: max(g.copy))
        return f"now comes after original sentence {max(prev.original) + 1} (paragraph {ctx.original.sentences[max(prev.original)].paragraph + 1})"
    return "stands elsewhere in the copy"


def _moves(ctx: CheckContext) -> list[Finding]:
    """One finding per run of consecutive moved groups (a moved paragraph, typically)."""
    runs: list[list] = []
    for g in ctx.alignment:
        if not (g.original and g.copy):
            continue
        if g.moved and runs and runs[-1][-1].moved and max(runs[-1][-1].original) + 1 == min(g.original):
            runs[-1].append(g)  # the next sentence of the same moved passage
        else:
            runs.append([g])
    out = []
    for run in runs:
        if not run[0].moved:
            continue
        oi = sorted(i for g in run for i in g.original)
        ci = sorted(j for g in run for j in g.copy)
        o0, o1 = ctx.original.sentences[oi[0]], ctx.original.sentences[oi[-1]]
        c0, c1 = ctx.copy.sentences[ci[0]], ctx.copy.sentences[ci[-1]]
        n = len(oi)
        what = f"original sentence{'s' if n > 1 else ''} {oi[0] + 1}{f'-{oi[-1] + 1}' if n > 1 else ''}"
        message = f"moved: {what} (paragraph {o0.paragraph + 1}) {_new_place(ctx, ci)}"
        out.append(
            finding(
                "moved", Severity.INFO, ctx.ospan(o0.start, o1.end, oi[0]), ctx.cspan(c0.start, c1.end, ci[0]),
                message, NAME, 0.9, original_sentences=oi, copy_sentences=ci,
            )
        )
    return out
