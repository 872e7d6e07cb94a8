"""benchmarks/planted.py plants what it says, where it says, on texts written here."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

from rapidfuzz.distance import OSA

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "planted.py"


def _load():
    sys.path.insert(0, str(SCRIPT.parent))
    spec = importlib.util.spec_from_file_location("factdiff_planted_benchmark", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


planted = _load()

ORIGINAL = "Officials in Tallinn counted 1,250 ballots. Tallinn voters waited for 45 minutes in Narva."
COPY = "Officials in Tallinn counted 1,250 ballots on Monday. Tallinn voters waited 45 minutes in Narva and 12 in Tartu."


def test_a_digit_plant_changes_one_digit_of_a_number_the_original_writes():
    rng = random.Random(3)
    plants = planted._digit_plants(ORIGINAL, COPY, rng)
    assert [COPY[s:old] for _, s, _e, old in plants] == ["1,250", "45"]  # "12" is the copy's own
    for text, s, e, old in plants:
        assert len(text) == len(COPY) and e == old
        changed = [i for i, (a, b) in enumerate(zip(COPY, text, strict=True)) if a != b]
        assert len(changed) == 1 and s <= changed[0] < e and text[changed[0]].isdigit()


def test_a_name_plant_slips_one_letter_of_a_name_inside_a_sentence():
    rng = random.Random(5)
    plants = planted._name_plants(ORIGINAL, COPY, rng)
    # "Tallinn" opening the second sentence and "Tartu" (not in the original) are left alone
    assert [COPY[s:old] for _, s, _e, old in plants] == ["Tallinn", "Narva"]
    for text, s, e, old in plants:
        before, after = COPY[s:old], text[s:e]
        assert before != after and OSA.distance(before, after) == 1
        assert text[:s] == COPY[:s] and text[e:] == COPY[old:]
