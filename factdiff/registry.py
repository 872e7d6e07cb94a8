"""Function registries, named and versioned like spaCy's ("factdiff.numbers.v1").

A new check is one decorated function; nothing else in the tree changes.
Registries are plain ``catalogue`` registries, so third-party packages can also
add entries through the ``factdiff_checks`` entry-point group.
"""

from __future__ import annotations

from typing import Any

import catalogue


class _Registry(catalogue.Registry):
    """A catalogue registry that remembers what ``get`` found.

    catalogue scans the installed packages' entry points on every ``get`` (0.3 ms), and
    ``run_checks`` gets every check for every comparison; registering anything forgets.
    """

    def __init__(self, *namespace: str, entry_points: bool = False) -> None:
        if catalogue.check_exists(*namespace):
            raise catalogue.RegistryError(f"Namespace already exists: {namespace}")
        super().__init__(namespace, entry_points=entry_points)
        self._found: dict[str, Any] = {}

    def register(self, name: str, *, func: Any | None = None) -> Any:
        self._found.clear()
        return super().register(name, func=func)

    def get(self, name: str) -> Any:
        found = self._found.get(name)
        if found is None:
            found = self._found[name] = super().get(name)
        return found


checks = _Registry("factdiff", "checks", entry_points=True)
renderers = _Registry("factdiff", "renderers", entry_points=True)
# passes over the merged findings of all checks: ``(ctx, findings) -> findings`` ("factdiff.noise.v1")
filters = _Registry("factdiff", "filters", entry_points=True)
# language profiles for cross-language comparison: a LanguageProfile subclass ("factdiff.lang.id.v1")
languages = _Registry("factdiff", "languages", entry_points=True)

# cross-language checks on an ``XContext`` ("factdiff.xlang.numbers.v1"; see factdiff/xlang/checks.py)
xlang_checks = _Registry("factdiff", "xlang_checks", entry_points=True)

__all__ = ["checks", "filters", "languages", "renderers", "xlang_checks"]
