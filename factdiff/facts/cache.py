"""Parse each distinct paragraph once: a content-addressed cache of extracted paragraphs.

spaCy reads every body paragraph of a document on its own (``parse_documents``), so
what extraction finds in a paragraph depends on that paragraph's text only. A
syndicated copy repeats most of its original's paragraphs word for word; fifty copies
of one story repeat them fifty times. The cache keeps each paragraph's sentences and
facts once, in *paragraph coordinates* (offsets from the paragraph's first character,
sentence indices from 0), under a digest of the pipeline and of the exact text spaCy
and the figure reader see, and :func:`place` re-bases them into each document that
contains the paragraph: offsets shifted to the document, sentence indices numbered on,
the paragraph number set. Offsets stay sacred: ``text[start:end]`` in the document is
the quote, as on the uncached path, and a test compares the two field by field.

Which fields are offsets is said here, per fact class, once (``FIELDS``); a field
this table does not know makes ``tests/test_parse_cache.py`` fail, so a new fact
field cannot be left un-rebased by accident.
"""

from __future__ import annotations

import gc
import hashlib
from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from ..numbers import shifted
from .model import Attribution, DateFact, Mention, Negation, NumberFact, Quote, Sentence, Token

#: Paragraphs kept per cache by default: about 40 kB each in memory (a 60-word paragraph).
DEFAULT_MAX_PARAGRAPHS = 2000

# How each fact field moves when a paragraph is placed in a document:
#   offset: a character offset; span: an (start, end) pair or None; sentence: a sentence
#   index; nested: a parse result with its own offsets (numbers.shifted) or another fact;
#   plain: anything that does not move.
FIELDS: dict[type, dict[str, tuple[str, ...]]] = {
    Token: {
        "offset": ("start", "end"),
        "span": ("chunk", "predicate"),
        "plain": ("i", "text", "lemma", "pos", "tag", "dep", "head", "is_stop", "is_punct", "ent_type", "negated"),
    },
    Mention: {
        "offset": ("start", "end"),
        "sentence": ("sentence",),
        "plain": ("text", "label", "key", "canonical", "descriptor", "in_title"),
    },
    NumberFact: {
        "offset": ("start", "end"),
        "span": ("counted_span",),
        "sentence": ("sentence",),
        "nested": ("quantity",),
        "plain": ("text", "counted"),
    },
    DateFact: {
        "offset": ("start", "end"),
        "sentence": ("sentence",),
        "nested": ("expression",),
        "plain": ("text",),
    },
    Negation: {
        "offset": ("cue_start", "cue_end", "head_start", "head_end"),
        "span": ("phrase",),
        "sentence": ("sentence",),
        "plain": ("head_lemma", "head_pos", "implicit", "scope"),
    },
    Attribution: {
        "offset": ("start", "end", "source_start", "source_end"),
        "sentence": ("sentence",),
        "plain": (
            "source", "source_key", "source_is_pronoun", "cue", "names", "roles", "qualifiers",
            "affiliations", "words", "anonymous",
        ),
    },
    Quote: {
        "offset": ("start", "end"),
        "sentence": ("sentence",),
        "nested": ("speaker",),
        "plain": ("text", "speaker_key", "speaker_is_pronoun"),
    },
    Sentence: {
        "offset": ("start", "end"),
        "sentence": ("index",),
        "nested": ("tokens", "mentions", "numbers", "dates", "negations", "attributions", "quotes"),
        "plain": ("text", "role", "paragraph"),
    },
}


def pipeline_tag(nlp: Any) -> str:
    """Which pipeline parsed a paragraph: part of its key (another pipeline, another parse)."""
    meta = nlp.meta
    return f"{meta.get('factdiff_name', '')}|{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"


def paragraph_key(pipeline: str, parsed: str, view: str) -> str:
    """The cache key of one paragraph: the pipeline and the exact strings extraction reads
    (what spaCy parses, and the same-length view figures and dates are read from)."""
    h = hashlib.blake2b(digest_size=16)
    for part in (pipeline, parsed, view):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def shares_paragraphs(*sources: Any) -> bool:
    """Whether some line of 20 characters or more is in more than one of the sources'
    texts: then a cache pays for itself even within one ``parse_documents`` call."""
    seen: set[str] = set()
    for source in sources:
        lines = {line.strip() for line in source.text.splitlines()}
        lines = {line for line in lines if len(line) >= 20}
        if lines & seen:
            return True
        seen |= lines
    return False


