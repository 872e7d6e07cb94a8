"""parse_dates and compare_dates on sentences written for these tests."""

from __future__ import annotations

import pytest

from factdiff.numbers import TimeExpression, compare_dates, parse_dates


def _all(text: str) -> list[TimeExpression]:
    ds = parse_dates(text)
    for d in ds:
        assert text[d.start:d.end] == d.text
        if d.anchor_span is not None:
            assert d.anchor_span[1] <= d.start
    for a, b in zip(ds, ds[1:], strict=False):
        assert a.end <= b.start
    return ds


def _one(text: str) -> TimeExpression:
    ds = _all(text)
    assert len(ds) == 1, [d.text for d in ds]
    return ds[0]


@pytest.mark.parametrize(
    "text, span, kind, fields",
    [
        ("The talks ended on Tuesday.", "Tuesday", "weekday", {"weekday": 1, "anchor": "in"}),
        ("The law passed in 2020.", "2020", "year", {"year": 2020, "anchor": "in"}),
        ("Prices have risen since 1994.", "1994", "year", {"year": 1994, "anchor": "since"}),
        ("The figures are as of May.", "May", "month", {"month": 5, "anchor": "in"}),
        ("It opened on May 3, 2021.", "May 3, 2021", "date", {"year": 2021, "month": 5, "day": 3}),
        ("It opened on 3 May 2021.", "3 May 2021", "date", {"year": 2021, "month": 5, "day": 3}),
        ("It opened on 2021-05-03.", "2021-05-03", "date", {"year": 2021, "month": 5, "day": 3}),
        ("It opened on Sept. 3.", "Sept. 3", "date", {"month": 9, "day": 3, "year": None}),
        ("It opened on the 3rd of May.", "3rd of May", "date", {"month": 5, "day": 3}),
        ("It opened on Tuesday, May 3, 2021.", "Tuesday, May 3, 2021", "date",
         {"weekday": 1, "day": 3}),
        ("It opened in May 2021.", "May 2021", "date", {"year": 2021, "month": 5, "day": None}),
        ("It opened on 03/05/2021.", "03/05/2021", "date", {"month": 3, "day": 5}),
        ("It opened on 25/12/2021.", "25/12/2021", "date", {"month": 12, "day": 25}),
        ("Talks ran Nov. 15-16.", "Nov. 15-16", "date", {"day": 15, "day_end": 16}),
        ("It hit at 10:30 a.m.", "10:30 a.m.", "time", {"hour": 10, "minute": 30}),
        ("It hit at 10 p.m.", "10 p.m.", "time", {"hour": 22, "minute": 0}),
        ("It hit at 14:30 GMT.", "14:30 GMT", "time", {"hour": 14, "minute": 30}),
        ("It hit at 1430 GMT.", "1430 GMT", "time", {"hour": 14, "minute": 30}),
        ("It hit at noon.", "noon", "time", {"hour": 12}),
        ("It hit last week.", "last week", "relative", {"relative": ("week", -1)}),
        ("It hit next month.", "next month", "relative", {"relative": ("month", 1)}),
        ("It hit yesterday.", "yesterday", "relative", {"relative": ("day", -1)}),
        ("It hit two days ago.", "two days ago", "relative", {"relative": ("day", -2)}),
        ("It hit 3 weeks ago.", "3 weeks ago", "relative", {"relative": ("week", -3)}),
        ("It hit earlier this month.", "earlier this month", "relative",
         {"relative": ("month", 0), "modifier": "early"}),
        ("It boomed in the 1990s.", "1990s", "decade", {"decade": 1990}),
        ("It boomed in the '90s.", "'90s", "decade", {"decade": 1990}),
        ("It boomed in the early 2000s.", "early 2000s", "decade",
         {"decade": 2000, "modifier": "early"}),
        ("It hit on Tuesday evening.", "Tuesday evening", "weekday",
         {"weekday": 1, "part_of_day": "evening"}),
        ("It hit late Monday.", "late Monday", "weekday", {"weekday": 0, "modifier": "late"}),
        ("It hit in summer 2020.", "summer 2020", "season", {"season": "summer", "year": 2020}),
        ("It hit last winter.", "last winter", "season", {"season": "winter"}),
        ("It hit in the fall of 2019.", "fall of 2019", "season",
         {"season": "autumn", "year": 2019}),
        ("It hit in mid-2020.", "mid-2020", "year", {"year": 2020, "modifier": "mid"}),
        ("It hit in early 2021.", "early 2021", "year", {"year": 2021, "modifier": "early"}),
        ("The 2019-20 season ended.", "2019-20", "year", {"year": 2019}),
        ("Sales fell this year.", "this year", "relative", {"relative": ("year", 0)}),
        ("It hit last night.", "last night", "relative",
         {"relative": ("day", -1), "part_of_day": "night"}),
        ("It happened in June.", "June", "month", {"month": 6}),
        ("The curfew lasts until Friday.", "Friday", "weekday", {"anchor": "until"}),
    ],
)
def test_parse(text: str, span: str, kind: str, fields: dict[str, object]) -> None:
    d = _one(text)
    assert d.text == span
    assert d.kind == kind
    for k, v in fields.items():
        assert getattr(d, k) == v, k


