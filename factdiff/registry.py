"""Function registries, named and versioned like spaCy's ("factdiff.numbers.v1").

A new check is one decorated function; nothing else in the tree changes.
Registries are plain ``catalogue`` registries, so third-party packages can also
add entries through the ``factdiff_checks`` entry-point group.
"""

from __future__ import annotations

import catalogue

checks = catalogue.create("factdiff", "checks", entry_points=True)
renderers = catalogue.create("factdiff", "renderers", entry_points=True)
# passes over the merged findings of all checks: ``(ctx, findings) -> findings`` ("factdiff.noise.v1")
filters = catalogue.create("factdiff", "filters", entry_points=True)

__all__ = ["checks", "filters", "renderers"]
