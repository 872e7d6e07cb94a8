"""compare_quantities: every relation, both directions where the relation is symmetric."""

from __future__ import annotations

import pytest

from factdiff.numbers import Quantity, compare_quantities, is_rounding, parse_quantities


def _q(text: str) -> Quantity:
    qs = parse_quantities(text)
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


def _rel(a: str, b: str) -> str:
    return compare_quantities(_q(a), _q(b)).relation


@pytest.mark.parametrize(
    "a, b",
    [
        ("1,403", "1403"),
        ("1,403", "1 403"),
        ("1,403", "1\u00a0403"),
        ("more than 25,000", "over 25,000"),
        ("more than 25,000", "in excess of 25,000"),
        ("about 300", "around 300"),
        ("about 300", "roughly 300"),
        ("about 300", "approximately 300"),
        ("about 300", "some 300"),
        ("nearly 300", "almost 300"),
        ("sixth", "6th"),
        ("Second", "2nd"),
        ("5%", "five percent"),
        ("5%", "5 per cent"),
        ("$1.2 million", "1.2 million dollars"),
        ("$2bn", "2 billion dollars"),
        ("$2bn", "US$2 billion"),
        ("1.5 million", "1,500,000"),
        ("twenty-five thousand", "25,000"),
        ("a dozen", "12"),
        ("10-12 days", "between 10 and 12 days"),
        ("hundreds of", "hundreds"),
        ("300", "exactly 300"),
        ("300", "only 300"),
        ("€3", "3 euros"),
    ],
)
def test_equal(a: str, b: str) -> None:
    assert _rel(a, b) == "equal"
    assert _rel(b, a) == "equal"


@pytest.mark.parametrize(
    "a, b",
    [
        ("5 miles", "8 km"),
        ("10 kg", "22 pounds"),
        ("100 km", "62 miles"),
        ("100 km", "60 miles"),
        ("30C", "86F"),
        ("-40C", "-40F"),
        ("3 hours", "180 minutes"),
        ("100 km/h", "62 mph"),
        ("40 hectares", "99 acres"),
        ("10 litres", "2.6 gallons"),
        ("5 sq km", "1.9 square miles"),
        ("half", "50%"),
        ("a quarter", "25 per cent"),
        ("50 cents", "$0.50"),
        ("2 tonnes", "2,000 kg"),
    ],
)
def test_converted(a: str, b: str) -> None:
    assert _rel(a, b) == "converted"
    assert _rel(b, a) == "converted"


@pytest.mark.parametrize(
    "a, b, rounder",
    [
        ("1,403", "1,400", "b"),
        ("1.47 million", "1.5 million", "b"),
        ("1,403,112", "1.4 million", "b"),
        ("4.6%", "5%", "b"),
        ("12,347", "12,000", "b"),
        ("$2.04bn", "$2bn", "b"),
    ],
)
def test_rounding(a: str, b: str, rounder: str) -> None:
    r = compare_quantities(_q(a), _q(b))
    assert r.relation == "rounding"
    assert r.details["rounder"] == rounder
    # the other way round the copy is the more precise one: it cannot have rounded the
    # original's figure, it states another one
    r2 = compare_quantities(_q(b), _q(a))
    assert r2.relation == "number_changed"
    assert r2.details["more_precise"] == "b"


@pytest.mark.parametrize(
    "a, b",
    [
        ("about 1,400", "1,403"),  # the original says its figure is rounded
        ("nearly 1.5 million", "1.47 million"),
        ("5 miles", "8 km"),  # a conversion rounds whichever way it goes
        ("8 km", "5 miles"),
    ],
)
def test_a_more_precise_copy_is_a_rounding_when_the_original_is_approximate(a: str, b: str) -> None:
    assert _rel(a, b) in {"rounding", "converted"}


@pytest.mark.parametrize(
    "a, b",
    [
        ("the 2012 earthquake", "the 2010 earthquake"),  # one digit of four changed: another figure
        ("1,455", "1,460"),
        ("more than 100 feet", "more than 110 feet"),  # the copy is more precise
        ("40 people", "42 people"),
        ("about 7,000 yen", "about 7,090 yen"),  # an approximation made more precise
    ],
)
def test_changed_figures_are_not_roundings(a: str, b: str) -> None:
    assert _rel(a, b) == "number_changed"


