"""Find the Princeton WordNet 3.0 database folder on disk.

Why a search path: CI and Debian install ``wordnet-base`` to /usr/share/wordnet,
other systems put it elsewhere, and tests must be able to point at an empty
folder to exercise the "no WordNet" path.  Nothing is read here, only stat'ed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_VAR = "FACTDIFF_WORDNET"

# The files the reader needs; cntlist.rev (sense frequencies) is optional.
REQUIRED_FILES = tuple(
    f"{kind}.{pos}" for kind in ("index", "data") for pos in ("noun", "verb", "adj", "adv")
)


def is_wordnet_dir(path: Path) -> bool:
    """True if *path* holds the WordNet index.* and data.* files."""
    return all((path / name).is_file() for name in REQUIRED_FILES)


def candidate_dirs() -> list[Path]:
    """Folders searched, in order, when FACTDIFF_WORDNET is not set."""
    return [
        Path("/usr/share/wordnet"),
        Path("/usr/local/share/wordnet"),
        Path(sys.prefix) / "share" / "wordnet",
    ]


def find_wordnet() -> Path | None:
    """Return the WordNet folder, or None when it is absent.

    An explicitly set FACTDIFF_WORDNET is authoritative: if it does not hold a
    WordNet database we return None instead of silently falling back, so a user
    (or a test) can switch the resource off.
    """
    explicit = os.environ.get(ENV_VAR)
    if explicit is not None and explicit.strip():
        path = Path(explicit).expanduser()
        return path if is_wordnet_dir(path) else None
    for path in candidate_dirs():
        if is_wordnet_dir(path):
            return path
    return None


__all__ = ["ENV_VAR", "REQUIRED_FILES", "candidate_dirs", "find_wordnet", "is_wordnet_dir"]
