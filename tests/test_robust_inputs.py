"""The CLI under bad, hostile and unrelated input: the input matrix of issue #5.

Every refusal must be ONE line on stderr starting ``factdiff: error:``, exit code 2,
no traceback and nothing on stdout; everything else must give a correct report.
Refusals run the real CLI in a subprocess (they fail before spaCy loads, so they are
quick); successful comparisons run ``factdiff.cli.main`` in-process so the spaCy
pipeline loads once. Every run checks that no input file changed and that nothing
but the named ``-o`` file was written.
"""

from __future__ import annotations

import builtins
import hashlib
import io
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from factdiff import cli
from factdiff.errors import Errors

ROOT = Path(__file__).resolve().parents[1]

ORIGINAL = (
    "Officials in Riverton said on Tuesday that 42 people were injured when a bridge collapsed.\n"
    "\n"
    "Mayor Helen Prescott told reporters the city would spend $3.5 million on repairs.\n"
    "\n"
    "The bridge, built in 1962, carried about 12,000 vehicles a day, according to the transport "
    "department.\n"
)
# One changed figure and one misspelt name.
COPY = ORIGINAL.replace("42 people", "24 people").replace("Prescott", "Prescot")
COPY_CP1252 = COPY.replace("Mayor", "Mayor Renée").replace("told reporters", "told reporters \u201cwe act\u201d")


# --------------------------------------------------------------------------- helpers


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def report(self) -> dict:
        return json.loads(self.out)


def snapshot(directory: Path) -> dict[str, str]:
    """sha256 of every file under ``directory`` (to prove nothing changed or appeared)."""
    return {
        str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def run_subprocess(args: list[str], cwd: Path, stdin: bytes = b"") -> Run:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "factdiff", *args], input=stdin, capture_output=True, cwd=cwd,
        env=env, timeout=300,
    )
    return Run(proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace"))


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def run(work: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """Run ``factdiff ARGS`` in-process (or in a subprocess), checking the files around it."""

    def _run(*args: str, stdin: bytes = b"", writes: str | None = None, subprocess_: bool = False) -> Run:
        before = snapshot(work)
        if subprocess_:
            result = run_subprocess(list(args), work, stdin)
        else:
            monkeypatch.setattr(sys, "argv", ["factdiff", *args])
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
            with pytest.raises(SystemExit) as exc:
                cli.main()
            captured = capsys.readouterr()
            code = exc.value.code if isinstance(exc.value.code, int) else 0
            result = Run(code, captured.out, captured.err)
        after = snapshot(work)
        for name, digest in before.items():
            if name != writes:
                assert after.get(name) == digest, f"{name} was modified or removed"
        assert set(after) - set(before) - {writes} == set(), "files appeared that nobody named"
        return result

    return _run


def write(directory: Path, name: str, data: str | bytes) -> str:
    path = directory / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return name


def assert_refused(result: Run, *fragments: str) -> str:
    """One line on stderr, exit 2, no traceback, nothing on stdout."""
    assert result.code == 2, result
    assert result.out == ""
    assert "Traceback" not in result.err
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("factdiff: error: ")
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])
    return lines[0]


def facts(report: dict) -> list[tuple[str, str, str | None, str | None]]:
    """Findings without offsets: (kind, severity, original text, copy text)."""
    return sorted(
        (f["kind"], f["severity"], (f["original"] or {}).get("text"), (f["copy"] or {}).get("text"))
        for f in report["findings"]
    )


def without_furniture(report: dict) -> dict:
    """The report without its one "page furniture ignored" note (an HTML copy's menus and footers)."""
    return {**report, "findings": [f for f in report["findings"] if f["kind"] != "furniture_ignored"]}


def spans_quote_their_text(report: dict) -> None:
    for f in report["findings"]:
        for side in ("original", "copy"):
            span = f[side]
            if span is not None:
                assert report[side]["text"][span["start"]:span["end"]] == span["text"]


@pytest.fixture(scope="module")
def baseline() -> dict:
    """The reference result: ORIGINAL vs COPY, both plain UTF-8 with LF."""
    from factdiff import compare

    report = compare(ORIGINAL, COPY).to_dict()
    kinds = {f["kind"] for f in report["findings"]}
    assert "number_changed" in kinds  # the fixture texts really differ
    return report


