"""``factdiff batch`` end to end: positional copies, manifests, output, exit codes, resume.

The resume test is for real: a batch runs in a subprocess, is SIGKILLed once its
first rows are written, and is resumed; the ids must then be exactly the set,
each once.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_batch import ARTICLE, COPIES, write_story

from factdiff.batch.cli import run_batch_cli
from factdiff.errors import InputError, OptionError

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


def cli(*args: str, timeout: float = 300, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "factdiff", "batch", *args],
        capture_output=True, text=True, timeout=timeout, env=env, cwd=kwargs.get("cwd"),
    )


def rows(path: Path) -> list[dict]:
    text = path.read_text(encoding="utf-8")
    assert text.endswith("\n"), "every row ends with a newline"
    return [json.loads(line) for line in text.splitlines()]


def options(**overrides):
    base = dict(original=None, copies=[], manifest=None, output=None, fmt="jsonl", jobs=1, resume=False,
                engine="local", scheduler=None, fail_on=None, model=None, encoding=None, max_bytes=10_000_000)
    return base | overrides


# ---------------------------------------------------------------- the command
def test_positional_copies_stream_rows_and_fail_on_sets_the_exit_code(tmp_path):
    original, copies = write_story(tmp_path)
    names = ["spelled", "numbers", "same"]
    out = tmp_path / "out.jsonl"
    done = cli(str(original), *[str(copies[n]) for n in names], "-o", str(out), "-j", "2", "--fail-on", "critical")
    assert done.returncode == 1, done.stderr  # "numbers" has a critical number change
    assert done.stdout == "" and done.stderr == ""  # piped: no progress bar, no summary
    found = {row["id"]: row for row in rows(out)}
    assert set(found) == {str(copies[n]) for n in names}
    numbers = found[str(copies["numbers"])]
    assert numbers["original"] == str(original) and numbers["copy"] == str(copies["numbers"])
    assert numbers["report"]["verdict"] == "copy"
    assert any(f["kind"] == "number_changed" for f in numbers["report"]["findings"])
    assert found[str(copies["same"])]["report"]["verdict"] == "identical"
    # no --output: the rows are the stdout stream; a missing file is an error row and exit 2
    streamed = cli(str(original), str(copies["same"]), str(tmp_path / "nope.txt"), "-j", "1")
    assert streamed.returncode == 2
    lines = [json.loads(line) for line in streamed.stdout.splitlines()]
    assert {line["id"] for line in lines} == {str(copies["same"]), str(tmp_path / "nope.txt")}
    assert streamed.stderr.strip() == "factdiff: error: 1 of 2 comparisons failed; see the error rows in the output"


def test_jsonl_manifest_with_paths_and_inline_texts(tmp_path, capsys):
    write_story(tmp_path / "docs")
    manifest = tmp_path / "batch.jsonl"
    manifest.write_text("\n".join(json.dumps(r) for r in [
        {"id": "file", "original": "docs/original.txt", "copy": "docs/negated.txt"},
        {"id": "inline", "original_text": ARTICLE, "copy_text": COPIES["spelled"][0]},
        {"id": "broken", "original": "docs/original.txt"},
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    with pytest.raises(InputError, match="1 of 3 comparisons failed; see the error rows in"):
        run_batch_cli(**options(manifest=manifest, output=out))
    found = {row["id"]: row for row in rows(out)}
    assert set(found) == {"file", "inline", "broken"}
    kinds = {f["kind"] for f in found["file"]["report"]["findings"]}
    assert {"negation_changed", "date_changed"} <= kinds
    spelled = found["inline"]["report"]["findings"]
    assert any(f["kind"] == "name_spelling" and f["copy"]["text"] == "Greta Halverson" for f in spelled)
    assert found["inline"]["original"].startswith("<text ")
    assert found["broken"] == {
        "id": "broken", "original": None, "copy": None,
        "error": f"{manifest}: manifest line 3: no 'copy' or 'copy_text'",
    }
    assert capsys.readouterr().out == ""  # not a terminal: no summary


def test_csv_manifest_and_summary_format(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "160")  # rich's width when stdout is not a terminal
    write_story(tmp_path)
    manifest = tmp_path / "batch.csv"
    manifest.write_text(
        "id,original,copy\n" + "".join(f"{n},original.txt,{n}.txt\n" for n in COPIES), encoding="utf-8"
    )
    code = run_batch_cli(**options(manifest=manifest, fmt="summary", fail_on="major"))
    assert code == 1
    out = capsys.readouterr().out
    assert "factdiff batch: 5 comparisons" in out
    assert "'Greta Halvorsen' spelled 'Greta Halverson' in 2 of 5 copies" in out
    assert "'June' changed to 'July' in 2 of 5 copies" in out
    table = {line.split()[0]: line.split() for line in out.splitlines() if line.split()[:1] and line.split()[0] in COPIES}
    assert table["same"][1:3] == ["identical", "-"]
    assert table["numbers"][1:3] == ["copy", "critical"]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"original": "a.txt"}, "give ORIGINAL and at least one COPY"),
        ({"original": "a.txt", "copies": ["b.txt"], "manifest": Path("m.jsonl")}, "not both"),
        ({"original": "a.txt", "copies": ["b.txt"], "resume": True}, "--resume needs --output"),
        ({"original": "a.txt", "copies": ["b.txt"], "fmt": "xml"}, "unknown format 'xml'"),
        ({"original": "a.txt", "copies": ["b.txt"], "engine": "ray"}, "unknown engine 'ray'"),
        ({"original": "a.txt", "copies": ["b.txt"], "scheduler": "tcp://127.0.0.1:1"}, "--scheduler needs --engine dask"),
        ({"original": "a.txt", "copies": ["b.txt"], "jobs": 0}, "--jobs must be a positive number"),
        ({"original": "a.txt", "copies": ["b.txt"], "fail_on": "huge"}, "unknown severity 'huge'"),
        ({"manifest": Path("/nonexistent/m.jsonl")}, "cannot read the manifest: no such file"),
    ],
)
def test_bad_options_are_one_line_errors(overrides, message):
    with pytest.raises((OptionError, InputError), match=message):
        run_batch_cli(**options(**overrides))


def test_dask_engine_without_dask_installed_is_E062(monkeypatch):
    from factdiff.errors import Errors

    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    with pytest.raises(OptionError) as info:
        run_batch_cli(**options(original="a.txt", copies=["b.txt"], engine="dask"))
    assert info.value.message == Errors.E062


def test_cli_errors_print_one_line_and_exit_2(tmp_path):
    done = cli("--manifest", str(tmp_path / "missing.csv"))
    assert done.returncode == 2
    assert done.stderr == f"factdiff: error: {tmp_path / 'missing.csv'}: cannot read the manifest: no such file\n"


# ---------------------------------------------------------------- resume
def _bigger_manifest(folder: Path, count: int) -> Path:
    """``count`` copies of the bundled Reuters copy, each with one number changed."""
    original = (DATA / "original.txt").read_text(encoding="utf-8")
    copy = (DATA / "copy.txt").read_text(encoding="utf-8")
    digits = [i for i, ch in enumerate(copy) if ch.isdigit()]
    lines = []
    for n in range(count):
        pos = digits[n % len(digits)]
        text = copy[:pos] + str((int(copy[pos]) + 1) % 10) + copy[pos + 1:]
        lines.append(json.dumps({"id": f"row-{n:02d}", "original_text": original, "copy_text": text}))
    manifest = folder / "batch.jsonl"
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return manifest


def _children(pid: int) -> list[int]:
    """Child process ids of ``pid`` (Linux /proc; empty elsewhere)."""
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line)
        except OSError:
            continue
        if fields.get("PPid", "").strip() == str(pid):
            found.append(int(status.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"  # a zombie has exited (its new parent reaps it)


def test_resume_after_sigkill_has_every_row_once(tmp_path):
    count = 12
    manifest = _bigger_manifest(tmp_path, count)
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "factdiff", "batch", "--manifest", str(manifest), "-o", str(out), "-j", "2"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
    )
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and proc.poll() is None:
            if out.exists() and out.read_bytes().count(b"\n") >= 1:
                break
            time.sleep(0.01)
        assert proc.poll() is None, "the batch ended before it could be killed"
        workers = _children(proc.pid)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    if Path("/proc").is_dir():  # the workers notice their parent died and exit on their own
        assert workers, "a 2-job batch runs worker processes"
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in workers):
            time.sleep(0.1)
        assert not [pid for pid in workers if _alive(pid)], "orphaned batch workers"
    before = out.read_bytes()
    complete = before.count(b"\n")
    assert 1 <= complete < count, complete
    with out.open("ab") as fh:  # as if the kill had landed in the middle of a write
        fh.write(b'{"id": "row-99", "original": "o", "rep')
    resumed = cli("--manifest", str(manifest), "-o", str(out), "-j", "2", "--resume")
    assert resumed.returncode == 0, resumed.stderr
    after = out.read_bytes()
    assert after.startswith(before[: before.rfind(b"\n") + 1])  # rows already written are kept as they were
    ids = [row["id"] for row in rows(out)]
    assert sorted(ids) == [f"row-{n:02d}" for n in range(count)]  # each exactly once
    assert all("report" in row for row in rows(out))
    # resuming a finished batch runs nothing and keeps the file
    again = cli("--manifest", str(manifest), "-o", str(out), "-j", "1", "--resume")
    assert again.returncode == 0 and out.read_bytes() == after


def test_resumed_rows_count_for_fail_on_and_summary(tmp_path, capsys):
    original, copies = write_story(tmp_path)
    out = tmp_path / "out.jsonl"
    first = run_batch_cli(**options(original=str(original), copies=[str(copies["numbers"])], output=out))
    assert first == 0
    code = run_batch_cli(**options(
        original=str(original), copies=[str(copies["numbers"]), str(copies["same"])], output=out,
        resume=True, fail_on="critical", fmt="summary",
    ))
    assert code == 1  # the critical finding is in the row written by the first run
    assert [row["id"] for row in rows(out)] == [str(copies["numbers"]), str(copies["same"])]
    assert "factdiff batch: 2 comparisons" in capsys.readouterr().out
