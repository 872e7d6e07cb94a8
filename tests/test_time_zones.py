"""A time stated in another zone is the same moment; a slip inside a date or figure is no change.

Republished copies restate clock times for their readers ("9:00 a.m. ET" becomes "8:00 a.m.
CT", "14:00 GMT" becomes "15:00 CET"). When both sides carry a zone the times are compared
as instants, from the zone table in ``factdiff/lexicon/time_zones.txt``; US zones give both
halves of the year under either name (writers mix "EST" and "EDT"). A zone abbreviation is
part of the time, never a name of its own. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from factdiff.numbers import compare_dates, parse_dates
from factdiff.numbers.dates import zone_offsets


def _time(text: str):
    found = [d for d in parse_dates(text) if d.kind == "time"]
    assert len(found) == 1, (text, found)
    return found[0]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("at 9:00 a.m. ET", "at 8:00 a.m. CT"),
        ("at 14:00 GMT", "at 15:00 CET"),
        ("at 10 a.m. EDT", "at 2 p.m. GMT"),
        ("at 10 a.m. EST", "at 3 p.m. GMT"),
        ("at 10 a.m. EST", "at 2 p.m. GMT"),  # "EST" written in summer
        ("at 9 a.m. Eastern time", "at 6 a.m. Pacific time"),
        ("at 14:00 GMT", "at 17:00 GMT+3"),
        ("at 11:30 p.m. PT", "at 2:30 a.m. ET"),  # across midnight
        ("at 17:30 IST", "at 12:00 GMT"),
    ],
)
def test_same_moment_in_two_zones(a, b):
    assert compare_dates(_time(a), _time(b)) == "equal"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("at 9:00 a.m. ET", "at 9:00 a.m. CT"),  # one hour apart in both halves of the year
        ("at 14:00 GMT", "at 14:00 CET"),
        ("at 10 a.m. EDT", "at 10 a.m. GMT"),
        ("at 9:00 a.m. ET", "at 10:00 a.m. CT"),
    ],
)
def test_different_moments_are_changed(a, b):
    assert compare_dates(_time(a), _time(b)) == "changed"


def test_zone_table():
    assert zone_offsets("CT") == (-6.0, -5.0)
    assert zone_offsets("EDT") == zone_offsets("EST")
    assert zone_offsets("Eastern  Time") == (-5.0, -4.0)
    assert zone_offsets("GMT-4") == (-4.0,)
    assert zone_offsets("XYZ") is None


@pytest.mark.parametrize(
    ("original", "copy"),
    [
        ("Polls close at 9:00 a.m. ET on Tuesday, officials said.",
         "Polls close at 8:00 a.m. CT on Tuesday, officials said."),
        ("The summit opens at 14:00 GMT on Monday in Geneva.",
         "The summit opens at 15:00 CET on Monday in Geneva."),
        ("The rocket is due to lift off at 10 a.m. EDT on Friday.",
         "The rocket is due to lift off at 2 p.m. GMT on Friday."),
    ],
)
def test_restated_zone_is_quiet(compare, original, copy):
    report = compare(original, copy)
    assert report.at_least("minor") == [], [(f.kind, f.message) for f in report.findings]


def test_changed_moment_is_still_major(compare):
    report = compare("Polls close at 9:00 a.m. ET on Tuesday, officials said.",
                     "Polls close at 9:00 a.m. CT on Tuesday, officials said.")
    serious = report.at_least("major")
    assert [f.kind for f in serious] == ["date_changed"]
    assert serious[0].original.text == "9:00 a.m. ET" and serious[0].copy.text == "9:00 a.m. CT"


@pytest.mark.parametrize(
    ("original", "copy"),
    [
        ("The talks will resume on July 21 in Geneva, diplomats said.",
         "The talks will resume on July: 21 in Geneva, diplomats said."),
        ("Police said over 1,000 people were detained in the capital.",
         "Police said over, 1,000 people were detained in the capital."),
    ],
)
def test_stray_punctuation_does_not_split_a_date_or_figure(compare, original, copy):
    report = compare(original, copy)
    assert report.at_least("major") == [], [(f.kind, f.message) for f in report.findings]