# --------------------------------------------------------------------------- refusals (subprocess)


def test_missing_path(work: Path, run) -> None:
    write(work, "a.txt", ORIGINAL)
    assert_refused(run("compare", "a.txt", "nope.txt", subprocess_=True), "nope.txt: no such file")
    assert_refused(run("compare", "nope.txt", "a.txt", subprocess_=True), "nope.txt: no such file")


def test_directory(work: Path, run) -> None:
    write(work, "a.txt", ORIGINAL)
    (work / "folder").mkdir()
    assert_refused(run("compare", "a.txt", "folder", subprocess_=True), "folder: is a directory")


@pytest.mark.skipif(os.geteuid() == 0, reason="running as root: chmod 000 does not stop reading "
                    "(test_unreadable_file_mocked covers it)")
def test_unreadable_file_chmod(work: Path, run) -> None:
    write(work, "a.txt", ORIGINAL)
    secret = work / write(work, "secret.txt", COPY)
    secret.chmod(0)
    try:
        assert_refused(run("compare", "a.txt", "secret.txt", subprocess_=True), "secret.txt: permission denied")
    finally:
        secret.chmod(0o644)


def test_unreadable_file_mocked(work: Path, run, monkeypatch: pytest.MonkeyPatch) -> None:
    write(work, "a.txt", ORIGINAL)
    write(work, "secret.txt", COPY)
    real_open = builtins.open

    def guarded(file, *args, **kwargs):
        if str(file).endswith("secret.txt"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded)
    assert_refused(run("compare", "a.txt", "secret.txt"), "secret.txt: permission denied")


@pytest.mark.parametrize(
    ("name", "data", "fragments"),
    [
        pytest.param("empty.txt", b"", ["empty.txt: is empty"], id="empty"),
        pytest.param("blank.txt", b" \n\t\r\n  \n", ["blank.txt: contains only whitespace"], id="whitespace"),
        pytest.param("zw.txt", "\u200b\u200b \ufeff\n".encode(), ["contains only whitespace"], id="invisible-only"),
        pytest.param("bin.txt", b"GIF-ish\x00\x01\x02\x03" * 50, ["looks binary", "offset 7"], id="nul-bytes"),
        pytest.param("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\n", ["looks like a PDF file"],
                     id="pdf-renamed-txt"),
        pytest.param("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ["looks like a PNG file"], id="png"),
        pytest.param("bad.txt", ORIGINAL.encode()[:30] + b"\xff\xfe" + ORIGINAL.encode()[30:],
                     ["cannot decode as utf-8 at byte offset 30", "--encoding"], id="undecodable"),
        pytest.param("nobom16.txt", ORIGINAL.encode("utf-16-le"), ["UTF-16 without a byte-order mark",
                     "--encoding utf-16-le"], id="utf16-without-bom"),
        pytest.param("tags.html", b"<html><body><script>var n = 42;</script><nav>Home</nav></body></html>",
                     ["has no text left after removing markup"], id="html-only-markup"),
    ],
)
def test_bad_file_is_refused(work: Path, run, name: str, data: bytes, fragments: list[str]) -> None:
    write(work, "a.txt", ORIGINAL)
    write(work, name, data)
    assert_refused(run("compare", "a.txt", name, subprocess_=True), *fragments)


def test_cp1252_without_encoding_names_offset_and_option(work: Path, run) -> None:
    write(work, "a.txt", ORIGINAL)
    data = COPY_CP1252.encode("cp1252")
    write(work, "win.txt", data)
    offset = len(COPY_CP1252[: COPY_CP1252.index("é")].encode("cp1252"))
    assert_refused(run("compare", "a.txt", "win.txt", subprocess_=True),
                   f"byte offset {offset}", "--encoding cp1252")


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (["--encoding", "klingon"], ["unknown encoding 'klingon'"]),
        (["--encoding", "rot13"], ["'rot13' is not a text encoding"]),
        (["--max-bytes", "0"], ["--max-bytes must be a positive number"]),
        (["--max-bytes", "-3"], ["--max-bytes must be a positive number"]),
        (["--max-bytes", "lots"], ["--max-bytes"]),
        (["--fail-on", "bad"], ["unknown severity 'bad'"]),
        (["--min-severity", "urgent"], ["unknown severity 'urgent'"]),
        (["--format", "pdf"], ["--format"]),
        (["--only", "typo_kind"], ["unknown finding kind 'typo_kind'"]),
    ],
)
def test_bad_option_is_refused(work: Path, run, args: list[str], fragments: list[str]) -> None:
    write(work, "a.txt", ORIGINAL)
    write(work, "b.txt", COPY)
    assert_refused(run("compare", "a.txt", "b.txt", *args, subprocess_=True), *fragments)


