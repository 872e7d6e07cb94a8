"""A personal pronoun of the other gender in place of the original's gives the act to someone else."""

from __future__ import annotations

import pytest
from helpers import assert_found

import factdiff

SWAPPED = [
    ("The minister said he would resign in May.", "The minister said she would resign in May.", "he", "she"),
    ("The coach praised his players after the final.", "The coach praised her players after the final.", "his", "her"),
    ("Police questioned her for two hours.", "Police questioned him for two hours.", "her", "him"),
]


@pytest.mark.parametrize("original, copy, a, b", SWAPPED)
def test_a_pronoun_of_the_other_gender_is_another_person(original, copy, a, b):
    assert_found(factdiff.compare(original, copy), "entity_changed", "major", [a], [b])


QUIET = [
    # the same gender in another case, or a rewritten sentence that mentions people otherwise
    ("The coach praised his players.", "The coach praised him and the players."),
    ("She thanked the voters and her party.", "The candidate thanked the voters and the party that backed her."),
    ("He met the envoy, and she met the minister.", "She met the minister, and he met the envoy."),
]


@pytest.mark.parametrize("original, copy", QUIET)
def test_no_swap_in_place_is_quiet(original, copy):
    report = factdiff.compare(original, copy)
    assert not [f for f in report.findings if f.check == "pronouns.v1"], [f.message for f in report.findings]
