"""The JSON Lines output: one row per comparison, written whole and flushed; and resume.

A row is complete when it is valid JSON with an ``id`` *and* ends with a newline.
Rows are written with a single ``write`` of ``line + "\\n"`` and flushed, so a
crash or Ctrl-C loses nothing already written, and at worst leaves a truncated
last line, which ``--resume`` cuts off before appending.
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import IO

from ..errors import Errors, InputError, OptionError
from .model import BatchResult


def scan_output(path: str | os.PathLike[str], *, keep_lines: bool = False) -> list[BatchResult]:
    """The complete rows of an existing output file, after truncating an incomplete tail.

    An invalid row that is *not* the last one means the file is not ours (or was
    edited): E066, rather than guessing. Rows keep their digest (id, verdict,
    kinds, changes); their ``line`` only with ``keep_lines`` (memory: a row holds
    both texts).
    """
    path = Path(path)
    if not path.exists():
        return []
    if path.is_dir():
        raise OptionError(Errors.E025.format(path=path))
    results: list[BatchResult] = []
    good_end = pos = 0
    bad_line: int | None = None
    try:
        with path.open("rb") as fh:
            for number, raw in enumerate(fh, start=1):
                if bad_line is not None:
                    raise InputError(Errors.E066.format(path=path, line=bad_line))
                pos += len(raw)
                if not raw.endswith(b"\n"):
                    break  # the last line, cut short by a crash
                if not raw.strip():
                    good_end = pos
                    continue
                result = _row(raw)
                if result is None:
                    bad_line = number
                    continue
                results.append(result if keep_lines else replace(result, line=""))
                good_end = pos
        if good_end < pos:
            os.truncate(path, good_end)
    except OSError as exc:
        raise OptionError(Errors.E026.format(path=path, reason=exc.strerror or exc)) from None
    return results


def _row(raw: bytes) -> BatchResult | None:
    try:
        result = BatchResult.from_line(raw.decode("utf-8"))
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    data_ok = result.error is not None or result.verdict is not None
    return result if data_ok else None


class JsonlWriter:
    """Append rows to a file (or stdout), one whole line per write, flushed at once."""

    def __init__(self, path: str | os.PathLike[str] | None, *, append: bool = False) -> None:
        self.path = path
        self._own = path is not None
        if path is None:
            self._fh: IO[str] = sys.stdout
            return
        if Path(path).is_dir():
            raise OptionError(Errors.E025.format(path=path))
        try:
            self._fh = open(path, "a" if append else "w", encoding="utf-8", newline="\n")  # noqa: SIM115
        except OSError as exc:
            raise OptionError(Errors.E026.format(path=path, reason=exc.strerror or exc)) from None

    def write(self, line: str) -> None:
        self._fh.write(line + "\n")
        self._fh.flush()

    def close(self) -> None:
        if self._own:
            self._fh.close()

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
