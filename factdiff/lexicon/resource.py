"""The process-wide WordNet handle, opened on first use.

Why here: every public function needs "the database, or nothing"; keeping
that decision in one place means ``import factdiff.lexicon`` reads no file
and an absent database is a single ``None`` check everywhere else.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .graph import Graph
from .locate import find_wordnet
from .wordnet import WordNet


@dataclass(frozen=True)
class Resource:
    """An opened database and its graph helper."""

    path: Path
    wn: WordNet
    graph: Graph


_UNSET = object()
_current: object = _UNSET


def get() -> Resource | None:
    """The opened WordNet, or None when :func:`find_wordnet` finds nothing.

    The result is remembered; call :func:`reset` after changing FACTDIFF_WORDNET.
    """
    global _current
    if _current is _UNSET:
        path = find_wordnet()
        if path is None:
            _current = None
        else:
            wn = WordNet(path)
            _current = Resource(path, wn, Graph(wn))
    return _current  # type: ignore[return-value]


def reset() -> None:
    """Forget the opened database and every cached answer (tests, env changes)."""
    global _current
    # Imported here: those modules import this one.  (Not ``from . import
    # relation``: the package re-exports a *function* of that name.)
    from .lookup import clear_caches as clear_lookup
    from .polarity import derived_forms, opposites, supplement_pairs
    from .relation import clear_caches as clear_relation
    from .valence import clear_caches as clear_valence

    if isinstance(_current, Resource):
        _current.wn.close()
        _current.graph.hypernym_distances.cache_clear()
        _current.graph.depth.cache_clear()
    opposites.cache_clear()
    derived_forms.cache_clear()
    supplement_pairs.cache_clear()
    clear_valence()
    clear_lookup()
    clear_relation()
    _current = _UNSET


__all__ = ["Resource", "get", "reset"]
