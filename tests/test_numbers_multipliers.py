"""Multipliers ("doubled", "twofold", "halved") and time windows ("over the next five years").

Sentences written for these tests. A multiplier is a figure of kind "multiplier" (unit
"times"), whatever its form: a verb, "-fold", "N times", "twice", "double the".
"""

from __future__ import annotations

import pytest
from helpers import assert_no_major_figure_change

from factdiff.numbers import Quantity, compare_quantities, parse_quantities


def _one(text: str) -> Quantity:
    qs = parse_quantities(text)
    assert len(qs) == 1, [q.text for q in qs]
    q = qs[0]
    assert text[q.start:q.end] == q.text
    return q


def _rel(a: str, b: str) -> str:
    return compare_quantities(_one(a), _one(b)).relation


# ------------------------------------------------------------------------------ parsing
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Exports doubled last year.", "doubled", 2),
        ("Rice output has tripled since the drought.", "tripled", 3),
        ("Ticket sales trebled over the summer.", "trebled", 3),
        ("The firm quadrupled its output.", "quadrupled", 4),
        ("The cost of bread quintupled in a month.", "quintupled", 5),
        ("The ministry halved the grant.", "halved", 0.5),
        ("A plan to halve emissions was approved.", "halve", 0.5),
        ("Investors expect a doubling of the dividend.", "doubling", 2),
        ("Output doubles every decade.", "doubles", 2),
        ("Prices could double by next spring.", "double", 2),
        ("The tariff would triple the price of steel.", "triple", 3),
        ("The region now exports double the amount it did.", "double", 2),
    ],
)
def test_multiplying_verbs_are_figures(text: str, span: str, value: float) -> None:
    q = _one(text)
    assert (q.text, q.kind, q.unit, q.low, q.high) == (span, "multiplier", "times", value, value)
    assert text[q.number_span[0]:q.number_span[1]] == span


@pytest.mark.parametrize(
    "text",
    [
        "Police are investigating a double murder.",
        "She set a triple jump record.",
        "The gym doubled as a shelter during the storm.",
        "He doubled down on his remarks.",
        "They won the mixed doubles title.",
        "Inflation stayed in double digits.",
        "Growth reached double-digit rates.",
        "The match was decided in the closing minutes of both halves.",
        "The men's doubles final was delayed by rain.",
        "The quadruple amputee finished the race.",
    ],
)
def test_other_senses_are_not_figures(text: str) -> None:
    assert [q.text for q in parse_quantities(text)] == []


@pytest.mark.parametrize(
    ("text", "span", "qualifier", "qualifier_words"),
    [
        ("Sales nearly doubled in the quarter.", "nearly doubled", "nearly", "nearly"),
        ("Fares more than tripled.", "more than tripled", "more_than", "more than"),
        ("The tax will at least double the bill.", "at least double", "at_least", "at least"),
    ],
)
def test_a_multiplier_keeps_its_qualifier(text: str, span: str, qualifier: str, qualifier_words: str) -> None:
    q = _one(text)
    assert (q.text, q.qualifier) == (span, qualifier)
    assert q.qualifier_span is not None
    assert text[q.qualifier_span[0]:q.qualifier_span[1]] == qualifier_words


def test_a_preposition_is_not_a_qualifier_of_a_verb() -> None:
    q = _one("The minister talked about doubling the budget.")
    assert (q.text, q.qualifier) == ("doubling", None)


