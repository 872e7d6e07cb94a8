"""Resolve short mentions to the fullest name of the same entity in a document.

"Lukashenko" after "Alexander Lukashenko" is the same person; "Putin" after
"Vladimir Putin" too. Only within one document: across documents the names
check decides.
"""

from __future__ import annotations

from dataclasses import replace

from .model import Mention, ParsedDocument

_PERSONISH = {"PERSON"}


def _covers(long: str, short: str, label: str) -> bool:
    lw, sw = long.split(), short.split()
    if len(sw) >= len(lw) or not set(sw) <= set(lw):
        return False
    if label in _PERSONISH:
        return sw[-1] == lw[-1]  # a surname stands for the full name
    return True


def resolve_mentions(doc: ParsedDocument) -> None:
    """Fill ``Mention.canonical`` and ``doc.entities`` in place."""
    mentions = [m for s in doc.sentences for m in s.mentions]
    by_label: dict[str, list[str]] = {}
    for m in mentions:
        keys = by_label.setdefault(m.label, [])
        if m.key not in keys:
            keys.append(m.key)
    all_keys = sorted({m.key for m in mentions}, key=lambda k: -len(k.split()))
    entities: dict[str, list[Mention]] = {}
    for sentence in doc.sentences:
        resolved = []
        for m in sentence.mentions:
            canonical = m.key
            pool = by_label.get(m.label, []) if m.label in _PERSONISH else all_keys
            for k in sorted(pool, key=lambda k: -len(k.split())):
                if _covers(k, m.key, m.label):
                    canonical = k
                    break
            m2 = replace(m, canonical=canonical)
            resolved.append(m2)
            entities.setdefault(canonical, []).append(m2)
        sentence.mentions = tuple(resolved)
    doc.entities = entities
