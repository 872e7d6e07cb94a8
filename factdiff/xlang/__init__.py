"""Cross-language comparison: a copy in another language than its original (or two copies in
the same non-English language), checked on the facts that survive translation.

``factdiff.api.compare_parsed`` routes here when the two sides' languages differ or are
the same non-English language. Languages, sentence splitting and fact extraction come from
``factdiff.lang``; this package aligns the sentences (:mod:`.align`) and checks the facts
(:mod:`.checks`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..facts.model import ParsedDocument
from ..report.model import AlignedGroup, Finding
from ..settings import Settings
from .align import Unit, align_units
from .checks import XLANG_CHECKS, XContext, run_xchecks
from .side import Side, build_side

#: Said once in every cross-language report.
NOTE = "cross-language: wording, negation and mistranslation not compared"


@dataclass
class CrossResult:
    original: ParsedDocument
    copy: ParsedDocument
    alignment: list[AlignedGroup]
    findings: list[Finding]
    stats: dict[str, Any]


def compare_cross(
    original: ParsedDocument,
    copy: ParsedDocument,
    languages: tuple[str, str],
    scripts: tuple[str, str] = ("Latin", "Latin"),
    settings: Settings | None = None,
    english_parse: tuple[bool, bool] = (True, True),
) -> CrossResult:
    """Align and check two documents in different languages (or one non-English language).

    ``english_parse``: whether each document went through the English pipeline (then its
    sentences and named entities are used when that side is English)."""
    settings = settings or Settings()
    o = build_side(original, languages[0], scripts[0], english_parse[0])
    c = build_side(copy, languages[1], scripts[1], english_parse[1])
    for foreign, english in ((o, c), (c, o)):
        if english.english and not foreign.english:
            anchor_names(foreign, english)
    alignment = align_units(o.units(), c.units())
    ctx = XContext(o, c, alignment, settings)
    findings = run_xchecks(ctx)
    uncompared = sorted(set(_kinds(o)) ^ set(_kinds(c)))
    stats: dict[str, Any] = {
        "original_sentences": len(o.doc.sentences),
        "copy_sentences": len(c.doc.sentences),
        "aligned_share": round(_share(alignment, len(o.doc.sentences)), 3),
        "note": NOTE,
    }
    if not (o.first_class and c.first_class):
        weak = [s.language for s in (o, c) if not s.first_class]
        stats["not_compared"] = (
            f"no full profile for {', '.join(weak)}: only digits, percentages and Latin-script names compared"
        )
    if uncompared:
        stats["kinds_one_side"] = uncompared
    return CrossResult(o.doc, c.doc, alignment, findings, stats)


def anchor_names(foreign: Side, english: Side) -> None:
    """The foreign side's names found again with the English side's names as anchors
    (``LanguageProfile.anchored_names``): "Trump" in German, where every noun is capitalised,
    or a name that opens its sentence."""
    fn = getattr(foreign.profile, "anchored_names", None)
    if fn is None:
        return
    keys = sorted({f.key for facts in english.facts for f in facts if f.kind == "name" and f.key})
    if not keys:
        return
    text = foreign.doc.text
    for k, s in enumerate(foreign.doc.sentences):
        names = fn(text, keys, s.start, s.end)
        foreign.facts[k] = sorted([f for f in foreign.facts[k] if f.kind != "name"] + list(names),
                                  key=lambda f: f.start)


def _kinds(side: Side) -> tuple[str, ...]:
    compares = getattr(side.profile, "compares", None)
    return tuple(compares()) if callable(compares) else ()


def _share(alignment: list[AlignedGroup], n: int) -> float:
    if not n:
        return 1.0
    return sum(len(g.original) for g in alignment if g.original and g.copy) / n


__all__ = ["NOTE", "XLANG_CHECKS", "CrossResult", "Unit", "XContext", "align_units", "compare_cross"]
