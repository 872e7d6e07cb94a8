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


_GROUP = {"GPE": "place", "LOC": "place", "FAC": "place"}


def _same_kind(long_label: str, short: Mention, long_key: str) -> bool:
    """"Washington" is not short for "Washington Post"; "Museveni" tagged ORG is short for the person."""
    if _GROUP.get(long_label, long_label) == _GROUP.get(short.label, short.label):
        return True
    return long_label in _PERSONISH and short.key.split()[-1] == long_key.split()[-1]


def resolve_mentions(doc: ParsedDocument) -> None:
    """Fill ``Mention.canonical`` and ``doc.entities`` in place."""
    mentions = [m for s in doc.sentences for m in s.mentions]
    label_of: dict[str, str] = {}
    for m in mentions:
        label_of.setdefault(m.key, m.label)
    all_keys = sorted(label_of, key=lambda k: -len(k.split()))
    rank = {k: n for n, k in enumerate(all_keys)}
    by_word: dict[str, list[str]] = {}
    for k in all_keys:
        for w in set(k.split()):
            by_word.setdefault(w, []).append(k)
    memo: dict[tuple[str, str], str] = {}

    def canonical_of(m: Mention) -> str:
        """The first longer key (fullest first) that covers this mention; linear via a word index."""
        slot = (m.key, m.label)
        if slot not in memo:
            words = m.key.split()
            pool = min((by_word.get(w, []) for w in words), key=len) if words else []
            canonical = m.key
            for k in sorted(pool, key=rank.__getitem__):
                if m.label in _PERSONISH and label_of[k] not in _PERSONISH:
                    continue
                covers = _covers(k, m.key, m.label if label_of[k] not in _PERSONISH else "PERSON")
                if covers and _same_kind(label_of[k], m, k):
                    canonical = k
                    break
            memo[slot] = canonical
        return memo[slot]

    entities: dict[str, list[Mention]] = {}
    for sentence in doc.sentences:
        resolved = []
        for m in sentence.mentions:
            m2 = replace(m, canonical=canonical_of(m))
            resolved.append(m2)
            entities.setdefault(m2.canonical, []).append(m2)
        sentence.mentions = tuple(resolved)
    doc.entities = entities
