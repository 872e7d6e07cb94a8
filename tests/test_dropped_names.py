"""A person dropped from a sentence the copy kept is reported though the copy names them
elsewhere (presence elsewhere explains, never erases); a pronoun, a definite role noun, a
reworded, moved or moved-apart mention, a place and a time zone are no drop."""

from __future__ import annotations

import pytest
from helpers import assert_spans_exact

import factdiff

MIDDLE = "\n\nDelegations from nine countries took part in the meeting."
LATER = "\n\nThe talks ended without a deal, Berg told reporters in Oslo."
ORIGINAL = "Anna Berg chaired the talks in Oslo on Monday." + MIDDLE + LATER


def _drops(report):
    return [f for f in report.findings if f.check == "dropped_names.v1"]


def test_a_person_dropped_from_a_kept_sentence_is_major_though_named_later():
    copy = "A senior envoy chaired the talks in Oslo on Monday." + MIDDLE + LATER
    report = factdiff.compare(ORIGINAL, copy)
    found = _drops(report)
    assert [(f.kind, f.severity.label, f.original.text) for f in found] == [("fact_missing", "major", "Anna Berg")]
    assert found[0].copy is not None and found[0].copy.text == "A senior envoy"  # what stands in its place
    assert_spans_exact(report)


@pytest.mark.parametrize("copy", [
    "She chaired the talks in Oslo on Monday." + MIDDLE + LATER,  # a pronoun stands for her
    "The envoy chaired the talks in Oslo on Monday." + MIDDLE + LATER,  # a definite role noun refers back
    "The talks in Oslo on Monday were chaired by Berg." + MIDDLE + LATER,  # a short form of the name
    "Anna chaired the talks in Berg Oslo on Monday." + MIDDLE + LATER,  # a word of it still there
    # split: the name went to the next sentence, which the aligner left unpaired
    "The talks were held in Oslo on Monday. Anna Berg chaired them." + MIDDLE + LATER,
])
def test_a_person_still_referred_to_is_no_drop(copy):
    assert not _drops(factdiff.compare(ORIGINAL, copy))


def test_a_place_stated_elsewhere_is_no_drop():
    # a copy states a place once in its lead and leaves it out where the original repeated it
    original = ("A court in Lyon fined the firm on Tuesday." + MIDDLE +
                "\n\nThe ruling by the court in Lyon can be appealed, the company said.")
    copy = "A court in Lyon fined the firm on Tuesday." + MIDDLE + "\n\nThe ruling can be appealed, the company said."
    assert not _drops(factdiff.compare(original, copy))


def test_a_place_naming_a_time_zone_is_no_drop():
    original = "The plane landed at 13:25 Moscow time." + MIDDLE + "\n\nMoscow airports were busy all day."
    copy = "The plane landed at 13:25 MSK." + MIDDLE + "\n\nMoscow airports were busy all day."
    assert not _drops(factdiff.compare(original, copy))


def test_a_name_the_copy_never_uses_is_left_to_the_missing_check():
    report = factdiff.compare("Anna Berg chaired the talks in Oslo on Monday.",
                              "A senior envoy chaired the talks in Oslo on Monday.")
    assert not _drops(report)
    assert [f.check for f in report.findings if f.kind == "fact_missing"] == ["missing.v1"]


def test_a_neighbour_naming_the_person_in_its_own_right_explains_nothing():
    original = "Anna Berg chaired the talks in Oslo on Monday.\n\nBerg said the talks had ended without a deal."
    copy = "A senior envoy chaired the talks in Oslo on Monday.\n\nBerg said the talks had ended without a deal."
    assert [f.original.text for f in _drops(factdiff.compare(original, copy))] == ["Anna Berg"]
