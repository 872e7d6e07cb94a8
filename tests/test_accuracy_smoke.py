"""Smoke test for the accuracy benchmark: its scoring, its data, and a few real comparisons.

The benchmark itself (``python benchmarks/accuracy.py``) runs over a thousand
labelled pairs; here a fixed handful of clear cases, written for this test,
goes through the real ``factdiff.compare`` so a regression in either the
pipeline or the scoring shows up in the normal suite.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from factdiff.report.model import Severity, Span

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str):
    path = ROOT / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"_bench_{name}", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


acc = _load("accuracy")
make_data = _load("make_data")


def finding(kind, severity, original=None, copy=None, confidence=1.0):
    """A stand-in finding with the attributes the scorer reads."""
    return SimpleNamespace(
        kind=kind,
        severity=severity,
        original=Span(*original, "x") if original else None,
        copy=Span(*copy, "y") if copy else None,
        confidence=confidence,
        message="",
    )


def case(label, kind_or_cat, original, copy, eo=None, ec=None, **extra):
    """A benchmark case in the JSONL schema; expectations given as substrings."""
    c = {
        "id": extra.pop("id", f"t-{kind_or_cat}"),
        "original": original,
        "copy": copy,
        "label": label,
        "kind": kind_or_cat if label == "positive" else None,
        "category": kind_or_cat,
        "expect": {"original": eo, "copy": ec},
        "spans": {
            "original": [original.index(eo), original.index(eo) + len(eo)] if eo else None,
            "copy": [copy.index(ec), copy.index(ec) + len(ec)] if ec else None,
        },
    }
    c.update(extra)
    return c


# ------------------------------------------------------------ pure scoring
def test_finding_must_overlap_the_expected_span_at_major():
    exp = {"original": (10, 14), "copy": (10, 15)}
    assert acc.finding_matches(finding("number_changed", Severity.MAJOR, (10, 14), (10, 15)), {"number_changed"}, exp)
    # wrong place on one side: not a match even if the other side overlaps
    assert not acc.finding_matches(finding("number_changed", Severity.MAJOR, (10, 14), (30, 35)), {"number_changed"}, exp)
    # below major, or of a kind not accepted: not a match
    assert not acc.finding_matches(finding("number_changed", Severity.MINOR, (10, 14), (10, 15)), {"number_changed"}, exp)
    assert not acc.finding_matches(finding("date_changed", Severity.MAJOR, (10, 14), (10, 15)), {"number_changed"}, exp)
    # a one-sided finding (dropped fact) matches on the side it has
    assert acc.finding_matches(finding("fact_missing", Severity.CRITICAL, (11, 13), None), {"fact_missing"}, exp)


def test_score_positive_accepts_documented_aliases_but_reports_exact_kind():
    c = case("positive", "name_spelling", "Minister Dana Olsen spoke.", "Minister Dana Olssen spoke.",
             "Dana Olsen", "Dana Olssen")
    alias = finding("entity_changed", Severity.MAJOR, (9, 19), (9, 20))
    scored = acc.score_positive(c, [alias])
    assert scored["found"] and not scored["exact"]
    scored = acc.score_positive(c, [finding("name_spelling", Severity.MAJOR, (9, 19), (9, 20))])
    assert scored["found"] and scored["exact"]
    assert not acc.score_positive(c, [finding("negation_changed", Severity.CRITICAL, (9, 19), (9, 20))])["found"]


def test_context_shifts_expected_spans():
    c = case("positive", "number_changed", "He saw 12 boats.", "He saw 21 boats.", "12", "21",
             context="Ana Lima spoke.")
    original, copy, offset = acc.case_texts(c)
    spans = acc.expected_spans(c, offset)
    assert original[slice(*spans["original"])] == "12"
    assert copy[slice(*spans["copy"])] == "21"


def test_false_alarms_count_only_major_fact_findings():
    found = [finding("moved", Severity.MAJOR, (0, 3), (5, 8)), finding("fact_added", Severity.MINOR, None, (0, 3)),
             finding("number_changed", Severity.MAJOR, (0, 3), (0, 3))]
    assert [f.kind for f in acc.false_alarms(found)] == ["number_changed"]


def test_wording_rank1_orders_by_severity_then_confidence():
    c = case("positive", "wording_changed", "The plant closed early.", "The vegetable closed early.",
             "plant", "vegetable")
    right = finding("wording_changed", Severity.MAJOR, (4, 9), (4, 13), confidence=0.6)
    wrong = finding("wording_changed", Severity.MAJOR, (10, 16), (14, 20), confidence=0.9)
    assert not acc.wording_rank1(c, [right, wrong])
    assert acc.wording_rank1(c, [right, finding("wording_changed", Severity.MINOR, (10, 16), (14, 20), 0.99)])
    assert not acc.wording_rank1(c, [])


def test_baselines_and_matched_threshold():
    assert acc.chrf("the same text", "the same text") == pytest.approx(1.0)
    near = acc.chrf("Police detained 25,001 people.", "Police detained 25,000 people.")
    far = acc.chrf("A storm hit the coast.", "Police detained 25,000 people.")
    assert 1.0 > near > far
    assert acc.difflib_ratio("a b c d", "a b c d") == 1.0
    assert acc.difflib_ratio("a b c d", "a b x d") == pytest.approx(0.75)
    scores = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.96, 0.97, 0.98, 0.99]
    t = acc.matched_threshold(scores, 0.2)
    assert sum(s < t for s in scores) <= 2
    assert sum(s < acc.matched_threshold(scores, 0.0) for s in scores) == 0


def test_summary_counts_recall_and_false_alarms():
    results = [
        {"id": "a", "group": "number_changed", "label": "positive", "found": True, "exact": True, "base": "verbatim", "difflib": 0.9, "chrF": 0.9},
        {"id": "b", "group": "number_changed", "label": "positive", "found": False, "exact": False, "base": "verbatim", "difflib": 0.95, "chrF": 0.95},
        {"id": "c", "group": "paraphrase", "label": "negative", "false_alarms": 1, "difflib": 0.5, "chrF": 0.6},
        {"id": "d", "group": "casing", "label": "negative", "false_alarms": 0, "difflib": 1.0, "chrF": 0.8},
    ]
    s = acc.summarise(results)
    assert s["positives"]["number_changed"]["recall"] == 0.5
    assert s["negatives"]["paraphrase"]["false_alarm_rate"] == 1.0
    assert s["negatives"]["all (without translit)"]["false_alarm_rate"] == 0.5
    numbers = next(r for r in s["targets"] if r["target"] == "changed numbers recall")
    assert numbers["met"] is False


# --------------------------------------------------------- committed data
def test_committed_data_is_valid_and_large_enough():
    sents = acc.load_jsonl(acc.SENTENCES)
    docs = acc.load_jsonl(acc.DOCUMENTS)
    assert make_data.check_sentences(sents) == []
    assert make_data.check_documents(docs) == []
    groups = {}
    for c in sents:
        groups[acc.group_of(c)] = groups.get(acc.group_of(c), 0) + 1
    assert len(sents) >= 600 and len(docs) >= 40
    for kind in ("number_changed", "qualifier_changed", "unit_changed", "date_changed", "name_spelling",
                 "entity_changed", "negation_changed", "fact_missing", "fact_added", "attribution_changed"):
        assert groups[kind] >= 30, kind
    assert groups["wording_changed"] >= 20
    for cat in ("punctuation", "casing", "tokenisation", "number_format", "conversion", "name_variant", "reorder"):
        assert groups[cat] >= 40, cat
    assert groups["paraphrase"] >= 150
    assert any(not d["changes"] for d in docs)


# ----------------------------------------------------------- real pipeline
SMOKE_POSITIVES = [
    case("positive", "number_changed", "Rescuers found 37 survivors under the rubble on Monday.",
         "Rescuers found 73 survivors under the rubble on Monday.", "37", "73"),
    case("positive", "number_changed", "The ministry said 1,250 teachers had joined the strike.",
         "The ministry said 1,520 teachers had joined the strike.", "1,250", "1,520"),
    case("positive", "date_changed", "The talks in Nairobi will resume on Wednesday, a mediator said.",
         "The talks in Nairobi will resume on Friday, a mediator said.", "Wednesday", "Friday"),
    case("positive", "date_changed", "The museum first opened its doors in 1987.",
         "The museum first opened its doors in 1978.", "1987", "1978"),
    case("positive", "negation_changed", "The mayor said the bridge would not reopen this year.",
         "The mayor said the bridge would reopen this year.", "would not reopen", "would reopen"),
    case("positive", "qualifier_changed", "Police arrested more than 400 people during the march.",
         "Police arrested 400 people during the march.", "more than 400", "400"),
    case("positive", "unit_changed", "The convoy travelled 300 km through the desert.",
         "The convoy travelled 300 miles through the desert.", "300 km", "300 miles"),
]
SMOKE_NEGATIVES = [
    case("negative", "punctuation", "Farmers in the valley lost most of their wheat, officials said.",
         "Farmers in the valley lost most of their wheat, officials said"),
    case("negative", "tokenisation", '"We will rebuild the school," the headmaster said.',
         "“We will rebuild the school,” the headmaster said."),
    case("negative", "number_format", "The fund raised 2,400,000 dollars for the clinic.",
         "The fund raised 2.4 million dollars for the clinic."),
    case("negative", "number_format", "The agency counted 1,730 new cases last week.",
         "The agency counted 1730 new cases last week."),
    case("negative", "casing", "Health Minister Rosa Delgado visited the hospital in Quito.",
         "Health minister Rosa Delgado visited the hospital in Quito."),
    case("negative", "reorder", "On Sunday, 12 climbers reached the summit of the mountain.",
         "Twelve climbers reached the summit of the mountain on Sunday."),
]


@pytest.fixture(scope="module")
def smoke_results(compare):
    cases = SMOKE_POSITIVES + SMOKE_NEGATIVES
    for i, c in enumerate(cases):
        c["id"] = f"smoke-{i:02d}"
    return {r["id"]: r for r in acc.run_sentences(cases, compare)}


def test_clear_changes_are_found(smoke_results):
    for i, c in enumerate(SMOKE_POSITIVES):
        r = smoke_results[f"smoke-{i:02d}"]
        assert "error" not in r, r
        assert r["found"], (c["original"], c["copy"], r["findings"])


def test_clear_equivalents_raise_no_major_finding(smoke_results):
    for i, c in enumerate(SMOKE_NEGATIVES, start=len(SMOKE_POSITIVES)):
        r = smoke_results[f"smoke-{i:02d}"]
        assert "error" not in r, r
        assert r["false_alarms"] == 0, (c["original"], c["copy"], r["findings"])


def test_summary_of_real_run_renders(smoke_results):
    summary = acc.summarise(list(smoke_results.values()))
    text = acc.render(summary, {"date": "today", "signature": "sig", "command": "test", "data": "smoke"})
    assert "number_changed" in text and "Targets" in text
    assert summary["positives"]["all"]["n"] == len(SMOKE_POSITIVES)
