"""Word-level diff and row layout shared by the renderers (factdiff.report.diff)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from report_samples import long_report, make_doc, sample_report

from factdiff.report.diff import (
    build_rows,
    group_diff,
    marks_by_sentence,
    pieces,
    place_findings,
    token_diff,
    tokenize,
)
from factdiff.report.model import AlignedGroup, Finding, Report, Severity, Span


def words(text: str, ranges: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in ranges]


def test_identical_texts_have_no_difference() -> None:
    text = "The council approved a $40 million wall on Tuesday."
    assert token_diff(text, text) == ([], [])


def test_case_and_quote_style_do_not_count() -> None:
    a = "“Don’t be surprised,” Lukas said."
    b = "\"don't be SURPRISED,\" lukas said."
    assert token_diff(a, b) == ([], [])


def test_dash_variants_inside_words_do_not_count() -> None:
    assert token_diff("a re–election bid", "a re-election bid") == ([], [])


def test_punctuation_alone_does_not_count() -> None:
    assert token_diff("He left, then came back.", "He left; then came back!") == ([], [])


def test_changed_number_is_reported_on_both_sides() -> None:
    a = "The fund holds $40 million in cash."
    b = "The fund holds $45 million in cash."
    ra, rb = token_diff(a, b)
    assert words(a, ra) == ["40"]
    assert words(b, rb) == ["45"]


def test_grouped_number_is_one_word() -> None:
    a = "Vyra lists 1,403 prisoners."
    b = "Vyra lists 1,430 prisoners."
    ra, rb = token_diff(a, b)
    assert words(a, ra) == ["1,403"]
    assert words(b, rb) == ["1,430"]


def test_insertion_and_deletion_are_one_sided() -> None:
    a = "Construction will not begin before 2026."
    b = "Construction will begin before 2026."
    ra, rb = token_diff(a, b)
    assert words(a, ra) == ["not"]
    assert rb == []
    rb2, ra2 = token_diff(b, a)
    assert rb2 == [] and words(a, ra2) == ["not"]


def test_consecutive_changed_words_form_one_range() -> None:
    a = "places not that far away"
    b = "places not too distant"
    ra, rb = token_diff(a, b)
    assert words(a, ra) == ["that far away"]
    assert words(b, rb) == ["too distant"]


def test_percent_sign_is_a_word() -> None:
    ra, rb = token_diff("rose 5% last year", "rose 5 points last year")
    assert words("rose 5% last year", ra) == ["%"]
    assert words("rose 5 points last year", rb) == ["points"]


_TEXT = st.lists(
    st.sampled_from(["the", "The", "wall", "40", "1,403", "don’t", "don't", "“no”", "$", "%", "a-b", ",", "."]),
    max_size=12,
).map(" ".join)


@given(_TEXT, _TEXT)
def test_unmarked_words_are_equal_on_both_sides(a: str, b: str) -> None:
    """Removing the highlighted words leaves the same word sequence on both sides."""
    ra, rb = token_diff(a, b)

    def kept(text: str, ranges: list[tuple[int, int]]) -> list[str]:
        return [k for s, e, k in tokenize(text) if not any(rs <= s and e <= re_ for rs, re_ in ranges)]

    assert kept(a, ra) == kept(b, rb)
    for text, ranges in ((a, ra), (b, rb)):
        starts = {s for s, _, _ in tokenize(text)}
        ends = {e for _, e, _ in tokenize(text)}
        assert ranges == sorted(ranges)
        for (_s1, e1), (s2, _) in zip(ranges, ranges[1:], strict=False):
            assert e1 < s2
        assert all(s in starts and e in ends for s, e in ranges)


def test_group_diff_cuts_ranges_per_sentence() -> None:
    a = ["Police detained 25,000 people.", "Rights groups said so."]
    b = ["Police detained 20,000 people, rights groups said."]
    da, db = group_diff(a, b)
    assert [words(a[k], r) for k, r in enumerate(da)] == [["25,000"], ["so"]]
    assert words(b[0], db[0]) == ["20,000"]
    # A changed run crossing the sentence boundary is cut in two, one piece per sentence.
    da, db = group_diff(["It was cold.", "Snow fell."], ["It was warm rain fell."])
    assert words("It was cold.", da[0]) == ["cold"]
    assert words("Snow fell.", da[1]) == ["Snow"]


def test_rows_cover_every_sentence_once_and_fill_gaps() -> None:
    report = sample_report()
    # Drop two groups: their sentences must still be shown, as unpaired rows, in place.
    partial = Report(report.original, report.copy, report.alignment[:2] + report.alignment[4:], ())
    for rep in (report, partial):
        rows = build_rows(rep)
        assert [r.number for r in rows] == list(range(1, len(rows) + 1))
        assert sorted(i for r in rows for i in r.original) == list(range(len(rep.original.sentences)))
        assert sorted(i for r in rows for i in r.copy) == list(range(len(rep.copy.sentences)))
    rows = build_rows(partial)
    # Original sentences 3 and 4 follow the row holding original sentence 2 ...
    assert [(r.original, r.copy) for r in rows[2:4]] == [((3,), ()), ((4,), ())]
    # ... and copy sentences 3 and 4 follow the row holding copy sentence 2 (the moved one).
    at = next(k for k, r in enumerate(rows) if 2 in r.copy)
    assert [(r.original, r.copy) for r in rows[at + 1 : at + 3]] == [((), (3,)), ((), (4,))]


def test_moved_row_knows_where_it_sits_in_the_copy() -> None:
    rows = build_rows(sample_report())
    moved = [r for r in rows if r.moved]
    assert len(moved) == 1
    row = moved[0]
    # The copy puts this sentence right after the row that holds the copy sentence before it.
    before = next(r for r in rows if min(row.copy) - 1 in r.copy)
    assert row.moved_after == before.number
    assert {r.status for r in rows} == {"paired", "dropped", "added"}


def test_diff_ranges_are_absolute_offsets() -> None:
    report = sample_report()
    rows = build_rows(report)
    row = next(r for r in rows if 4 in r.original)
    (orig_ranges,) = row.original_diff
    assert [report.original.text[s:e] for s, e in orig_ranges] == ["not"]


def test_findings_are_placed_in_the_rows_of_their_spans() -> None:
    report = sample_report()
    rows = build_rows(report)
    places = place_findings(report, rows)
    assert len(places) == len(report.findings)
    for f, place in zip(report.findings, places, strict=True):
        for span, row_no, side in ((f.original, place.original_row, "original"), (f.copy, place.copy_row, "copy")):
            if span is None:
                assert row_no is None
                continue
            doc = getattr(report, side)
            row = rows[row_no - 1]
            assert any(
                doc.sentences[i].start <= span.start < doc.sentences[i].end for i in getattr(row, side)
            )


def test_pieces_tile_the_sentence_and_number_each_span_once() -> None:
    report = long_report(30)
    marks = marks_by_sentence(report, "copy")
    rows = build_rows(report)
    seen = []
    for row in rows:
        for i, ranges in zip(row.copy, row.copy_diff, strict=True):
            s = report.copy.sentences[i]
            ps = pieces(s.start, s.end, ranges, marks.get(i, []))
            assert ps[0].start == s.start and ps[-1].end == s.end
            assert all(p.end == q.start for p, q in zip(ps, ps[1:], strict=False))
            seen += [m for p in ps for m in p.markers]
    with_copy = [n for n, f in enumerate(report.findings, start=1) if f.copy is not None]
    assert sorted(seen) == with_copy


def test_span_over_two_sentences_is_highlighted_in_both_numbered_once() -> None:
    doc = make_doc("d", [[("body", "One two three."), ("body", "Four five six.")]])
    span = Span.of(doc.text, doc.text.index("three"), doc.text.index("five") + 4)
    finding = Finding("wording_changed", Severity.MINOR, span, None, "m")
    report = Report(doc, doc, (AlignedGroup((0, 1), (0, 1), 1.0),), (finding,))
    marks = marks_by_sentence(report, "original")
    assert [(n, doc.text[s:e], last) for n, s, e, last in marks[0]] == [(1, "three.", False)]
    assert [(n, doc.text[s:e], last) for n, s, e, last in marks[1]] == [(1, "Four five", True)]
