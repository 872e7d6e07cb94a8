"""The Python API: ``compare`` two texts, or parsed documents, into a Report.

The CLI and the batch runner are thin shells over these functions.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from .align import align, aligned_share
from .facts.extract import parse_documents
from .facts.keys import fold
from .facts.model import ParsedDocument
from .ingest import Source, source_from_text
from .language import guess_language, looks_english
from .report.model import DocumentInfo, Report, SentenceInfo
from .settings import Settings, load_config, signature


def compare(original: str, copy: str, settings: Settings | None = None, **options: Any) -> Report:
    """Compare an original text with a copy and report what changed.

    Options are :class:`~factdiff.settings.Settings` fields (``model``,
    ``checks``, thresholds...) plus ``original_name``/``copy_name``.
    """
    names = {k: options.pop(k) for k in ("original_name", "copy_name") if k in options}
    settings = (settings or Settings()).with_options(**options)
    return compare_sources(
        source_from_text(original, names.get("original_name", "original"), html_mode=settings.html_mode),
        source_from_text(copy, names.get("copy_name", "copy"), html_mode=settings.html_mode),
        settings,
    )


def compare_files(
    original: str | os.PathLike[str],
    copy: str | os.PathLike[str],
    *,
    config: str | os.PathLike[str] | None = None,
    encoding: str | None = None,
    max_bytes: int | None = None,
    **options: Any,
) -> Report:
    """Read two files (``-`` for stdin, once) and compare them."""
    from .errors import Errors, InputError
    from .ingest import read_source

    if str(original) == "-" and str(copy) == "-":
        raise InputError(Errors.E009)
    settings = Settings().with_options(**load_config(config)).with_options(
        encoding=encoding, max_bytes=max_bytes, **options
    )
    sources = [
        read_source(path, encoding=settings.encoding, max_bytes=settings.max_bytes, html_mode=settings.html_mode)
        for path in (original, copy)
    ]
    return compare_sources(sources[0], sources[1], settings)


def compare_sources(original: Source, copy: Source, settings: Settings | None = None) -> Report:
    """Compare two already-read sources (files, stdin, HTML...)."""
    settings = settings or Settings()
    nlp = _pipeline(settings)
    doc_o, doc_c = parse_documents(nlp, [original, copy])
    return compare_parsed(doc_o, doc_c, settings)


def parse(sources: Sequence[Source], settings: Settings | None = None) -> list[ParsedDocument]:
    """Parse sources once, to compare them many times (see ``factdiff.batch``)."""
    return parse_documents(_pipeline(settings or Settings()), list(sources))


def compare_parsed(original: ParsedDocument, copy: ParsedDocument, settings: Settings | None = None) -> Report:
    """Align and check two parsed documents."""
    from .checks import CheckContext, run_checks

    settings = settings or Settings()
    stats: dict[str, Any] = {
        "original_sentences": len(original.sentences),
        "copy_sentences": len(copy.sentences),
    }
    if same_text(original.text, copy.text):
        notes = _notes(original, copy, settings)
        return _report(original, copy, [], notes, "identical", settings, stats | {"aligned_share": 1.0})
    if looks_english(original.text):
        guess = guess_language(copy.text)
        if not guess.english:
            copy.language = guess.language
            stats["reason"] = f"the copy is not in English ({guess.reason}); cross-language checking is not supported"
            return _report(original, copy, [], [], "other_language", settings, stats | {"aligned_share": 0.0})
    alignment = align(original, copy, settings.align_threshold)
    share = aligned_share(alignment, original)
    stats["aligned_share"] = round(share, 3)
    if share < settings.unrelated_share:
        stats["reason"] = f"only {share:.0%} of the original's sentences have a counterpart in the copy"
        return _report(original, copy, alignment, [], "unrelated", settings, stats)
    ctx = CheckContext(original, copy, alignment, settings)
    findings = run_checks(ctx, settings.checks, settings.filters)
    return _report(original, copy, alignment, findings, "copy", settings, stats)


def _notes(original: ParsedDocument, copy: ParsedDocument, settings: Settings) -> list:
    """What ingest left out (page furniture), said even when the texts agree."""
    name = "factdiff.furniture.v1"
    if name not in settings.checks or not (original.furniture or copy.furniture):
        return []
    from .checks import CheckContext, run_checks

    return run_checks(CheckContext(original, copy, [], settings), [name])


def same_text(a: str, b: str) -> bool:
    """Equal but for whitespace, line endings, case and quote styles (never punctuation:
    "1.403" and "1,403" may be different figures)."""
    return " ".join(fold(a).split()) == " ".join(fold(b).split())


def _pipeline(settings: Settings):
    from .nlp import load_pipeline

    return load_pipeline(settings.model)


def _report(original, copy, alignment, findings, verdict, settings: Settings, stats) -> Report:
    return Report(
        original=document_info(original),
        copy=document_info(copy),
        alignment=tuple(alignment),
        findings=tuple(findings),
        verdict=verdict,
        signature=report_signature(settings),
        settings=settings.to_dict(),
        stats=stats,
    )


def report_signature(settings: Settings) -> str:
    from .lexicon import wordnet_available
    from .nlp import describe, load_pipeline, spacy_version

    nlp = load_pipeline(settings.model)
    return signature(settings, describe(nlp), spacy_version(), "wordnet-3.0" if wordnet_available() else "none")


def document_info(doc: ParsedDocument) -> DocumentInfo:
    """The report's view of a document: the text as given (the raw markup for HTML and agency
    formats, so spans quote the file), with the masked text beside it for display."""
    return DocumentInfo(
        name=doc.name,
        text=doc.raw if doc.raw is not None else doc.text,
        sentences=tuple(SentenceInfo(s.index, s.start, s.end, s.paragraph, s.role) for s in doc.sentences),
        paragraphs=tuple(doc.paragraphs),
        language=doc.language,
        source_format=doc.source_format,
        encoding=doc.encoding,
        shown=doc.text if doc.raw is not None else None,
        metadata=dict(doc.metadata),
        furniture=doc.furniture,
        method=doc.method,
    )
