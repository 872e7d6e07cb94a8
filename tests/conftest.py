"""Shared fixtures: the bundled example and a compare helper (spaCy loads once per session)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests explore new examples on every local run (that is how they find bugs);
# under CI=true they replay a fixed set, so a build's result depends on the code only.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


@pytest.fixture(scope="session")
def seed_paths() -> tuple[Path, Path]:
    return DATA / "original.txt", DATA / "copy.txt"


@pytest.fixture(scope="session")
def seed_texts(seed_paths) -> tuple[str, str]:
    return tuple(p.read_text(encoding="utf-8") for p in seed_paths)  # type: ignore[return-value]


@pytest.fixture(scope="session")
def seed_report(seed_texts):
    import factdiff

    return factdiff.compare(*seed_texts)


@pytest.fixture(scope="session")
def compare():
    import factdiff

    return factdiff.compare