class ParseCache:
    """Extracted paragraphs by content, for every ``parse_documents`` call it is given to.

    ``parsed`` counts how often each key was parsed (1 each, unless the cache dropped a
    paragraph it had to parse again); ``hits`` and ``misses`` count look-ups. The
    least recently used paragraphs go first once ``max_paragraphs`` are kept. Entries
    are plain, picklable facts: ``export`` and ``update`` move them between processes.
    """

    def __init__(self, max_paragraphs: int = DEFAULT_MAX_PARAGRAPHS) -> None:
        self.max_paragraphs = max(0, max_paragraphs)
        self._entries: OrderedDict[str, tuple[Sentence, ...]] = OrderedDict()
        self.parsed: Counter[str] = Counter()
        self.hits = 0
        self.misses = 0
        self.log: list[str] | None = None  # when a list, the keys parsed are appended to it

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    def get(self, key: str) -> tuple[Sentence, ...] | None:
        entry = self._entries.get(key)
        if entry is None:
            self.misses += 1
            return None
        self._entries.move_to_end(key)
        self.hits += 1
        return entry

    def put(self, key: str, sentences: Iterable[Sentence]) -> None:
        self._entries[key] = tuple(sentences)
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_paragraphs:
            self._entries.popitem(last=False)

    def note_parsed(self, key: str) -> None:
        self.parsed[key] += 1
        if self.log is not None:
            self.log.append(key)

    def export(self, keys: Iterable[str] | None = None) -> dict[str, tuple[Sentence, ...]]:
        """Entries to ship to another process (all of them, or those of ``keys`` kept here)."""
        if keys is None:
            return dict(self._entries)
        return {k: self._entries[k] for k in keys if k in self._entries}

    def update(self, entries: Mapping[str, tuple[Sentence, ...]]) -> None:
        """Add entries another process parsed (they count as parsed there, not here)."""
        for key, sentences in entries.items():
            if key not in self._entries:
                self.put(key, sentences)


# ---------------------------------------------------------------- placing a paragraph
@contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while placing paragraphs.

    Placing allocates a few thousand small objects per document, none of them in a
    cycle; each allocation burst would trigger collections that walk the whole heap
    (the spaCy pipeline included), which cost as much as the placing itself. Reference
    counting frees everything as usual; the collector resumes as it was.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def place(template: Iterable[Sentence], offset: int, first_index: int, paragraph: int) -> list[Sentence]:
    """A cached paragraph's sentences as they stand in a document: offsets moved by
    ``offset``, sentence indices by ``first_index``, paragraph number ``paragraph``.

    New objects every time (documents never share a Sentence: coreference fills them in
    place); a quote's speaker stays the very attribution its sentence lists.
    """
    memo: dict[int, Any] = {}
    out = []
    for s in template:
        placed = _move(s, offset, first_index, memo)
        placed.paragraph = paragraph
        out.append(placed)
    return out


def _move(obj: Any, by: int, index_by: int, memo: dict[int, Any]) -> Any:
    if obj is None:
        return None
    mover = _MOVERS.get(type(obj))
    if mover is None:  # a parse result of the numbers package: it knows its own offsets
        return shifted(obj, by)
    return mover(obj, by, index_by, memo)


def _mover(cls: type, plan: dict[str, tuple[str, ...]]) -> Any:
    """A function that moves one ``cls`` object: written once per class, it runs for every
    token of every placed paragraph (hundreds per document), so it does the least it can."""
    offsets = plan.get("offset", ())
    spans = plan.get("span", ())
    indices = plan.get("sentence", ())
    nested = plan.get("nested", ())
    shared = cls is Attribution  # a quote's speaker is one of its sentence's attributions

    def move(obj: Any, by: int, index_by: int, memo: dict[int, Any]) -> Any:
        if shared:
            done = memo.get(id(obj))
            if done is not None:
                return done
        state = getattr(obj, "__dict__", None)
        if state is None:  # a slotted class: the slow, general way
            return _clone(obj, _changes(obj, plan, by, index_by, memo))
        state = state.copy()
        for name in offsets:
            state[name] += by
        for name in spans:
            value = state[name]
            if value is not None:
                state[name] = (value[0] + by, value[1] + by)
        for name in indices:
            value = state[name]
            if value >= 0:
                state[name] = value + index_by
        for name in nested:
            value = state[name]
            if isinstance(value, tuple):
                state[name] = tuple([_move(v, by, index_by, memo) for v in value])
            else:
                state[name] = _move(value, by, index_by, memo)
        moved = object.__new__(cls)
        moved.__dict__.update(state)
        if shared:
            memo[id(obj)] = moved
        return moved

    return move


def _changes(obj: Any, plan: dict[str, tuple[str, ...]], by: int, index_by: int, memo: dict[int, Any]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for name in plan.get("offset", ()):
        changes[name] = getattr(obj, name) + by
    for name in plan.get("span", ()):
        value = getattr(obj, name)
        if value is not None:
            changes[name] = (value[0] + by, value[1] + by)
    for name in plan.get("sentence", ()):
        value = getattr(obj, name)
        changes[name] = value + index_by if value >= 0 else value
    for name in plan.get("nested", ()):
        value = getattr(obj, name)
        if isinstance(value, tuple):
            changes[name] = tuple(_move(v, by, index_by, memo) for v in value)
        else:
            changes[name] = _move(value, by, index_by, memo)
    return changes


_MOVERS = {cls: _mover(cls, plan) for cls, plan in FIELDS.items()}


def _clone(obj: Any, changes: dict[str, Any]) -> Any:
    """``dataclasses.replace`` without re-running ``__init__`` (a paragraph has hundreds of
    tokens): copy the instance dict, then set the moved fields."""
    state = getattr(obj, "__dict__", None)
    if state is None:  # slotted classes: the slow, general way
        return replace(obj, **changes)
    new = object.__new__(type(obj))
    new.__dict__.update(state)
    new.__dict__.update(changes)
    return new