def test_stdin_for_both_sides_is_refused(work: Path, run) -> None:
    assert_refused(run("compare", "-", "-", stdin=ORIGINAL.encode(), subprocess_=True),
                   "stdin can be read only once")


def test_empty_stdin_is_refused(work: Path, run) -> None:
    write(work, "a.txt", ORIGINAL)
    assert_refused(run("compare", "a.txt", "-", stdin=b"", subprocess_=True), "<stdin>: is empty")


# --------------------------------------------------------------------------- size limit


def test_default_limit_is_10_mb_and_names_size_and_option(work: Path, run) -> None:
    write(work, "a.txt", ORIGINAL)
    with open(work / "huge.txt", "wb") as fh:
        fh.truncate(10_000_001)  # sparse: costs no disk
    line = assert_refused(run("compare", "a.txt", "huge.txt", subprocess_=True),
                          "10,000,001 bytes", "10,000,000-byte limit", "--max-bytes")
    assert "huge.txt" in line


def test_file_at_the_limit_passes_the_size_check(work: Path, run) -> None:
    write(work, "a.txt", ORIGINAL)
    with open(work / "full.txt", "wb") as fh:
        fh.truncate(10_000_000)  # all NUL bytes: refused as binary, i.e. AFTER the size check
    assert_refused(run("compare", "a.txt", "full.txt", subprocess_=True), "looks binary (NUL byte at offset 0)")
    # And a raised limit lets the 10,000,001-byte file through to the next check too.
    with open(work / "huge.txt", "wb") as fh:
        fh.truncate(10_000_001)
    assert_refused(run("compare", "a.txt", "huge.txt", "--max-bytes", "20000000", subprocess_=True),
                   "looks binary")


def test_raising_max_bytes_lets_a_file_through(work: Path, run, baseline: dict) -> None:
    write(work, "a.txt", ORIGINAL)
    write(work, "b.txt", COPY)
    size = len(ORIGINAL.encode())
    assert_refused(run("compare", "a.txt", "b.txt", "--max-bytes", str(size - 1)),
                   f"{size:,} bytes is over the {size - 1:,}-byte limit")
    result = run("compare", "a.txt", "b.txt", "--max-bytes", str(size), "--format", "json")
    assert result.code == 0
    assert facts(result.report) == facts(baseline)


def test_stdin_over_the_limit_is_refused(work: Path, run) -> None:
    write(work, "short.txt", "Officials said 42 people were hurt.\n")
    assert_refused(run("compare", "-", "short.txt", "--max-bytes", "100", stdin=COPY.encode(), subprocess_=True),
                   "<stdin>: more than 100 bytes", "--max-bytes")


# --------------------------------------------------------------------------- encodings and line endings


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"\xef\xbb\xbf" + COPY.encode(), id="utf8-bom"),
        pytest.param(b"\xff\xfe" + COPY.encode("utf-16-le"), id="utf16-le-bom"),
        pytest.param(b"\xfe\xff" + COPY.encode("utf-16-be"), id="utf16-be-bom"),
        pytest.param(b"\xff\xfe\x00\x00" + COPY.encode("utf-32-le"), id="utf32-le-bom"),
    ],
)
def test_unicode_with_bom_gives_the_same_findings(work: Path, run, baseline: dict, data: bytes) -> None:
    write(work, "a.txt", ORIGINAL)
    write(work, "b.txt", data)
    result = run("compare", "a.txt", "b.txt", "--format", "json")
    assert result.code == 0, result.err
    assert result.report["copy"]["text"] == COPY  # BOM not in the text: offsets agree
    assert result.report["findings"] == baseline["findings"]


