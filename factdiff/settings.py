"""Settings that change results, and the signature that records them.

Like sacrebleu, every report carries a signature of the settings that produced
it, so two reports can be compared knowing whether they are comparable.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from . import __version__
from .errors import Errors, OptionError

DEFAULT_CHECKS: tuple[str, ...] = (
    "factdiff.structure.v1",
    "factdiff.names.v1",
    "factdiff.numbers.v1",
    "factdiff.dates.v1",
    "factdiff.negation.v1",
    "factdiff.attribution.v1",
    "factdiff.quotes.v1",
    "factdiff.missing.v1",
    "factdiff.dropped_names.v1",
    "factdiff.wording.v1",
    "factdiff.claims.v1",
    "factdiff.omissions.v1",
    "factdiff.pronouns.v1",
    "factdiff.anomalies.v1",
    "factdiff.furniture.v1",
)
DEFAULT_FILTERS: tuple[str, ...] = ("factdiff.noise.v1", "factdiff.placement.v1")


@dataclass(frozen=True)
class Settings:
    """Everything that can change what a comparison finds."""

    model: str | None = None  # spaCy pipeline name or path; None: auto
    checks: tuple[str, ...] = DEFAULT_CHECKS
    filters: tuple[str, ...] = DEFAULT_FILTERS  # passes over all findings (typos explained away)
    align_threshold: float = 0.22  # minimum similarity for a 1-1 sentence pair
    unrelated_share: float = 0.3  # under this share of aligned sentences: "unrelated"
    wording_major: float = 0.8  # replacement suspicion at/above which wording is major
    wording_minor: float = 0.45  # ... at/above which it is minor
    max_bytes: int = 10_000_000
    encoding: str | None = None
    html_mode: str = "article"  # web pages: the article only, or "all" visible blocks
    original_lang: str | None = None  # ISO 639-1 code of the original ("id"); None: detected
    copy_lang: str | None = None  # ... of the copy
    extra: dict[str, Any] = field(default_factory=dict)

    def with_options(self, **options: Any) -> Settings:
        known = {f.name for f in fields(self)}
        unknown = sorted(set(options) - known)
        if unknown:
            raise OptionError(
                Errors.E024.format(option=unknown[0], expected="a known setting", value=options[unknown[0]])
            )
        for name in ("checks", "filters"):
            if name in options and options[name] is not None:
                options[name] = tuple(options[name])
        return replace(self, **{k: v for k, v in options.items() if v is not None})

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["checks"] = list(self.checks)
        data["filters"] = list(self.filters)
        return data


def load_config(path: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """Read ``[tool.factdiff]`` from a TOML file (``factdiff.toml`` or ``pyproject.toml``).

    Without a path, ``FACTDIFF_CONFIG`` or ``./factdiff.toml`` is used when present.
    """
    candidate = path or os.environ.get("FACTDIFF_CONFIG")
    if candidate is None and Path("factdiff.toml").is_file():
        candidate = "factdiff.toml"
    if candidate is None:
        return {}
    import tomllib  # only when there is a file to read: start-up is a measured target
    try:
        with open(candidate, "rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise OptionError(Errors.E027.format(path=candidate, reason=exc)) from None
    section = data.get("tool", {}).get("factdiff", data.get("factdiff", data))
    return dict(section)


def signature(settings: Settings, pipeline: str, spacy_version: str, lexicon: str) -> str:
    """A one-line, sacrebleu-style record of what produced a report."""
    checks = "+".join(c.removeprefix("factdiff.") for c in settings.checks)
    filters = "+".join(c.removeprefix("factdiff.") for c in settings.filters) or "none"
    return (
        f"factdiff:{__version__}|spacy:{spacy_version}|pipeline:{pipeline}|lexicon:{lexicon}"
        f"|checks:{checks}|filters:{filters}|align:{settings.align_threshold}|unrelated:{settings.unrelated_share}"
        f"|wording:{settings.wording_minor}/{settings.wording_major}"
    )
