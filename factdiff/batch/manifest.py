"""Turn command-line paths or a manifest file into a list of comparisons.

A manifest is JSON Lines or CSV/TSV: one row per comparison with an ``id`` and
the two sides as paths (``original``, ``copy``; relative paths are resolved
against the manifest's folder) or as texts (``original_text``, ``copy_text``).
A row that cannot be understood becomes an error row (the batch goes on); a
manifest that cannot be read at all is an E063 error, duplicate ids are E069.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ..errors import Errors, InputError
from .model import Comparison, DocSpec

JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json"})
CSV_SUFFIXES = {".csv": ",", ".tsv": "\t"}
FIELDS = ("id", "original", "copy", "original_text", "copy_text")


def comparisons_from_paths(
    original: str,
    copies: Sequence[str],
    *,
    encoding: str | None = None,
    max_bytes: int = 10_000_000,
) -> list[Comparison]:
    """``factdiff batch ORIGINAL COPY...``: one group; each copy's id is its path as given.

    ``-`` (stdin) may stand for one of the documents; it is read here, once.
    """
    names = [original, *copies]
    if names.count("-") > 1:
        raise InputError(Errors.E009)
    stdin_spec = _stdin_spec(encoding, max_bytes) if "-" in names else None

    def spec(path: str) -> DocSpec:
        return stdin_spec if path == "-" and stdin_spec is not None else DocSpec.from_path(path)

    orig = spec(original)
    result: list[Comparison] = []
    seen: set[str] = set()
    for path in copies:
        copy = spec(path)
        if copy.name in seen:
            raise InputError(Errors.E069.format(id=copy.name))
        seen.add(copy.name)
        result.append(Comparison(id=copy.name, original=orig, copy=copy))
    return result


def read_manifest(path: str | os.PathLike[str]) -> list[Comparison]:
    """Read a JSON Lines or CSV manifest (detected by extension, else by content)."""
    path = Path(path)
    text = _read_text(path)
    rows = jsonl_rows(text) if _is_jsonl(path, text) else _csv_rows(path, text)
    base = path.parent
    comparisons: list[Comparison] = []
    first_line: dict[str, int] = {}
    for line, row in rows:
        comparison = _comparison(row, line, base, str(path))
        if comparison.id in first_line:
            raise InputError(
                Errors.E060.format(
                    path=path, line=line,
                    reason=f"id '{comparison.id}' was already used on line {first_line[comparison.id]}",
                )
            )
        first_line[comparison.id] = line
        comparisons.append(comparison)
    if not comparisons:
        raise InputError(Errors.E063.format(path=path, reason="it has no rows"))
    return comparisons


# ---------------------------------------------------------------- reading
def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(Errors.E063.format(path=path, reason="no such file")) from None
    except IsADirectoryError:
        raise InputError(Errors.E063.format(path=path, reason="it is a directory")) from None
    except OSError as exc:
        raise InputError(Errors.E063.format(path=path, reason=exc.strerror or exc)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            Errors.E063.format(path=path, reason=f"not UTF-8 (byte offset {exc.start})")
        ) from None


def _is_jsonl(path: Path, text: str) -> bool:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return True
    if suffix in CSV_SUFFIXES:
        return False
    return text.lstrip()[:1] == "{"


def jsonl_rows(text: str) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """(line number, row dict or an error reason) for each non-blank line."""
    for number, raw in enumerate(text.split("\n"), start=1):  # not splitlines(): U+2028 may be in a text
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield number, f"invalid JSON ({exc.msg} at column {exc.colno})"
            continue
        yield number, row if isinstance(row, dict) else "not a JSON object"


def _csv_rows(path: Path, text: str) -> Iterator[tuple[int, dict[str, Any] | str]]:
    delimiter = CSV_SUFFIXES.get(path.suffix.lower(), ",")
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = reader.fieldnames
    except csv.Error as exc:
        raise InputError(Errors.E063.format(path=path, reason=f"bad CSV header ({exc})")) from None
    header = [h.strip() for h in header or []]
    reader.fieldnames = header
    for side in ("original", "copy"):
        if side not in header and f"{side}_text" not in header:
            raise InputError(
                Errors.E063.format(path=path, reason=f"the CSV header has no '{side}' or '{side}_text' column")
            )
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield start, f"bad CSV row ({exc})"
            start = reader.line_num + 1
            continue
        if any((v or "").strip() for k, v in row.items() if k is not None):
            extra = row.pop(None, None)  # more cells than header columns
            yield start, row if extra is None else f"{len(header) + len(extra)} cells for {len(header)} columns"
        start = reader.line_num + 1


# ---------------------------------------------------------------- rows
def _comparison(row: dict[str, Any] | str, line: int, base: Path, manifest: str) -> Comparison:
    fallback_id = f"#{line}"
    if isinstance(row, str):
        return Comparison(fallback_id, None, None, Errors.E060.format(path=manifest, line=line, reason=row))
    raw_id = row.get("id")
    cid = fallback_id if raw_id is None or raw_id == "" else raw_id
    if isinstance(cid, bool) or not isinstance(cid, str | int | float):
        return Comparison(fallback_id, None, None, Errors.E060.format(
            path=manifest, line=line, reason="'id' must be a string or a number"))
    cid = str(cid)
    sides: dict[str, DocSpec] = {}
    for side in ("original", "copy"):
        spec = _side(row, side, base)
        if isinstance(spec, str):
            return Comparison(cid, None, None, Errors.E060.format(path=manifest, line=line, reason=spec))
        sides[side] = spec
    return Comparison(cid, sides["original"], sides["copy"])


def _side(row: dict[str, Any], side: str, base: Path) -> DocSpec | str:
    """The DocSpec for one side of a row, or the reason it cannot be made."""
    path, text = _present(row.get(side)), _present(row.get(f"{side}_text"))
    if path is not None and text is not None:
        return f"give '{side}' or '{side}_text', not both"
    if path is None and text is None:
        return f"no '{side}' or '{side}_text'"
    if text is not None:
        if not isinstance(text, str):
            return f"'{side}_text' must be a string"
        return DocSpec.from_text(text)
    if not isinstance(path, str):
        return f"'{side}' must be a path (a string)"
    if path.strip() == "-":
        return "stdin ('-') cannot be used in a manifest"
    resolved = path if os.path.isabs(path) else os.path.normpath(os.path.join(base, path))
    return DocSpec.from_path(resolved)


def _present(value: Any) -> Any:
    """Empty CSV cells and JSON nulls count as absent."""
    return None if value is None or value == "" else value


def _stdin_spec(encoding: str | None, max_bytes: int) -> DocSpec:
    from ..ingest import read_source

    source = read_source("-", encoding=encoding, max_bytes=max_bytes)
    return DocSpec.from_text(source.markup if source.markup is not None else source.text, name=source.name)