@pytest.mark.parametrize("encoding", ["cp1252", "windows-1252", "latin-1"])
def test_legacy_encoding_via_option(work: Path, run, encoding: str) -> None:
    text = COPY_CP1252 if encoding != "latin-1" else COPY.replace("Mayor", "Mayor Renée")
    write(work, "a.txt", ORIGINAL)
    write(work, "win.txt", text.encode(encoding))
    write(work, "utf8.txt", text)
    legacy = run("compare", "a.txt", "win.txt", "--encoding", encoding, "--format", "json")
    utf8 = run("compare", "a.txt", "utf8.txt", "--format", "json")
    assert legacy.code == utf8.code == 0
    assert legacy.report["copy"]["text"] == text
    assert legacy.report["findings"] == utf8.report["findings"]


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "cr"])
@pytest.mark.parametrize("side", ["copy", "original", "both"])
def test_line_endings_give_the_same_findings(work: Path, run, baseline: dict, newline: str, side: str) -> None:
    original = ORIGINAL.replace("\n", newline) if side in ("original", "both") else ORIGINAL
    copy = COPY.replace("\n", newline) if side in ("copy", "both") else COPY
    write(work, "a.txt", original.encode())
    write(work, "b.txt", copy.encode())
    result = run("compare", "a.txt", "b.txt", "--format", "json")
    assert result.code == 0
    assert result.report["copy"]["text"] == copy  # kept as given: offsets into the file
    assert facts(result.report) == facts(baseline)
    spans_quote_their_text(result.report)


# --------------------------------------------------------------------------- odd but valid text


def _one_line(size: int) -> str:
    """``size`` characters of news sentences on a single line (no newline at all)."""
    towns, days = ["Riverton", "Lakeside", "Calder", "Vantaa"], ["Monday", "Tuesday", "Friday"]
    parts, n = [], 0
    while n < size:
        i = len(parts)
        parts.append(f"Officials in {towns[i % 4]} said {10 + 3 * i} people were injured when a bridge "
                     f"collapsed on {days[i % 3]}.")
        n += len(parts[-1]) + 1
    return " ".join(parts)[:size]


def test_a_long_line_without_newline(work: Path, run) -> None:
    """Correctness on a 20 KB line (the 200 KB case is the performance test below)."""
    write(work, "long.txt", _one_line(20_000))
    write(work, "a.txt", ORIGINAL)
    for args in (("a.txt", "long.txt"), ("long.txt", "a.txt")):
        result = run("compare", *args, "--format", "json", "--fail-on", "critical")
        assert result.code in (0, 1), result.err
        assert result.report["verdict"] in {"copy", "unrelated"}
        spans_quote_their_text(result.report)


@pytest.mark.slow
def test_a_200_kb_line_finishes_within_a_minute(work: Path) -> None:
    write(work, "long.txt", _one_line(200_000))
    write(work, "a.txt", ORIGINAL)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-m", "factdiff", "compare", "a.txt", "long.txt", "--format", "json"],
                          cwd=work, env=env, capture_output=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    spans_quote_their_text(json.loads(proc.stdout))


def test_text_without_sentence_punctuation(work: Path, run) -> None:
    bare = re.sub(r"\.(\s|$)", r"\1", ORIGINAL)
    assert "." in bare and not re.search(r"[.!?]\s", bare)  # only the decimal point is left
    write(work, "a.txt", ORIGINAL)
    write(work, "bare.txt", bare)
    result = run("compare", "a.txt", "bare.txt", "--format", "json")
    assert result.code == 0
    assert result.report["verdict"] in {"identical", "copy"}
    assert not [f for f in result.report["findings"] if f["severity"] in ("major", "critical")]


