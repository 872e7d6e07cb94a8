"""One loss, one finding: drop findings that a more specific one already covers.

When two checks quote overlapping text on the same side (the entity check and
the attribution check both see "BelTA" go), the more specific kind wins; ties
go to the higher severity.
"""

from __future__ import annotations

from ..report.model import Finding

# lower number = more specific; a finding is dropped when a more specific one covers its span
SPECIFICITY = {
    "negation_changed": 0,
    "number_changed": 0,
    "qualifier_changed": 0,
    "unit_changed": 0,
    "date_changed": 0,
    "name_spelling": 0,
    "quote_changed": 0,  # its spans are the speakers: it says more than the entity/attribution change there
    "entity_changed": 1,
    "attribution_changed": 1,
    "fact_missing": 2,
    "fact_added": 2,
    "wording_changed": 3,
    "content_missing": 3,  # words of a stretch: a name, figure or attribution lost there says more
}
FACT_KINDS = set(SPECIFICITY)


def _overlaps(a, b) -> bool:
    return a is not None and b is not None and a.start < b.end and b.start < a.end


def _covers(winner: Finding, loser: Finding) -> bool:
    if winner is loser or winner.kind not in FACT_KINDS or loser.kind not in FACT_KINDS:
        return False
    same_side = (
        (loser.original is not None and _overlaps(winner.original, loser.original))
        or (loser.copy is not None and _overlaps(winner.copy, loser.copy))
    )
    if not same_side:
        return False
    if winner.kind == loser.kind:
        return (winner.severity, winner.confidence) > (loser.severity, loser.confidence)
    rank_w, rank_l = SPECIFICITY[winner.kind], SPECIFICITY[loser.kind]
    if loser.kind in {"fact_missing", "fact_added"} and winner.kind in {"fact_missing", "fact_added"}:
        # an attribution or figure going covers the name inside it
        return winner.details.get("fact") == "attribution" and loser.details.get("fact") != "attribution"
    if rank_w < rank_l:
        return True
    # a name changed inside a source ("police in Lagos" / "police in Abuja"): one change; the
    # attribution finding quotes the whole source, so it says whose word the story now cites
    return (
        winner.kind == "attribution_changed"
        and loser.kind == "entity_changed"
        and winner.severity >= loser.severity
        and _inside(loser.original, winner.original)
        and _inside(loser.copy, winner.copy)
    )


def _inside(inner, outer) -> bool:
    return inner is not None and outer is not None and outer.start <= inner.start and inner.end <= outer.end


def dedupe(findings: list[Finding]) -> list[Finding]:
    """Keep the findings no more specific finding covers (stable; of exact duplicates, the
    more severe one, in the place of the first)."""
    best: dict[tuple, Finding] = {}
    for f in findings:
        sig = (f.kind, f.original and (f.original.start, f.original.end), f.copy and (f.copy.start, f.copy.end))
        kept = best.get(sig)
        if kept is None or (f.severity, f.confidence) > (kept.severity, kept.confidence):
            best[sig] = f
    unique = list(best.values())
    return [f for f in unique if not any(_covers(w, f) for w in unique)]