# --------------------------------------------------------------------------- comparison
@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # a verb, a noun/adjective form and "N times" say the same thing
        ("Exports doubled.", "Exports rose twofold.", "equal"),
        ("Exports doubled.", "Exports rose two-fold.", "equal"),
        ("Exports doubled.", "Exports increased two times.", "equal"),
        ("There was a twofold rise in exports.", "Exports doubled.", "equal"),
        ("Exports tripled.", "a threefold increase", "equal"),
        ("It has twice as many beds.", "It has double the beds.", "equal"),
        ("Fares rose tenfold.", "Fares rose 10-fold.", "equal"),
        # "N times more" is read as N times as much (and so as N-fold)
        ("Rents are three times more than in 2015.", "Rents are three times as high as in 2015.", "equal"),
        ("Rents are three times more than in 2015.", "Rents rose threefold.", "equal"),
        # halving: a multiplier of one half, a share of one half
        ("Costs were halved.", "Costs fell by half.", "equal"),
        # a percentage change restated as a factor: +100% doubles, +200% triples, -50% halves
        ("Exports doubled.", "Exports rose 100%.", "converted"),
        ("Exports rose 100%.", "Exports doubled.", "converted"),
        ("Profits tripled.", "Profits rose 200 per cent.", "converted"),
        ("Costs were halved.", "Costs fell 50%.", "converted"),
        ("Costs fell 50%.", "Costs were halved.", "converted"),
    ],
)
def test_equivalent_multipliers(a: str, b: str, relation: str) -> None:
    assert _rel(a, b) == relation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Exports doubled.", "Exports tripled."),
        ("Exports rose threefold.", "Exports rose twofold."),
        ("The firm halved its staff.", "The firm doubled its staff."),
        ("Exports doubled.", "Exports rose 200%."),  # +200% is three times, not two
        ("Profits tripled.", "Profits rose 300%."),
        ("Costs were halved.", "Costs fell by a third."),
        ("It has twice as many beds.", "It has three times as many beds."),
    ],
)
def test_changed_multipliers(a: str, b: str) -> None:
    assert _rel(a, b) == "number_changed"
    assert _rel(b, a) == "number_changed"


def test_a_near_percentage_is_a_rounding_of_a_multiplier() -> None:
    cmp = compare_quantities(_one("Exports rose 95%."), _one("Exports nearly doubled."))
    assert cmp.relation == "rounding"
    assert cmp.details["as_change"] is True


def test_a_qualified_multiplier_changed_is_a_qualifier_change() -> None:
    assert _rel("Sales nearly doubled.", "Sales more than doubled.") == "qualifier_changed"
    assert _rel("Sales doubled.", "Sales more than doubled.") == "qualifier_changed"


# -------------------------------------------------------------------------- time windows
@pytest.mark.parametrize(
    ("text", "span", "window"),
    [
        ("Investment will grow over the next five years.", "five years", "next"),
        ("Rainfall fell in the past two decades.", "two decades", "past"),
        ("Sales rose during the last 12 months.", "12 months", "last"),
        ("The doses arrive within the coming three weeks.", "three weeks", "coming"),
        ("The cost is spread over five years.", "over five years", "over"),
        ("He was held for over five years.", "over five years", None),  # "for over": more than
        ("She was the last 20 people to leave.", "20", None),  # not a span of time
    ],
)
def test_time_window_is_recorded(text: str, span: str, window: str | None) -> None:
    q = _one(text)
    assert (q.text, q.window) == (span, window)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Investment will grow over the next five years.", "Investment will grow over five years."),
        ("Rainfall dropped over the past two decades.", "Rainfall dropped over two decades."),
        ("Prices rose over the last 12 months.", "Prices rose over 12 months."),
        ("Wages stagnated during the past three years.", "Wages stagnated over three years."),
        ("Rainfall fell in the past two decades.", "Rainfall fell in two decades."),
        ("Sales rose during the last 12 months.", "Sales rose during 12 months."),
        ("Doses arrive within the coming three weeks.", "Doses arrive within three weeks."),
    ],
)
def test_a_dropped_deictic_word_is_not_a_qualifier_change(a: str, b: str) -> None:
    assert _rel(a, b) == "equal"
    assert _rel(b, a) == "equal"


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("He has lived there for at least five years.", "He has lived there for five years.", "qualifier_changed"),
        ("He was held for the past two weeks.", "He was held for over two weeks.", "qualifier_changed"),
        ("The war lasted over five years.", "The war lasted five years.", "qualifier_changed"),
        ("Officials counted about 1,403 ballots.", "Officials counted 1,403 ballots.", "qualifier_changed"),
        ("Police detained more than 20 people.", "Police detained 20 people.", "qualifier_changed"),
        ("Investment will grow over the next five years.", "Investment will grow over the next six years.",
         "number_changed"),
        ("Investment will grow over the next five years.", "Investment will grow over the next five months.",
         "unit_changed"),
    ],
)
def test_real_changes_next_to_time_windows(a: str, b: str, relation: str) -> None:
    assert _rel(a, b) == relation