NON_LATIN = {
    "cyrillic": "Чиновники в Ривертоне заявили во вторник, что 42 человека получили ранения при "
                "обрушении моста. Мэр сообщила, что город потратит 3,5 миллиона долларов на ремонт.\n",
    "arabic": "قال مسؤولون في ريفرتون يوم الثلاثاء إن 42 شخصا أصيبوا عندما انهار جسر. "
              "وقالت العمدة للصحفيين إن المدينة ستنفق 3.5 مليون دولار على الإصلاحات.\n",
    "cjk": "里弗顿官员周二表示，一座桥梁倒塌，造成42人受伤。市长对记者说，该市将花费350万美元进行维修。\n",
}


@pytest.mark.parametrize("script", sorted(NON_LATIN))
def test_non_latin_copy_is_compared_across_languages(work: Path, run, script: str) -> None:
    write(work, "a.txt", ORIGINAL)
    write(work, "b.txt", NON_LATIN[script])
    result = run("compare", "a.txt", "b.txt", "--format", "json")
    assert result.code == 0
    report = result.report
    assert (report["verdict"], report["mode"]) == ("copy", "cross-language")
    assert report["copy"]["language"] == {"cyrillic": "ru", "arabic": "ar", "cjk": "zh"}[script]
    # the copies translate two of the three sentences: one is reported dropped
    assert [f["kind"] for f in report["findings"]].count("sentence_missing") == 1
    spans_quote_their_text(report)


@pytest.mark.parametrize("script", sorted(NON_LATIN))
def test_non_latin_against_itself_is_identical(work: Path, run, script: str) -> None:
    write(work, "a.txt", NON_LATIN[script])
    result = run("compare", "a.txt", "a.txt", "--format", "json", "--fail-on", "info")
    assert (result.code, result.report["verdict"], result.report["findings"]) == (0, "identical", [])


# --------------------------------------------------------------------------- markup


