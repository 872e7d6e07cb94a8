"""factdiff.batch: manifests, planning, parse-once, parallel equality, error rows, summary.

The texts are written here (a short local-news story and copies with known
changes); the CLI, resume-after-SIGKILL and Dask tests live in test_batch_cli.py
and test_batch_dask.py and reuse these helpers.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from factdiff.batch import (
    BatchResult,
    BatchSummary,
    Comparison,
    DocSpec,
    comparisons_from_paths,
    read_manifest,
    run_batch,
    scan_output,
)
from factdiff.batch.model import envelope_line
from factdiff.batch.plan import make_plan
from factdiff.errors import FactdiffError, InputError, OptionError

ARTICLE = """Harbour town approves new bridge

MILFORD, March 3 - The Milford town council approved a 12 million euro bridge over the river on Tuesday, mayor Greta Halvorsen said.

The bridge will carry 4,000 cars a day and open in 2027, Halvorsen told reporters after the vote.

"We did not take this decision lightly," she said. Opposition leader Tomas Brandt said the council had ignored the cost of maintenance.

Work is due to start in June.
"""

#: name -> (copy text, a change the comparison must find: (kind, original text, copy text))
COPIES: dict[str, tuple[str, tuple[str, str, str] | None]] = {
    "spelled": (ARTICLE.replace("Halvorsen", "Halverson"), ("name_spelling", "Greta Halvorsen", "Greta Halverson")),
    "numbers": (ARTICLE.replace("12 million", "21 million").replace("4,000", "400"), ("number_changed", "4,000", "400")),
    "negated": (ARTICLE.replace("We did not take", "We did take").replace("June", "July"), ("date_changed", "June", "July")),
    "spelled-again": (
        ARTICLE.replace("Halvorsen", "Halverson").replace("June", "July"),
        ("name_spelling", "Greta Halvorsen", "Greta Halverson"),
    ),
    "same": (ARTICLE, None),
}


def write_story(folder: Path) -> tuple[Path, dict[str, Path]]:
    """The article and its copies as files in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    original = folder / "original.txt"
    original.write_text(ARTICLE, encoding="utf-8")
    paths = {}
    for name, (text, _) in COPIES.items():
        paths[name] = folder / f"{name}.txt"
        paths[name].write_text(text, encoding="utf-8")
    return original, paths


def has_change(result: BatchResult, change: tuple[str, str, str]) -> bool:
    kind, before, after = change
    return any(c.kind == kind and c.original == before and c.copy == after for c in result.changes)


def by_id(results) -> dict[str, BatchResult]:
    out: dict[str, BatchResult] = {}
    for r in results:
        assert r.id not in out, f"duplicate row {r.id}"
        out[r.id] = r
    return out


# ---------------------------------------------------------------- manifests
def test_positional_comparisons_share_one_original(tmp_path):
    original, copies = write_story(tmp_path)
    comparisons = comparisons_from_paths(str(original), [str(p) for p in copies.values()])
    assert [c.id for c in comparisons] == [str(p) for p in copies.values()]
    assert len({c.original.key for c in comparisons}) == 1
    with pytest.raises(InputError, match="more than once"):
        comparisons_from_paths(str(original), [str(copies["same"]), str(copies["same"])])


def test_jsonl_manifest_paths_relative_to_manifest_and_inline_texts(tmp_path):
    original, copies = write_story(tmp_path / "docs")
    manifest = tmp_path / "m.jsonl"
    rows = [
        {"id": "a", "original": "docs/original.txt", "copy": "docs/spelled.txt"},
        {"id": 7, "original_text": ARTICLE, "copy_text": COPIES["numbers"][0]},
        {"original": str(original), "copy_text": "Short text."},  # no id: the line number
    ]
    manifest.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    a, seven, third = read_manifest(manifest)
    assert a.id == "a" and a.original.path == str(original) and a.copy.path == str(copies["spelled"])
    assert a.original.key == third.original.key  # same file named two ways: one document
    assert seven.id == "7" and seven.original.text == ARTICLE and seven.copy.text == COPIES["numbers"][0]
    assert third.id == "#3" and third.copy.text == "Short text."


