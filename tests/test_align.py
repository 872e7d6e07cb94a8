"""Sentence alignment: 1-1, splits, merges, moves, drops and additions."""

from __future__ import annotations

import pytest

from factdiff.align import _out_of_order, align
from factdiff.facts.extract import parse_documents
from factdiff.ingest import source_from_text
from factdiff.nlp import load_pipeline

ORIGINAL = """The city council of Tampere approved a budget of 900 million euros on Monday.

Mayor Liisa Koskinen said the money would pay for 14 new schools and a tram line to Hervanta.

The opposition Green party voted against the plan, calling it reckless.

Construction of the tram is expected to start in 2026 and to employ 1,200 workers.

The council will meet again in March."""

COPY = """The opposition Green party voted against the plan, calling it reckless.

The city council of Tampere on Monday approved a budget of 900 million euros. Mayor Liisa Koskinen said the money would pay for 14 new schools and a tram line to Hervanta.

Construction of the tram is expected to start in 2026. It will employ 1,200 workers.

Officials in Helsinki welcomed the decision."""


@pytest.fixture(scope="module")
def aligned():
    nlp = load_pipeline()
    o, c = parse_documents(nlp, [source_from_text(ORIGINAL), source_from_text(COPY)])
    return o, c, align(o, c)


def _group_of(groups, original_index):
    return next(g for g in groups if original_index in g.original)


def test_every_sentence_is_placed_once(aligned):
    o, c, groups = aligned
    assert sorted(i for g in groups for i in g.original) == list(range(len(o.sentences)))
    assert sorted(j for g in groups for j in g.copy) == list(range(len(c.sentences)))


def test_one_to_one_and_split(aligned):
    o, c, groups = aligned
    budget = _group_of(groups, 0)
    assert len(budget.copy) == 1 and "900 million" in c.sentences[budget.copy[0]].text
    tram = _group_of(groups, 3)
    assert len(tram.copy) == 2  # one original sentence split in two


def test_moved_paragraph(aligned):
    o, c, groups = aligned
    greens = _group_of(groups, 2)
    budget = _group_of(groups, 0)
    assert greens.moved != budget.moved  # one of the two is out of order


def test_dropped_and_added(aligned):
    o, c, groups = aligned
    assert _group_of(groups, 4).copy == ()  # "The council will meet again" dropped
    added = [g for g in groups if not g.original]
    assert any("Helsinki" in c.sentences[j].text for g in added for j in g.copy)


def test_out_of_order_is_the_complement_of_a_longest_increasing_run():
    assert _out_of_order([0, 1, 2, 3]) == set()
    assert _out_of_order([2, 0, 1, 3]) == {0}
    assert _out_of_order([]) == set()


def _align_texts(original: str, copy: str):
    nlp = load_pipeline()
    o, c = parse_documents(nlp, [source_from_text(original), source_from_text(copy)])
    return align(o, c)


@pytest.mark.parametrize(
    ("original", "copy"),
    [
        ("The move was illegal.", "The move was legal."),  # "move" is on spaCy's stop list
        ("She agreed.", "She refused."),
    ],
)
def test_a_short_sentence_whose_only_content_word_changed_is_paired(original, copy):
    (group,) = _align_texts(original, copy)
    assert group.original == (0,) and group.copy == (0,)


def test_short_unrelated_sentences_stay_apart():
    groups = _align_texts("She agreed.", "Heavy rain flooded the harbour road.")
    assert all(not (g.original and g.copy) for g in groups)


def test_a_leftover_between_anchors_is_paired_by_its_letters():
    original = (
        "The council of Tampere approved a budget of 900 million euros on Monday.\n\n"
        "The move was illegal.\n\n"
        "Mayor Liisa Koskinen said the money would pay for 14 new schools."
    )
    copy = original.replace("was illegal", "was legal")
    groups = _align_texts(original, copy)
    assert [(g.original, g.copy) for g in groups] == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]


def test_short_copy_with_one_word_flipped_reports_it(compare):
    report = compare("The move was illegal.", "The move was legal.")
    assert report.verdict == "copy"
    assert [f.kind for f in report.at_least("major")] == ["negation_changed"]
