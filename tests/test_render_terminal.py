"""The rich side-by-side view, rendered into fixed-width consoles (rich's own test style).

Exact-string comparisons strip trailing spaces from each line: rich pads table
lines to the console width and editors strip trailing whitespace from test files.
"""

from __future__ import annotations

import io
import re

import pytest
from report_samples import long_report, sample_report
from rich.console import Console

from factdiff.errors import OptionError
from factdiff.report.model import (
    AlignedGroup,
    DocumentInfo,
    Finding,
    Report,
    SentenceInfo,
    Severity,
    Span,
)
from factdiff.report.terminal import Gap, SideBySide, render_terminal, visible_rows

SGR = re.compile(r"\x1b\[([0-9;]*)m")


def doc(name: str, parts: list[tuple[str, int, str]]) -> DocumentInfo:
    """Sentences (role, paragraph, text); offsets come from building the text."""
    text, infos = "", []
    for role, para, sentence in parts:
        if infos:
            text += "\n\n" if para != infos[-1].paragraph else " "
        infos.append(SentenceInfo(len(infos), len(text), len(text) + len(sentence), para, role))
        text += sentence
    return DocumentInfo(name, text, tuple(infos))


def span(d: DocumentInfo, needle: str) -> Span:
    start = d.text.index(needle)
    return Span.of(d.text, start, start + len(needle))


def tiny() -> Report:
    o = doc("a.txt", [("headline", 0, "Flood wall approved"),
                      ("body", 1, "The council approved 12 homes on Tuesday."),
                      ("body", 1, "The mayor was not present."),
                      ("body", 2, "Work starts in May.")])
    c = doc("b.txt", [("headline", 0, "Flood wall approved"),
                      ("body", 1, "The council approved about 12 homes on Monday."),
                      ("body", 1, "Work starts in May."),
                      ("body", 2, "Critics objected.")])
    alignment = (AlignedGroup((0,), (0,), 1.0), AlignedGroup((1,), (1,), 0.8),
                 AlignedGroup((2,), (), 0.0), AlignedGroup((3,), (2,), 1.0),
                 AlignedGroup((), (3,), 0.0))
    S = Severity
    findings = (
        Finding("qualifier_changed", S.MAJOR, span(o, "12 homes"), span(c, "about 12 homes"),
                "the copy hedges an exact number"),
        Finding("date_changed", S.MAJOR, span(o, "Tuesday"), span(c, "Monday"),
                "day changed: Tuesday -> Monday"),
        Finding("sentence_missing", S.MINOR, span(o, "The mayor was not present."), None,
                "sentence dropped from the copy"),
        Finding("sentence_added", S.INFO, None, span(c, "Critics objected."),
                "sentence added in the copy"),
    )
    return Report(o, c, alignment, findings, "copy", "fd1-0123abcd")


def render(report: Report, width: int = 100, **options: object) -> str:
    console = Console(file=io.StringIO(), width=width, record=True, color_system=None,
                      force_terminal=False)
    render_terminal(report, console, **options)  # type: ignore[arg-type]
    return "\n".join(line.rstrip() for line in console.export_text().splitlines()) + "\n"


TINY_100 = """\
verdict: copy  a.txt vs b.txt  fd1-0123abcd
   ╷                                               ╷
 # │ original: a.txt                               │ copy: b.txt
╶──┼───────────────────────────────────────────────┼───────────────────────────────────────────────╴
 1 │ headline                                      │ headline
   │ Flood wall approved                           │ Flood wall approved
╶──┼───────────────────────────────────────────────┼───────────────────────────────────────────────╴
 2 │ The council approved 12 homes[1] on           │ The council approved about 12 homes[1] on
   │ Tuesday[2].                                   │ Monday[2].
╶──┼───────────────────────────────────────────────┼───────────────────────────────────────────────╴
 3 │ The mayor was not present.[3]                 │ — dropped —
╶──┼───────────────────────────────────────────────┼───────────────────────────────────────────────╴
 4 │ Work starts in May.                           │ Work starts in May.
╶──┼───────────────────────────────────────────────┼───────────────────────────────────────────────╴
 5 │ — added —                                     │ Critics objected.[4]
   ╵                                               ╵

findings
[1] ▲ MAJOR    qualifier_changed  row 2
    orig "12 homes"
    copy "about 12 homes"
    the copy hedges an exact number
[2] ▲ MAJOR    date_changed  row 2
    orig "Tuesday"
    copy "Monday"
    day changed: Tuesday -> Monday
[3] ● MINOR    sentence_missing  row 3
    orig "The mayor was not present."
    copy —
    sentence dropped from the copy
[4] ℹ INFO     sentence_added  row 5
    orig —
    copy "Critics objected."
    sentence added in the copy

kind                critical   major   minor   info   total
───────────────────────────────────────────────────────────
qualifier_changed          -       1       -      -       1
date_changed               -       1       -      -       1
sentence_missing           -       -       1      -       1
sentence_added             -       -       -      1       1
───────────────────────────────────────────────────────────
total                      -       2       1      1       4
"""