def test_rounding_with_consistent_qualifier() -> None:
    r = compare_quantities(_q("1,403"), _q("about 1,400"))
    assert r.relation == "rounding"
    assert r.details["qualifier_added"] == "approx"
    r = compare_quantities(_q("1,403"), _q("more than 1,400"))
    assert r.relation == "rounding"
    assert r.details["qualifier_added"] == "more_than"
    r = compare_quantities(_q("1,397"), _q("nearly 1,400"))
    assert r.relation == "rounding"


def test_rounding_with_inconsistent_qualifier() -> None:
    # 1,403 is not "nearly 1,400" (nearly means below) nor "fewer than 1,400"
    assert _rel("1,403", "nearly 1,400") == "qualifier_changed"
    assert _rel("1,403", "fewer than 1,400") == "qualifier_changed"


def test_vague_rounding() -> None:
    r = compare_quantities(_q("hundreds of"), _q("500"))
    assert r.relation == "rounding" and r.details["vague"] == "a"
    assert _rel("dozens", "500") == "number_changed"
    assert _rel("dozens", "hundreds") == "number_changed"


@pytest.mark.parametrize(
    "a, b",
    [
        ("1,403", "about 1,403"),
        ("more than 25,000", "25,000"),
        ("at least 10", "up to 10"),
        ("fewer than 100", "more than 100"),
        ("nearly 300", "more than 300"),
        ("about 300", "at least 300"),
    ],
)
def test_qualifier_changed(a: str, b: str) -> None:
    assert _rel(a, b) == "qualifier_changed"
    assert _rel(b, a) == "qualifier_changed"


@pytest.mark.parametrize(
    "a, b",
    [
        ("5 km", "5 miles"),
        ("$5 million", "5 million euros"),
        ("$5", "£5"),
        ("5 percent", "5 percentage points"),
        ("10 kg", "10 pounds"),
        ("5 km", "5 kg"),
        ("$5", "A$5"),
    ],
)
def test_unit_changed(a: str, b: str) -> None:
    assert _rel(a, b) == "unit_changed"
    assert _rel(b, a) == "unit_changed"


@pytest.mark.parametrize(
    "a, b",
    [
        ("92", "29"),
        ("1.5 million", "15 million"),
        ("20", "24"),
        ("2,000", "1,500"),
        ("5 miles", "5.5 km"),
        ("1,403", "1,300"),
        ("10-12", "11"),
        ("10-12", "20-24"),
        ("sixth", "seventh"),
        ("$5 million", "$5 billion"),
        ("-5", "5"),
    ],
)
def test_number_changed(a: str, b: str) -> None:
    assert _rel(a, b) == "number_changed"
    assert _rel(b, a) == "number_changed"


def test_missing_unit_is_reported_in_details() -> None:
    r = compare_quantities(_q("5 km"), _q("5"))
    assert r.relation == "equal"
    assert r.details["unit_only_in"] == "a"


def test_is_rounding_helper() -> None:
    assert is_rounding(1403, 1400, 100, 1)
    assert not is_rounding(1403, 1400, 1, 1)  # same precision: a different number
    assert not is_rounding(1460, 1400, 100, 1)
    assert not is_rounding(1500, 2000, 1000, 100)  # 25% off is not a rounding


def test_converted_figure_may_gain_about() -> None:
    r = compare_quantities(_q("5 miles"), _q("about 8 km"))
    assert r.relation == "converted"
    assert r.details["qualifier_added"] == "approx"
    assert _rel("5 miles", "more than 8 km") == "qualifier_changed"


def test_details_name_both_units_on_unit_change() -> None:
    r = compare_quantities(_q("$5 million"), _q("5 million euros"))
    assert (r.details["unit_a"], r.details["unit_b"]) == ("usd", "eur")
    assert r.details["same_number"] is True


def test_over_the_age_of_is_the_same_as_over() -> None:
    a = parse_quantities("They freed 63 over the age of 60.")[-1]
    b = parse_quantities("They freed 63 people over 60.")[-1]
    assert a.text == "over the age of 60" and a.qualifier == "more_than"
    assert compare_quantities(a, b).relation == "equal"
    assert _rel("under the age of 18", "under 18") == "equal"


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("a few days", "several days", "equal"),
        ("hundreds", "several hundred", "equal"),
        ("thousands", "tens of thousands", "number_changed"),
        ("one in five", "20%", "converted"),
        ("a third", "33%", "converted"),
        ("a third", "40%", "number_changed"),
    ],
)
def test_paraphrased_amounts(a: str, b: str, expected: str) -> None:
    assert _rel(a, b) == expected
    assert _rel(b, a) == expected
