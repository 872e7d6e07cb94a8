"""Lines without sentence structure are not news facts.

A scraped or republished page carries photo counters, icon labels, page stamps, newsletter
prompts and related-link labels between the paragraphs. Ingest gives them the role
``page-line``: they are never compared as facts, and one version having them and the other
not is one info note per document. Lines written for these tests.
"""

from __future__ import annotations

import pytest

from factdiff.ingest import source_from_text
from factdiff.ingest.segment import ROLES, is_caption, is_page_line, segment
from factdiff.report.model import Severity

FURNITURE = [
    "Photo 2 of 9",
    "Image 3/12",
    "1 of 9",
    "12 photos",
    "Share",
    "• Share on Facebook",
    "Facebook | Twitter | WhatsApp | Email",
    "Comments 12",
    "34 comments",
    "Last updated 10:42 GMT",
    "Updated: Dec. 2, 2026, 10:42am ET",
    "Published 3 hours ago",
    "Sign up for our newsletter",
    "Sign up for our free morning newsletter and get the news in your inbox.",
    "Download our app",
    "Follow us on Telegram",
    "Read more: Minister opens new bridge",
    "Related topics",
    "Advertisement",
    "Story continues below advertisement",
    "4 min read",
    "Listen to this article",
    "Image source, Example Agency",
    "Toggle caption",
    "December 2, 2026",
    "Tue 2 Dec 2026 10.42 GMT",
    "2026-12-02 10:42",
    "Most viewed",
]

STATEMENTS = [
    "Police said 12 people died.",
    "Share prices fell 3% on Monday.",
    "Published in 2019, the study found a sharp rise.",
    "Register by Friday to vote in the election.",
    "Follow the money, the prosecutor told the jury.",
    "More than 20 people were hurt in the blast.",
    "The photo shows 2 of the 9 victims.",
    "Updated rules take effect in May.",
    "Comments by the minister angered the union.",
    "Most of the victims were children.",
    "On December 2, 2026, the court ruled against the city.",
    "December 2, 2026 was the coldest day of the year.",
]


CAPTIONS = [
    "Firefighters work at the scene of the blaze in Porto, Portugal, May 4, 2025. REUTERS/Jane Roe/File Photo",
    "Mayor Ana Kovac cuts the ribbon on the new bridge on Saturday. (AP Photo/John Roe)",
    "Crowds gather on the river bank (Photo by Jane Roe)",
]


@pytest.mark.parametrize("line", CAPTIONS)
def test_captions_with_a_photo_credit_are_page_lines(line):
    assert is_caption(line)


@pytest.mark.parametrize("line", [
    "Trade along the US/Mexico Border rose 5% last year.",
    "The minister spoke to reporters in Porto, Portugal, on Monday.",
])
def test_sentences_with_a_slash_are_not_captions(line):
    assert not is_caption(line)


def test_a_caption_line_inside_a_block_is_split_out():
    text = (
        "The bridge opened on Saturday, the city said.\n"
        "Mayor Ana Kovac cuts the ribbon on Saturday. (AP Photo/John Roe)\n"
        "It cost 80 million euros, officials said."
    )
    got = [(s.role, text[s.start : s.end]) for s in segment(source_from_text(text))]
    assert got == [
        ("body", "The bridge opened on Saturday, the city said."),
        ("page-line", "Mayor Ana Kovac cuts the ribbon on Saturday. (AP Photo/John Roe)"),
        ("body", "It cost 80 million euros, officials said."),
    ]


def test_an_added_caption_with_new_facts_is_not_a_finding(compare):
    report = compare(ORIGINAL, ORIGINAL.replace("\n\nIt cost", "\n\n" + CAPTIONS[1].replace("Ana Kovac", "Petra Horvat") + "\n\nIt cost"))
    assert report.at_least("minor") == []


def test_page_line_is_a_role():
    assert "page-line" in ROLES


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_lines_are_page_lines(line):
    assert is_page_line(line)


@pytest.mark.parametrize("line", STATEMENTS)
def test_sentences_are_not_page_lines(line):
    assert not is_page_line(line)


def test_segment_labels_page_lines_and_splits_them_out_of_a_block():
    text = (
        "Bridge Opens After Ten Years\n\n"
        "Photo 1 of 3\n"
        "The new bridge over the river opened on Saturday, the city said.\n\n"
        "Share\n\n"
        "It cost 80 million euros and took ten years to build.\n\n"
        "Sign up for our newsletter"
    )
    segs = segment(source_from_text(text))
    got = [(s.role, text[s.start : s.end]) for s in segs]
    assert ("page-line", "Photo 1 of 3") in got
    assert ("page-line", "Share") in got
    assert ("page-line", "Sign up for our newsletter") in got
    assert ("headline", "Bridge Opens After Ten Years") in got
    assert ("body", "The new bridge over the river opened on Saturday, the city said.") in got


