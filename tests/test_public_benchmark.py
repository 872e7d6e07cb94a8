"""benchmarks/public.py scores as the data sets' README defines, on tiny sets written here."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "public.py"


def _load():
    spec = importlib.util.spec_from_file_location("factdiff_public_benchmark", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


pub = _load()


def test_word_diff_marks_the_changed_tokens_and_insertion_points():
    ra, rb = pub.word_diff("The mayor of Lyon resigned.", "The mayor of Lille resigned today.")
    a, b = "The mayor of Lyon resigned.", "The mayor of Lille resigned today."
    assert [a[s:e] for s, e in ra] == ["Lyon", ""] and [b[s:e] for s, e in rb] == ["Lille", "today"]


def test_overlap_treats_an_empty_span_as_a_point():
    assert pub.overlaps((4, 4), (2, 6)) and pub.overlaps((2, 6), (6, 6)) and not pub.overlaps((0, 2), (3, 5))


def test_digit_numbers_strip_thousands_separators_only():
    assert [n for n, _ in pub.digit_numbers("1,403 and 1.403 and 1 403 but 2.5")] == ["1403", "1403", "1403", "2.5"]


def test_baseline_flags_changed_digits_and_one_sided_names():
    base = pub.Baseline(entities=False)
    assert base.compare("Rain fell for 3 days.", "Rain fell for 4 days.").flagged
    assert not base.compare("Rain fell for 3 days.", "For 3 days rain fell.").flagged


def test_placed_uses_the_copy_span_midpoint_first():
    f = {"original": [0, 4, "x"], "copy": [12, 16, "y"]}
    assert pub.placed(f, [[0, 10], [11, 20]], [[0, 10], [11, 20]]) == ("copy", 1)
    assert pub.placed({"original": [12, 14, "x"], "copy": None}, [[0, 10], [11, 20]], [[0, 5]]) == ("original", 1)


def _write(folder: Path, name: str, rows: list[dict]) -> None:
    (folder / name).write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def tiny_sets(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("public")
    _write(d, "demetr-pairs.dev.jsonl", [
        {"group": "critical_id10_numbers_replaced", "label": "FLAG", "original": "The ferry carried 212 passengers.",
         "copy": "The ferry carried 221 passengers.", "meta": {"id": 1}},
        {"group": "minor_id1_repeat2", "label": "QUIET", "original": "The ferry left from Bergen.",
         "copy": "The ferry left from Bergen Bergen.", "meta": {"id": 2}},
        {"group": "control:paraphrase", "label": None, "original": "The ferry left Bergen at dawn.",
         "copy": "At dawn the ferry left Bergen.", "meta": {"id": 3, "same_facts": True}},
    ])
    _write(d, "mqm-zhen-pairs.dev.jsonl", [
        {"group": "positive:Mistranslation", "label": "FLAG", "original": "Exports rose 4% in May.",
         "copy": "Exports fell 4% in May.", "meta": {"copy_spans": [[8, 12]]}},
        {"group": "positive:Omission", "label": "FLAG", "original": "Exports rose 4% in May.",
         "copy": "Exports rose.", "meta": {"copy_spans": []}},
    ])
    return d


def test_a_run_prints_every_group_with_factdiff_beside_the_baseline(tiny_sets, capsys):
    out_json = tiny_sets / "out.json"
    assert pub.main(["--data", str(tiny_sets), "--set", "demetr-pairs", "--set", "mqm-zhen-pairs", "--jobs", "1",
                     "--json", str(out_json), "--quiet"]) == 0
    text = capsys.readouterr().out
    rows = {(r["set"], r["name"], r["metric"]): r for r in json.loads(out_json.read_text())["rows"]}
    assert rows[("demetr-pairs", "critical_id10_numbers_replaced", "recall")]["factdiff"] == 100.0
    assert rows[("demetr-pairs", "critical_id10_numbers_replaced", "recall")]["baseline"] == 100.0
    assert rows[("demetr-pairs", "minor_id1_repeat2", "false alarms")]["factdiff"] == 0.0
    assert rows[("demetr-pairs", "control:paraphrase (same facts)", "false alarms")]["n"] == 1
    # located counts the items whose changed text is known: the omission has no rater span
    assert rows[("mqm-zhen-pairs", "positive (all)", "located")]["n"] == 1
    assert rows[("mqm-zhen-pairs", "positive (all)", "recall")]["n"] == 2
    assert "signature: factdiff:" in text and "summary: issue 10:" in text


def test_missing_data_folder_is_a_clear_error(tmp_path, capsys):
    assert pub.main(["--data", str(tmp_path / "nowhere")]) == 2
    assert "no data folder" in capsys.readouterr().err
