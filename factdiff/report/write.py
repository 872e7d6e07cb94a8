"""Write a rendered report to a file atomically.

A report is often written over the previous run's report; a crash, a full disk
or a permission problem half-way must never leave a truncated file behind. So
we write a temporary file next to the target (same directory, hence same
filesystem) and ``os.replace`` it over the target only once it is complete.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from ..errors import Errors, OptionError


def write_output(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8) to ``path``, replacing an existing file only on success.

    Raises OptionError E025 if ``path`` is a directory and E026 on any OS error;
    the temporary file is removed on failure and nothing else is ever written.
    """
    target = Path(os.fspath(path))
    if target.is_dir():
        raise OptionError(Errors.E025.format(path=target))
    directory = target.parent
    tmp_name: str | None = None
    try:
        mode = None
        with contextlib.suppress(OSError):
            mode = target.stat().st_mode & 0o7777
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp creates 0600 files; keep the old file's mode, else the usual umask default.
        os.chmod(tmp_name, mode if mode is not None else 0o666 & ~_umask())
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        raise OptionError(
            Errors.E026.format(path=target, reason=exc.strerror or exc.__class__.__name__)
        ) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def _umask() -> int:
    """The process umask, read without changing it (os.umask would race other threads)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022
