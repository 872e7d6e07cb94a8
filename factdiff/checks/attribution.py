"""Attributions: "according to X", "X said", "citing X" — dropped, changed or added.

Who said something is a fact of its own: an attribution dropped turns a claim
into the outlet's own; one changed puts words in another mouth.
"""

from __future__ import annotations

from ..facts.keys import squash
from ..report.model import Finding, Severity
from .base import CheckContext, finding, register
from .entity_matching import equivalent

NAME = "attribution.v1"


def _same_source(a, b) -> bool:
    if a.source_is_pronoun or b.source_is_pronoun:
        return True
    return a.source_key == b.source_key or equivalent(a.source_key, b.source_key)


def _named(a) -> bool:
    return not a.source_is_pronoun and any(ch.isupper() for ch in a.source)


def _mentioned(key: str, sentences) -> bool:
    text = " " + " ".join(squash(s.text) for s in sentences) + " "
    return any(f" {w} " in text for w in key.split() if len(w) > 2)


@register("factdiff.attribution.v1")
def check_attribution(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    for pair in ctx.pairs():
        o_attr = [a for s in pair.original for a in s.attributions]
        c_attr = [a for s in pair.copy for a in s.attributions]
        free_c = list(c_attr)
        left_o = []
        for a in sorted(o_attr, key=lambda a: a.source_is_pronoun):
            match = next((b for b in free_c if _same_source(a, b) and not (a.source_is_pronoun and not b.source_is_pronoun and _named(b) and False)), None)
            if match is not None:
                free_c.remove(match)
            else:
                left_o.append(a)
        for a in left_o:
            if a.source_is_pronoun or _mentioned(a.source_key, pair.copy):
                continue
            other = next((b for b in free_c if _named(b) and not _mentioned(b.source_key, pair.original)), None)
            if other is not None:
                free_c.remove(other)
                out.append(finding("attribution_changed", Severity.MAJOR, ctx.ospan(a.start, a.end, a.sentence),
                                   ctx.cspan(other.start, other.end, other.sentence),
                                   f"attributed to '{a.source}' in the original but to '{other.source}' in the copy",
                                   NAME, 0.8, fact="attribution", original_source=a.source, copy_source=other.source))
                continue
            severity = Severity.MAJOR if _named(a) or a.cue == "according to" else Severity.MINOR
            out.append(finding("fact_missing", severity, ctx.ospan(a.start, a.end, a.sentence), None,
                               f"attribution dropped: '{ctx.original.text[a.start:a.end]}' has no counterpart in the copy",
                               NAME, 0.85, fact="attribution", source=a.source, cue=a.cue))
        for b in free_c:
            if not _named(b) or _mentioned(b.source_key, pair.original):
                continue
            out.append(finding("fact_added", Severity.MINOR, None, ctx.cspan(b.start, b.end, b.sentence),
                               f"attribution added: '{ctx.copy.text[b.start:b.end]}' is not in the original",
                               NAME, 0.7, fact="attribution", source=b.source, cue=b.cue))
    return out
