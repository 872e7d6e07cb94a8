"""Per-paragraph lookups that spaCy's ``Span`` properties make quadratic.

``Span.ents`` and ``Span.noun_chunks`` walk the whole ``Doc`` each time; asked
for every sentence of a long paragraph, that is quadratic in its length. These
helpers index the document once (kept in ``doc.user_data``) and answer by bisection.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span

_KEY = "factdiff_ents"


def ents_in(doc: Doc, start: int, end: int) -> list[Span]:
    """Entities overlapping tokens ``start`` (inclusive) to ``end`` (exclusive), in order."""
    cached = doc.user_data.get(_KEY)
    if cached is None:
        ents = list(doc.ents)
        cached = (ents, [e.end for e in ents])
        doc.user_data[_KEY] = cached
    ents, ends = cached
    out = []
    for e in ents[bisect_left(ends, start + 1) :]:  # first entity ending after `start`
        if e.start >= end:
            break
        out.append(e)
    return out
