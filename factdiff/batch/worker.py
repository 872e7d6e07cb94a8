"""The two kinds of task a batch runs, in a worker process or on a Dask worker.

* ``parse_task``: read and parse documents that several comparisons share (each
  original, and any copy used more than once), in one batched ``nlp.pipe`` pass.
* ``compare_task``: given a parsed original, read and parse a chunk of its copies
  (one batched pass) and compare each; return finished output rows.

Tasks take plain, picklable arguments and return plain data; the spaCy pipeline
is loaded once per process (``factdiff.nlp.load_pipeline`` caches it). This module
imports nothing heavy at import time, so a spawned worker starts light.
"""

from __future__ import annotations

import os
import signal
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import FactdiffError, PipelineError
from .model import BatchResult, DocSpec, envelope_line, error_result

if TYPE_CHECKING:  # pragma: no cover
    from ..facts.model import ParsedDocument
    from ..ingest import Source
    from ..settings import Settings

#: A document as handed to a task: not read yet, read by the parent, or parsed.
Doc = Any  # DocSpec | Source | ParsedDocument

_WARM_ORIGINAL = "The council said on Monday that 12 new homes were built in May, not 20."
_WARM_COPY = "The council said on Tuesday that 14 new homes were built in May."


@dataclass
class ParseOutcome:
    docs: dict[str, ParsedDocument] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    parsed: list[str] = field(default_factory=list)  # keys parsed by this task (parse-once accounting)


@dataclass
class CompareOutcome:
    results: list[BatchResult] = field(default_factory=list)
    parsed: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- process set-up
def init_worker(settings: Settings, parent_pid: int | None = None) -> None:
    """Pool initializer: ignore Ctrl-C (the parent handles it), die with the parent,
    load and warm the pipeline.

    One thread per process for numeric libraries: the pool already uses every core.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    if parent_pid is not None:
        _exit_with_parent(parent_pid)
    warm_up(settings)


def _exit_with_parent(parent_pid: int, interval: float = 0.5) -> None:
    """A parent killed with SIGKILL cannot stop its pool: workers notice and exit themselves."""
    import threading
    import time

    def watch() -> None:
        while True:
            if os.getppid() != parent_pid:
                os._exit(1)
            time.sleep(interval)

    threading.Thread(target=watch, name="factdiff-parent-watch", daemon=True).start()


def ping() -> int:
    """A no-op task: submitting one per worker makes a spawned pool start them all at once."""
    return os.getpid()


def warm_up(settings: Settings) -> None:
    """Load the pipeline and whatever the checks load lazily, before timing starts."""
    from .. import api
    from ..ingest import source_from_text

    try:
        docs = api.parse([source_from_text(_WARM_ORIGINAL, "warm-up"), source_from_text(_WARM_COPY, "warm-up")], settings)
        api.compare_parsed(docs[0], docs[1], settings)
    except Exception:  # best effort: a pipeline error is reported by the first real task, in one line
        pass


# ---------------------------------------------------------------- tasks
def parse_task(docs: list[tuple[str, Doc]], settings: Settings) -> ParseOutcome:
    """Read and parse ``(key, spec-or-source)`` documents in one batched pass."""
    outcome = ParseOutcome()
    sources: dict[str, Source] = {}
    for key, doc in docs:
        try:
            sources[key] = to_source(doc, settings)
        except FactdiffError as exc:
            outcome.errors[key] = exc.message
    parsed, errors = _parse(sources, settings)
    outcome.docs.update(parsed)
    outcome.errors.update(errors)
    outcome.parsed.extend(parsed)
    return outcome


def compare_task(docs: dict[str, Doc], items: list[tuple[str, str, str, str, str]], settings: Settings) -> CompareOutcome:
    """Compare each ``(id, original_key, original_name, copy_key, copy_name)``.

    ``docs`` maps keys to documents: those already parsed (shared with other
    tasks) and those this task reads and parses itself, together, in one pass.
    """
    from .. import api

    outcome = CompareOutcome()
    parsed: dict[str, ParsedDocument] = {}
    errors: dict[str, str] = {}
    sources: dict[str, Source] = {}
    for key, doc in docs.items():
        if _is_parsed(doc):
            parsed[key] = doc
            continue
        try:
            sources[key] = to_source(doc, settings)
        except FactdiffError as exc:
            errors[key] = exc.message
    fresh, parse_errors = _parse(sources, settings)
    parsed.update(fresh)
    errors.update(parse_errors)
    outcome.parsed.extend(fresh)
    for cid, okey, oname, ckey, cname in items:
        failed = errors.get(okey) or errors.get(ckey)
        if failed is not None:
            outcome.results.append(error_result(cid, failed, oname, cname))
            continue
        try:
            report = api.compare_parsed(parsed[okey], parsed[ckey], settings)
        except PipelineError:
            raise
        except FactdiffError as exc:
            outcome.results.append(error_result(cid, exc.message, oname, cname))
            continue
        except Exception as exc:  # a bug in a check must not sink the whole batch
            outcome.results.append(error_result(cid, _internal(exc), oname, cname))
            continue
        envelope = {"id": cid, "original": oname, "copy": cname, "report": report.to_dict()}
        outcome.results.append(BatchResult.from_envelope(envelope, envelope_line(envelope)))
    return outcome


# ---------------------------------------------------------------- helpers
def to_source(doc: Doc, settings: Settings) -> Source:
    """Read a DocSpec (a path or an inline text); a Source passes through."""
    from ..ingest import Source, read_source, source_from_text

    if isinstance(doc, Source):
        return doc
    assert isinstance(doc, DocSpec)
    if doc.text is not None:
        return source_from_text(doc.text, doc.name, html_mode=settings.html_mode)
    assert doc.path is not None
    source = read_source(doc.path, encoding=settings.encoding, max_bytes=settings.max_bytes,
                         html_mode=settings.html_mode)
    if source.name != doc.name:
        from dataclasses import replace

        source = replace(source, name=doc.name)
    return source


def _parse(sources: dict[str, Source], settings: Settings) -> tuple[dict[str, ParsedDocument], dict[str, str]]:
    """One batched parse; if it fails, parse one by one so only the bad document fails."""
    from .. import api

    if not sources:
        return {}, {}
    keys = list(sources)
    try:
        return dict(zip(keys, api.parse([sources[k] for k in keys], settings), strict=True)), {}
    except PipelineError:
        raise
    except Exception as exc:
        if len(keys) == 1:
            return {}, {keys[0]: exc.message if isinstance(exc, FactdiffError) else _internal(exc)}
    docs: dict[str, ParsedDocument] = {}
    errors: dict[str, str] = {}
    for key in keys:
        one, err = _parse({key: sources[key]}, settings)
        docs.update(one)
        errors.update(err)
    return docs, errors


def _is_parsed(doc: Doc) -> bool:
    from ..facts.model import ParsedDocument

    return isinstance(doc, ParsedDocument)


def _internal(exc: BaseException) -> str:
    first = str(exc).splitlines()[0] if str(exc) else ""
    return f"internal error: {type(exc).__name__}: {first}".rstrip(": ")
