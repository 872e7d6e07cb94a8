"""The report data model: what every stage hands to the renderers.

Nothing here knows about spaCy, rich or typer, so a report can be built, saved
as JSON, loaded back (``Report.from_dict``) and rendered anywhere.

Offsets are sacred: every ``Span`` is a character offset into the text exactly
as the user gave it, so ``document.text[span.start:span.end] == span.text``.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import IntEnum
from typing import Any

SCHEMA = "factdiff/1"

#: Every finding kind, in the order reports list them.
KINDS: tuple[str, ...] = (
    "negation_changed",
    "number_changed",
    "qualifier_changed",
    "unit_changed",
    "date_changed",
    "name_spelling",
    "entity_changed",
    "attribution_changed",
    "quote_changed",
    "fact_missing",
    "fact_added",
    "content_missing",
    "wording_changed",
    "typo",
    "sentence_missing",
    "trimmed",
    "sentence_added",
    "moved",
    "anomaly",
    "furniture_ignored",
)

VERDICTS = ("identical", "copy", "unrelated", "other_language")
#: How the two versions were compared: the English checks, or facts across languages.
MODES = ("same-language", "cross-language")
#: Input formats a document may have been read from (the same as ``factdiff.ingest.FORMATS``).
FORMATS = ("text", "html", "markdown", "newsml", "nitf", "ninjs")


class Severity(IntEnum):
    """How much a finding matters to an editor; ordered, so filters compare."""

    INFO = 0
    MINOR = 1
    MAJOR = 2
    CRITICAL = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str | int | Severity) -> Severity:
        """Accept 'major', 'MAJOR', 2 or Severity.MAJOR."""
        if isinstance(value, Severity):
            return value
        if isinstance(value, int):
            return cls(value)
        try:
            return cls[str(value).strip().upper()]
        except KeyError:
            from ..errors import Errors, OptionError

            raise OptionError(
                Errors.E020.format(value=value, choices=", ".join(s.label for s in cls))
            ) from None

    def __str__(self) -> str:
        return self.label


SEVERITIES: tuple[str, ...] = tuple(s.label for s in Severity)


#: Characters masked markup becomes (``ingest.markup.FILL``) and other invisible ones:
#: never shown to a reader.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def readable(text: str) -> str:
    """``text`` for a reader: invisible characters dropped, runs of spaces as one."""
    return " ".join(text.translate(_INVISIBLE).split()) if text else text


@dataclass(frozen=True)
class Span:
    """A quoted stretch of one document: ``text == document[start:end]``.

    For markup (HTML, agency formats) ``text`` is the raw slice of the file as given
    ("won&rsquo;t") and ``shown`` its decoded form ("won’t"); for plain text ``shown``
    is None.
    """

    start: int
    end: int
    text: str
    sentence: int | None = None
    shown: str | None = None

    @property
    def display(self) -> str:
        """What a reader should see: the decoded form when there is one."""
        return self.shown if self.shown is not None else self.text

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text, "sentence": self.sentence}
        if self.shown is not None:
            out["shown"] = self.shown
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Span | None:
        if data is None:
            return None
        return cls(int(data["start"]), int(data["end"]), str(data["text"]), data.get("sentence"), data.get("shown"))

    @classmethod
    def of(cls, text: str, start: int, end: int, sentence: int | None = None, shown_text: str | None = None) -> Span:
        """Build a span by slicing, so the quoted text can never disagree with the offsets.

        ``shown_text``: the document's decoded same-length text, for markup inputs.
        """
        shown = readable(shown_text[start:end]) if shown_text is not None else None
        return cls(start, end, text[start:end], sentence, shown)


@dataclass(frozen=True)
class Finding:
    """One discrepancy between the versions, with the evidence for it."""

    kind: str
    severity: Severity
    original: Span | None
    copy: Span | None
    message: str
    details: dict[str, Any] = field(default_factory=dict)
    check: str = ""
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "severity": self.severity.label,
            "original": self.original.to_dict() if self.original else None,
            "copy": self.copy.to_dict() if self.copy else None,
            "message": self.message,
            "details": self.details,
            "check": self.check,
            "confidence": round(float(self.confidence), 3),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        return cls(
            kind=data["kind"],
            severity=Severity.parse(data["severity"]),
            original=Span.from_dict(data.get("original")),
            copy=Span.from_dict(data.get("copy")),
            message=data.get("message", ""),
            details=dict(data.get("details") or {}),
            check=data.get("check", ""),
            confidence=float(data.get("confidence", 1.0)),
        )

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """Reading order: by position in the original, else in the copy."""
        if self.original is not None:
            return (0, self.original.start, -self.severity)
        assert self.copy is not None
        return (1, self.copy.start, -self.severity)


@dataclass(frozen=True)
class SentenceInfo:
    """A sentence (or a labelled line: headline, dateline, credits) of one document."""

    index: int
    start: int
    end: int
    paragraph: int
    role: str = "body"  # body | headline | dateline | credits

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "start": self.start,
            "end": self.end,
            "paragraph": self.paragraph,
            "role": self.role,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SentenceInfo:
        return cls(
            int(data["index"]),
            int(data["start"]),
            int(data["end"]),
            int(data["paragraph"]),
            data.get("role", "body"),
        )


@dataclass(frozen=True)
class DocumentInfo:
    """One version as the report knows it: its text and how it was cut up.

    ``text`` is the document as given (for HTML and agency formats: the markup, decoded);
    ``shown`` is, for markup, the same-length text a reader sees (markup masked, entities
    decoded in place), which renderers display. ``metadata`` (an agency item's provider,
    ids, timestamps, subjects...) is shown, never compared. ``furniture``: page blocks
    left out of the comparison.
    """

    name: str
    text: str
    sentences: tuple[SentenceInfo, ...] = ()
    paragraphs: tuple[tuple[int, int], ...] = ()
    language: str = "en"
    source_format: str = "text"  # text | html | markdown | newsml | nitf | ninjs
    encoding: str = "utf-8"
    shown: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    furniture: int = 0
    method: str = ""

    @property
    def display_text(self) -> str:
        """The same-length text to show (``shown`` for markup, else ``text``)."""
        return self.shown if self.shown is not None else self.text

    def sentence_text(self, index: int) -> str:
        """A sentence as shown (same length as its span: offsets inside it still hold)."""
        s = self.sentences[index]
        return self.display_text[s.start : s.end]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "length": len(self.text),
            "language": self.language,
            "format": self.source_format,
            "encoding": self.encoding,
            "text": self.text,
            "paragraphs": [list(p) for p in self.paragraphs],
            "sentences": [s.to_dict() for s in self.sentences],
        }
        if self.shown is not None:
            out["shown"] = self.shown
        if self.metadata:
            out["metadata"] = dict(self.metadata)
        if self.method:
            out["read_as"] = self.method
        if self.furniture:
            out["furniture"] = self.furniture
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocumentInfo:
        return cls(
            name=data.get("name", ""),
            text=data["text"],
            sentences=tuple(SentenceInfo.from_dict(s) for s in data.get("sentences", [])),
            paragraphs=tuple(tuple(p) for p in data.get("paragraphs", [])),  # type: ignore[misc]
            language=data.get("language", "en"),
            source_format=data.get("format", "text"),
            encoding=data.get("encoding", "utf-8"),
            shown=data.get("shown"),
            metadata=dict(data.get("metadata") or {}),
            furniture=int(data.get("furniture", 0)),
            method=data.get("read_as", ""),
        )


@dataclass(frozen=True)
class AlignedGroup:
    """Original sentences ``original`` correspond to copy sentences ``copy``.

    One side may be empty (a dropped or added sentence). ``moved`` marks a
    group that sits out of order relative to its neighbours.
    """

    original: tuple[int, ...]
    copy: tuple[int, ...]
    score: float
    moved: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "original": list(self.original),
            "copy": list(self.copy),
            "score": round(float(self.score), 3),
            "moved": self.moved,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AlignedGroup:
        return cls(
            tuple(data.get("original", [])),
            tuple(data.get("copy", [])),
            float(data.get("score", 0.0)),
            bool(data.get("moved", False)),
        )


@dataclass(frozen=True)
class Report:
    """Everything one comparison found, and the settings that produced it."""

    original: DocumentInfo
    copy: DocumentInfo
    alignment: tuple[AlignedGroup, ...]
    findings: tuple[Finding, ...]
    verdict: str = "copy"
    signature: str = ""
    settings: dict[str, Any] = field(default_factory=dict)
    stats: dict[str, Any] = field(default_factory=dict)
    #: "same-language" (the English checks) or "cross-language" (``factdiff.xlang``)
    mode: str = "same-language"
    #: what the comparison could not look at, said once ("cross-language: wording ... not compared")
    notes: tuple[str, ...] = ()

    @property
    def languages(self) -> tuple[str, str]:
        return self.original.language, self.copy.language

    # ----------------------------------------------------------------- queries
    @property
    def summary(self) -> dict[str, int]:
        counts = Counter(f.severity.label for f in self.findings)
        return {label: counts.get(label, 0) for label in reversed(SEVERITIES)}

    @property
    def kind_counts(self) -> dict[str, int]:
        counts = Counter(f.kind for f in self.findings)
        return {k: counts[k] for k in KINDS if counts.get(k)} | {
            k: v for k, v in counts.items() if k not in KINDS
        }

    @property
    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), default=None)

    def at_least(self, severity: str | Severity) -> list[Finding]:
        level = Severity.parse(severity)
        return [f for f in self.findings if f.severity >= level]

    def filtered(
        self,
        min_severity: str | Severity | None = None,
        kinds: Iterable[str] | None = None,
    ) -> Report:
        """A report with only the findings an editor asked to see."""
        level = Severity.parse(min_severity) if min_severity is not None else Severity.INFO
        wanted = set(kinds) if kinds else None
        kept = tuple(
            f
            for f in self.findings
            if f.severity >= level and (wanted is None or f.kind in wanted)
        )
        return replace(self, findings=kept)

    # -------------------------------------------------------------- JSON form
    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "signature": self.signature,
            "verdict": self.verdict,
            "mode": self.mode,
            "notes": list(self.notes),
            "original": self.original.to_dict(),
            "copy": self.copy.to_dict(),
            "alignment": [g.to_dict() for g in self.alignment],
            "findings": [f.to_dict() for f in self.findings],
            "summary": self.summary,
            "settings": self.settings,
            "stats": self.stats,
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        return cls(
            original=DocumentInfo.from_dict(data["original"]),
            copy=DocumentInfo.from_dict(data["copy"]),
            alignment=tuple(AlignedGroup.from_dict(g) for g in data.get("alignment", [])),
            findings=tuple(Finding.from_dict(f) for f in data.get("findings", [])),
            verdict=data.get("verdict", "copy"),
            signature=data.get("signature", ""),
            settings=dict(data.get("settings") or {}),
            stats=dict(data.get("stats") or {}),
            mode=data.get("mode", "same-language"),
            notes=tuple(data.get("notes") or ()),
        )

    @classmethod
    def from_json(cls, text: str) -> Report:
        return cls.from_dict(json.loads(text))
