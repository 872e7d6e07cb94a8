"""Shared fixtures: the bundled example and a compare helper (spaCy loads once per session)."""

from __future__ import annotations

from pathlib import Path

import pytest

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
