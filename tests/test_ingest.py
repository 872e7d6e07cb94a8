"""Reading and decoding: every refusal in the error matrix, and every encoding path."""

from __future__ import annotations

import builtins
import io
import os
from pathlib import Path

import pytest

from factdiff.errors import FactdiffError, InputError, OptionError
from factdiff.ingest import Source, read_source, source_from_text
from factdiff.ingest.source import decode

TEXT = "Lukashenko said on Tuesday that 25,000 people were detained.\n"


def write(tmp_path: Path, data: bytes, name: str = "in.txt") -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


# --------------------------------------------------------------------------- refusals


def test_missing_path(tmp_path: Path) -> None:
    p = tmp_path / "nope.txt"
    with pytest.raises(InputError, match=r"nope\.txt: no such file"):
        read_source(p)


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        read_source(tmp_path)


def test_permission_denied_chmod(tmp_path: Path) -> None:
    p = write(tmp_path, TEXT.encode())
    p.chmod(0)
    try:
        try:
            open(p, "rb").close()  # noqa: SIM115
        except PermissionError:
            pass
        else:
            pytest.skip("running as root: chmod 000 does not stop reading")
        with pytest.raises(InputError, match="permission denied"):
            read_source(p)
    finally:
        p.chmod(0o644)


def test_permission_denied_mocked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = write(tmp_path, TEXT.encode())
    real_open = builtins.open

    def deny(file, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if os.fspath(file) == os.fspath(p):
            raise PermissionError(13, "Permission denied", os.fspath(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", deny)
    with pytest.raises(InputError) as err:
        read_source(p)
    assert str(err.value) == f"{p}: permission denied"


def test_other_os_error_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = write(tmp_path, TEXT.encode())
    real_open = builtins.open

    def broken(file, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if os.fspath(file) == os.fspath(p):
            raise OSError(5, "Input/output error")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", broken)
    with pytest.raises(InputError, match=r"cannot read \(Input/output error\)"):
        read_source(p)


def test_empty_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is empty"):
        read_source(write(tmp_path, b""))


@pytest.mark.parametrize("data", [b"   \n\n\t  \r\n", "\u00a0\u2003\n\u200b\ufeff".encode()])
def test_whitespace_only(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(InputError, match="only whitespace"):
        read_source(write(tmp_path, data))


def test_whitespace_only_utf16(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="only whitespace"):
        read_source(write(tmp_path, "  \n \n".encode("utf-16")))


def test_nul_byte_gives_offset(tmp_path: Path) -> None:
    data = b"Some text" + b"\x00" + b"more \xff\xfe binary"
    with pytest.raises(InputError) as err:
        read_source(write(tmp_path, data))
    assert "NUL byte at offset 9" in str(err.value)
    assert err.value.details["offset"] == 9


def test_utf16_without_bom_is_named(tmp_path: Path) -> None:
    data = ("A fairly long line of English text. " * 5).encode("utf-16-le")
    with pytest.raises(InputError, match="UTF-16 without a byte-order mark.*--encoding utf-16-le"):
        read_source(write(tmp_path, data))
    # ... and naming the encoding reads it.
    src = read_source(write(tmp_path, data), encoding="utf-16-le")
    assert src.text.startswith("A fairly long line")


def test_nul_inside_utf16_text_gives_byte_offset(tmp_path: Path) -> None:
    data = "\ufeffab\x00c".encode("utf-16-le")
    with pytest.raises(InputError, match="NUL byte at offset 6"):
        read_source(write(tmp_path, data))


def test_pdf_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="looks like a PDF file"):
        read_source(write(tmp_path, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"))


def test_invalid_utf8_reports_byte_offset(tmp_path: Path) -> None:
    data = "Café crème ".encode() + b"caf\xe9 au lait"
    with pytest.raises(InputError) as err:
        read_source(write(tmp_path, data))
    msg = str(err.value)
    offset = len("Café crème ".encode()) + 3
    assert f"byte offset {offset}" in msg
    assert "--encoding" in msg
    assert "\n" not in msg


def test_invalid_utf8_after_bom_offset_counts_bom(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbfab\xffc"
    with pytest.raises(InputError, match="byte offset 5"):
        read_source(write(tmp_path, data))


def test_unknown_encoding(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown encoding 'klingon-8'"):
        read_source(write(tmp_path, b"hello"), encoding="klingon-8")


def test_non_text_codec_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a text encoding"):
        read_source(write(tmp_path, b"aGVsbG8="), encoding="base64")


def test_size_limit_regular_file_reports_size(tmp_path: Path) -> None:
    p = write(tmp_path, b"x" * 5000)
    with pytest.raises(InputError) as err:
        read_source(p, max_bytes=1000)
    assert "5,000 bytes is over the 1,000-byte limit" in str(err.value)
    assert "--max-bytes" in str(err.value)
    assert read_source(p, max_bytes=5000).size == 5000


def test_size_limit_reads_at_most_limit_plus_one(tmp_path: Path) -> None:
    class Counting(io.BytesIO):
        asked = 0

        def read(self, n: int | None = -1) -> bytes:  # type: ignore[override]
            Counting.asked += n if n and n > 0 else 10**9
            return super().read(n)

    stream = Counting(b"y" * 100_000)
    with pytest.raises(InputError, match="more than 1,000 bytes.*--max-bytes"):
        read_source("-", stdin=stream, max_bytes=1000)
    assert Counting.asked <= 1001


def test_file_is_not_modified(tmp_path: Path) -> None:
    data = "\ufeffTitle\r\n\r\nBody – text.\r\n".encode()
    p = write(tmp_path, data)
    before = p.stat().st_mtime_ns
    read_source(p)
    assert p.read_bytes() == data
    assert p.stat().st_mtime_ns == before


def test_errors_are_factdiff_errors_with_exit_code() -> None:
    with pytest.raises(FactdiffError) as err:
        source_from_text("  \n ")
    assert err.value.exit_code == 2


def test_unknown_source_format_is_option_error() -> None:
    with pytest.raises(OptionError, match="unknown source format 'pdf'"):
        source_from_text("hello", source_format="pdf")


# --------------------------------------------------------------------------- decoding


def test_plain_utf8(tmp_path: Path) -> None:
    src = read_source(write(tmp_path, TEXT.encode()))
    assert isinstance(src, Source)
    assert (src.text, src.encoding, src.source_format) == (TEXT, "utf-8", "text")
    assert src.size == len(TEXT.encode())
    assert src.name == str(tmp_path / "in.txt")


def test_utf8_bom_is_kept_out_of_text(tmp_path: Path) -> None:
    body = "“Don’t” – said Łukasz.\n"
    src = read_source(write(tmp_path, b"\xef\xbb\xbf" + body.encode()))
    assert src.text == body
    assert src.encoding == "utf-8-sig"
    assert src.size == 3 + len(body.encode())


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, codec: str) -> None:
    body = "Minsk — 1,403 prisoners\n"
    src = read_source(write(tmp_path, "\ufeff".encode(codec) + body.encode(codec)))
    assert src.text == body
    assert src.encoding == "utf-16"


def test_utf32_with_bom(tmp_path: Path) -> None:
    body = "Minsk — 1,403\n"
    src = read_source(write(tmp_path, body.encode("utf-32")))
    assert src.text == body


def test_cp1252_via_encoding(tmp_path: Path) -> None:
    data = "“Café” – 5 €".encode("cp1252")
    with pytest.raises(InputError):
        read_source(write(tmp_path, data))
    src = read_source(write(tmp_path, data), encoding="cp1252")
    assert src.text == "“Café” – 5 €"
    assert src.encoding == "cp1252"


def test_explicit_encoding_wins_over_bom_detection(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbfcaf\xc3\xa9"
    assert read_source(write(tmp_path, data), encoding="latin-1").text == "ï»¿cafÃ©"
    assert read_source(write(tmp_path, data), encoding="utf-8").text == "café"


def test_explicit_encoding_decode_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot decode as ascii at byte offset 2"):
        read_source(write(tmp_path, b"ab\xe9"), encoding="ascii")


@pytest.mark.parametrize("nl", ["\r\n", "\r"])
def test_line_endings_kept(tmp_path: Path, nl: str) -> None:
    body = nl.join(["Headline Here", "", "First para.", "", "Second para."])
    src = read_source(write(tmp_path, body.encode()))
    assert src.text == body  # not translated to \n


def test_stdin_bytesio() -> None:
    src = read_source("-", stdin=io.BytesIO(b"\xef\xbb\xbfFrom stdin.\n"))
    assert (src.name, src.text, src.encoding) == ("<stdin>", "From stdin.\n", "utf-8-sig")


def test_stdin_empty() -> None:
    with pytest.raises(InputError, match="<stdin>: is empty"):
        read_source("-", stdin=io.BytesIO(b""))


def test_stdin_html_detected_by_content() -> None:
    src = read_source("-", stdin=io.BytesIO(b"<!doctype html><p>Hello there.</p>"))
    assert src.source_format == "html"


def test_source_from_text_keeps_string_verbatim() -> None:
    s = "\ufeffHello\r\nworld"
    src = source_from_text(s)
    assert src.text == s and src.name == "<text>" and src.source_format == "text"


def test_decode_function_direct() -> None:
    assert decode(b"abc", "n") == ("abc", "utf-8")
    with pytest.raises(InputError, match="n: is empty"):
        decode(b"", "n")


@pytest.mark.parametrize("bad", [0, -5, "10"])
def test_bad_max_bytes_is_option_error(tmp_path: Path, bad: object) -> None:
    with pytest.raises(OptionError, match="--max-bytes must be a positive number"):
        read_source(write(tmp_path, b"hello"), max_bytes=bad)  # type: ignore[arg-type]


def test_public_names() -> None:
    import factdiff.ingest as ingest

    assert set(ingest.__all__) >= {"Source", "Segment", "read_source", "source_from_text",
                                   "segment", "fold_quotes", "match_key"}