# ----------------------------------------------------------------------------- end to end
CHANGED = [
    ("Exports doubled last year, the ministry said.", "Exports tripled last year, the ministry said.",
     "doubled", "tripled"),
    ("Exports rose threefold last year, the ministry said.", "Exports rose twofold last year, the ministry said.",
     "threefold", "twofold"),
    ("The company halved its workforce in 2020.", "The company doubled its workforce in 2020.", "halved", "doubled"),
    ("Exports doubled last year, the ministry said.", "Exports rose 200% last year, the ministry said.",
     "doubled", "200%"),
    ("The council approved a doubling of bus fares.", "The council approved a tripling of bus fares.",
     "doubling", "tripling"),
    ("Costs were halved after the merger.", "Costs fell by a third after the merger.", "halved", "a third"),
    ("The new plant will employ twice as many workers.", "The new plant will employ three times as many workers.",
     "twice", "three times"),
]


@pytest.mark.parametrize(("original", "copy", "o_words", "c_words"), CHANGED)
def test_changed_multiplier_is_a_number_change(compare, original, copy, o_words, c_words):
    report = compare(original, copy)
    found = [f for f in report.at_least("major") if f.kind == "number_changed"]
    assert len(found) == 1, [(f.kind, f.severity.label, f.message) for f in report.findings]
    f = found[0]
    assert (f.original.text, f.copy.text) == (o_words, c_words)
    assert original[f.original.start:f.original.end] == o_words
    assert copy[f.copy.start:f.copy.end] == c_words


SAME = [
    ("Exports doubled last year, the ministry said.", "Exports rose twofold last year, the ministry said."),
    ("Exports doubled last year, the ministry said.", "Exports rose 100% last year, the ministry said."),
    ("Exports doubled last year, the ministry said.", "Exports increased two times last year, the ministry said."),
    ("The region saw a twofold rise in exports.", "Exports in the region doubled."),
    ("Sales halved in the second quarter.", "Sales fell by half in the second quarter."),
    ("Sales halved in the second quarter.", "Sales fell 50% in the second quarter."),
    ("Profits tripled last year.", "Profits rose 200% last year."),
    ("Rents are three times more than in 2015.", "Rents are three times as much as in 2015."),
    ("The clinic now treats twice as many patients.", "The clinic now treats double the number of patients."),
    ("The kitchen doubled as a clinic during the siege.", "The kitchen served as a clinic during the siege."),
    ("Inflation hit double digits in May.", "In May inflation reached double digits."),
    ("Investment will grow over the next five years.", "Investment will grow over five years."),
    ("Rainfall has dropped over the past two decades.", "Rainfall has dropped over two decades."),
    ("Prices rose 4% over the last 12 months.", "Prices rose 4% over 12 months."),
    ("The vaccine will arrive within the coming three weeks.", "The vaccine will arrive within three weeks."),
    ("Wages stagnated during the past three years.", "Wages stagnated over three years."),
]


@pytest.mark.parametrize(("original", "copy"), SAME)
def test_equivalent_wording_is_not_major(compare, original, copy):
    assert_no_major_figure_change(compare(original, copy))


def test_dropped_hedge_before_a_window_is_still_major(compare):
    report = compare("He has lived there for at least five years.", "He has lived there for five years.")
    found = [f for f in report.at_least("major") if f.kind == "qualifier_changed"]
    assert [(f.original.text, f.copy.text) for f in found] == [("at least five years", "five years")]
