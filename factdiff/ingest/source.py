"""Reading and decoding input (files, stdin, strings) into a :class:`Source`.

Why so strict: every offset factdiff reports points into ``Source.text``, so the
decoded text must be exactly what the user gave (no guessed encodings, no line-ending
rewrites, markup masked in place rather than removed). Bad input is refused with a
one-line :class:`~factdiff.errors.InputError` instead of producing a confusing report.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys
from dataclasses import dataclass
from typing import BinaryIO

from ..errors import Errors, InputError, OptionError
from .normalize import INVISIBLE

#: Every input format factdiff reads (docs/inputs.md describes each; a test keeps them in step).
FORMATS = ("text", "html", "markdown", "newsml", "nitf", "ninjs")
#: ``html_mode``: the article only (page furniture left out), or every visible block.
HTML_MODES = ("article", "all")

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # (bom, codec for the bytes after it, name we report)
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le", "utf-16"),
    (b"\xfe\xff", "utf-16-be", "utf-16"),
)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP (docx/odt/xlsx?)"),
    (b"\x1f\x8b", "gzip"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"{\\rtf", "RTF"),
    (b"\xd0\xcf\x11\xe0", "MS Office (doc/xls)"),
)
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Source:
    """A decoded document; all offsets in factdiff refer to ``text``.

    For HTML/Markdown, ``text`` is the input with markup overwritten by spaces (same
    length), so offsets are also offsets into the markup as given; ``markup`` keeps
    the unmasked decoded input. ``headings`` are spans of headings found in markup.
    """

    name: str
    text: str
    encoding: str
    source_format: str
    size: int
    headings: tuple[tuple[int, int], ...] = ()
    markup: str | None = None
    #: Visible blocks of a web page left out of the comparison (menus, share bars, comments...),
    #: and where the first of them is.
    furniture: int = 0
    first_ignored: tuple[int, int] | None = None
    #: Metadata of an agency item (provider, ids, timestamps, subjects...): shown, never compared.
    metadata: tuple[tuple[str, str], ...] = ()
    #: Spans whose role the markup states (an agency item's headline, dateline, by-line).
    roles: tuple[tuple[int, int, str], ...] = ()
    #: How the text was chosen from the markup ("trafilatura", "heuristic", "all", "newsml"...).
    method: str = ""


def read_source(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    max_bytes: int = 10_000_000,
    stdin: BinaryIO | None = None,
    source_format: str | None = None,
    html_mode: str = "article",
    name: str | None = None,
) -> Source:
    """Read ``path`` ("-" is stdin), refusing bad input with a one-line InputError.

    Reads at most ``max_bytes + 1`` bytes, so an oversized file is refused without
    being slurped. The file is opened read-only and never modified. ``name`` names
    what ``stdin`` carries (an upload's file name) in messages and in the report.
    """
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1:
        raise OptionError(Errors.E024.format(
            option="--max-bytes", expected="a positive number of bytes", value=max_bytes))
    encoding = encoding or None
    raw_path = os.fspath(path)
    if raw_path == "-":
        name = name or "<stdin>"
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = _read_stream(stream, max_bytes)
        if len(data) > max_bytes:
            raise InputError(Errors.E013.format(name=name, limit=max_bytes))
    else:
        name = raw_path
        data = _read_file(raw_path, max_bytes)
    return ingest(data, name, source_format, encoding=encoding, html_mode=html_mode, max_bytes=max_bytes)


def ingest(
    data: str | bytes,
    name: str = "<text>",
    source_format: str | None = None,
    *,
    encoding: str | None = None,
    html_mode: str = "article",
    max_bytes: int | None = None,
) -> Source:
    """THE way in: text or bytes (a file's content, a pasted or uploaded text) to a Source.

    Bytes are decoded as :func:`decode` says (UTF-8 with or without BOM, UTF-16/32 with a
    BOM, else ``encoding``); a str is kept as given. The format is detected from ``name``
    and the content unless ``source_format`` names it ("auto" or None: detect). Every
    reader of factdiff (compare, batch, manifest rows, the web server) comes through here,
    so they all read a file the same way. Bad input raises a one-line InputError.
    """
    if html_mode not in HTML_MODES:
        raise OptionError(Errors.E029.format(value=html_mode, choices=", ".join(HTML_MODES)))
    if isinstance(data, (bytes, bytearray, memoryview)):
        data = bytes(data)
        if max_bytes is not None and len(data) > max_bytes:
            raise InputError(Errors.E007.format(name=name, size=len(data), limit=max_bytes))
        text, used = decode(data, name, encoding)
        size = len(data)
    elif isinstance(data, str):
        bad = _SURROGATE.search(data)
        if bad is not None:  # spaCy (and any UTF-8 output) would choke on it later
            raise InputError(
                Errors.E018.format(name=name, code=ord(bad.group()), offset=bad.start()), offset=bad.start()
            )
        text, used, size = data, "utf-8", len(data.encode("utf-8"))
        if max_bytes is not None and size > max_bytes:
            raise InputError(Errors.E007.format(name=name, size=size, limit=max_bytes))
    else:
        raise InputError(Errors.E019.format(name=name, kind=type(data).__name__))
    return _finish(name, text, used, source_format, size, html_mode)


def source_from_text(
    text: str, name: str = "<text>", source_format: str | None = None, html_mode: str = "article"
) -> Source:
    """Wrap a Python string (the ``factdiff.compare`` API) in a :class:`Source`.

    The string is kept as given (offsets refer to it); only markup is masked.
    """
    if not isinstance(text, str):
        raise InputError(Errors.E019.format(name=name, kind=type(text).__name__))
    return ingest(text, name, source_format, html_mode=html_mode)


# --------------------------------------------------------------------------- reading


def _read_stream(stream: BinaryIO, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    want = max_bytes + 1
    while want > 0:
        chunk = stream.read(want)
        if not chunk:
            break
        if isinstance(chunk, str):  # a text stream slipped in: take it as UTF-8
            chunk = chunk.encode("utf-8")
        chunks.append(chunk)
        want -= len(chunk)
    return b"".join(chunks)


def _io_error(path: str, exc: OSError) -> InputError:
    """The one-line message for an operating-system error on an input path."""
    if isinstance(exc, FileNotFoundError):
        return InputError(Errors.E001.format(path=path))
    if isinstance(exc, IsADirectoryError):
        return InputError(Errors.E002.format(path=path))
    if isinstance(exc, PermissionError):
        return InputError(Errors.E003.format(path=path))
    return InputError(Errors.E011.format(path=path, reason=exc.strerror or exc))


def _read_file(path: str, max_bytes: int) -> bytes:
    try:
        st = os.stat(path)
    except OSError as exc:
        raise _io_error(path, exc) from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(Errors.E002.format(path=path))
    if stat.S_ISREG(st.st_mode) and st.st_size > max_bytes:
        raise InputError(Errors.E007.format(name=path, size=st.st_size, limit=max_bytes))
    try:
        with open(path, "rb") as fh:  # read-only, binary: we decode ourselves
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise _io_error(path, exc) from None
    if len(data) > max_bytes:  # grew since stat, or not a regular file
        raise InputError(Errors.E013.format(name=path, limit=max_bytes))
    return data


# --------------------------------------------------------------------------- decoding


def decode(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode ``data``; return (text without BOM, encoding used).

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are recognised; anything else
    needs an explicit ``encoding``: invalid UTF-8 is an error with its byte offset,
    never a silent guess.
    """
    if not data:
        raise InputError(Errors.E004.format(name=name))
    if encoding is not None:
        return _decode_explicit(data, name, encoding)
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            text = _decode_or_fail(data[len(bom):], codec, name, label, len(bom))
            _check_nul_text(text, name, codec, len(bom))
            return text, label
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(Errors.E015.format(name=name, kind=kind))
    _check_nul_bytes(data, name)
    return _decode_or_fail(data, "utf-8", name, "utf-8", 0), "utf-8"


def _decode_explicit(data: bytes, name: str, encoding: str) -> tuple[str, str]:
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise InputError(Errors.E008.format(name=name, encoding=encoding)) from None
    if not getattr(info, "_is_text_encoding", True):
        raise InputError(Errors.E017.format(name=name, encoding=encoding))
    wide = info.name.startswith(("utf-16", "utf-32"))
    if not wide:
        _check_nul_bytes(data, name)
    text = _decode_or_fail(data, info.name, name, info.name, 0)
    if text.startswith("\ufeff"):  # keep the BOM out of the text
        text = text[1:]
    if wide:
        bom = next((len(b) for b, c, _ in _BOMS if data.startswith(b) and
                    c.startswith(info.name[:6])), 0)
        _check_nul_text(text, name, info.name, bom)
    return text, info.name


def _decode_or_fail(data: bytes, codec: str, name: str, label: str, shift: int) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(
            Errors.E006.format(name=name, encoding=label, offset=exc.start + shift),
            offset=exc.start + shift,
        ) from None


def _check_nul_bytes(data: bytes, name: str) -> None:
    nul = data.find(b"\x00")
    if nul < 0:
        return
    sample = data[:4096]
    odd = sample[1::2].count(0)
    even = sample[0::2].count(0)
    half = max(1, len(sample) // 2)
    if odd > 0.3 * half and even < 0.05 * half:
        raise InputError(Errors.E014.format(name=name, offset=nul, encoding="utf-16-le"), offset=nul)
    if even > 0.3 * half and odd < 0.05 * half:
        raise InputError(Errors.E014.format(name=name, offset=nul, encoding="utf-16-be"), offset=nul)
    raise InputError(Errors.E005.format(name=name, offset=nul), offset=nul)


def _check_nul_text(text: str, name: str, codec: str, shift: int) -> None:
    idx = text.find("\x00")
    if idx >= 0:
        if codec in ("utf-16", "utf-32"):  # the generic codecs would add a BOM
            codec += "-le"
        offset = shift + len(text[:idx].encode(codec, "surrogatepass"))
        raise InputError(Errors.E005.format(name=name, offset=offset), offset=offset)


# --------------------------------------------------------------------------- finishing


def _finish(
    name: str, text: str, encoding: str, source_format: str | None, size: int, html_mode: str = "article"
) -> Source:
    if not text:
        raise InputError(Errors.E004.format(name=name))
    if not text.strip(" \t\n\r\f\v" + INVISIBLE) or not any(
        not (ch.isspace() or ch in INVISIBLE) for ch in text
    ):
        raise InputError(Errors.E012.format(name=name))
    from .markup import detect_format

    fmt = source_format if source_format not in (None, "", "auto") else detect_format(text, name)
    if fmt not in FORMATS:
        raise OptionError(Errors.E016.format(value=fmt, choices=", ".join(FORMATS)))
    if fmt == "text":
        return Source(name, text, encoding, fmt, size)
    if fmt in ("newsml", "nitf", "ninjs"):
        from .agency import read_agency

        item = read_agency(text, name, fmt, html_mode)
        _check_left(name, item.text)
        return Source(name, item.text, encoding, fmt, size, tuple(item.headings), text,
                      metadata=tuple(item.metadata), roles=tuple(item.roles), method=fmt)
    from .markup import mask_html, mask_markdown

    masked = mask_html(text, html_mode) if fmt == "html" else mask_markdown(text)
    _check_left(name, masked.text)
    return Source(name, masked.text, encoding, fmt, size, tuple(masked.headings), text,
                  furniture=masked.furniture, first_ignored=masked.first_ignored, method=masked.method)


def _check_left(name: str, masked: str) -> None:
    if not any(not (ch.isspace() or ch in INVISIBLE) for ch in masked):
        raise InputError(Errors.E010.format(name=name))


__all__ = ["FORMATS", "HTML_MODES", "Source", "decode", "ingest", "read_source", "source_from_text"]
