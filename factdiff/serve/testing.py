"""A real ``factdiff serve`` in a subprocess on 127.0.0.1, and a small stdlib HTTP client.

For integration tests (ours and a newsroom system's), the benchmark and the
screenshot tool::

    with LiveServer("--workers", "2") as server:
        report = server.post_json("/api/compare", {"original": a, "copy": b}).json()

The server is asked for a free port (``--port 0``) and prints its address once it
listens; on Linux it gets SIGTERM if the process that started it dies, so no server
outlives a crashed test run. Standard library only (no Starlette, no httpx).
"""

from __future__ import annotations

import http.client
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]  # the checkout (the servers' working directory)


def serve_extra_missing() -> str | None:
    """Why ``factdiff serve`` cannot run here (the extra is not installed), or None."""
    try:
        import python_multipart  # noqa: F401
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        return f"the serve extra is not installed ({exc.name}): pip install -e '.[serve]'"
    return None


def _die_with_parent():
    """A ``preexec_fn`` that asks Linux to SIGTERM the child when its parent dies
    (PR_SET_PDEATHSIG). libc is loaded here, in the parent: the child, forked from a
    process that may run threads, only makes the one C call."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    return lambda: prctl(1, signal.SIGTERM)


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes
    seconds: float

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    def json(self) -> Any:
        return json.loads(self.body)


class LiveServer:
    """``factdiff serve --port 0 ARGS...``; ``start()`` returns once it listens."""

    def __init__(self, *args: str, token: str | None = None, startup_timeout: float = 180.0) -> None:
        self.args = list(args) + (["--token", token] if token else [])
        self.token = token
        self.startup_timeout = startup_timeout
        self.proc: subprocess.Popen[str] | None = None
        self.url = ""
        self.host = "127.0.0.1"
        self.port = 0
        self._stderr = tempfile.TemporaryFile(mode="w+", prefix="factdiff-serve-")
        self.first_line = ""

    # ------------------------------------------------------------ life cycle
    def start(self) -> LiveServer:
        return self.launch().wait_ready()

    def launch(self) -> LiveServer:
        """Start the process without waiting (start several, then ``wait_ready`` each)."""
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "factdiff", "serve", "--port", "0", *self.args],
            cwd=ROOT if (ROOT / "pyproject.toml").exists() else None, stdout=subprocess.PIPE, stderr=self._stderr, text=True, env=env,
            preexec_fn=_die_with_parent(),
        )
        return self

    def wait_ready(self) -> LiveServer:
        """Return once the server prints its address (it listens then)."""
        assert self.proc is not None and self.proc.stdout is not None
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.proc.stdout], [], [], 0.5)
            if ready:
                line = self.proc.stdout.readline()
                if line.startswith("factdiff serve: http://"):
                    self.first_line = line.strip()
                    self.url = line.split()[2]
                    parts = urlsplit(self.url)
                    self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
                    return self
            if self.proc.poll() is not None:
                break
        self.stop()
        raise RuntimeError(f"factdiff serve did not start: {self.stderr()[-3000:]}")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 60.0) -> int | None:
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        return self.proc.returncode

    def stderr(self) -> str:
        self._stderr.seek(0)
        return self._stderr.read()

    def __enter__(self) -> LiveServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def worker_pids(self) -> list[int]:
        return children(self.pid)

    # ------------------------------------------------------------ HTTP
    def request(
        self,
        method: str,
        path: str,
        body: bytes | str | None = None,
        headers: dict[str, str] | None = None,
        *,
        auth: bool = True,
        timeout: float = 120.0,
    ) -> Response:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
        hdrs = dict(headers or {})
        if auth and self.token and "Authorization" not in hdrs:
            hdrs["Authorization"] = f"Bearer {self.token}"
        if isinstance(body, str):
            body = body.encode("utf-8")
        t0 = time.perf_counter()
        try:
            conn.request(method, path, body=body, headers=hdrs)
            resp = conn.getresponse()
            data = resp.read()
            return Response(resp.status, {k.lower(): v for k, v in resp.getheaders()}, data, time.perf_counter() - t0)
        finally:
            conn.close()

    def get(self, path: str, **kwargs: Any) -> Response:
        return self.request("GET", path, **kwargs)

    def post_json(self, path: str, payload: Any, **kwargs: Any) -> Response:
        headers = {"Content-Type": "application/json", **kwargs.pop("headers", {})}
        return self.request("POST", path, json.dumps(payload), headers, **kwargs)

    def stream_lines(self, path: str, payload: Any, timeout: float = 180.0) -> tuple[int, list[tuple[float, str]]]:
        """POST JSON and read a JSON Lines answer line by line: (status, [(seconds, line)])."""
        conn = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
        headers = {"Content-Type": "application/json"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        t0 = time.perf_counter()
        try:
            conn.request("POST", path, body=json.dumps(payload).encode("utf-8"), headers=headers)
            resp = conn.getresponse()
            lines = []
            while True:
                raw = resp.readline()
                if not raw:
                    break
                lines.append((time.perf_counter() - t0, raw.decode("utf-8").rstrip("\n")))
            return resp.status, lines
        finally:
            conn.close()


def children(pid: int) -> list[int]:
    """Processes whose parent is ``pid`` (from /proc)."""
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid and fields[0] != "Z":
            out.append(int(entry.name))
    return sorted(out)


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"
