"""Slips of the keyboard (a misspelt ordinary word, a doubled word, a stray mark) are not
changed facts; a slip inside a name, a figure or a negation still is one."""

from __future__ import annotations

import pytest
from helpers import assert_found, assert_spans_exact

import factdiff
from factdiff.settings import Settings

QUIET = [
    # a word typed twice makes a "new" name, place or source
    ("The talks were chaired by envoy Maria Olsen.", "The talks were chaired by envoy Maria Olsen Olsen."),
    ("The factory lies on the outskirts of Tampere.", "The factory lies on the outskirts of Tampere Tampere."),
    ("Prices will rise again next year, Dalton said.", "Prices will rise again next year, Dalton said said."),
    ("The old bridge was closed in 1998 after the flood.", "The old bridge was closed in 1998 after the flood flood flood flood."),
    # a misspelt ordinary word knocks a date, a figure word or a qualifier out of the parse
    ("The final will be played next week in Durban.", "The final will be played next wek in Durban."),
    ("Today Ostrava is a quiet industrial town.", "Todya Ostrava is a quiet industrial town."),
    ("The depot holds more than 400 buses.", "The depot holds omre than 400 buses."),
    ("Two million visitors came to the festival.", "Twpo million visitors came to the festival."),
    # an ordinary word with a letter dropped, even when that leaves another word
    ("Repair contracts were awarded to three local firms.", "Repair contacts were awarded to three local firms."),
    ("The plane was diverted to Tbilisi after the storm.", "The lane was diverted to Tbilisi after the storm."),
    # a stray punctuation mark splits a qualifier, a figure or a date
    ("The wall is more than 900 years old.", "The wall is more: than 900 years old."),
    ("The strike began on July 21 at the port.", "The strike began on July: 21 at the port."),
    ("They were accused of neglecting to inspect the boilers.", "They were accused of neglecting to_ inspect the boilers."),
    ("Within seven days the ferry was running again.", "Within seven_ days the ferry was running again."),
    # a negator mistyped into no word at all still reads as the negator
    ("The mayor did not attend the ceremony.", "The mayor did nto attend the ceremony."),
    ("The board doesn't expect a dividend this year.", "The board dosen't expect a dividend this year."),
    ("Drivers never have to pay the toll at night.", "Drivers neer have to pay the toll at night."),
]


@pytest.mark.parametrize("original, copy", QUIET)
def test_a_slip_raises_no_alarm_and_is_named_as_a_typo(original, copy):
    report = factdiff.compare(original, copy)
    assert not report.at_least("major"), [(f.kind, f.severity.label, f.message) for f in report.findings]
    typos = [f for f in report.findings if f.kind == "typo"]
    if typos:  # a slip that made a check fire is reported once, as what it is
        assert all(f.severity.label in ("minor", "info") for f in typos)
        assert all(f.details["explains"] for f in typos)
    assert_spans_exact(report)


CHANGED = [
    # a letter dropped from a name is a misspelt name
    ("Inspector Halvorsen led the search.", "Inspector Halvorsn led the search.", "name_spelling", ["Halvorsen"], ["Halvorsn"]),
    # a digit changed beside a stray comma is still a changed figure
    ("About 1,284 homes lost power.", "About, 1,248 homes lost power.", "number_changed", ["1,284"], ["1,248"]),
    # a scale word turned into another scale word is a changed figure
    ("The dam cost 2 million dollars.", "The dam cost 2 billion dollars.", "number_changed", ["million"], ["billion"]),
    # a negator mistyped into another real word flips the sentence
    ("Drivers never have to pay the toll at night.", "Drivers ever have to pay the toll at night.", "negation_changed",
     ["never"], []),
    ("The mayor did not attend the ceremony.", "The mayor did now attend the ceremony.", "negation_changed", ["not"], []),
]


@pytest.mark.parametrize("original, copy, kind, owords, cwords", CHANGED)
def test_a_slip_in_a_name_figure_or_negation_is_still_a_change(original, copy, kind, owords, cwords):
    assert_found(factdiff.compare(original, copy), kind, "major", owords, cwords)


def test_the_typo_finding_quotes_the_doubled_word():
    report = factdiff.compare("The talks were chaired by envoy Maria Olsen.",
                              "The talks were chaired by envoy Maria Olsen Olsen.")
    typo = next(f for f in report.findings if f.kind == "typo")
    assert typo.copy.text == "Olsen Olsen" and typo.original.text == "Olsen"
    assert typo.details["slip"] == "repeated"


def test_a_slip_beside_a_real_change_in_the_same_sentence_hides_nothing():
    report = factdiff.compare("Rescuers found 37 survivors near Kandy on Monday.",
                              "Rescuers fonud 73 survivors near Kandy on Monday.")
    assert_found(report, "number_changed", "major", ["37"], ["73"])


def test_the_filter_can_be_switched_off():
    original, copy = "The talks were chaired by envoy Maria Olsen.", "The talks were chaired by envoy Maria Olsen Olsen."
    report = factdiff.compare(original, copy, settings=Settings(filters=()))
    assert report.at_least("major") and not any(f.kind == "typo" for f in report.findings)
    assert "filters:none" in report.signature
    assert "filters:noise.v1" in factdiff.compare(original, copy).signature


def test_an_unknown_filter_is_a_clear_error():
    from factdiff.errors import OptionError

    with pytest.raises(OptionError, match=r"unknown filter 'factdiff\.nope\.v1'; registered filters: .*factdiff\.noise\.v1"):
        factdiff.compare("Rescuers found 37 survivors.", "Rescuers found 73 survivors.",
                         settings=Settings(filters=("factdiff.nope.v1",)))
