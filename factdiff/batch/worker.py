"""The two kinds of task a batch runs, in a worker process or on a Dask worker.

* ``parse_task``: read and parse documents that several comparisons share (each
  original, and any copy used more than once), in one batched ``nlp.pipe`` pass.
* ``compare_task``: given a parsed original, read and parse a chunk of its copies
  (one batched pass) and compare each; return finished output rows.

Paragraphs go through a parse cache kept per process and per run (``run_cache``): a
paragraph the original or an earlier copy had is not parsed again, and the parse
task's paragraphs are shipped to the compare tasks with the parsed original.

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
    from ..facts.cache import ParseCache
    from ..facts.model import ParsedDocument
    from ..ingest import Source
    from ..settings import Settings

#: A document as handed to a task: not read yet, read by the parent, or parsed.
Doc = Any  # DocSpec | Source | ParsedDocument

_WARM_ORIGINAL = "The council said on Monday that 12 new homes were built in May, not 20."
_WARM_COPY = "The council said on Tuesday that 14 new homes were built in May."


#: Paragraphs as the parse cache keeps them: paragraph key -> sentences in paragraph coordinates.
Paragraphs = dict[str, tuple[Any, ...]]


@dataclass
class ParseOutcome:
    docs: dict[str, ParsedDocument] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    parsed: list[str] = field(default_factory=list)  # keys parsed by this task (parse-once accounting)
    paragraphs: dict[str, Paragraphs] = field(default_factory=dict)  # doc key -> its parsed paragraphs
    parsed_paragraphs: list[str] = field(default_factory=list)  # paragraph keys this task parsed


@dataclass
class CompareOutcome:
    results: list[BatchResult] = field(default_factory=list)
    parsed: list[str] = field(default_factory=list)
    parsed_paragraphs: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- the paragraph cache of a run
#: This process's parse cache and the run it belongs to. A worker process serves one run
#: (a pool or a local cluster is started per run); a long-lived Dask worker or the batch
#: process itself (``--jobs 1``) drops the cache of the previous run when a new one starts.
_RUN_CACHE: tuple[str, ParseCache] | None = None


def run_cache(run: str | None) -> ParseCache | None:
    """The parse cache of ``run`` in this process (None: no cache)."""
    global _RUN_CACHE
    if run is None:
        return None
    if _RUN_CACHE is None or _RUN_CACHE[0] != run:
        from ..facts.cache import ParseCache

        _RUN_CACHE = (run, ParseCache())
    return _RUN_CACHE[1]


def forget_run(run: str) -> None:
    """Free ``run``'s parse cache in this process (at the end of a run)."""
    global _RUN_CACHE
    if _RUN_CACHE is not None and _RUN_CACHE[0] == run:
        _RUN_CACHE = None


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
def parse_task(docs: list[tuple[str, Doc]], settings: Settings, run: str | None = None) -> ParseOutcome:
    """Read and parse ``(key, spec-or-source)`` documents in one batched pass.

    With a ``run``, paragraphs go through this process's parse cache of the run, and
    the outcome carries each document's paragraphs, for the tasks that compare its copies.
    """
    outcome = ParseOutcome()
    sources: dict[str, Source] = {}
    for key, doc in docs:
        try:
            sources[key] = to_source(doc, settings)
        except FactdiffError as exc:
            outcome.errors[key] = exc.message
    cache = run_cache(run)
    parsed, errors = _parse(sources, settings, cache, outcome.parsed_paragraphs)
    outcome.docs.update(parsed)
    outcome.errors.update(errors)
    outcome.parsed.extend(parsed)
    if cache is not None:
        from ..facts.extract import paragraph_keys
        from ..nlp import load_pipeline

        nlp = load_pipeline(settings.model)
        for key in parsed:
            outcome.paragraphs[key] = cache.export(paragraph_keys(nlp, sources[key]))
    return outcome


#: One comparison of a compare task: (id, original key, original name, copy key, copy name,
#: more fields for the output row, e.g. the feed's story).
Item = tuple[str, str, str, str, str, dict[str, Any]]


def compare_task(
    docs: dict[str, Doc],
    items: list[Item],
    settings: Settings,
    run: str | None = None,
    seed: Paragraphs | None = None,
) -> CompareOutcome:
    """Compare each item (see :data:`Item`).

    ``docs`` maps keys to documents: those already parsed (shared with other
    tasks) and those this task reads and parses itself, together, in one pass.
    With a ``run``, paragraphs go through this process's parse cache of the run,
    first given ``seed`` (the paragraphs of the shared documents, parsed elsewhere).
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
    cache = run_cache(run)
    if cache is not None and seed:
        cache.update(seed)
    fresh, parse_errors = _parse(sources, settings, cache, outcome.parsed_paragraphs)
    parsed.update(fresh)
    errors.update(parse_errors)
    outcome.parsed.extend(fresh)
    for cid, okey, oname, ckey, cname, extra in items:
        failed = errors.get(okey) or errors.get(ckey)
        if failed is not None:
            outcome.results.append(error_result(cid, failed, oname, cname, extra))
            continue
        try:
            report = api.compare_parsed(parsed[okey], parsed[ckey], settings)
        except PipelineError:
            raise
        except FactdiffError as exc:
            outcome.results.append(error_result(cid, exc.message, oname, cname, extra))
            continue
        except Exception as exc:  # a bug in a check must not sink the whole batch
            outcome.results.append(error_result(cid, _internal(exc), oname, cname, extra))
            continue
        envelope = {"id": cid, **extra, "original": oname, "copy": cname, "report": report.to_dict()}
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


def _parse(
    sources: dict[str, Source],
    settings: Settings,
    cache: ParseCache | None = None,
    log: list[str] | None = None,
) -> tuple[dict[str, ParsedDocument], dict[str, str]]:
    """One batched parse; if it fails, parse one by one so only the bad document fails.
    The keys of the paragraphs parsed (not found in ``cache``) are appended to ``log``."""
    from .. import api

    if not sources:
        return {}, {}
    keys = list(sources)
    try:
        if cache is not None:
            cache.log = log
        return dict(zip(keys, api.parse([sources[k] for k in keys], settings, cache), strict=True)), {}
    except PipelineError:
        raise
    except Exception as exc:
        if len(keys) == 1:
            return {}, {keys[0]: exc.message if isinstance(exc, FactdiffError) else _internal(exc)}
    finally:
        if cache is not None:
            cache.log = None
    docs: dict[str, ParsedDocument] = {}
    errors: dict[str, str] = {}
    for key in keys:
        one, err = _parse({key: sources[key]}, settings, cache, log)
        docs.update(one)
        errors.update(err)
    return docs, errors


def _is_parsed(doc: Doc) -> bool:
    from ..facts.model import ParsedDocument

    return isinstance(doc, ParsedDocument)


def _internal(exc: BaseException) -> str:
    first = str(exc).splitlines()[0] if str(exc) else ""
    return f"internal error: {type(exc).__name__}: {first}".rstrip(": ")