def _page(body: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>\n" for p in body.strip().split("\n\n"))
    return (
        "<!DOCTYPE html>\n<html><head><title>Bridge | News</title>"
        "<script src=\"http://tracker.invalid/t.js\"></script>"
        "<script>document.write('<p>99 people died</p>'); fetch('http://evil.invalid/');</script>"
        "<link rel=\"stylesheet\" href=\"http://cdn.invalid/s.css\"></head>\n"
        "<body><nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a></nav>\n"
        f"<article>\n{paragraphs}<img src=\"http://cdn.invalid/bridge.jpg\" onerror=\"alert(1)\">\n</article>\n"
        "<footer>Copyright 2031 Example News. 77 related stories.</footer></body></html>\n"
    )


@pytest.mark.parametrize("name", ["b.html", "b"])  # by extension, and detected by content
def test_html_copy_against_text_original(work: Path, run, baseline: dict, name: str) -> None:
    page = _page(COPY)
    write(work, "a.txt", ORIGINAL)
    write(work, name, page)
    result = run("compare", "a.txt", name, "--format", "json")
    assert result.code == 0, result.err
    report = result.report
    assert report["copy"]["format"] == "html"
    assert report["copy"]["text"] == page  # the page as given: offsets and quotes are into it
    assert len(report["copy"]["shown"]) == len(page)  # what a reader sees, masked in place
    visible = " ".join(report["copy"]["shown"].split())
    for furniture in ("99 people", "document.write", "Home", "Copyright", "77 related", "tracker.invalid"):
        assert furniture not in visible
    assert [f["kind"] for f in report["findings"]].count("furniture_ignored") == 1  # said once
    assert facts(without_furniture(report)) == facts(baseline)
    for f in report["findings"]:
        if f["copy"]:
            assert page[f["copy"]["start"]:f["copy"]["end"]] == f["copy"]["text"]


def test_html_from_stdin_is_detected(work: Path, run, baseline: dict) -> None:
    write(work, "a.txt", ORIGINAL)
    result = run("compare", "a.txt", "-", "--format", "json", stdin=_page(COPY).encode())
    assert result.code == 0
    assert result.report["copy"]["format"] == "html"
    assert facts(without_furniture(result.report)) == facts(baseline)


def test_markdown_copy(work: Path, run, baseline: dict) -> None:
    md = ("# Bridge collapse in Riverton\n\n"
          + COPY.replace("Mayor Helen Prescot", "**Mayor Helen Prescot**")
          .replace("transport department", "[transport department](http://example.invalid/dot)"))
    write(work, "a.txt", ORIGINAL)
    write(work, "b.md", md)
    result = run("compare", "a.txt", "b.md", "--format", "json")
    assert result.code == 0
    report = result.report
    assert report["copy"]["format"] == "markdown"
    added_headline = [f for f in report["findings"] if f["kind"] == "sentence_added"]
    assert [f["copy"]["text"] for f in added_headline] == ["Bridge collapse in Riverton"]
    assert facts({"findings": [f for f in report["findings"] if f not in added_headline]}) == facts(baseline)
    spans_quote_their_text(report)


# --------------------------------------------------------------------------- stdin and identity


@pytest.mark.parametrize("side", ["original", "copy"])
def test_stdin_for_one_side(work: Path, run, baseline: dict, side: str) -> None:
    write(work, "a.txt", ORIGINAL)
    write(work, "b.txt", COPY)
    args = ("-", "b.txt") if side == "original" else ("a.txt", "-")
    data = (ORIGINAL if side == "original" else COPY).encode()
    result = run("compare", *args, "--format", "json", stdin=data)
    assert result.code == 0
    assert result.report[side]["name"] == "<stdin>"
    assert result.report["findings"] == baseline["findings"]


def test_stdin_end_to_end_subprocess(work: Path, run) -> None:
    write(work, "a.txt", ORIGINAL)
    result = run("compare", "a.txt", "-", "--format", "text", "--fail-on", "major", stdin=COPY.encode(),
                 subprocess_=True)
    assert result.code == 1
    assert result.err == ""
    assert "number_changed" in result.out and "'42' became '24'" in result.out


@pytest.mark.parametrize("how", ["same-path", "same-content"])
def test_same_file_twice(work: Path, run, how: str) -> None:
    write(work, "a.txt", ORIGINAL)
    write(work, "a2.txt", ORIGINAL)
    second = "a.txt" if how == "same-path" else "a2.txt"
    result = run("compare", "a.txt", second, "--format", "json", "--fail-on", "info")
    assert result.code == 0
    assert result.report["verdict"] == "identical"
    assert result.report["findings"] == []
    text = run("compare", "a.txt", second, "--format", "text", "--fail-on", "info")
    assert text.code == 0 and text.out.startswith("verdict: identical")


def test_same_file_twice_end_to_end_subprocess(work: Path, run) -> None:
    write(work, "a.txt", ORIGINAL)
    result = run("compare", "a.txt", "a.txt", "--fail-on", "info", "--format", "json", subprocess_=True)
    assert (result.code, result.err) == (0, "")
    assert json.loads(result.out)["verdict"] == "identical"


# --------------------------------------------------------------------------- -o output


def test_output_writes_only_the_named_file(work: Path, run) -> None:
    write(work, "a.txt", ORIGINAL)
    write(work, "b.txt", COPY)
    result = run("compare", "a.txt", "b.txt", "--format", "json", "-o", "report.json", writes="report.json")
    assert result.code == 0 and result.out == ""
    assert json.loads((work / "report.json").read_text())["verdict"] == "copy"


def test_output_into_a_subdirectory_writes_nothing_else(work: Path, run) -> None:
    write(work, "a.txt", ORIGINAL)
    write(work, "b.txt", COPY)
    (work / "out").mkdir()
    result = run("compare", "a.txt", "b.txt", "--format", "markdown", "-o", "out/r.md", writes="out/r.md")
    assert result.code == 0
    assert sorted(p.name for p in (work / "out").iterdir()) == ["r.md"]


def test_existing_output_is_kept_when_the_run_fails(work: Path, run) -> None:
    write(work, "a.txt", ORIGINAL)
    write(work, "report.json", "OLD REPORT")
    assert_refused(run("compare", "a.txt", "missing.txt", "-o", "report.json", subprocess_=True), "no such file")
    assert (work / "report.json").read_text() == "OLD REPORT"


def test_existing_output_is_kept_when_writing_fails(work: Path, run, monkeypatch: pytest.MonkeyPatch) -> None:
    write(work, "a.txt", ORIGINAL)
    write(work, "b.txt", COPY)
    write(work, "report.json", "OLD REPORT")

    def no_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", no_replace)
    assert_refused(run("compare", "a.txt", "b.txt", "-o", "report.json", "--format", "json"),
                   "cannot write report.json", "No space left on device")
    assert (work / "report.json").read_text() == "OLD REPORT"


def test_existing_output_is_replaced_on_success(work: Path, run) -> None:
    write(work, "a.txt", ORIGINAL)
    write(work, "b.txt", COPY)
    write(work, "report.json", "OLD REPORT")
    assert run("compare", "a.txt", "b.txt", "-o", "report.json", "--format", "json", writes="report.json").code == 0
    assert json.loads((work / "report.json").read_text())["findings"]


def test_output_to_a_directory_is_refused(work: Path, run) -> None:
    write(work, "a.txt", ORIGINAL)
    write(work, "b.txt", COPY)
    (work / "out").mkdir()
    assert_refused(run("compare", "a.txt", "b.txt", "-o", "out", subprocess_=True), "output path out is a directory")


def test_output_in_a_missing_directory_is_refused(work: Path, run) -> None:
    write(work, "a.txt", ORIGINAL)
    write(work, "b.txt", COPY)
    assert_refused(run("compare", "a.txt", "b.txt", "-o", "no/such/dir/r.json", subprocess_=True),
                   "cannot write no/such/dir/r.json")


@pytest.mark.parametrize("target", ["a.txt", "./b.txt"])
def test_output_over_an_input_is_refused(work: Path, run, target: str) -> None:
    write(work, "a.txt", ORIGINAL)
    write(work, "b.txt", COPY)
    # ``run`` itself fails the test if a.txt/b.txt change.
    assert_refused(run("compare", "a.txt", "b.txt", "-o", target, "--format", "json", subprocess_=True),
                   target.removeprefix("./"))


# --------------------------------------------------------------------------- exit codes 3 and 130


def test_internal_error_is_one_line_exit_3(work: Path, run, monkeypatch: pytest.MonkeyPatch) -> None:
    import factdiff.api

    def broken(*args, **kwargs):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(factdiff.api, "compare_files", broken)
    write(work, "a.txt", ORIGINAL)
    result = run("compare", "a.txt", "a.txt")
    assert result.code == 3
    lines = result.err.splitlines()
    assert lines == ["factdiff: internal error: RuntimeError: simulated bug (rerun with --debug for details)"]


def test_interrupt_is_exit_130(work: Path, run, monkeypatch: pytest.MonkeyPatch) -> None:
    import factdiff.api

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(factdiff.api, "compare_files", interrupted)
    write(work, "a.txt", ORIGINAL)
    result = run("compare", "a.txt", "a.txt")
    assert result.code == 130
    assert "Traceback" not in result.err and len(result.err.splitlines()) <= 1


def test_interrupt_says_so(work: Path, run, monkeypatch: pytest.MonkeyPatch) -> None:
    import factdiff.api

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(factdiff.api, "compare_files", interrupted)
    write(work, "a.txt", ORIGINAL)
    result = run("compare", "a.txt", "a.txt")
    assert (result.code, result.err.strip()) == (130, "factdiff: interrupted")


def test_debug_shows_the_traceback(work: Path, run) -> None:
    write(work, "a.txt", ORIGINAL)
    result = run("compare", "a.txt", "nope.txt", "--debug", subprocess_=True)
    assert result.code != 0
    assert "Traceback" in result.err and "InputError" in result.err


# --------------------------------------------------------------------------- docs/errors.md


def test_every_error_code_is_documented() -> None:
    doc = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    codes = sorted(name for name in vars(Errors) if re.fullmatch(r"E\d{3}", name))
    assert codes, "no message codes found in factdiff.errors.Errors"
    missing = [code for code in codes if not re.search(rf"\b{code}\b", doc)]
    assert not missing, f"docs/errors.md does not document: {', '.join(missing)}"
    for code in ("0", "1", "2", "3", "130"):
        assert re.search(rf"^\|\s*`?{code}`?\s*\|", doc, re.M), f"exit code {code} missing from the table"
