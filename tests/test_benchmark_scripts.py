"""The performance benchmark keeps working: its helpers, and a whole ``--quick`` run."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "performance.py"


def _load():
    spec = importlib.util.spec_from_file_location("factdiff_performance_benchmark", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


perf = _load()


def _body_sentences(text: str) -> int:
    body = text.split("\n\n", 1)[1]  # after the headline
    return len(re.findall(r"[.]\"?(?=\s|$)", body))


@pytest.mark.parametrize("n", [1, 7, 60])
def test_generated_original_has_the_requested_sentences(n):
    original, _ = perf.make_pair(n, seed=n)
    assert _body_sentences(original) == n


def test_generated_pair_is_seeded_and_drifts():
    a = perf.make_pair(200, seed=5)
    assert perf.make_pair(200, seed=5) == a
    assert perf.make_pair(200, seed=6) != a
    original, copy = a
    assert original != copy
    # a drifted copy, not an unrelated text: most sentences survive word for word
    o_sents = set(re.split(r"(?<=[.])\s+", original))
    c_sents = set(re.split(r"(?<=[.])\s+", copy))
    assert 0.5 < len(o_sents & c_sents) / len(o_sents) < 0.98


def test_drifted_copies_are_distinct_variants():
    text = perf.COPY.read_text(encoding="utf-8")
    copies = list(perf.drifted_copies(text, 12, seed=3))
    assert len(copies) == 12
    assert len(set(copies)) == 12
    assert all(c != text and abs(len(c) - len(text)) < len(text) // 2 for c in copies)


def test_percentiles():
    assert perf.percentile([3.0], 95) == 3.0
    assert perf.percentile([1.0, 2.0, 3.0, 4.0, 5.0], 50) == 3.0
    assert perf.percentile([1.0, 2.0, 3.0, 4.0, 5.0], 95) == pytest.approx(4.8)


def test_target_verdicts():
    assert perf.Target("t", 1.1, 1.2, "<=").passed is True
    assert perf.Target("t", 1.3, 1.2, "<=").passed is False
    assert perf.Target("t", 0.5, 0.5, "<").passed is False
    assert perf.Target("t", 1.8, 1.7, ">=").passed is True
    assert perf.Target("t", None, 1.7, ">=").passed is None
    assert "FAIL" in perf.Target("x", 2.0, 1.2, "<=", "x").line()


def test_interleaving_alternates_who_goes_first():
    calls = []
    perf.interleaved(lambda: calls.append("a") or 1.0, lambda: calls.append("b") or 2.0, 4)
    assert calls == ["a", "b", "b", "a", "a", "b", "b", "a"]


def test_importtime_parsing_keeps_top_level_heaviest_first():
    stderr = "\n".join(
        [
            "import time: self [us] | cumulative | imported package",
            "import time:       100 |        100 |   encodings.aliases",
            "import time:       300 |     900000 | spacy",
            "import time:       200 |        500 |     spacy.util",
            "import time:        50 |       2000 | typer",
        ]
    )
    rows = perf.importtime_top(stderr)
    assert [r[0] for r in rows] == ["spacy", "typer", "encodings.aliases"]
    assert rows[0][1] == pytest.approx(0.9)


def test_probes_time_the_named_function_and_restore_it():
    import factdiff.facts.extract as extract

    before = extract.segment
    with perf.Instrumented() as inst:
        assert extract.segment is not before
        import factdiff

        factdiff.compare(
            "Anna Becker said 40 people came on Monday.",
            "Anna Becker said 45 people came on Monday.",
        )
        rows = {r["stage"]: r for r in inst.rows(1.0, 1)}
    assert extract.segment is before
    assert rows["ingest.segment"]["calls"] == 2
    assert rows["spaCy nlp.pipe"]["seconds"] > 0
    assert any(stage.startswith("check:factdiff.numbers") for stage in rows)
    # the backbone must stay probed; helpers renamed in factdiff are only listed as "not probed"
    backbone = {
        "ingest.segment",
        "extract.build_document",
        "align",
        "checks.run_checks",
        "api._report (report model)",
    }
    assert backbone <= set(rows)
    assert all(name.startswith("factdiff.") for name in inst.missing)


@pytest.mark.slow
def test_quick_run_writes_every_section(tmp_path):
    out = tmp_path / "perf.json"
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), "--quick", "--json", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,  # a few minutes on an idle machine; far more on a shared, loaded one
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "== summary" in proc.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["quick"] is True
    assert data["meta"]["nproc"] >= 1 and data["meta"]["spacy"]
    assert set(data["sections"]) == set("abcdefghsx")
    cross = data["sections"]["x"]
    assert cross.get("skipped") or (cross["ratio"] > 0 and cross["id"]["mode"] == "cross-language"
                                    and cross["id"]["languages"] == ["en", "id"])
    assert (
        data["sections"]["a"]["compare_median_s"] > 0 and data["sections"]["a"]["bare_median_s"] > 0
    )
    assert data["sections"]["b"]["median_s"]["help"] > 0
    assert [r["sentences"] for r in data["sections"]["d"]["rows"]] == list(perf.QUICK_SCALE_SIZES)
    assert all(r["rss_peak_mb"] > 0 for r in data["sections"]["d"]["rows"])
    stages = {r["stage"] for r in data["sections"]["s"]["bundled"]["rows"]}
    assert {"spaCy nlp.pipe", "align", "checks.run_checks"} <= stages
    for key in "ce":
        sec = data["sections"][key]
        assert sec.get("skipped") or sec.get("seconds"), sec
    serve = data["sections"]["h"]
    assert serve.get("skipped") or (serve["inprocess_median_s"] > 0 and set(serve["requests_per_s"]) == {"1", "2"})
    assert data["sections"]["g"].get("skipped") or data["sections"]["g"]["paragraphs_distinct"] > 0
    assert data["sections"]["f"].get("skipped") or data["sections"]["f"]["feed_rows"] == 10
    names = [t["name"] for t in data["targets"]]
    assert any("warm compare" in n for n in names) and any("--help" in n for n in names)
    for t in data["targets"]:
        assert isinstance(t["value"], float) and t["value"] > 0
        assert t["passed"] in (True, False)
        assert f"[{'PASS' if t['passed'] else 'FAIL'}] {t['name']}" in proc.stdout


def test_cross_language_section_measures_both_bundled_copies(capsys):
    res = perf.Results()
    perf.section_x(res, 1)
    sec = res.sections["x"]
    assert {sec["id"]["mode"], sec["es"]["mode"]} == {"cross-language"}
    assert sec["ratio"] == max(sec["id"]["ratio"], sec["es"]["ratio"]) > 0
    assert [t.name for t in res.targets] == ["cross-language compare / (English parse + tokenisation)"]
    assert "en -> id" in capsys.readouterr().out
