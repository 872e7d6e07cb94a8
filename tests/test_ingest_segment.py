"""Segmentation: paragraphs, headline, datelines, credits, on text written for the tests."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdiff.errors import InputError
from factdiff.ingest import Segment, read_source, segment, source_from_text
from factdiff.ingest.segment import dateline_end, paragraphs

DATA = Path(__file__).resolve().parent.parent / "data"


def segs(text: str, **kw: object) -> list[tuple[str, int, str]]:
    src = source_from_text(text, **kw)  # type: ignore[arg-type]
    return [(s.role, s.paragraph, src.text[s.start:s.end]) for s in segment(src)]


def roles(text: str) -> list[str]:
    return [r for r, _, _ in segs(text)]


# --------------------------------------------------------------------------- paragraphs

def test_blank_line_paragraphs_with_whitespace_only_lines() -> None:
    text = "First para here.\n   \t\nSecond para here.\n\n\nThird."
    assert [t for _, _, t in segs(text)] == ["First para here.", "Second para here.", "Third."]
    assert [p for _, p, _ in segs(text)] == [0, 1, 2]


@pytest.mark.parametrize("nl", ["\n", "\r\n", "\r"])
def test_line_endings_are_equivalent(nl: str) -> None:
    lines = ["Ministers Meet In Jakarta", "", "JAKARTA - The ministers met on Monday.", "",
             "They agreed on a 5% cut.", "", "(Reporting by Ann Lee; Editing by Bo Chen)"]
    got = segs(nl.join(lines))
    assert [r for r, _, _ in got] == ["headline", "dateline", "body", "body", "credits"]
    assert got[2][2] == "The ministers met on Monday."
    assert all("\r" not in t and "\n" not in t for _, _, t in got)


def test_one_sentence_per_line_wire_copy() -> None:
    text = (
        "Rains flood northern city\n"
        "MANILA (Reuters) - Floods forced 3,000 people from their homes on Sunday.\n"
        "The weather agency said more rain was expected.\n"
        "\"We are moving families to schools,\" the mayor said.\n"
        "Two people were reported missing.\n"
    )
    got = segs(text)
    assert [r for r, _, _ in got] == ["headline", "dateline", "body", "body", "body", "body"]
    assert [p for _, p, _ in got] == [0, 1, 1, 2, 3, 4]


def test_hard_wrapped_paragraph_stays_one() -> None:
    text = (
        "The central bank raised its benchmark rate by 50 basis points on Thursday,\n"
        "the third increase this year, as inflation climbed to 7.2% in the twelve\n"
        "months to March. Economists polled before the decision had expected a\n"
        "smaller move of 25 basis points.\n"
    )
    got = segs(text)
    assert len(got) == 1 and got[0][0] == "body"
    assert got[0][2] == text.strip()


def test_hard_wrapped_lines_ending_at_sentence_ends_stay_one() -> None:
    # textwrap.fill(width=72) output whose wrap points happen to fall after periods:
    # punctuation alone would call this one-sentence-per-line copy.
    lines = ["The bank raised its main rate by half a point on Thursday, its third.",
             "Inflation rose to 7.2% in March, the highest level seen since 2008 now.",
             "Economists had expected a smaller move of a quarter of a point again."]
    text = "\n".join(lines)
    assert textwrap.fill(" ".join(lines), 72) == text
    assert paragraphs(text) == [(0, len(text))]


def test_hard_wrapped_paragraphs_separated_by_blank_lines() -> None:
    para = (
        "The central bank raised its benchmark rate by 50 basis points on Thursday,\n"
        "the third increase this year. Inflation climbed to 7.2% in the twelve\n"
        "months to March.\n"
    )
    assert len(paragraphs(para + "\n" + para)) == 2


def test_single_paragraph_is_never_a_headline() -> None:
    assert roles("Floods Hit Manila Again") == ["body"]
    assert roles("A short line of text") == ["body"]


def test_single_sentence_document() -> None:
    assert segs("The minister resigned on Friday.") == [("body", 0, "The minister resigned on Friday.")]


# --------------------------------------------------------------------------- headline

@pytest.mark.parametrize(
    "head",
    [
        "Belarus Leader Signals Amnesty For Sick Prisoners",
        "Belarus leader signals amnesty for sick prisoners",
        "Will the central bank cut rates again?",
        "Floods kill 12 in northern Philippines!",
        "Talks Stall Over U.S.",
        "BREAKING: Belarus frees prisoners",
        "UN: 12 dead in floods",
    ],
)
def test_headline_detected(head: str) -> None:
    got = segs(f"{head}\n\nThe body sentence follows here. It has two sentences.")
    assert got[0] == ("headline", 0, head)
    assert got[1][0] == "body"


@pytest.mark.parametrize(
    "first",
    [
        "The minister resigned on Friday.",  # sentence-final period
        "The minister, who had served in the post for more than six years under three "
        "different prime ministers and survived two votes of no confidence, resigned",  # long
        "He said: first, the budget; second,",  # trailing punctuation of a running text
        "It rained. Then it stopped",  # two sentences
    ],
)
def test_not_a_headline(first: str) -> None:
    assert roles(f"{first}\n\nMore text follows here.")[0] == "body"


def test_title_case_headline_on_top_of_wrapped_paragraph() -> None:
    text = (
        "Central Bank Raises Rates Again\n"
        "The central bank raised its benchmark rate by 50 basis points on Thursday,\n"
        "the third increase this year, as inflation climbed to 7.2% in the twelve\n"
        "months to March.\n"
    )
    got = segs(text)
    assert got[0] == ("headline", 0, "Central Bank Raises Rates Again")
    assert got[1][0] == "body" and got[1][1] == 1


def test_byline_after_headline_is_credits() -> None:
    got = segs("Floods Hit Manila\n\nBy Maria Santos and John Reyes\n\nFloods hit Manila on Sunday.")
    assert [r for r, _, _ in got] == ["headline", "credits", "body"]


# --------------------------------------------------------------------------- datelines

@pytest.mark.parametrize(
    ("dateline", "sep"),
    [
        ("JAKARTA -", " "),
        ("JAKARTA —", " "),
        ("JAKARTA --", " "),
        ("WASHINGTON (Reuters) -", " "),
        ("LONDON, May 3 (Reuters) -", " "),
        ("(Reuters) –", " "),
        ("KYIV, Ukraine (AP) —", " "),
        ("PARIS (AFP) -", " "),
        ("Jakarta, CNN Indonesia --", " "),
        ("Jakarta (ANTARA) -", " "),
        ("BEIJING, Nov. 5 (Xinhua) --", " "),
        ("NEW YORK, Nov. 5, 2024 /PRNewswire/ --", " "),
        ("RIO DE JANEIRO -", " "),
        ("WASHINGTON—", ""),
        ("NEW DELHI:", " "),
        ("BERLIN (dpa) -", " "),
    ],
)
def test_dateline_styles(dateline: str, sep: str) -> None:
    body = "The government said 1,200 people were evacuated on Monday."
    got = segs(f"{dateline}{sep}{body}\n\nSecond paragraph.")
    assert got[0] == ("dateline", 0, dateline)
    assert got[1] == ("body", 0, body)
    assert got[2] == ("body", 1, "Second paragraph.")


def test_dateline_after_headline_shares_paragraph_index() -> None:
    got = segs("Evacuations Ordered\n\nMANILA (Reuters) - Officials ordered evacuations.\n\nMore.")
    assert got[1][:2] == ("dateline", 1) and got[2][:2] == ("body", 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kremlin-backed separatists said - without evidence - that they had won.",
        "US-funded Radio Liberty said 12 people - including two children - died.",
        "Well-known author Jane Doe - who lives in Paris - won the prize.",
        "Lukashenko said: the prisoners will go free.",
        "The ministry – citing security concerns – gave no figures.",
        "Smith, a carpenter - and a father of three - was arrested.",
        "Prices rose 3% in 2020–2021 - the fastest pace in decades.",
    ],
)
def test_real_sentences_are_not_datelines(sentence: str) -> None:
    assert dateline_end(sentence) is None
    assert roles(f"{sentence}\n\nMore text.")[0] == "body"


def test_dateline_only_on_first_body_paragraph() -> None:
    got = segs("First para here.\n\nLONDON (Reuters) - second para.")
    assert [r for r, _, _ in got] == ["body", "body"]


# --------------------------------------------------------------------------- credits

@pytest.mark.parametrize(
    "credit",
    [
        "(Reporting by Ron Smith; Editing by Jane Doe)",
        "Reporting by Ron Smith in Minsk",
        "Writing by Ann Lee",
        "Additional reporting by Bo Chen in Beijing",
        "Compiled by Bo Chen",
        "Editing by Jane Doe",
        "(Editing by Jane Doe)",
        "© 2024 Reuters",
        "Copyright 2024 The Example Press. All rights reserved.",
        "Source: Reuters",
        "(ANTARA)",
        "Editor: Rahmad Nasution",
        "Translated by Dewi Sartika",
        "Penulis: Ani Lestari",
        "Pewarta: Budi Santoso",
    ],
)
def test_credit_styles_as_final_paragraph(credit: str) -> None:
    got = segs(f"The minister resigned on Friday.\n\nShe gave no reason.\n\n{credit}")
    assert got[-1] == ("credits", 2, credit)
    assert [r for r, _, _ in got[:-1]] == ["body", "body"]


def test_several_trailing_credit_lines() -> None:
    text = ("The minister resigned on Friday.\n\nShe gave no reason.\n\n"
            "Reporting by Ann Lee\nEditing by Bo Chen\n© 2024 Example News")
    got = segs(text)
    assert [r for r, _, _ in got] == ["body", "body", "credits", "credits", "credits"]


def test_credit_line_directly_under_last_paragraph() -> None:
    text = ("The minister resigned on Friday, officials said, and gave no reason\n"
            "for the decision. She said in a short statement to the press that she\n"
            "would stay on until a successor is found.\n"
            "(Reporting by Ann Lee; Editing by Bo Chen)")
    got = segs(text)
    assert [r for r, _, _ in got] == ["body", "credits"]


def test_inline_credit_after_last_sentence() -> None:
    got = segs("First.\n\nShe gave no reason. (Reporting by Ann Lee; Editing by Bo Chen)")
    assert got[-2:] == [("body", 1, "She gave no reason."),
                        ("credits", 1, "(Reporting by Ann Lee; Editing by Bo Chen)")]


def test_credit_words_in_a_sentence_are_body() -> None:
    got = segs("First para.\n\nReporting by the state broadcaster showed 12 dead.")
    assert got[-1][0] == "body"


def test_credit_only_at_the_end() -> None:
    got = segs("Editing by Jane Doe\n\nThe minister resigned on Friday.\n\nShe left.")
    assert "credits" not in [r for r, _, _ in got[1:]]


# --------------------------------------------------------------------------- invariants

def check_invariants(text: str, out: list[Segment]) -> None:
    prev_end = 0
    prev_par = -1
    for s in out:
        assert 0 <= s.start < s.end <= len(text)
        assert s.start >= prev_end
        piece = text[s.start:s.end]
        assert piece == piece.strip()
        assert s.role in {"headline", "dateline", "credits", "page-line", "body"}
        assert s.paragraph >= prev_par
        prev_end, prev_par = s.end, s.paragraph
    covered = set()
    for s in out:
        covered.update(range(s.start, s.end))
    for i, ch in enumerate(text):
        if not ch.isspace() and ch not in "\u200b\u200c\u200d\u2060\ufeff":
            assert i in covered, f"content char {ch!r} at {i} not in any segment"


alphabet = st.sampled_from(
    list("abcXYZ .,;:!?-–—()\"'“”’\n\r\t ") + ["\r\n", "\n\n", "JAKARTA", "(Reuters)", " - ",
                                                 "Reporting by ", "©", "\u00a0", "\u200b"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(alphabet, min_size=1, max_size=80).map("".join))
def test_property_segments_trimmed_ordered_covering(text: str) -> None:
    try:
        src = source_from_text(text, source_format="text")
    except InputError as exc:  # only the whitespace-only refusal is allowed
        assert "only whitespace" in str(exc)
        return
    check_invariants(src.text, segment(src))


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=200))
def test_property_arbitrary_unicode(text: str) -> None:
    try:
        src = source_from_text(text, source_format="text")
    except InputError as exc:  # only the whitespace-only refusal is allowed
        assert "only whitespace" in str(exc)
        return
    check_invariants(src.text, segment(src))


# --------------------------------------------------------------------------- bundled data

def test_bundled_original_has_dateline_and_credits() -> None:
    src = read_source(DATA / "original.txt")
    out = segment(src)
    check_invariants(src.text, out)
    rs = [s.role for s in out]
    assert rs[0] == "dateline" and out[0].paragraph == out[1].paragraph
    assert rs[-1] == "credits"
    assert "headline" not in rs
    assert rs.count("body") >= 8


def test_bundled_copy_has_headline_and_dateline() -> None:
    src = read_source(DATA / "copy.txt")
    out = segment(src)
    check_invariants(src.text, out)
    rs = [s.role for s in out]
    assert rs[:3] == ["headline", "dateline", "body"]
    assert "credits" not in rs
    assert rs.count("body") >= 8
