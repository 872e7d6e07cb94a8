"""The dates check on sentences written for it: changed, dropped, added, and restated dates."""

from __future__ import annotations

import pytest
from helpers import assert_found

CHANGED = [
    # (original, copy, kind, severity, original words, copy words)
    ("The curfew will apply starting on May 2, police said.",
     "Police said the curfew would apply from 4 May.", "date_changed", "major", ["May 2"], ["4 May"]),
    # a relative date dropped loses when it happened
    ("The factory closed last month after a fire.", "The factory closed after a fire.", "fact_missing", "major",
     ["last month"], []),
    ("The talks will resume on Thursday in Geneva.", "The talks will resume in Geneva.", "fact_missing", "major",
     ["Thursday"], []),
    ("The ferry sank off the island, the coast guard said.",
     "The ferry sank off the island on Thursday night, the coast guard said.", "fact_added", "major", [],
     ["Thursday"]),
    # a weekday says nothing about a year: "2016" is added, not excused by "Sunday"
    ("The team won the cup on Sunday.", "The team won the cup on Sunday, its first title since 2016.", "fact_added",
     "major", [], ["2016"]),
    # an original sentence merged into a neighbouring copy sentence: paired across groups
    ("Rescuers freed all 60 miners on Friday, the company said. The men had been trapped since Tuesday after a "
     "flood cut the lift. The mine lies 20 km from Tarkwa.",
     "All 60 miners were freed on Friday, the company said. The men had been trapped since Sunday, when a flood "
     "cut the lift at the mine, which lies 20 km from Tarkwa.", "date_changed", "major", ["Tuesday"], ["Sunday"]),
    ("The club won its third title on Sunday. It had also won in 1998 and 2011. Fans celebrated in the streets.",
     "The club won its third title on Sunday, after 1998 and 2012. Fans celebrated in the streets.",
     "date_changed", "major", ["2011"], ["2012"]),
]


@pytest.mark.parametrize(("original", "copy", "kind", "severity", "o_words", "c_words"), CHANGED)
def test_change_is_found(compare, original, copy, kind, severity, o_words, c_words):
    assert_found(compare(original, copy), kind, severity, o_words, c_words)


SAME = [
    # "starting on" and "from" both say since when
    ("The curfew will apply starting on May 2, police said.", "Police said the curfew would apply from 2 May."),
    # "90,000,000 years ago" is a figure, not the date "000 years ago"
    ("The dinosaur lived about 90 million years ago.", "The dinosaur lived about 90,000,000 years ago."),
    ("The volcano last erupted 300 years ago, scientists said.",
     "Scientists said the volcano had last erupted 300 years earlier."),
    # years of a sentence merged into its neighbour are still there
    ("The club won its third title on Sunday. It had also won in 1998 and 2011. Fans celebrated in the streets.",
     "The club won its third title on Sunday, following wins in 1998 and 2011. Fans celebrated in the streets."),
    # a year the number parser reads as a figure ("the 2019 collapse")
    ("The dam that burst in 2019 killed 270 people.", "The 2019 dam burst killed 270 people."),
]


@pytest.mark.parametrize(("original", "copy"), SAME)
def test_same_dates_are_not_major(compare, original, copy):
    report = compare(original, copy)
    dates = [f for f in report.at_least("major") if f.check.startswith(("dates", "numbers"))]
    assert not dates, [(f.kind, f.severity.label, f.message) for f in dates]
