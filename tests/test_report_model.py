"""The report data model: JSON round trip, schema, filters, summary."""

from __future__ import annotations

import jsonschema
import pytest

from factdiff.errors import OptionError
from factdiff.report.model import Report, Severity, Span
from factdiff.report.schema import REPORT_SCHEMA


def test_json_round_trip_is_lossless(seed_report):
    again = Report.from_json(seed_report.to_json())
    assert again.to_dict() == seed_report.to_dict()


def test_report_validates_against_schema(seed_report):
    jsonschema.validate(seed_report.to_dict(), REPORT_SCHEMA)


def test_summary_counts_every_finding(seed_report):
    assert sum(seed_report.summary.values()) == len(seed_report.findings)
    assert list(seed_report.summary) == ["critical", "major", "minor", "info"]


def test_filtered_keeps_only_what_was_asked(seed_report):
    major = seed_report.filtered("major")
    assert major.findings and all(f.severity >= Severity.MAJOR for f in major.findings)
    only = seed_report.filtered(kinds=["moved"])
    assert {f.kind for f in only.findings} == {"moved"}


def test_signature_names_versions_and_settings(seed_report):
    sig = seed_report.signature
    for part in ("factdiff:", "spacy:", "pipeline:", "checks:", "align:", "lexicon:"):
        assert part in sig


def test_severity_parse():
    assert Severity.parse("MAJOR") is Severity.MAJOR and Severity.parse(1) is Severity.MINOR
    with pytest.raises(OptionError):
        Severity.parse("huge")


def test_span_of_slices_the_text():
    text = "Kseniya Lutskina, journalist"
    span = Span.of(text, 8, 16, 0)
    assert span.text == "Lutskina" and text[span.start : span.end] == span.text
