"""Atomic output writing: the old file survives any failure, nothing stray is left."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from factdiff.errors import Errors, OptionError
from factdiff.report import write as write_mod
from factdiff.report.write import write_output


def test_writes_exact_text_as_utf8(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    text = "naïve “quotes” — and\r\nCRLF kept\n"
    write_output(target, text)
    assert target.read_bytes() == text.encode("utf-8")
    assert os.listdir(tmp_path) == ["report.html"]


def test_accepts_str_path_and_replaces_existing(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("old report", encoding="utf-8")
    write_output(str(target), "new report")
    assert target.read_text(encoding="utf-8") == "new report"
    assert os.listdir(tmp_path) == ["out.md"]


def test_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    write_output(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_new_file_is_not_private_like_a_temp_file(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_output(tmp_path / "new.json", "{}")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == 0o644


def test_directory_target_is_an_option_error(tmp_path: Path) -> None:
    with pytest.raises(OptionError) as info:
        write_output(tmp_path, "x")
    assert str(info.value) == Errors.E025.format(path=tmp_path)
    assert os.listdir(tmp_path) == []


def test_missing_parent_directory_is_an_option_error(tmp_path: Path) -> None:
    target = tmp_path / "nope" / "out.html"
    with pytest.raises(OptionError) as info:
        write_output(target, "x")
    assert str(info.value).startswith(f"cannot write {target}: ")
    assert not (tmp_path / "nope").exists()


@pytest.mark.parametrize("fail_at", ["replace", "fsync", "write"])
def test_failure_keeps_the_old_file_and_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_at: str
) -> None:
    target = tmp_path / "report.html"
    target.write_text("previous good report", encoding="utf-8")

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    if fail_at == "replace":
        monkeypatch.setattr(write_mod.os, "replace", boom)
    elif fail_at == "fsync":
        monkeypatch.setattr(write_mod.os, "fsync", boom)
    else:
        real_fdopen = os.fdopen

        class Full:
            def __init__(self, *a: object, **k: object) -> None:
                self.inner = real_fdopen(*a, **k)

            def __enter__(self) -> Full:
                return self

            def __exit__(self, *exc: object) -> None:
                self.inner.close()

            def write(self, text: str) -> int:
                self.inner.write(text[:5])
                self.inner.flush()
                raise OSError(28, "No space left on device")

        monkeypatch.setattr(write_mod.os, "fdopen", Full)

    with pytest.raises(OptionError) as info:
        write_output(target, "a new report that must never be half-written")
    assert str(info.value) == Errors.E026.format(path=target, reason="No space left on device")
    assert target.read_text(encoding="utf-8") == "previous good report"
    assert os.listdir(tmp_path) == ["report.html"]


def test_failure_without_old_file_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(write_mod.os, "replace", boom)
    with pytest.raises(OptionError, match="Permission denied"):
        write_output(tmp_path / "x.md", "text")
    assert os.listdir(tmp_path) == []
