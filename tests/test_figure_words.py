"""Figures the value comparison cannot see: digits in names, slips in a figure's word, and
roundings that are not; on sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import assert_found

from factdiff.report.model import Severity

FIGURE_KINDS = ("number_changed", "qualifier_changed", "unit_changed", "date_changed", "fact_missing", "fact_added")


def described(report):
    return [(f.kind, f.severity.label, f.message) for f in report.findings]


@pytest.mark.parametrize(
    ("original", "copy", "o_word", "c_word"),
    [
        # digits inside a name: the number parser leaves identifiers to the names, the tagger misses them
        ("Staff are tested daily for Covid-19 at the plant.", "Staff are tested daily for Covid-21 at the plant.",
         "Covid-19", "Covid-21"),
        ("The ministry bought the Pixel7 for its diplomats.", "The ministry bought the Pixel8 for its diplomats.",
         "Pixel7", "Pixel8"),
        ("The final was shown live on Kanal 5 in Sweden.", "The final was shown live on Kanal 4 in Sweden.", "5", "4"),
        ("The No. 6 seed was knocked out in Madrid.", "The No. 9 seed was knocked out in Madrid.", "6", "9"),
        # a year the copy wrote as no date, a day of the month turned impossible
        ("The general has ruled the country since 1987.", "The general has ruled the country since 7987.",
         "1987", "7987"),
        ("The agency reported on March 14 that sales fell.", "The agency reported on March 74 that sales fell.",
         "14", "74"),
        # two vague amounts of one kind
        ("The victims were men in their 30s.", "The victims were men in their 50s.", "30s", "50s"),
        ("Hundreds of workers joined the strike.", "Thousands of workers joined the strike.", "Hundreds", "Thousands"),
    ],
)
def test_changed_digits_are_critical(compare, original, copy, o_word, c_word):
    report = compare(original, copy)
    assert_found(report, "number_changed", "critical", [o_word], [c_word])


@pytest.mark.parametrize(
    ("original", "copy", "o_word", "c_word"),
    [
        ("A 17-year-old was arrested at the station.", "A 17-yaer-old was arrested at the station.",
         "17-year-old", "17-yaer-old"),
        ("The results will be announced on the 12th of May.", "The results will be announced on the 12t of May.",
         "12th", "12t"),
        ("During the 1970s the mill employed thousands.", "During the 1970, the mill employed thousands.",
         "1970s", "1970"),
    ],
)
def test_a_slip_in_a_figure_is_major(compare, original, copy, o_word, c_word):
    report = compare(original, copy)
    assert_found(report, "number_changed", "major", [o_word], [c_word])


@pytest.mark.parametrize(
    ("original", "copy", "o_word", "c_word"),
    [
        ("The tower is more than 300 feet tall.", "The tower is more than 330 feet tall.", "300", "330"),
        ("The bridge opened after the 1989 flood.", "The bridge opened after the 1980 flood.", "1989", "1980"),
        ("The club has 2,450 members.", "The club has 2,460 members.", "2,450", "2,460"),
    ],
)
def test_a_changed_figure_is_not_a_rounding(compare, original, copy, o_word, c_word):
    report = compare(original, copy)
    assert_found(report, "number_changed", "critical", [o_word], [c_word])


@pytest.mark.parametrize(
    ("original", "copy"),
    [
        ("The home side won 3:1 on Sunday.", "The home side won 3-1 on Sunday."),
        ("In extra time Silva made the 2:0 final score for the hosts.", "In added time Silva made it 2-0 for the hosts."),
        ("Houses built in the 1920's still line the street.", "Houses built in the 1920s still line the street."),
        ("Men in their 40's were most at risk.", "Men in their 40s were most at risk."),
        ("The firm raised $3bn last year.", "The firm raised $3b last year."),
        ("The route is 42km long.", "The route is 42 km long."),
        ("Flight KL-641 landed safely.", "Flight KL641 landed safely."),
        ("It supports 802.11ac and 802.11ax networks.", "It supports 802.11 ac and 802.11 ax networks."),
        ("A 25-year-old man was arrested.", "A 25 year old man was arrested."),
        ("The prison holds 1,403 inmates.", "The prison holds about 1,400 inmates."),  # a rounding: minor at most
        ("The journey takes about 5 miles.", "The journey takes about 8 km."),
    ],
)
def test_formats_and_roundings_are_not_serious(compare, original, copy):
    report = compare(original, copy)
    serious = [f for f in report.findings if f.kind in FIGURE_KINDS and f.severity >= Severity.MAJOR]
    assert not serious, described(report)