def test_csv_manifest_with_multiline_quoted_texts(tmp_path):
    write_story(tmp_path)
    manifest = tmp_path / "m.csv"
    manifest.write_text(
        'id,original,copy,copy_text\n'
        'p1,original.txt,spelled.txt,\n'
        'p2,original.txt,,"First line.\nSecond line, with a comma."\n'
        'p3,original.txt,,\n',
        encoding="utf-8",
    )
    p1, p2, p3 = read_manifest(manifest)
    assert p1.copy.path == str(tmp_path / "spelled.txt") and p1.error is None
    assert p2.copy.text == "First line.\nSecond line, with a comma."
    assert p3.error is not None and "line 5" in p3.error  # p2 spans lines 3-4 and "no 'copy' or 'copy_text'" in p3.error


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("not json", "invalid JSON"),
        ("[1, 2]", "not a JSON object"),
        ('{"id": "x", "original": "a.txt"}', "no 'copy' or 'copy_text'"),
        ('{"id": "x", "original": "a.txt", "original_text": "t", "copy": "b.txt"}', "not both"),
        ('{"id": "x", "original": "-", "copy": "b.txt"}', "stdin"),
        ('{"id": ["x"], "original": "a.txt", "copy": "b.txt"}', "'id' must be"),
    ],
)
def test_bad_manifest_rows_become_error_rows(tmp_path, line, reason):
    manifest = tmp_path / "m.jsonl"
    manifest.write_text('{"id": "ok", "original": "a.txt", "copy": "b.txt"}\n' + line + "\n", encoding="utf-8")
    ok, bad = read_manifest(manifest)
    assert ok.error is None
    assert bad.error is not None and reason in bad.error and "manifest line 2" in bad.error


def test_unreadable_manifests_are_one_line_errors(tmp_path):
    with pytest.raises(InputError, match="cannot read the manifest: no such file"):
        read_manifest(tmp_path / "missing.jsonl")
    bad_header = tmp_path / "m.csv"
    bad_header.write_text("id,left,right\n1,a,b\n", encoding="utf-8")
    with pytest.raises(InputError, match="no 'original' or 'original_text' column"):
        read_manifest(bad_header)
    duplicate = tmp_path / "d.jsonl"
    duplicate.write_text('{"id": 1, "original": "a", "copy": "b"}\n{"id": "1", "original": "a", "copy": "c"}\n')
    with pytest.raises(InputError, match="id '1' was already used on line 1"):
        read_manifest(duplicate)


def test_manifest_format_is_detected_by_content_without_extension(tmp_path):
    jsonl = tmp_path / "rows"
    jsonl.write_text('{"id": "a", "original_text": "x", "copy_text": "y"}\n', encoding="utf-8")
    csv_file = tmp_path / "table"
    csv_file.write_text("id,original_text,copy_text\na,x,y\n", encoding="utf-8")
    assert read_manifest(jsonl)[0].copy.text == read_manifest(csv_file)[0].copy.text == "y"


# ---------------------------------------------------------------- planning
def test_plan_parses_a_document_used_by_several_chunks_once_up_front():
    orig = DocSpec.from_text("original")
    shared_copy = DocSpec.from_text("shared copy")
    comparisons = [Comparison(f"c{i}", orig, DocSpec.from_text(f"copy {i}")) for i in range(6)]
    comparisons.append(Comparison("again", DocSpec.from_text("another original"), shared_copy))
    comparisons.append(Comparison("twice", orig, shared_copy))
    comparisons.append(Comparison("thrice", DocSpec.from_text("third original"), shared_copy))
    plan = make_plan(comparisons, workers=2, chunk_size=2)
    # chunks: [c0 c1] [c2 c3] [c4 c5] [twice again] [thrice]: the original is in three
    # chunks, the shared copy in two; "another original" only in one
    shared = [spec.key for chunk in plan.parse_chunks for spec in chunk]
    assert sorted(shared) == sorted({orig.key, shared_copy.key})
    # every other document belongs to exactly one chunk (parsed there, once)
    owners = Counter(k for chunk in plan.chunks for k in chunk.docs if k not in chunk.shared)
    assert set(owners.values()) == {1}
    assert sum(len(chunk.comparisons) for chunk in plan.chunks) == len(comparisons)


