"""Real inputs end to end: an article page gives the findings of its plain article text,
and agency originals compare against plain and HTML copies with spans that quote the files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from factdiff.api import compare_files
from factdiff.report.model import Report
from factdiff.report.render import RenderOptions, render
from factdiff.report.schema import REPORT_SCHEMA

DATA = Path(__file__).resolve().parent / "data"
PAGES, AGENCY = DATA / "pages", DATA / "agency"


def signature(report: Report) -> list[tuple[str, str, str, str]]:
    """Findings by what a reader sees: kind, severity and the decoded quotes."""
    return sorted((f.kind, f.severity.label, f.original.display if f.original else "", f.copy.display if f.copy else "")
                  for f in report.findings if f.kind != "furniture_ignored")


def assert_quotes_files(report: Report, original: Path, copy: Path) -> None:
    for side, path in (("original", original), ("copy", copy)):
        raw = path.read_text(encoding="utf-8")
        doc = getattr(report, side)
        assert doc.text == raw
        for f in report.findings:
            span = getattr(f, side)
            if span is not None:
                assert raw[span.start:span.end] == span.text


@pytest.fixture(scope="module")
def edited_original(tmp_path_factory) -> Path:
    """The wire story with three facts changed: a figure, a negation, a name."""
    text = (PAGES / "wire.txt").read_text(encoding="utf-8")
    for old, new in (("4.25%", "4.5%"), ("he won’t rule out", "he will rule out"), ("Benecki", "Benicki")):
        assert old in text
        text = text.replace(old, new, 1)
    path = tmp_path_factory.mktemp("orig") / "original.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_page_gives_the_findings_of_its_plain_text(edited_original: Path) -> None:
    page, plain = PAGES / "wire.html", PAGES / "wire.txt"
    from_page, from_plain = compare_files(edited_original, page), compare_files(edited_original, plain)
    assert signature(from_page) == signature(from_plain)
    kinds = {k for k, *_ in signature(from_page)}
    assert {"number_changed", "negation_changed", "name_spelling"} <= kinds
    assert not any(f.kind == "negation_changed" and "lost" in f.message for f in from_page.findings)
    furniture = [f for f in from_page.findings if f.kind == "furniture_ignored"]
    assert len(furniture) == 1 and furniture[0].severity.label == "info"
    assert furniture[0].details["blocks"] == from_page.copy.furniture > 20
    assert "page furniture ignored" in furniture[0].message
    assert not any(f.kind == "sentence_added" for f in from_page.findings)
    assert_quotes_files(from_page, edited_original, page)
    neg = next(f for f in from_page.findings if f.kind == "negation_changed")
    assert "&rsquo;" in neg.copy.text and neg.copy.display == "won’t rule"  # raw slice, decoded beside it
    jsonschema.validate(from_page.to_dict(), REPORT_SCHEMA)
    assert Report.from_dict(from_page.to_dict()).to_dict() == from_page.to_dict()


@pytest.mark.parametrize("name", ["regional", "broadcaster", "agency_site"])
def test_unchanged_page_is_identical_to_its_article(name: str) -> None:
    report = compare_files(PAGES / f"{name}.txt", PAGES / f"{name}.html")
    assert report.verdict == "identical"
    assert [f.kind for f in report.findings] == ["furniture_ignored"]


@pytest.mark.parametrize("item", ["rates.newsml.xml", "rates.nitf.xml", "rates.ninjs.json"])
def test_agency_original_against_plain_and_html_copies(item: str) -> None:
    original = AGENCY / item
    plain = compare_files(original, PAGES / "wire.txt")
    page = compare_files(original, PAGES / "wire.html")
    assert signature(plain) == signature(page)
    # the one fact the agency item has differently: 25 economists, 23 in the copies
    assert [(k, o, c) for k, _, o, c in signature(plain) if k == "number_changed"] == [("number_changed", "25", "23")]
    assert not any(f.severity.label in ("major", "critical") for f in plain.findings if f.kind != "number_changed")
    for report, copy in ((plain, PAGES / "wire.txt"), (page, PAGES / "wire.html")):
        assert_quotes_files(report, original, copy)
        assert report.original.metadata["provider"] == "Example Wire"
        for f in report.findings:
            assert "POLAND-CENBANK" not in f.message and "nprov" not in f.message
        jsonschema.validate(report.to_dict(), REPORT_SCHEMA)


def test_renderers_show_decoded_text(edited_original: Path) -> None:
    report = compare_files(edited_original, PAGES / "wire.html")
    for fmt in ("text", "markdown", "html", "terminal"):
        out = render(report, fmt, RenderOptions(width=120, color=False))
        assert "won’t" in out and "&amp;rsquo;" not in out and "won&rsquo;t" not in out, fmt
        assert "\u200b" not in out, fmt


def test_cli_html_mode_and_batch_read_pages_alike(edited_original: Path, tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "factdiff", "compare", str(edited_original), str(PAGES / "wire.html"),
                          "--format", "json", "--html-mode", "all"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    everything = json.loads(run.stdout)
    assert everything["copy"]["read_as"] == "all" and "furniture" not in everything["copy"]
    assert any(f["kind"] == "sentence_added" for f in everything["findings"])  # menus are compared now
    bad = subprocess.run([sys.executable, "-m", "factdiff", "compare", str(edited_original), str(PAGES / "wire.html"),
                          "--html-mode", "main"], capture_output=True, text=True)
    assert bad.returncode == 2 and "unknown --html-mode 'main'" in bad.stderr
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(json.dumps({"id": "page", "original": str(edited_original), "copy": str(PAGES / "wire.html")}) + "\n")
    out = tmp_path / "r.jsonl"
    batch = subprocess.run([sys.executable, "-m", "factdiff", "batch", "--manifest", str(manifest), "-o", str(out),
                            "--jobs", "1"], capture_output=True, text=True)
    assert batch.returncode == 0, batch.stderr
    row = json.loads(out.read_text().splitlines()[0])
    assert row["report"]["copy"]["format"] == "html" and row["report"]["copy"]["read_as"] == "trafilatura"
    direct = compare_files(edited_original, PAGES / "wire.html")
    assert sorted(f["kind"] for f in row["report"]["findings"]) == sorted(f.kind for f in direct.findings)
