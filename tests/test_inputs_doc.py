"""docs/inputs.md stays complete: every supported format is listed with its detection."""

from __future__ import annotations

from pathlib import Path

from factdiff.ingest import FORMATS
from factdiff.report.model import FORMATS as REPORT_FORMATS

ROOT = Path(__file__).resolve().parent.parent


def test_every_supported_format_is_in_docs_inputs_md() -> None:
    doc = (ROOT / "docs" / "inputs.md").read_text(encoding="utf-8")
    table = [line for line in doc.splitlines() if line.startswith("| ")]
    listed = {line.split("|")[2].strip().strip("`") for line in table}
    missing = [fmt for fmt in FORMATS if fmt not in listed]
    assert not missing, f"docs/inputs.md does not list: {', '.join(missing)}"


def test_report_knows_every_format() -> None:
    assert REPORT_FORMATS == FORMATS
