"""Plain, picklable data for batches: what to compare, and what came out.

Nothing here reads files or loads spaCy, so these objects are cheap to build in
the parent and to ship to worker processes or a Dask cluster.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from ..report.model import Report

#: Verdicts that count as a failure for ``--fail-on`` whatever the findings.
FAILING_VERDICTS = frozenset({"unrelated", "other_language"})


@dataclass(frozen=True)
class DocSpec:
    """Where one document comes from (a file path or an inline text), not yet read.

    ``key`` identifies the document for parse-once: the real path of a file, or a
    hash of an inline text, so the same document named twice is parsed once.
    """

    name: str
    key: str
    path: str | None = None
    text: str | None = None

    @classmethod
    def from_path(cls, path: str | os.PathLike[str], name: str | None = None) -> DocSpec:
        raw = os.fspath(path)
        return cls(name=name or raw, key="path:" + os.path.realpath(raw), path=raw)

    @classmethod
    def from_text(cls, text: str, name: str | None = None) -> DocSpec:
        digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()
        return cls(name=name or f"<text {digest[:8]}>", key="text:" + digest, text=text)


@dataclass(frozen=True)
class Comparison:
    """One row of a batch: compare ``copy`` with ``original``.

    A row that could not be understood (a bad manifest line) keeps its ``error``
    and is reported as an error row instead of being run.
    """

    id: str
    original: DocSpec | None
    copy: DocSpec | None
    error: str | None = None
    extra: tuple[tuple[str, Any], ...] = ()  # more fields of the output row, after "id" (the feed's "story")


@dataclass(frozen=True)
class Change:
    """One finding reduced to what the batch summary groups on."""

    kind: str
    severity: str
    original: str | None
    copy: str | None


@dataclass(frozen=True)
class BatchResult:
    """One finished comparison: the JSON line as written, and a digest for summaries.

    ``line`` is the exact output row (without the newline); ``report`` decodes it
    lazily, so the parent process never pays for rebuilding reports it only writes.
    """

    id: str
    line: str
    original: str | None = None
    copy: str | None = None
    error: str | None = None
    verdict: str | None = None
    kinds: dict[str, int] = field(default_factory=dict)
    worst: str | None = None
    changes: tuple[Change, ...] = ()

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def report(self) -> Report | None:
        """The comparison's :class:`~factdiff.report.model.Report` (None for an error row)."""
        if self.error is not None:
            return None
        from ..report.model import Report

        return Report.from_dict(json.loads(self.line)["report"])

    def fails(self, level: int) -> bool:
        """True when this comparison has a finding at or above ``level`` (a Severity)."""
        from ..report.model import Severity

        if self.error is not None:
            return False
        if self.verdict in FAILING_VERDICTS:
            return True
        return self.worst is not None and Severity.parse(self.worst) >= level

    # ------------------------------------------------------------ building
    @classmethod
    def from_envelope(cls, data: dict[str, Any], line: str | None = None) -> BatchResult:
        """Digest an output row (``{"id", "original", "copy", "report"|"error"}``)."""
        line = line if line is not None else envelope_line(data)
        report = data.get("report")
        common = {"id": str(data["id"]), "line": line, "original": data.get("original"), "copy": data.get("copy")}
        if report is None:
            return cls(**common, error=str(data.get("error") or "unknown error"))
        findings = report.get("findings") or []
        kinds = Counter(f.get("kind", "?") for f in findings)
        worst = _worst(f.get("severity") for f in findings)
        changes = tuple(
            Change(
                kind=f.get("kind", "?"),
                severity=f.get("severity", "info"),
                original=(f.get("original") or {}).get("text"),
                copy=(f.get("copy") or {}).get("text"),
            )
            for f in findings
        )
        return cls(**common, verdict=report.get("verdict"), kinds=dict(kinds), worst=worst, changes=changes)

    @classmethod
    def from_line(cls, line: str) -> BatchResult:
        data = json.loads(line)
        if not isinstance(data, dict) or "id" not in data:
            raise ValueError("not a batch result row")
        return cls.from_envelope(data, line)


def envelope_line(data: dict[str, Any]) -> str:
    """One JSON Lines row: compact, no raw newline possible (json escapes them)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def error_result(
    cid: str, message: str, original: str | None = None, copy: str | None = None, extra: dict[str, Any] | None = None
) -> BatchResult:
    data: dict[str, Any] = {"id": cid, **(extra or {}), "original": original, "copy": copy, "error": message}
    return BatchResult.from_envelope(data)


_ORDER = {"info": 0, "minor": 1, "major": 2, "critical": 3}


def _worst(labels) -> str | None:
    best: str | None = None
    for label in labels:
        if label in _ORDER and (best is None or _ORDER[label] > _ORDER[best]):
            best = label
    return best


@dataclass
class BatchStats:
    """What a run did, for tests and benchmarks: which documents and paragraphs were parsed,
    how often (a paragraph is parsed again only by another worker process that needs it
    and did not get it with a shared document)."""

    parsed: Counter[str] = field(default_factory=Counter)
    tasks: int = 0
    workers: int = 1
    paragraphs: Counter[str] = field(default_factory=Counter)  # paragraph key -> times parsed
