"""benchmarks/republication.py makes the copies it says it makes, on a text written here."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "republication.py"


def _load():
    spec = importlib.util.spec_from_file_location("factdiff_republication_benchmark", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


republication = _load()

ORIGINAL = "\n\n".join([
    "Officials in Tallinn counted 1,250 ballots on Monday.",
    "Voters waited for 45 minutes in Narva.",
    "Turnout was 61 percent, the commission said.",
    "The count ends on Friday.",
    "Results are due on 4 March.",
    "Observers praised the vote.",
])


def test_copies_trim_drop_and_add_lines_without_touching_kept_text():
    copies = republication.make_copies(ORIGINAL, seed=3)
    assert set(copies) == set(republication.KINDS)
    paras = ORIGINAL.split("\n\n")
    tail = copies["tail"][0].split("\n\n")
    assert tail == paras[: len(tail)] and len(tail) == 4  # the last third cut
    middle = copies["middle"][0].split("\n\n")
    assert len(middle) == 5 and paras[3] not in middle and set(middle) < set(paras)
    lined = copies["page-lines"][0].split("\n\n")
    assert [p for p in lined if p in paras] == paras  # every paragraph kept, in order
    assert [p for p in lined if p not in paras] and all(p in republication.PAGE_LINES for p in lined if p not in paras)


def test_the_digit_plant_changes_one_digit_inside_the_span_it_reports():
    text, span = republication.make_copies(ORIGINAL, seed=5)["all+digit"]
    assert span is not None
    start, end = span
    assert text[start:end][0].isdigit()
    figures = [p for p in text.split("\n\n") if p not in republication.PAGE_LINES]
    original_figures = ORIGINAL.split("\n\n")
    changed = [p for p in figures if p not in original_figures]
    assert len(changed) == 1  # exactly one kept paragraph differs: the one with the plant
    def one_slip(a: str, b: str) -> bool:
        return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1

    assert any(one_slip(p, changed[0]) for p in original_figures)  # one digit, nothing else
