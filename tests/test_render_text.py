"""The plain-text listing: exact strings, one line per finding, never an ANSI code."""

from __future__ import annotations

from factdiff.report.model import (
    AlignedGroup,
    DocumentInfo,
    Finding,
    Report,
    SentenceInfo,
    Severity,
    Span,
)
from factdiff.report.text import render_text, summary_line


def doc(name: str, sentences: list[str]) -> DocumentInfo:
    """One-paragraph document; sentence offsets come from building the text."""
    text, infos = "", []
    for s in sentences:
        if text:
            text += " "
        infos.append(SentenceInfo(len(infos), len(text), len(text) + len(s), 0))
        text += s
    return DocumentInfo(name, text, tuple(infos))


def span(d: DocumentInfo, needle: str) -> Span:
    start = d.text.index(needle)
    return Span.of(d.text, start, start + len(needle))


def report(findings_of, verdict: str = "copy", signature: str = "fd1-cafe") -> Report:
    o = doc("a.txt", ["Police held 1,403 people on Tuesday.", "The mayor was not present."])
    c = doc("b.txt", ["Police held about 1,403 people on Monday.", "Critics objected."])
    alignment = (AlignedGroup((0,), (0,), 0.9), AlignedGroup((1,), (), 0.0),
                 AlignedGroup((), (1,), 0.0))
    return Report(o, c, alignment, tuple(findings_of(o, c)), verdict, signature)


def four(o: DocumentInfo, c: DocumentInfo) -> list[Finding]:
    S = Severity
    return [
        Finding("qualifier_changed", S.MAJOR, span(o, "1,403"), span(c, "about 1,403"),
                "the copy hedges an exact number"),
        Finding("date_changed", S.CRITICAL, span(o, "Tuesday"), span(c, "Monday"),
                "day changed: Tuesday -> Monday"),
        Finding("sentence_missing", S.MINOR, span(o, "The mayor was not present."), None,
                "sentence dropped\nfrom the copy"),
        Finding("sentence_added", S.INFO, None, span(c, "Critics objected."),
                "sentence added in the copy"),
    ]


def test_exact_listing() -> None:
    assert render_text(report(four)) == (
        "verdict: copy; 1 critical, 1 major, 1 minor, 1 info\n"
        '[1] MAJOR qualifier_changed  orig 12-17 "1,403" | copy 12-23 "about 1,403"\n'
        "    the copy hedges an exact number\n"
        '[2] CRITICAL date_changed  orig 28-35 "Tuesday" | copy 34-40 "Monday"\n'
        "    day changed: Tuesday -> Monday\n"
        '[3] MINOR sentence_missing  orig 37-63 "The mayor was not present." | copy -\n'
        "    sentence dropped from the copy\n"
        '[4] INFO sentence_added  orig - | copy 42-59 "Critics objected."\n'
        "    sentence added in the copy\n"
        "signature: fd1-cafe\n"
    )


def test_offsets_in_listing_slice_the_quoted_text() -> None:
    r = report(four)
    for line in render_text(r).splitlines()[1:-1:2]:
        for side, doc_ in (("orig", r.original), ("copy", r.copy)):
            part = line.split(f"{side} ", 1)[1]
            if part.startswith("-"):
                continue
            offsets, quoted = part.split(" ", 1)
            start, end = map(int, offsets.split("-"))
            assert quoted.startswith(f'"{doc_.text[start:end]}"')


def test_no_findings_and_no_signature() -> None:
    assert render_text(report(lambda o, c: [], "identical", "")) == (
        "verdict: identical; no findings\nsignature: -\n"
    )


def test_summary_leaves_out_empty_severities_in_severity_order() -> None:
    def two(o: DocumentInfo, c: DocumentInfo) -> list[Finding]:
        return [
            Finding("fact_added", Severity.INFO, None, span(c, "Critics"), "x"),
            Finding("number_changed", Severity.MAJOR, span(o, "1,403"), span(c, "1,403"), "y"),
            Finding("date_changed", Severity.MAJOR, span(o, "Tuesday"), span(c, "Monday"), "z"),
        ]

    assert summary_line(report(two)) == "verdict: copy; 2 major, 1 info"


def test_quotes_and_newlines_are_escaped_so_each_finding_stays_on_one_line() -> None:
    o = DocumentInfo("a", 'He said "no"\nthen left.', (SentenceInfo(0, 0, 24, 0),))
    c = DocumentInfo("b", "He said yes.", (SentenceInfo(0, 0, 12, 0),))
    f = Finding("negation_changed", Severity.CRITICAL, Span.of(o.text, 8, 22),
                Span.of(c.text, 8, 11), 'line one\n  line "two"')
    out = render_text(Report(o, c, (AlignedGroup((0,), (0,), 0.5),), (f,)))
    assert out.splitlines() == [
        "verdict: copy; 1 critical",
        '[1] CRITICAL negation_changed  orig 8-22 "\\"no\\"\\nthen left" | copy 8-11 "yes"',
        '    line one line "two"',
        "signature: -",
    ]


def test_unicode_is_kept_and_no_ansi_ever() -> None:
    o = DocumentInfo("a", "Zürich paid €5 “now”.", (SentenceInfo(0, 0, 21, 0),))
    c = DocumentInfo("b", "Zürich paid €6 “now”.", (SentenceInfo(0, 0, 21, 0),))
    f = Finding("number_changed", Severity.MAJOR, Span.of(o.text, 12, 21),
                Span.of(c.text, 12, 21), "amount changed")
    out = render_text(Report(o, c, (AlignedGroup((0,), (0,), 0.9),), (f,)))
    assert '"€5 “now”."' in out and '"€6 “now”."' in out
    assert "\x1b" not in out


def test_same_listing_after_json_round_trip() -> None:
    r = report(four)
    assert render_text(Report.from_json(r.to_json())) == render_text(r)
