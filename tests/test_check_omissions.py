"""Part of a kept sentence lost (a clause or phrase with no counterpart) is content missing;
rewording, which swaps words on both sides, is not."""

from __future__ import annotations

import pytest
from helpers import assert_found

import factdiff

DROPPED = [
    # (original, copy, words of the dropped stretch)
    ("The union will keep striking, and its leaders refused to rule out blocking ports next week.",
     "The union will keep striking.", ["refused to rule out blocking ports"]),
    ("Farmers in the valley lost most of their harvest after heavy rains flooded the low fields.",
     "Farmers in the valley lost most of their harvest.", ["heavy rains flooded the low fields"]),
    ("Officials said the bridge, closed since spring for urgent structural repairs, would reopen.",
     "Officials said the bridge would reopen.", ["urgent structural repairs"]),
]


@pytest.mark.parametrize("original, copy, words", DROPPED)
def test_a_dropped_clause_is_content_missing(original, copy, words):
    assert_found(factdiff.compare(original, copy), "content_missing", "major", words, [])


QUIET = [
    # a rewording drops words on one side and brings others on the other
    ("Protesters gathered outside the parliament building on Monday.",
     "Demonstrators assembled in front of the parliament building on Monday."),
    ("The storm destroyed hundreds of homes along the coast.",
     "Hundreds of houses along the coast were wrecked by the storm."),
    # words dropped with synonyms or broader words in their place
    ("The minister visited the damaged villages and the wrecked harbour.",
     "The minister toured the damaged villages and the ruined harbor."),
    # two words dropped is a trim, not a lost clause
    ("The committee approved the revised budget late on Friday.", "The committee approved the budget on Friday."),
]


@pytest.mark.parametrize("original, copy", QUIET)
def test_rewording_or_a_small_trim_is_not_content_missing(original, copy):
    report = factdiff.compare(original, copy)
    assert not [f for f in report.findings if f.kind == "content_missing"], [f.message for f in report.findings]


def test_names_and_figures_are_left_to_their_own_checks():
    report = factdiff.compare("Talks between Oslo, Helsinki and Tallinn ended with 14 agreements in 2019.",
                              "Talks ended with agreements.")
    assert not [f for f in report.findings if f.kind == "content_missing"]
    assert report.at_least("major")  # the names and figures checks report what left


def test_a_lost_name_quotes_what_stands_in_its_place():
    report = factdiff.compare("Ingrid Solberg, a member of the regional council, opened the fair.",
                              "Any member of the regional council opened the fair.")
    f = next(f for f in report.at_least("major") if f.kind == "fact_missing")
    assert f.original.text == "Ingrid Solberg" and f.copy is not None and f.copy.text == "Any"
    assert f.details["in_its_place"] == "Any" and "in its place" in f.message


def test_a_lost_fact_with_nothing_in_its_place_has_no_copy_span():
    report = factdiff.compare("Unemployment fell to 4.1%, according to the statistics office.",
                              "Unemployment fell to 4.1%.")
    f = next(f for f in report.at_least("major") if f.kind == "fact_missing")
    assert f.copy is None


def test_claim_suffix_needs_a_noun_before_it():
    report = factdiff.compare("The mayor won a second term in May.", "The mayor was re-elected in May.")
    assert not [f for f in report.findings if f.check == "claims.v1"]
