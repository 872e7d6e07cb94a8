"""Equivalent forms are not discrepancies (issue: 'Equivalent forms are NOT discrepancies')."""

from __future__ import annotations

import pytest
from helpers import assert_spans_exact

SAME_FACTS = [
    ("The ministry counted 1,403 cases in the capital on Monday.",
     "The ministry counted 1403 cases in the capital on Monday."),
    ("The monument marks the end of World War Two in the region.",
     "The monument marks the end of the Second World War in the region."),
    ("The U.S. embassy in Vilnius issued a statement on Friday.",
     "The US embassy in Vilnius issued a statement on Friday."),
    ("President Maria Oyelaran met farmers in Kano. Oyelaran promised new roads to the farmers.",
     "President Maria Oyelaran met farmers in Kano. Maria Oyelaran promised new roads to the farmers."),
    ("Governor Tomas Eriksen opened the bridge. Eriksen said it cost 40 million euros.",
     "Governor Tomas Eriksen opened the bridge. Tomas Eriksen said it cost 40 million euros."),
    ("He won a sixth term in the election held last year.",
     "He won a 6th term in the election held last year."),
    ("Rights groups say more than 25,000 people were detained.",
     "Rights groups say over 25,000 people were detained."),
    ("The bridge is 5 miles long, officials in Porto said.",
     "The bridge is 8 km long, officials in Porto said."),
    ("Exports fell 5% in March, the statistics office in Lima said.",
     "Exports fell five percent in March, the statistics office in Lima said."),
]


@pytest.mark.parametrize(("original", "copy"), SAME_FACTS)
def test_equivalent_forms_raise_nothing_serious(compare, original, copy):
    report = compare(original, copy)
    serious = [f for f in report.findings if f.severity.label in {"major", "critical"}]
    assert not serious, [(f.kind, f.message) for f in serious]
    assert_spans_exact(report)


def test_identical_text_is_identical(compare):
    text = "The council approved the budget on Tuesday. It had been delayed for 3 weeks."
    report = compare(text, text)
    assert report.verdict == "identical" and not report.findings
