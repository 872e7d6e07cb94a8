"""factdiff: find the facts that changed between an original article and its copies."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover
    from .report.model import Report


def compare(original: str, copy: str, **options: Any) -> Report:
    """Compare two texts and return a :class:`~factdiff.report.model.Report`.

    Imported lazily so that ``import factdiff`` (and ``factdiff --help``) stay fast.
    """
    from .api import compare as _compare

    return _compare(original, copy, **options)


__all__ = ["__version__", "compare"]
