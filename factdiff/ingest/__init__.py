"""Ingest: read and decode the user's text, and cut it into labelled segments.

Everything downstream refers to ``Source.text`` by character offset, so this stage
never rewrites text it reports on: markup is *masked* (replaced by spaces of the
same length), not removed, and normalisation lives in :mod:`.normalize` for
matching only.
"""

from __future__ import annotations

from .normalize import fold_quotes, match_key
from .segment import ROLES, Segment, segment
from .source import FORMATS, HTML_MODES, Source, ingest, read_source, source_from_text

__all__ = [
    "FORMATS",
    "HTML_MODES",
    "ROLES",
    "Segment",
    "Source",
    "fold_quotes",
    "ingest",
    "match_key",
    "read_source",
    "segment",
    "source_from_text",
]