def test_a_small_group_parses_its_original_with_its_copies():
    orig = DocSpec.from_text("original")
    comparisons = [Comparison(f"c{i}", orig, DocSpec.from_text(f"copy {i}")) for i in range(3)]
    plan = make_plan(comparisons, workers=1, chunk_size=8)
    assert plan.parse_chunks == [] and len(plan.chunks) == 1 and not plan.chunks[0].shared


# ---------------------------------------------------------------- running
@pytest.fixture()
def counted_parse(monkeypatch):
    """Count every document factdiff.api.parse is asked to parse (in this process)."""
    from factdiff import api

    calls: list[list[str]] = []
    real = api.parse

    def counting(sources, settings=None, cache=None):
        calls.append([s.text for s in sources])
        return real(sources, settings, cache)

    monkeypatch.setattr(api, "parse", counting)
    return calls


def test_serial_run_finds_the_known_changes_and_parses_each_document_once(tmp_path, counted_parse):
    original, copies = write_story(tmp_path)
    comparisons = comparisons_from_paths(str(original), [str(p) for p in copies.values()])
    # the same original compared again, from an inline text; and one copy twice
    comparisons.append(Comparison("inline", DocSpec.from_text(ARTICLE), DocSpec.from_text(COPIES["spelled"][0])))
    comparisons.append(Comparison("again", DocSpec.from_path(original), DocSpec.from_path(copies["numbers"])))
    run = run_batch(comparisons, jobs=1, chunk_size=2)
    assert run.total == len(comparisons)
    results = by_id(run)
    assert set(results) == {c.id for c in comparisons}
    for name, (_, change) in COPIES.items():
        result = results[str(copies[name])]
        assert result.ok, result.error
        if change is None:
            assert result.verdict == "identical" and not result.changes
        else:
            assert has_change(result, change), (name, result.changes)
    assert has_change(results["inline"], COPIES["spelled"][1])
    # 8 distinct documents (keys): the original file, 5 copy files, the inline original
    # and the inline copy. By text: the article is the original file, the "same"
    # copy and the inline original; the spelled text is a file and an inline text.
    parsed_texts = Counter(t for call in counted_parse for t in call)
    assert parsed_texts == Counter({
        ARTICLE: 3,
        COPIES["spelled"][0]: 2,
        COPIES["numbers"][0]: 1,
        COPIES["negated"][0]: 1,
        COPIES["spelled-again"][0]: 1,
    })
    assert sum(run.stats.parsed.values()) == len(run.stats.parsed) == 8  # every key once
    assert len(counted_parse) <= run.stats.tasks  # batched: at most one parse call per task


def test_parallel_run_equals_serial_and_parses_each_document_once(tmp_path):
    original, copies = write_story(tmp_path)
    paths = [str(p) for p in copies.values()]
    comparisons = comparisons_from_paths(str(original), paths)
    comparisons.append(Comparison("twice", DocSpec.from_path(copies["numbers"]), DocSpec.from_path(copies["spelled"])))
    serial = by_id(run_batch(comparisons, jobs=1))
    with run_batch(comparisons, jobs=2, chunk_size=2) as run:
        parallel = by_id(run)
    assert run.stats.workers == 2
    assert set(parallel) == set(serial)
    for cid in serial:
        assert json.loads(parallel[cid].line) == json.loads(serial[cid].line), cid
    # 1 original + 5 copies, each parsed exactly once across both worker processes
    assert len(run.stats.parsed) == 6 and set(run.stats.parsed.values()) == {1}


