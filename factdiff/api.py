"""The Python API: ``compare`` two texts, or parsed documents, into a Report.

The CLI and the batch runner are thin shells over these functions.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .align import align, aligned_share
from .facts.cache import ParseCache, shares_paragraphs
from .facts.extract import parse_documents
from .facts.keys import fold
from .facts.model import ParsedDocument
from .ingest import Source, source_from_text
from .language import guess_language
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
    """Compare two already-read sources (files, stdin, HTML...).

    A side that is not English is not run through the English pipeline: cross-language
    comparison cuts it with its own language's profile (``factdiff.lang``)."""
    settings = settings or Settings()
    nlp = _pipeline(settings)
    if not same_text(original.text, copy.text):
        lo, lc = (side_language(s.text, o) for s, o in ((original, settings.original_lang), (copy, settings.copy_lang)))
        if _cross(lo.code, lc.code):
            from .xlang.side import light_document

            docs = [
                parse_documents(nlp, [src])[0] if guess.code == "en" else light_document(src)
                for src, guess in ((original, lo), (copy, lc))
            ]
            return compare_parsed(docs[0], docs[1], settings, languages=(lo, lc), parsed=(lo.code == "en", lc.code == "en"))
    cache = ParseCache() if shares_paragraphs(original, copy) else None  # verbatim paragraphs: parse once
    doc_o, doc_c = parse_documents(nlp, [original, copy], cache)
    return compare_parsed(doc_o, doc_c, settings)


def parse(
    sources: Sequence[Source], settings: Settings | None = None, cache: ParseCache | None = None
) -> list[ParsedDocument]:
    """Parse sources once, to compare them many times (see ``factdiff.batch``).

    With a :class:`~factdiff.facts.cache.ParseCache`, a paragraph already parsed (here or
    in an earlier call given the same cache) is not parsed again; the documents are the same.
    """
    return parse_documents(_pipeline(settings or Settings()), list(sources), cache)


def compare_parsed(
    original: ParsedDocument,
    copy: ParsedDocument,
    settings: Settings | None = None,
    *,
    languages: tuple[SideLanguage, SideLanguage] | None = None,
    parsed: tuple[bool, bool] = (True, True),
) -> Report:
    """Align and check two parsed documents.

    Both English: the English pipeline's checks. Otherwise (different languages, or the same
    non-English language on both sides) the cross-language route (``factdiff.xlang``): the
    foreign side is re-cut into sentences with its own language's profile. ``languages``:
    each side's language when the caller already knows it (else detected here, unless
    ``settings.original_lang``/``copy_lang`` say); ``parsed``: whether each document went
    through the English pipeline (batch, serve and feed parse everything that way)."""
    from .checks import CheckContext, run_checks

    settings = settings or Settings()
    stats: dict[str, Any] = {
        "original_sentences": len(original.sentences),
        "copy_sentences": len(copy.sentences),
    }
    if same_text(original.text, copy.text):
        notes = _notes(original, copy, settings)
        return _report(original, copy, [], notes, "identical", settings, stats | {"aligned_share": 1.0})
    if languages is None:
        languages = (
            side_language(original.text, settings.original_lang),
            side_language(copy.text, settings.copy_lang),
        )
    lo, lc = languages
    if _cross(lo.code, lc.code):
        if not _xlang_available():
            copy.language = lc.code
            stats["reason"] = f"the copy is not in English ({lc.reason}); cross-language checking is not installed"
            return _report(original, copy, [], [], "other_language", settings, stats | {"aligned_share": 0.0})
        from .xlang import compare_cross

        res = compare_cross(original, copy, (lo.code, lc.code), (lo.script, lc.script), settings, parsed)
        stats = res.stats | {"languages": {"original": lo.reason, "copy": lc.reason}}
        verdict = "copy"
        if res.stats.get("unrelated"):
            stats["reason"] = res.stats["unrelated"]
            verdict = "unrelated"
        return _report(res.original, res.copy, res.alignment, res.findings if verdict == "copy" else [],
                       verdict, settings, stats, mode="cross-language", notes=(res.stats["note"],))
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


@dataclass(frozen=True)
class SideLanguage:
    """One side's language for the dispatch: ISO 639-1 code ("und" unknown), script, why."""

    code: str
    script: str = "Latin"
    reason: str = ""


@lru_cache(maxsize=16)
def side_language(text: str, override: str | None = None) -> SideLanguage:
    """The language of one side: ``override`` when given; English when the cheap English test
    (``factdiff.language``) says English, unless it could not tell (too short, mostly names) and
    ``factdiff.lang.detect`` is sure of another language; otherwise what ``detect`` says.
    An English pair therefore takes exactly the English path it always took."""
    if override and override.strip().lower() not in ("auto", "und"):
        code = override.strip().lower()
        if _xlang_available():
            from .xlang.side import lang_api

            code = lang_api().normalize_code(code) if hasattr(lang_api(), "normalize_code") else code
        return SideLanguage(code, _script(text, code), f"given as '{code}'")
    guess = guess_language(text)
    sure_english = guess.english and "English words" in guess.reason
    if sure_english or not _xlang_available():
        return SideLanguage("en" if guess.english else guess.language, guess.script or "Latin", guess.reason)
    from .xlang.side import lang_api

    found = lang_api().detect(text)
    if guess.english and (found.code in ("en", "und") or found.confidence < 0.9 or len(text.split()) < 6):
        return SideLanguage("en", guess.script or "Latin", guess.reason)
    code = found.code if found.code != "und" else guess.language.split("-")[0]
    reason = f"{found.reason} ({found.confidence:.0%})" if found.reason else guess.reason
    return SideLanguage(code or "und", found.script or guess.script or "Latin", reason)


def _script(text: str, code: str) -> str:
    from .language import script_profile

    counts = script_profile(text)
    return counts.most_common(1)[0][0] if counts else "Latin"


def _cross(lo: str, lc: str) -> bool:
    """Cross-language route: the two languages differ, or both are the same non-English one."""
    return not (lo == "en" and lc == "en")


def _xlang_available() -> bool:
    """Whether ``factdiff.lang`` (languages, profiles, foreign facts) can be imported."""
    from .xlang.side import lang_api

    try:
        lang_api()
    except ImportError:
        return False
    return True


def same_text(a: str, b: str) -> bool:
    """Equal but for whitespace, line endings, case and quote styles (never punctuation:
    "1.403" and "1,403" may be different figures)."""
    return " ".join(fold(a).split()) == " ".join(fold(b).split())


def _pipeline(settings: Settings):
    from .nlp import load_pipeline

    return load_pipeline(settings.model)


def _report(
    original, copy, alignment, findings, verdict, settings: Settings, stats, mode: str = "same-language", notes=()
) -> Report:
    return Report(
        original=document_info(original),
        copy=document_info(copy),
        alignment=tuple(alignment),
        findings=tuple(findings),
        verdict=verdict,
        signature=report_signature(settings) + (_xlang_signature() if mode == "cross-language" else ""),
        settings=settings.to_dict(),
        stats=stats,
        mode=mode,
        notes=tuple(notes),
    )


def _xlang_signature() -> str:
    from .xlang import XLANG_CHECKS

    return "|xlang:" + "+".join(c.removeprefix("factdiff.xlang.") for c in XLANG_CHECKS)


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
