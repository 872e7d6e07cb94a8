"""Decide, once per comparison, what became of every named entity.

Each entity of the original (its mentions resolved to the fullest name) is
``present`` in the copy (same name anywhere in the copy, in any equivalent
form), ``spelled`` differently (a close variant in the corresponding
sentences), ``changed`` (another entity of the same type stands in its place)
or ``missing``. Copy entities left over are ``added``. Matching is
document-wide, so a name moved to another sentence is not "missing".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from ..facts.keys import acronym, bag_key, entity_key, squash, word_pattern
from ..facts.model import Mention, ParsedDocument
from .names_morphology import gendered_pair, translit_key

LABEL_GROUP = {
    "PERSON": "person",
    "ORG": "org",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "EVENT": "event",
    "PRODUCT": "thing",
    "WORK_OF_ART": "thing",
    "LAW": "thing",
    "LANGUAGE": "group",
}
SPELLING_MIN = 0.72  # per-token normalised Levenshtein similarity for a spelling variant


@dataclass
class EntityFate:
    key: str  # canonical key in the original
    label: str
    mentions: list[Mention]
    status: str  # present | spelled | changed | missing
    counterpart: list[Mention] = field(default_factory=list)
    variant: str = ""  # for spelled: typo | translit ; for changed: gendered | other
    similarity: float = 0.0

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    @property
    def fullest(self) -> Mention:
        return max(self.mentions, key=lambda m: (len(m.key.split()), -m.start))


@dataclass
class EntityMatching:
    fates: list[EntityFate]
    added: dict[str, list[Mention]]  # copy canonical key -> mentions with no counterpart


def _group(label: str) -> str:
    return LABEL_GROUP.get(label, label.lower())


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def equivalent(a: str, b: str, label_a: str = "", label_b: str = "") -> bool:
    """Two keys name the same thing: equal, reordered, acronym, short mention, demonym."""
    if not a or not b:
        return False
    if a == b or bag_key(a) == bag_key(b):
        return True
    if acronym(a) == b or acronym(b) == a:
        return True
    aw, bw = a.split(), b.split()
    short, long_ = (aw, bw) if len(aw) <= len(bw) else (bw, aw)
    if set(short) < set(long_):
        if "PERSON" in (label_a, label_b):
            return short[-1] == long_[-1]
        return any(len(w) >= 4 for w in short)
    if len(aw) == 1 and len(bw) == 1 and {_group(label_a), _group(label_b)} & {"group", "place"}:
        p = _common_prefix(a, b)
        if p >= 4 and p >= min(len(a), len(b)) - 2:
            return True  # demonym: "russian" / "russia", "ukrainian" / "ukraine"
    return False


@lru_cache(maxsize=8)
def _squashed(text: str) -> str:
    return squash(text)


@lru_cache(maxsize=8)
def _undotted(text: str) -> str:
    return text.replace(".", "")


@lru_cache(maxsize=8)
def _key_words(text: str) -> tuple[str, ...]:
    """The text as the words of a name key ("Second" -> "2"), for order-free search."""
    return tuple(entity_key(text).split())


def _bag_in(words: tuple[str, ...], key: str) -> bool:
    """All words of ``key`` stand together, in any order ("World War Two" / "Second World War")."""
    want = sorted(key.split())
    n = len(want)
    if n < 2:
        return False
    first = set(want)
    for i in range(len(words) - n + 1):
        if words[i] in first and sorted(words[i : i + n]) == want:
            return True
    return False


def present_in_text(mention: Mention, text: str) -> bool:
    """The name (in its own key form) occurs as whole words in ``text``."""
    key = mention.key
    if len(key.replace(" ", "")) <= 3:
        surface = _undotted(mention.text)
        return re.search(r"(?<![\w])" + re.escape(surface) + r"(?![\w])", _undotted(text)) is not None
    if word_pattern(key).search(_squashed(text)) is not None:
        return True
    return _bag_in(_key_words(text), key)


def spelling_similarity(a: str, b: str) -> tuple[float, str]:
    """How alike two names are token by token, and what kind of variant they are.

    Returns (0, "") when they cannot be the same name spelled differently.
    """
    aw, bw = a.split(), b.split()
    if len(aw) != len(bw) or a == b:
        return 0.0, ""
    sims = []
    differing = []
    for x, y in zip(aw, bw, strict=True):
        if x == y:
            sims.append(1.0)
            continue
        s = Levenshtein.normalized_similarity(x, y)
        if translit_key(x) == translit_key(y):
            s = max(s, 0.95)
        if s < SPELLING_MIN or x[0] != y[0] and translit_key(x)[0] != translit_key(y)[0]:
            return 0.0, ""
        sims.append(s)
        differing.append((x, y))
    if not differing:
        return 0.0, ""
    if all(gendered_pair(x, y) for x, y in differing):
        return min(sims), "gendered"
    if all(translit_key(x) == translit_key(y) for x, y in differing):
        return min(sims), "translit"
    return min(sims), "typo"


def match_entities(ctx: object) -> EntityMatching:
    """Fate of every original entity, and the copy's entities with no counterpart."""
    original: ParsedDocument = ctx.original  # type: ignore[attr-defined]
    copy: ParsedDocument = ctx.copy  # type: ignore[attr-defined]
    copy_mentions = [m for s in copy.sentences for m in s.mentions]
    orig_mentions = [m for s in original.sentences for m in s.mentions]
    used: set[int] = set()  # copy mentions (by start) consumed as counterparts
    fates: list[EntityFate] = []

    for key, mentions in original.entities.items():
        label = mentions[0].label
        matched = [
            m
            for m in copy_mentions
            if any(equivalent(o.key, m.key, o.label, m.label) or equivalent(o.key, m.canonical, o.label, m.label) for o in mentions)
        ]
        if matched or any(present_in_text(o, copy.text) for o in mentions):
            used.update(m.start for m in matched)
            fates.append(EntityFate(key, label, mentions, "present", matched))
            continue
        fates.append(EntityFate(key, label, mentions, "missing"))

    def in_original(m: Mention) -> bool:
        return present_in_text(m, original.text) or any(
            equivalent(o.key, m.key, o.label, m.label) for o in orig_mentions
        )

    # spelling variants and replacements, looked for in the corresponding sentences
    for fate in fates:
        if fate.status != "missing":
            continue
        partners = {j for m in fate.mentions for j in ctx.partner_of_original(m.sentence)}  # type: ignore[attr-defined]
        pool = [
            m
            for m in copy_mentions
            if m.sentence in partners and m.start not in used and not in_original(m)
        ]
        best: tuple[float, str, Mention] | None = None
        for cand in pool:
            for o in fate.mentions:
                sim, variant = spelling_similarity(o.key, cand.key)
                if sim and (best is None or sim > best[0]):
                    best = (sim, variant, cand)
        if best is None:
            # whole-document search for a spelling variant (a name moved elsewhere)
            for cand in copy_mentions:
                if cand.start in used or in_original(cand):
                    continue
                for o in fate.mentions:
                    sim, variant = spelling_similarity(o.key, cand.key)
                    if sim >= 0.8 and (best is None or sim > best[0]):
                        best = (sim, variant, cand)
        if best is not None:
            sim, variant, cand = best
            same = [m for m in copy_mentions if m.canonical == cand.canonical or m.key == cand.key]
            used.update(m.start for m in same)
            fate.status = "changed" if variant == "gendered" else "spelled"
            fate.counterpart, fate.variant, fate.similarity = same, variant, sim
            continue
        same_type = [m for m in pool if _group(m.label) == _group(fate.label) and not m.in_title]
        if same_type and not fate.first.in_title:
            cand = min(same_type, key=lambda m: abs(_relative(m, copy) - _relative(fate.first, original)))
            same = [m for m in copy_mentions if m.canonical == cand.canonical]
            used.update(m.start for m in same)
            fate.status, fate.counterpart, fate.variant = "changed", same, "other"

    added: dict[str, list[Mention]] = {}
    for m in copy_mentions:
        if m.start in used or in_original(m):
            continue
        added.setdefault(m.canonical, []).append(m)
    return EntityMatching(fates, added)


def _relative(m: Mention, doc: ParsedDocument) -> float:
    s = doc.sentences[m.sentence]
    return (m.start - s.start) / max(1, s.end - s.start)