def test_bad_rows_and_unreadable_files_are_error_rows_and_the_batch_goes_on(tmp_path):
    original, copies = write_story(tmp_path)
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02 binary")
    comparisons = [
        Comparison("good", DocSpec.from_path(original), DocSpec.from_path(copies["spelled"])),
        Comparison("missing-copy", DocSpec.from_path(original), DocSpec.from_path(tmp_path / "nope.txt")),
        Comparison("binary-copy", DocSpec.from_path(original), DocSpec.from_path(tmp_path / "binary.txt")),
        Comparison("missing-original", DocSpec.from_path(tmp_path / "gone.txt"), DocSpec.from_path(copies["numbers"])),
        Comparison("bad-row", None, None, error="m.jsonl: manifest line 5: not a JSON object"),
    ]
    results = by_id(run_batch(comparisons, jobs=1))
    assert results["good"].ok and has_change(results["good"], COPIES["spelled"][1])
    assert results["missing-copy"].error == f"{tmp_path / 'nope.txt'}: no such file"
    assert "looks binary" in results["binary-copy"].error
    assert results["missing-original"].error == f"{tmp_path / 'gone.txt'}: no such file"
    assert results["bad-row"].error.endswith("not a JSON object")
    for r in results.values():  # every row is one JSON object with the envelope keys
        row = json.loads(r.line)
        assert row["id"] == r.id and ("report" in row) != ("error" in row)
        assert "\n" not in r.line


def test_skip_leaves_out_done_rows_and_options_are_checked():
    a = Comparison("a", DocSpec.from_text("one"), DocSpec.from_text("two"))
    run = run_batch([a], jobs=1, skip={"a", "not-in-the-batch"})
    assert run.total == 0 and run.skipped == 1 and list(run) == []
    with pytest.raises(OptionError, match="unknown engine"):
        run_batch([a], engine="spark")
    with pytest.raises(OptionError, match="--jobs must be a positive number"):
        run_batch([a], jobs=0)
    with pytest.raises(OptionError, match="--scheduler needs --engine dask"):
        run_batch([a], scheduler="tcp://127.0.0.1:8786")


def test_start_brings_the_run_up_and_keeps_rows_that_were_ready():
    bad = Comparison("bad", None, None, error="m.jsonl: manifest line 1: not a JSON object")
    good = Comparison("good", DocSpec.from_text(ARTICLE), DocSpec.from_text(COPIES["numbers"][0]))
    with run_batch([bad, good], jobs=1) as run:
        assert run.start() is run and run.stats.tasks == 0  # executor up, nothing submitted yet
        results = by_id(run)
    assert set(results) == {"bad", "good"} and results["good"].ok and not results["bad"].ok


def test_a_pipeline_that_cannot_load_stops_the_batch(tmp_path):
    from factdiff.settings import Settings

    a = Comparison("a", DocSpec.from_text(ARTICLE), DocSpec.from_text(COPIES["numbers"][0]))
    with pytest.raises(FactdiffError, match="cannot load spaCy pipeline"):
        list(run_batch([a], Settings(model=str(tmp_path / "no-such-pipeline")), jobs=1))


def test_result_report_round_trips_from_the_line(tmp_path):
    results = list(run_batch([Comparison("n", DocSpec.from_text(ARTICLE), DocSpec.from_text(COPIES["numbers"][0]))], jobs=1))
    report = results[0].report
    assert report is not None and report.verdict == "copy"
    assert {f.kind for f in report.findings} >= {"number_changed"}
    assert results[0].worst == max(f.severity for f in report.findings).label