@pytest.mark.parametrize(
    "text",
    [
        "You may go now.",
        "May I ask a question?",
        "They counted 2020 people.",
        "It cost $2020.",
        "About 2000 came.",
        "The Boeing 2707 never flew.",
        "Prices rose 2.5% in the quarter.",
        "They march on the capital.",
        "He scored 25 points.",
    ],
)
def test_not_dates(text: str) -> None:
    assert _all(text) == []


def test_several_in_one_sentence() -> None:
    text = "On Tuesday, March 3, at 9 a.m., officials said that since 2019 prices rose."
    assert [d.text for d in _all(text)] == ["Tuesday, March 3", "9 a.m.", "2019"]


def test_unicode_text_offsets() -> None:
    text = "\u201cIt ended on 3\u00a0May\u00a02021,\u201d she said \u2014 in the \u201990s."
    ds = _all(text)
    assert [d.kind for d in ds] == ["date", "decade"]


def _d(text: str) -> TimeExpression:
    return _one(text)


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("in May", "in May", "equal"),
        ("on May 3", "on 3 May", "equal"),
        ("on May 3, 2021", "on 2021-05-03", "equal"),
        ("in May", "on May 3", "compatible"),
        ("in 2021", "on May 3, 2021", "compatible"),
        ("on Tuesday", "on Tuesday evening", "compatible"),
        ("in the 1990s", "in 1994", "compatible"),
        ("in the 1990s", "in 2004", "changed"),
        ("in May", "in June", "changed"),
        ("on May 3", "on May 4", "changed"),
        ("on Tuesday", "on Wednesday", "changed"),
        ("in 2020", "since 2020", "changed"),
        ("before 2020", "after 2020", "changed"),
        ("on Tuesday evening", "on Tuesday morning", "changed"),
        ("at 10:30 a.m.", "at 10:30", "equal"),
        ("at 10 a.m.", "at 10 p.m.", "changed"),
        ("last week", "last week", "equal"),
        ("last week", "last month", "changed"),
        ("yesterday", "on Tuesday", "compatible"),
        ("on Tuesday, May 3, 2022", "on May 3, 2022", "compatible"),
        ("on Monday, May 3, 2022", "on May 3, 2022", "changed"),  # May 3, 2022 was a Tuesday
        ("in early May", "on May 3", "compatible"),
        ("in early May", "on May 25", "changed"),
        ("in early May", "in late May", "changed"),
        ("in summer 2020", "in July 2020", "compatible"),
        ("in summer 2020", "in January 2020", "changed"),
        ("on Nov. 15-16", "on Nov. 16", "compatible"),
        ("on Nov. 15-16", "on Nov. 18", "changed"),
        ("two days ago", "three days ago", "changed"),
    ],
)
def test_compare(a: str, b: str, expected: str) -> None:
    assert compare_dates(_d(a), _d(b)) == expected
    assert compare_dates(_d(b), _d(a)) == expected


def test_anchor_only_on_one_side_is_compatible() -> None:
    a = _one("Prices have risen since 1994.")
    b = _one("The year 1994 was hard.")
    assert b.anchor is None
    assert compare_dates(a, b) == "compatible"


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("at 1430 GMT", "at 10:30 a.m. ET", "equal"),
        ("at 1430 GMT", "at 9:30 a.m. EST", "equal"),
        ("at 1430 GMT", "at 11:30 a.m. EST", "changed"),
        ("at 1430 GMT", "at 10:30 a.m.", "compatible"),
        ("at 1430 GMT", "at 10:15 a.m.", "changed"),
        ("at 14:30 GMT", "at 1430 GMT", "equal"),
    ],
)
def test_compare_times_across_zones(a: str, b: str, expected: str) -> None:
    assert compare_dates(_d(a), _d(b)) == expected
    assert compare_dates(_d(b), _d(a)) == expected


@pytest.mark.parametrize(
    "text, span, fields",
    [
        ("Talks end by the end of 2022.", "end of 2022", {"year": 2022, "modifier": "late",
                                                          "anchor": "by"}),
        ("It ends at the end of May.", "end of May", {"month": 5, "modifier": "late"}),
        ("It ends in mid-May.", "mid-May", {"month": 5, "modifier": "mid"}),
        ("The 2010-2015 period was calm.", "2010-2015", {"year": 2010}),
        ("It ran from 1990 to 1995.", "1990", {"anchor": "since"}),
        ("It rained at about 0900 GMT.", "0900 GMT", {"hour": 9, "timezone": "GMT"}),
        ("It rained on Monday's vote.", "Monday", {"weekday": 0}),
        ("It happened a year ago.", "a year ago", {"relative": ("year", -1)}),
    ],
)
def test_parse_more(text: str, span: str, fields: dict[str, object]) -> None:
    d = _all(text)[0]
    assert d.text == span
    for k, v in fields.items():
        assert getattr(d, k) == v, k


@pytest.mark.parametrize("text", ["Theresa May said so.", "Theresa May 3 times won.",
                                  "The fall of Rome.", "Windows 2000 crashed.", "FY2023 ended."])
def test_not_dates_more(text: str) -> None:
    assert _all(text) == []
