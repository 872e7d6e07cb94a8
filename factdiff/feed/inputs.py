"""Read a feed: files, folders, and JSON Lines or CSV/TSV rows of articles.

A row has an ``id``, optionally a ``source`` (outlet or agency) and a ``time`` (ISO 8601),
and the article as ``text`` or as a ``path`` (relative to the row file's folder). Files
(and the files of a folder, recursively, hidden ones skipped) are articles whose id is
their path as given; ``.jsonl``/``.ndjson``/``.json``/``.csv``/``.tsv`` files are rows.
HTML and Markdown are read as ``factdiff compare`` reads them (markup masked, offsets kept).

Every article is read here once, for grouping; a row or file that cannot be read becomes
an article with an ``error`` (listed, never compared) and the feed goes on.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ..batch.manifest import jsonl_rows
from ..batch.model import DocSpec
from ..errors import Errors, FactdiffError, InputError
from ..ingest import Source, read_source, source_from_text
from .model import Article

ROW_SUFFIXES = {".jsonl": None, ".ndjson": None, ".json": None, ".csv": ",", ".tsv": "\t"}


def read_articles(
    inputs: Sequence[str | os.PathLike[str]], *, encoding: str | None = None, max_bytes: int = 10_000_000
) -> tuple[list[Article], dict[str, Source]]:
    """The feed's articles in input order, and the text of each one that could be read.

    Raises E093 for an id used twice and E094 when the inputs hold no article at all.
    """
    articles: list[Article] = []
    texts: dict[str, Source] = {}
    seen: set[str] = set()
    for item in _expand(inputs):
        for article, source in _read_item(item, encoding, max_bytes):
            if article.id in seen:
                raise InputError(Errors.E093.format(id=article.id))
            seen.add(article.id)
            articles.append(article)
            if source is not None:
                texts[article.id] = source
    if not articles:
        raise InputError(Errors.E094.format(inputs=", ".join(os.fspath(i) for i in inputs) or "(none)"))
    return articles, texts


def _expand(inputs: Sequence[str | os.PathLike[str]]) -> Iterator[str]:
    for item in inputs:
        raw = os.fspath(item)
        if os.path.isdir(raw):
            found = []
            for folder, dirs, files in os.walk(raw):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found += [os.path.join(folder, f) for f in files if not f.startswith(".")]
            yield from sorted(found)
        else:
            yield raw


def _read_item(path: str, encoding: str | None, max_bytes: int) -> Iterator[tuple[Article, Source | None]]:
    suffix = Path(path).suffix.lower()
    if suffix in ROW_SUFFIXES:
        yield from _read_rows(Path(path), encoding, max_bytes)
        return
    spec = _own(DocSpec.from_path(path), path)
    try:
        source = read_source(path, encoding=encoding, max_bytes=max_bytes)
    except FactdiffError as exc:
        yield Article(path, spec, error=exc.message), None
        return
    yield Article(path, spec), source


# ---------------------------------------------------------------- rows
def _read_rows(path: Path, encoding: str | None, max_bytes: int) -> Iterator[tuple[Article, Source | None]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(Errors.E091.format(path=path, reason=exc.strerror or exc)) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(Errors.E091.format(path=path, reason=f"not UTF-8 (byte offset {exc.start})")) from None
    delimiter = ROW_SUFFIXES[path.suffix.lower()]
    rows = _csv(text, delimiter) if delimiter else jsonl_rows(text)
    for line, row in rows:
        yield _article(row, line, path, encoding, max_bytes)


def _csv(text: str, delimiter: str) -> Iterator[tuple[int, dict[str, Any] | str]]:
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 2
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield start, f"bad CSV row ({exc})"
        else:
            if any((v or "").strip() for k, v in row.items() if k is not None):
                yield start, row
        start = reader.line_num + 1


def _article(
    row: dict[str, Any] | str, line: int, path: Path, encoding: str | None, max_bytes: int
) -> tuple[Article, Source | None]:
    fallback = f"{path}#{line}"
    if isinstance(row, str):
        return Article(fallback, None, error=Errors.E092.format(path=path, line=line, reason=row)), None
    raw_id = row.get("id")
    aid = fallback if raw_id in (None, "") else str(raw_id)

    def bad(reason: str) -> tuple[Article, None]:
        return Article(aid, None, error=Errors.E092.format(path=path, line=line, reason=reason)), None

    source_name = row.get("source") or None
    if source_name is not None and not isinstance(source_name, str):
        return bad("'source' must be a string")
    when = row.get("time") or None
    try:
        time = parse_time(when) if when is not None else None
    except ValueError:
        return bad(f"'time' is not an ISO 8601 time: {when!r}")
    text, where = row.get("text") or None, row.get("path") or None
    if (text is None) == (where is None):
        return bad("give 'text' or 'path' (one of them)")
    try:
        if text is not None:
            if not isinstance(text, str):
                return bad("'text' must be a string")
            source = source_from_text(text, aid)
            spec = _own(DocSpec.from_text(text, aid), aid)
        else:
            if not isinstance(where, str):
                return bad("'path' must be a string")
            full = where if os.path.isabs(where) else os.path.normpath(os.path.join(path.parent, where))
            spec = _own(DocSpec.from_path(full, name=aid), aid)
            source = read_source(full, encoding=encoding, max_bytes=max_bytes)
    except FactdiffError as exc:
        return Article(aid, None, source_name, time, error=exc.message), None
    return Article(aid, spec, source_name, time), source


def _own(spec: DocSpec, aid: str) -> DocSpec:
    """One document per article, even when two rows carry the same text (a verbatim copy):
    each report names its own article. Their paragraphs are parsed once all the same."""
    return DocSpec(spec.name, f"{spec.key}#{aid}", spec.path, spec.text)


def parse_time(value: Any) -> _dt.datetime:
    """An ISO 8601 date or time; one without a zone is taken as UTC (so all compare)."""
    if not isinstance(value, str):
        raise ValueError(value)
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        moment = _dt.datetime.fromisoformat(text)
    except ValueError:
        moment = _dt.datetime.combine(_dt.date.fromisoformat(text), _dt.time())
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=_dt.UTC)