# ---------------------------------------------------------------- resume scanning
def test_scan_output_keeps_complete_rows_and_cuts_a_truncated_tail(tmp_path):
    out = tmp_path / "out.jsonl"
    rows = [envelope_line({"id": "a", "original": "o", "copy": "c", "error": "x: no such file"}),
            envelope_line({"id": "b", "original": "o", "copy": "d", "error": "y: no such file"})]
    out.write_text(rows[0] + "\n" + rows[1] + "\n" + rows[1][:25], encoding="utf-8")
    found = scan_output(out)
    assert [r.id for r in found] == ["a", "b"]
    assert out.read_text(encoding="utf-8") == rows[0] + "\n" + rows[1] + "\n"
    # a complete-looking JSON line without its newline is also dropped (rewritten on resume)
    out.write_text(rows[0] + "\n" + rows[1], encoding="utf-8")
    assert [r.id for r in scan_output(out)] == ["a"]
    assert out.read_text(encoding="utf-8") == rows[0] + "\n"


def test_scan_output_refuses_a_corrupt_row_in_the_middle(tmp_path):
    out = tmp_path / "out.jsonl"
    good = envelope_line({"id": "a", "error": "x"})
    out.write_text(good + "\n{broken\n" + good + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 2 is not a complete result row"):
        scan_output(out)
    assert scan_output(tmp_path / "absent.jsonl") == []


# ---------------------------------------------------------------- summary
def _result(cid: str, findings: list[tuple[str, str, str | None, str | None]], verdict: str = "copy") -> BatchResult:
    report = {
        "verdict": verdict,
        "findings": [
            {"kind": k, "severity": s, "original": o and {"text": o}, "copy": c and {"text": c}}
            for k, s, o, c in findings
        ],
    }
    return BatchResult.from_envelope({"id": cid, "original": "story.txt", "copy": f"{cid}.txt", "report": report})


def test_summary_table_renders_copies_by_kind_and_facts_by_copies():
    from rich.console import Console

    summary = BatchSummary(["c1", "c2", "c3", "bad"])
    summary.add(_result("c3", []))
    summary.add(_result("c1", [("name_spelling", "minor", "Lutskina", "Lutsina"), ("number_changed", "critical", "12", "21")]))
    summary.add(_result("c2", [("name_spelling", "major", "Lutskina", "Lutsina")]))
    summary.add(BatchResult.from_envelope({"id": "bad", "error": "bad.txt: no such file"}))
    console = Console(width=80, color_system=None, force_terminal=False, record=True)
    console.print(summary)
    lines = [line.rstrip() for line in console.export_text().splitlines()]
    assert lines == [
        "factdiff batch: 4 comparisons",
        "                                    name",
        "id   verdict  worst     number  spelling",
        "────────────────────────────────────────",
        "c1   copy     critical       1         1",
        "c2   copy     major          ·         1",
        "c3   copy     -              ·         ·",
        "bad  error",
        "",
        "Changed facts (in how many copies):",
        "  'Lutskina' spelled 'Lutsina' in 2 of 3 copies  name_spelling, major",
        "  '12' changed to '21' in 1 of 3 copies          number_changed, critical",
        "",
        "Errors (1):",
        "  bad: bad.txt: no such file",
        "",
        "4 comparisons; 3 copy; 1 error; 3 findings (1 critical, 1 major, 1 minor)",
    ]


def test_summary_limits_rows_to_the_worst_and_counts_per_original():
    summary = BatchSummary(max_rows=1)
    summary.add(_result("mild", [("wording_changed", "minor", "said", "stated")] * 2))  # counts once
    summary.add(_result("bad", [("negation_changed", "critical", "not take", "take")]))
    from rich.console import Console

    console = Console(width=90, color_system=None, record=True)
    console.print(summary)
    text = console.export_text()
    assert "\nbad " in text and "mild" not in text and "1 more comparisons" in text
    facts = {str(f) for f in summary.facts()}
    assert facts == {"'said' changed to 'stated' in 1 of 2 copies", "'not take' changed to 'take' in 1 of 2 copies"}
