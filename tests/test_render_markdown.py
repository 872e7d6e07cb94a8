"""The Markdown report: a table that never breaks, text that never turns into markup."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from report_samples import SCRIPT, make_doc, sample_report

from factdiff.report.diff import build_rows
from factdiff.report.markdown import md_code, md_escape, render_markdown
from factdiff.report.model import Report


def gfm() -> MarkdownIt:
    """CommonMark plus GitHub tables and strikethrough: what GitHub and most tickets render."""
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def tokens(md: str):
    def walk(toks):
        for t in toks:
            yield t
            if t.children:
                yield from walk(t.children)

    return list(walk(gfm().parse(md)))


def inline_text(tok) -> str:
    """Rendered text of an inline token (text, code spans, soft breaks)."""
    out = []
    for c in tok.children or []:
        if c.type in {"text", "code_inline"}:
            out.append(c.content)
        elif c.type in {"softbreak", "hardbreak"}:
            out.append("\n")
    return "".join(out)


def table_rows(md: str) -> list[list[str]]:
    toks = gfm().parse(md)
    rows, cur, inside = [], None, False
    for t in toks:
        if t.type == "table_open":
            inside = True
        elif t.type == "table_close":
            inside = False
        elif inside and t.type == "tr_open":
            cur = []
        elif inside and t.type == "tr_close":
            rows.append(cur)
        elif inside and t.type == "inline":
            cur.append(inline_text(t))
    return rows


@pytest.fixture(scope="module")
def report() -> Report:
    return sample_report()


@pytest.fixture(scope="module")
def md(report: Report) -> str:
    return render_markdown(report)


def test_header_has_verdict_signature_and_counts(md: str, report: Report) -> None:
    head = md.split("## Findings")[0]
    assert "**Verdict:** copy" in head
    assert md_code(report.signature) in head
    for label, n in report.summary.items():
        assert f"{n} {label.upper()}" in head


def test_no_markup_from_the_input_survives(md: str) -> None:
    kinds = {t.type for t in tokens(md)}
    assert not kinds & {"html_inline", "html_block", "link_open", "image", "s_open"}
    assert SCRIPT not in md


def test_table_has_one_row_per_finding_with_six_cells(md: str, report: Report) -> None:
    rows = table_rows(md)
    assert rows[0] == ["#", "Severity", "Kind", "Original", "Copy", "Message"]
    body = rows[1:]
    assert len(body) == len(report.findings)
    for number, (cells, f) in enumerate(zip(body, report.findings, strict=True), start=1):
        assert len(cells) == 6
        assert cells[0] == str(number)
        assert f.severity.label.upper() in cells[1]
        assert cells[2] == f.kind.replace("_", " ")
        assert cells[5] == f.message  # the rendered cell reads exactly like the message
        for cell, span in ((cells[3], f.original), (cells[4], f.copy)):
            if span is None:
                assert cell == "—"
            else:
                quoted = cell.strip("“”").rstrip("…")
                assert " ".join(span.text.split()).startswith(quoted)


def test_hostile_quote_reads_back_as_text(md: str, report: Report) -> None:
    hostile = next(cells for cells in table_rows(md) if "pwned=1" in "".join(cells))
    assert "<script>window.__pwned=1</script>" in hostile[4]
    assert '<img src=x onerror="window.__pwned=2">' in hostile[4]
    assert "<not in original> | *check* `it`" == hostile[5].removeprefix("sentence added in the copy: ")


def test_passages_mark_changed_words_in_bold(md: str) -> None:
    section = md.split("## Passages")[1]
    blocks = section.split("### ")[1:]
    negation = next(b for b in blocks if "Construction" in b)
    original_line = next(line for line in negation.splitlines() if line.startswith("> **Original:**"))
    strong = []
    toks = tokens(original_line)
    inside = False
    for t in toks:
        if t.type == "strong_open":
            inside, buf = True, []
        elif t.type == "strong_close":
            inside = False
            strong.append("".join(buf))
        elif inside and t.type == "text":
            buf.append(t.content)
    assert strong == ["Original:", "not"]


def test_passages_note_dropped_added_and_moved(md: str, report: Report) -> None:
    rows = build_rows(report)
    section = md.split("## Passages")[1]
    for r in rows:
        heading = next((line for line in section.splitlines() if line.startswith(f"### Row {r.number} ") or line == f"### Row {r.number}"), None)
        if r.status == "dropped":
            assert heading is not None and "dropped from the copy" in heading
        if r.status == "added":
            assert heading is not None and "added in the copy" in heading
        if r.moved:
            assert heading is not None and f"after row {r.moved_after}" in heading


def test_each_span_gets_one_numbered_marker(report: Report) -> None:
    section = render_markdown(report, passages="all").split("## Passages")[1]
    seen: list[int] = []
    for group in re.findall(r"(?<!\\)\[(\d+(?:,\d+)*)\]", section):
        seen += [int(n) for n in group.split(",")]
    expected = [n for n, f in enumerate(report.findings, start=1) for s in (f.original, f.copy) if s]
    assert sorted(seen) == sorted(expected)
    # the marker follows the quoted words: "will not begin" ends right before [n]
    n = next(k for k, f in enumerate(report.findings, start=1) if f.kind == "negation_changed")
    assert f"will **not** begin [{n}]" in section


def test_passage_choice(report: Report) -> None:
    rows = build_rows(report)
    every = render_markdown(report, passages="all")
    assert every.count("\n### Row ") == len(rows)
    assert "## Passages" not in render_markdown(report, passages="none")
    default = render_markdown(report)
    assert 0 < default.count("\n### Row ") <= len(rows)


def test_same_output_from_json(report: Report, md: str) -> None:
    assert render_markdown(Report.from_dict(json.loads(report.to_json()))) == md


def test_no_findings() -> None:
    doc = make_doc("a", [[("body", "Same text.")]])
    out = render_markdown(Report(doc, doc, (), (), verdict="identical"))
    assert "No findings." in out and "| # |" not in out


def test_newlines_never_break_a_table_row() -> None:
    assert "\n" not in md_escape("line one\nline two\r\nthree")


_ALPHABET = st.sampled_from(list("ab 1.,;:!?()[]{}<>|*_`~#&\\-+=\"'/@$%^") + ["&amp;", "&#42;", "http://x.y", "<b>", "</b>"])


@given(st.lists(_ALPHABET, max_size=25).map("".join))
def test_escaped_text_renders_back_to_itself(text: str) -> None:
    """Whatever the input, the rendered cell shows exactly the input (whitespace folded)."""
    rendered = table_rows(f"| a | b |\n| --- | --- |\n| x | y{md_escape(text)}z |\n")
    assert len(rendered) == 2 and len(rendered[1]) == 2
    assert rendered[1][1] == "y" + text + "z"


@given(st.lists(_ALPHABET, max_size=25).map("".join))
def test_code_span_renders_back_to_itself(text: str) -> None:
    toks = [t for t in tokens("x " + md_code(text) + " y") if t.type == "code_inline"]
    if text.strip():
        assert len(toks) == 1 and toks[0].content == text
