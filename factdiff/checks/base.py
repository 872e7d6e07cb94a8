"""The contract every check follows, and what they share.

A check is a function ``(ctx: CheckContext) -> list[Finding]`` registered under
a versioned name ("factdiff.numbers.v1"). It reads the two parsed documents and
the alignment from the context and returns findings; it never renders, prints
or knows about other checks. Work several checks need (entity matching) is
computed once, lazily, on the context.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from ..facts.model import ParsedDocument, Sentence
from ..registry import checks as check_registry
from ..report.model import AlignedGroup, Finding, Severity, Span
from ..settings import Settings

CheckFn = Callable[["CheckContext"], list[Finding]]


@dataclass
class Pair:
    """One aligned group with both sides present, as sentence objects."""

    group: AlignedGroup
    original: list[Sentence]
    copy: list[Sentence]

    @property
    def is_body(self) -> bool:
        return all(s.is_body for s in self.original) and all(s.is_body for s in self.copy)


@dataclass
class CheckContext:
    original: ParsedDocument
    copy: ParsedDocument
    alignment: list[AlignedGroup]
    settings: Settings = field(default_factory=Settings)

    def pairs(self) -> Iterator[Pair]:
        """Aligned body groups with sentences on both sides."""
        for g in self.alignment:
            if g.original and g.copy:
                pair = Pair(
                    g,
                    [self.original.sentences[i] for i in g.original],
                    [self.copy.sentences[j] for j in g.copy],
                )
                if pair.is_body:
                    yield pair

    def partner_of_original(self, index: int) -> list[int]:
        return self._partners[0].get(index, [])

    def partner_of_copy(self, index: int) -> list[int]:
        return self._partners[1].get(index, [])

    @cached_property
    def _partners(self) -> tuple[dict[int, list[int]], dict[int, list[int]]]:
        o2c: dict[int, list[int]] = {}
        c2o: dict[int, list[int]] = {}
        for g in self.alignment:
            for i in g.original:
                o2c[i] = list(g.copy)
            for j in g.copy:
                c2o[j] = list(g.original)
        return o2c, c2o

    @cached_property
    def entities(self) -> Any:
        """Cross-document entity matching, shared by the names and missing checks."""
        from .entity_matching import match_entities

        return match_entities(self)

    @cached_property
    def cache(self) -> dict[str, Any]:
        return {}

    # ------------------------------------------------------------ spans
    def ospan(self, start: int, end: int, sentence: int | None = None) -> Span:
        return doc_span(self.original, start, end, sentence)

    def cspan(self, start: int, end: int, sentence: int | None = None) -> Span:
        return doc_span(self.copy, start, end, sentence)

    def osent(self, index: int) -> Span:
        s = self.original.sentences[index]
        return self.ospan(s.start, s.end, index)

    def csent(self, index: int) -> Span:
        s = self.copy.sentences[index]
        return self.cspan(s.start, s.end, index)


_NO_FILL = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def doc_span(doc: Any, start: int, end: int, sentence: int | None = None) -> Span:
    """A span quoting the document as given: the raw slice of markup, with its decoded form."""
    if getattr(doc, "raw", None) is not None:
        return Span.of(doc.raw, start, end, sentence, shown_text=doc.text)
    return Span.of(doc.text, start, end, sentence)


def finding(
    kind: str,
    severity: Severity,
    original: Span | None,
    copy: Span | None,
    message: str,
    check: str,
    confidence: float = 0.9,
    **details: Any,
) -> Finding:
    """Build a finding; keyword arguments become its evidence (``details``).

    Messages are for people: masked markup (invisible FILL) never shows in them."""
    return Finding(kind, severity, original, copy, message.translate(_NO_FILL), details, check, confidence)


def one_to_one(
    ranked: Iterable[tuple[Any, ...]],
    used_a: set[Hashable],
    used_b: set[Hashable],
    key: Callable[[Any], Hashable] = id,
) -> Iterator[tuple[Any, ...]]:
    """Best first, each side used once: the candidates ``(a, b, ...)`` in ranked order whose
    ``a`` and ``b`` are both still free (``key``: facts by identity, indices as they are).
    Pass the same sets to a second pass to keep what the first one took."""
    for cand in ranked:
        ka, kb = key(cand[0]), key(cand[1])
        if ka in used_a or kb in used_b:
            continue
        used_a.add(ka)
        used_b.add(kb)
        yield cand


def register(name: str) -> Callable[[CheckFn], CheckFn]:
    """Register a check under a versioned name (spaCy-registry style)."""

    def deco(fn: CheckFn) -> CheckFn:
        check_registry.register(name, func=fn)
        fn.check_name = name.removeprefix("factdiff.")  # type: ignore[attr-defined]
        return fn

    return deco
