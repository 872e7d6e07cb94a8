"""Discrepancy checks: one registered function per kind of drift.

Importing this package registers the built-in checks; ``run_checks`` runs the
ones named in the settings and merges what they found.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import Errors, OptionError
from ..registry import checks as registry
from ..registry import filters as filter_registry
from ..report.model import Finding
from .base import CheckContext, Pair, finding, register
from .dedupe import dedupe

# built-in checks register themselves on import
from . import (  # noqa: E402,F401  isort: skip
    anomalies,
    attribution,
    claims,
    dates,
    dropped_names,
    furniture,
    missing,
    names,
    negation,
    noise,
    numbers,
    omissions,
    placement,
    pronouns,
    quotes,
    structure,
    wording,
)


def available() -> list[str]:
    return sorted(registry.get_all())


def run_checks(ctx: CheckContext, check_names: Iterable[str], filter_names: Iterable[str] = ()) -> list[Finding]:
    """Run the named checks, then the filters over what they found; de-duplicated, in reading order."""
    found: list[Finding] = []
    for name in check_names:
        try:
            fn = registry.get(name)
        except Exception:
            raise OptionError(Errors.E023.format(value=name, choices=", ".join(available()))) from None
        found.extend(fn(ctx))
    found = dedupe(found)
    for name in filter_names:
        try:
            flt = filter_registry.get(name)
        except Exception:
            choices = ", ".join(sorted(filter_registry.get_all()))
            raise OptionError(Errors.E050.format(value=name, choices=choices)) from None
        found = flt(ctx, found)
    return sorted(found, key=lambda f: f.sort_key)


__all__ = ["CheckContext", "Pair", "available", "finding", "register", "run_checks"]