def test_a_page_line_on_top_does_not_hide_the_headline():
    text = "Last updated 10:42 GMT\n\nBridge Opens After Ten Years\n\nThe new bridge opened on Saturday."
    roles = [s.role for s in segment(source_from_text(text))]
    assert roles == ["page-line", "headline", "body"]


ORIGINAL = """\
Bridge Opens After Ten Years

The new bridge over the Sava river opened on Saturday, the city council said.

It cost 80 million euros and took ten years to build. About 30,000 cars a day are expected to use it.

Mayor Ana Kovac called it the most important project of her term."""

COPY_WITH_FURNITURE = """\
Bridge Opens After Ten Years

Last updated 10:42 GMT

Photo 1 of 6

The new bridge over the Sava river opened on Saturday, the city council said.

Share

Comments 12

It cost 80 million euros and took ten years to build. About 30,000 cars a day are expected to use it.

Photo 2 of 6

Sign up for our newsletter

Mayor Ana Kovac called it the most important project of her term.

Read more: City plans second bridge by 2030

Top stories"""


def test_page_lines_added_are_one_info_note(compare):
    report = compare(ORIGINAL, COPY_WITH_FURNITURE)
    assert report.at_least("minor") == []
    notes = [f for f in report.findings if f.details.get("role") == "page-line"]
    assert len(notes) == 1
    note = notes[0]
    assert note.kind == "sentence_added" and note.severity == Severity.INFO
    assert note.copy.text == "Last updated 10:42 GMT"
    assert len(note.details["lines"]) == 8  # "Top stories" too: a short line without a verb


def test_page_lines_dropped_are_one_info_note(compare):
    report = compare(COPY_WITH_FURNITURE, ORIGINAL)
    assert report.at_least("minor") == []
    notes = [f for f in report.findings if f.details.get("role") == "page-line"]
    assert len(notes) == 1 and notes[0].kind == "sentence_missing" and notes[0].severity == Severity.INFO


def test_a_figure_in_a_page_line_is_not_a_fact(compare):
    """ "Photo 2 of 6" and "Comments 12" hold digits; they are never compared as figures."""
    report = compare(ORIGINAL, COPY_WITH_FURNITURE.replace("Comments 12", "Comments 48"))
    assert report.at_least("minor") == []


def test_short_line_without_a_verb_is_a_page_line_but_one_with_a_name_and_a_noun_is_body(compare):
    report = compare(ORIGINAL, ORIGINAL + "\n\nLive coverage")
    assert report.at_least("minor") == []
    report = compare(ORIGINAL, ORIGINAL + "\n\nPetra Horvat's bridge plan")
    added = [f for f in report.findings if f.kind == "sentence_added"]
    assert len(added) == 1 and added[0].details["role"] == "body" and added[0].severity >= Severity.MINOR


@pytest.mark.parametrize("line", ["Reuters", "Jane Doe and John Roe", "Agence France-Presse"])
def test_a_line_that_is_only_a_name_is_a_credit_line(compare, line):
    """A source or by-line label between paragraphs: who sent the story, not what happened."""
    copy = ORIGINAL.replace("\n\nMayor Ana", f"\n\n{line}\n\nMayor Ana")
    report = compare(ORIGINAL, copy)
    assert [(f.kind, f.severity, f.details.get("role")) for f in report.findings] == [
        ("sentence_added", Severity.INFO, "credits")
    ]


def test_a_name_with_a_noun_is_still_story_text(compare):
    copy = ORIGINAL.replace("\n\nMayor Ana", "\n\nHarbour Agency spokesman\n\nMayor Ana")
    added = [f for f in compare(ORIGINAL, copy).findings if f.kind == "sentence_added"]
    assert len(added) == 1 and added[0].details["role"] == "body"


def test_a_short_verbless_first_line_is_compared():
    # the first line is a headline, or the whole text (a one-line copy): never a page label
    import factdiff

    report = factdiff.compare("Earthquake relief in Turkey and Syria continues around the clock",
                              "Earthquake Relief Day After Night")
    assert report.verdict == "copy" and [s.role for s in report.copy.sentences] == ["body"]
    assert any(f.kind == "fact_missing" and f.original.text == "Turkey" for f in report.at_least("major"))