TINY_60_TABLE = """\
verdict: copy  a.txt vs b.txt  fd1-0123abcd
   ╷                           ╷
 # │ original: a.txt           │ copy: b.txt
╶──┼───────────────────────────┼───────────────────────────╴
 1 │ headline                  │ headline
   │ Flood wall approved       │ Flood wall approved
╶──┼───────────────────────────┼───────────────────────────╴
 2 │ The council approved 12   │ The council approved about
   │ homes[1] on Tuesday[2].   │ 12 homes[1] on Monday[2].
╶──┼───────────────────────────┼───────────────────────────╴
 3 │ The mayor was not         │ — dropped —
   │ present.[3]               │
╶──┼───────────────────────────┼───────────────────────────╴
 4 │ Work starts in May.       │ Work starts in May.
╶──┼───────────────────────────┼───────────────────────────╴
 5 │ — added —                 │ Critics objected.[4]
   ╵                           ╵
"""


def test_exact_at_width_100() -> None:
    assert render(tiny(), 100) == TINY_100


def test_exact_table_at_width_60() -> None:
    assert render(tiny(), 60, findings=False, summary=False) == TINY_60_TABLE


def test_exact_context_zero_elides_rows_without_findings() -> None:
    out = render(tiny(), 60, context=0, findings=False, summary=False)
    # Row 4 alone has no finding: a one-row gap is drawn rather than elided.
    assert out == TINY_60_TABLE
    r = tiny()
    plain = Report(r.original, r.copy, r.alignment, r.findings[:1], r.verdict, r.signature)
    # Row 1 is a one-row gap, so it is drawn; rows 3-5 are elided.
    assert render(plain, 60, context=0, findings=False, summary=False) == """\
verdict: copy  a.txt vs b.txt  fd1-0123abcd
   ╷                           ╷
 # │ original: a.txt           │ copy: b.txt
╶──┼───────────────────────────┼───────────────────────────╴
 1 │ headline                  │ headline
   │ Flood wall approved       │ Flood wall approved
╶──┼───────────────────────────┼───────────────────────────╴
 2 │ The council approved 12   │ The council approved about
   │ homes[1] on Tuesday.      │ 12 homes[1] on Monday.
   ╵                           ╵
                … 3 rows without findings …
"""


def test_same_output_after_json_round_trip() -> None:
    r = sample_report()
    assert render(Report.from_dict(r.to_dict()), 80) == render(r, 80)


@pytest.mark.parametrize("width", [60, 120])
def test_every_quote_appears_in_full(width: int) -> None:
    r = sample_report()
    out = render(r, width)
    findings_part = out.split("\nfindings\n", 1)[1]
    flat = " ".join(findings_part.split())
    for f in r.findings:
        for s in (f.original, f.copy):
            if s is not None:
                assert f'"{" ".join(s.text.split())}"' in flat
    for number in range(1, len(r.findings) + 1):
        assert out.count(f"[{number}]") >= 2  # in the table and in the list
    assert all(len(line) <= width for line in out.splitlines())
    assert "…" not in out  # short article: nothing elided, nothing truncated


def test_roles_moves_and_unpaired_rows_are_labelled() -> None:
    out = render(sample_report(), 120)
    assert out.count("headline") == 2 and out.count("credits") == 2
    assert "dateline" in out
    assert "↕ moved: follows row 2 in the copy" in out
    assert "— dropped —" in out and "— added —" in out


def test_added_copy_sentence_sits_next_to_its_neighbours() -> None:
    out = render(tiny(), 100, findings=False, summary=False)
    rows = [line for line in out.splitlines() if re.match(r"^ *\d+ │", line)]
    assert [row.split("│")[2].strip() for row in rows][-2:] == [
        "Work starts in May.", "Critics objected.[4]"
    ]


