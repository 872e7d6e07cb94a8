"""The bundled example (data/): the first real case every change must keep working on."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from helpers import assert_spans_exact, has, serious

FACT_KINDS = {
    "number_changed", "qualifier_changed", "unit_changed", "date_changed", "name_spelling",
    "entity_changed", "fact_missing", "fact_added", "negation_changed",
}
UNCHANGED = [
    "1994", "sixth", "2020", "25,000", "May", "254", "92", "63", "60", "2022", "Tuesday", "Lukashenko",
    "Putin", "Tikhanouskaya", "Kostusyov", "Kuchinsky", "Slutsky", "Vyasna", "Radio Liberty", "Minsk",
    "Lithuania", "Poland", "World War",
]


def test_verdict_and_alignment(seed_report):
    assert seed_report.verdict == "copy"
    assert seed_report.stats["aligned_share"] >= 0.9
    assert any(g.moved for g in seed_report.alignment)


def test_name_spelling(seed_report):
    assert has(seed_report, "name_spelling", "major", ["Lutskina"], ["Lutsina"])


def test_mistranslation_state_to_bank(seed_report):
    assert has(seed_report, {"wording_changed", "entity_changed"}, "major", ["state"], ["bank"])


def test_qualifier_about(seed_report):
    assert has(seed_report, "qualifier_changed", "major", ["1,403"], ["about 1,403"])


def test_attribution_dropped(seed_report):
    assert has(seed_report, "fact_missing", "major", ["according to", "BelTA"])


def test_paragraphs_moved(seed_report):
    moved = [f for f in seed_report.findings if f.kind == "moved"]
    assert moved and all(f.severity.label == "info" for f in moved)
    assert any("Lithuania" in f.original.text or "Putin assured" in f.original.text for f in moved)


def test_headline_dateline_credits(seed_report):
    assert has(seed_report, "sentence_added", "info", copy=["JAKARTA"])
    assert has(seed_report, "sentence_added", "info", copy=["Ready To Release"])
    credits = [f for f in seed_report.findings if f.original and "Reporting by" in f.original.text]
    assert credits and credits[0].kind in {"sentence_missing", "fact_missing"}
    assert credits[0].severity.label in {"info", "minor"}


def test_wording_shades(seed_report):
    assert has(seed_report, "wording_changed", "minor", ["detainees"], ["prisoners"])
    assert has(seed_report, "wording_changed", "minor", ["invaders"], ["colonialists"])


def test_repeated_name_reported_once_as_info(seed_report):
    anomalies = [f for f in seed_report.findings if f.kind == "anomaly"]
    assert len(anomalies) == 1
    assert anomalies[0].severity.label == "info" and "original has it too" in anomalies[0].message


@pytest.mark.parametrize("word", UNCHANGED)
def test_no_serious_finding_on_unchanged_fact(seed_report, word):
    for f in serious(seed_report):
        if f.kind not in FACT_KINDS:
            continue
        quoted = (f.original.text if f.original else "") + " | " + (f.copy.text if f.copy else "")
        if any(changed in quoted for changed in ("1,403", "BelTA", "Lutskina")):
            continue
        assert word not in quoted, f


def test_spans_are_exact(seed_report):
    assert_spans_exact(seed_report)


def test_cli_json_and_exit_codes(seed_paths, tmp_path):
    cmd = [sys.executable, "-m", "factdiff", "compare", str(seed_paths[0]), str(seed_paths[1]), "--format", "json"]
    done = subprocess.run([*cmd, "--fail-on", "major"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert report["schema"] == "factdiff/1"
    kinds = {f["kind"] for f in report["findings"]}
    assert {"name_spelling", "qualifier_changed", "fact_missing", "moved", "sentence_added"} <= kinds
    assert report["summary"]["major"] >= 4
    done = subprocess.run([*cmd, "--fail-on", "critical"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
