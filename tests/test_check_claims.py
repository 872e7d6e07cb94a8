"""A claim modifier dropped or added ("the former minister" / "the minister") is a changed claim."""

from __future__ import annotations

import pytest
from helpers import assert_found, has

import factdiff

CHANGED = [
    # (original, copy, original words, copy words)
    ("The former minister met the envoy in Oslo.", "The minister met the envoy in Oslo.", ["former minister"], ["minister"]),
    ("The ex-mayor of Porto was questioned.", "The mayor of Porto was questioned.", ["ex-mayor"], ["mayor"]),
    ("The alleged ringleader was arrested on Friday.", "The ringleader was arrested on Friday.", ["alleged"], ["ringleader"]),
    ("The president-elect met the governors.", "The president met the governors.", ["president-elect"], ["president"]),
    ("The acting governor signed the order.", "The governor signed the order.", ["acting governor"], ["governor"]),
    # added: the copy claims what the original did not
    ("The two ministers met in Geneva.", "The two ministers met secretly in Geneva.", ["met"], ["secretly"]),
    ("The council approved the budget.", "The council unanimously approved the budget.", ["approved"], ["unanimously"]),
    ("The general took bribes, the court heard.", "The general allegedly took bribes, the court heard.", ["took"],
     ["allegedly"]),
    # the head word itself replaced: the claim is still gone
    ("Police detained the former banker at the airport.", "Police detained the financier at the airport.",
     ["former banker"], ["financier"]),
]


@pytest.mark.parametrize("original, copy, owords, cwords", CHANGED)
def test_claim_dropped_or_added_is_major(original, copy, owords, cwords):
    assert_found(factdiff.compare(original, copy), "wording_changed", "major", owords, cwords)


SAME = [
    # another word of the same group says the same thing
    ("The former minister met the envoy in Oslo.", "The ex-minister met the envoy in Oslo."),
    ("The suspected smuggler was held at the port.", "The alleged smuggler was held at the port."),
    ("The deal was signed in secret talks.", "The deal was signed in secret negotiations."),
    # the word is not a claim modifier where it stands
    ("He left, and then the meeting ended.", "He left and the meeting ended."),
    # the whole phrase was rewritten: nothing to hold the claim against
    ("The former minister spoke first.", "Speaking first was a one-time cabinet member."),
]


@pytest.mark.parametrize("original, copy", SAME)
def test_same_claim_or_no_claim_is_quiet(original, copy):
    report = factdiff.compare(original, copy)
    assert not [f for f in report.at_least("major") if f.check == "claims.v1"], [f.message for f in report.findings]


def test_claim_finding_names_the_word():
    report = factdiff.compare("The former minister met the envoy in Oslo.", "The minister met the envoy in Oslo.")
    f = next(f for f in report.findings if f.check == "claims.v1")
    assert f.details["claim"] == "former" and f.details["relation"] == "claim_dropped"
    assert has(report, "wording_changed", "major", ["former minister"], ["minister"])


def test_a_claim_word_used_as_a_verb_is_no_modifier():
    report = factdiff.compare("The fire forced the evacuation of 12 villages near Athens.",
                              "12 villages near Athens were evacuated because of the fire.")
    assert not [f for f in report.findings if f.check == "claims.v1"]