def test_no_escape_codes_when_not_a_terminal_or_no_colour_system() -> None:
    for console in (
        Console(file=io.StringIO(), width=90, force_terminal=False),
        Console(file=io.StringIO(), width=90, force_terminal=True, color_system=None),
    ):
        render_terminal(sample_report(), console)
        out = console.file.getvalue()  # type: ignore[attr-defined]
        assert "\x1b" not in out and "[5]" in out


def _colour_codes(out: str) -> list[str]:
    """SGR parameters that set a colour (30-38, 40-48, 90-97, 100-107)."""
    found = []
    for params in SGR.findall(out):
        for p in params.split(";"):
            if p and (30 <= int(p) <= 48 or 90 <= int(p) <= 107):
                found.append(p)
    return found


def test_no_color_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    console = Console(file=io.StringIO(), width=90, force_terminal=True)
    render_terminal(sample_report(), console)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    # NO_COLOR forbids colour, not emphasis: underline still marks the finding spans.
    assert _colour_codes(out) == []
    assert "CRITICAL" in out and "[5]" in out
    monkeypatch.delenv("NO_COLOR")
    coloured = Console(file=io.StringIO(), width=90, force_terminal=True,
                       color_system="256")
    render_terminal(sample_report(), coloured)
    assert _colour_codes(coloured.file.getvalue())  # type: ignore[attr-defined]


def test_markers_and_spans_take_the_severity_colour() -> None:
    console = Console(width=100, color_system="truecolor", force_terminal=True)
    r = sample_report()
    lines = console.render_lines(SideBySide(r, findings=False, summary=False),
                                 console.options, pad=False)
    segments = [s for line in lines for s in line if not s.control]
    critical = next(i for i, f in enumerate(r.findings, 1) if f.severity == Severity.CRITICAL)
    markers = [s for s in segments if s.text == f"[{critical}]"]
    assert len(markers) == 2
    assert all(s.style and s.style.color and s.style.color.name == "red" for s in markers)
    spans = [s for s in segments if s.style and s.style.underline and "begin" in s.text]
    assert spans and all(s.style and s.style.color.name == "red" for s in spans)  # type: ignore[union-attr]


def test_long_article_defaults_to_context_one() -> None:
    out = render(long_report(), 100, findings=False, summary=False)
    assert "… 13 rows without findings …" in out
    assert out.count("… 12 rows without findings …") == 3
    shown = [int(m) for m in re.findall(r"^ *(\d+) │", out, re.M)]
    assert shown == [14, 15, 16, 29, 30, 31, 44, 45, 46, 59, 60]
    assert out.index("original: long-original.txt") < out.index("… 13 rows")


def test_context_and_show_all() -> None:
    two = render(long_report(), 100, context=2, findings=False, summary=False)
    assert [int(m) for m in re.findall(r"^ *(\d+) │", two, re.M)][:5] == [13, 14, 15, 16, 17]
    assert "… 12 rows without findings …" in two and "… 10 rows without findings …" in two
    every = render(long_report(), 100, show_all=True, context=0, findings=False, summary=False)
    assert "without findings" not in every
    assert len(re.findall(r"^ *\d+ │", every, re.M)) == 60


def test_visible_rows() -> None:
    f, t = False, True
    assert visible_rows([f, t, f, f, f, t, f], context=1) == [0, 1, 2, 3, 4, 5, 6]
    assert visible_rows([t, f, f, f, f, f, t], context=1) == [0, 1, Gap(3), 5, 6]
    assert visible_rows([f, f, f], context=0) == [Gap(3)]
    assert visible_rows([f] * 5) == [0, 1, 2, 3, 4]  # short: everything
    assert visible_rows([f] * 41) == [Gap(41)]  # long: context 1 by default
    with pytest.raises(OptionError):
        visible_rows([t], context=-1)
    with pytest.raises(OptionError):
        SideBySide(tiny(), context=-2)


def test_empty_and_clean_reports() -> None:
    r = tiny()
    clean = Report(r.original, r.copy, r.alignment, (), "identical", "")
    out = render(clean, 80)
    assert out.startswith("verdict: identical  a.txt vs b.txt\n")
    assert out.rstrip().endswith("no findings") and "findings\n[" not in out
    empty = Report(DocumentInfo("x", ""), DocumentInfo("y", ""), (), (), "unrelated")
    assert render(empty, 80) == (
        "verdict: unrelated  x vs y\nno sentences to show\nno findings\n"
    )
