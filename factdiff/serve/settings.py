"""What a server is allowed to do: address, workers, limits, token.

One frozen object, passed to the app factory; nothing is read from module-level
state, so two apps with different settings can live in one process (tests do).
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field, replace
from typing import Any

from ..errors import Errors, OptionError
from ..settings import Settings


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and 'localhost': addresses no other machine can reach."""
    if host.lower() in {"localhost", "localhost."}:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class ServeSettings:
    """The server's settings; ``compare`` holds the factdiff settings every comparison uses."""

    host: str = "127.0.0.1"
    port: int = 8000
    workers: int | None = None  # None: one per core
    token: str | None = None
    max_body: int = 20_000_000  # bytes in one request body
    max_bytes: int = 10_000_000  # bytes in one text (as for files)
    max_copies: int = 50  # copies in one batch
    time_limit: float = 60.0  # seconds one comparison may take (a request may ask for less)
    queue_limit: int = 100  # comparisons waiting or running before new requests get 503
    keep_results: int = 50  # page results kept in memory for their downloads
    allow_hosts: tuple[str, ...] = ()  # extra Host header names accepted on a loopback server
    compare: Settings = field(default_factory=Settings)

    @property
    def worker_count(self) -> int:
        return self.workers if self.workers is not None else (os.cpu_count() or 1)

    @property
    def loopback(self) -> bool:
        return is_loopback(self.host)

    @property
    def allowed_hosts(self) -> tuple[str, ...] | None:
        """Host header names a loopback server answers (a defence against DNS rebinding);
        None (any) when it is bound elsewhere, where the token protects it."""
        if not self.loopback:
            return None
        return ("127.0.0.1", "localhost", "::1", self.host, *self.allow_hosts)

    def validated(self) -> ServeSettings:
        """Check every value; raise a one-line OptionError for the first bad one."""
        _positive("--port", self.port, allow_zero=True, upper=65535)
        if self.workers is not None:
            _positive("--workers", self.workers)
        for option, value in (
            ("--max-body", self.max_body),
            ("--max-bytes", self.max_bytes),
            ("--max-copies", self.max_copies),
            ("--queue-limit", self.queue_limit),
            ("--keep-results", self.keep_results),
        ):
            _positive(option, value)
        if isinstance(self.time_limit, bool) or not isinstance(self.time_limit, int | float) or not self.time_limit > 0:
            raise OptionError(Errors.E024.format(option="--time-limit", expected="a positive number of seconds", value=self.time_limit))
        if self.token is not None and not self.token.strip():
            raise OptionError(Errors.E024.format(option="--token", expected="a non-empty string", value=self.token))
        if not self.loopback and not self.token:
            raise OptionError(Errors.E108.format(host=self.host))
        return self

    def with_options(self, **options: Any) -> ServeSettings:
        return replace(self, **{k: v for k, v in options.items() if v is not None})


def _positive(option: str, value: object, *, allow_zero: bool = False, upper: int | None = None) -> None:
    ok = isinstance(value, int) and not isinstance(value, bool) and (value >= 0 if allow_zero else value > 0)
    if ok and upper is not None:
        ok = value <= upper  # type: ignore[operator]
    if not ok:
        expected = "a positive number" if not allow_zero else f"a number from 0 to {upper}"
        raise OptionError(Errors.E024.format(option=option, expected=expected, value=value))
