"""``factdiff serve`` as a process: refusals at start-up, start-up cost of the other
commands, a worker killed under a request, and a graceful shutdown."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from factdiff.errors import Errors
from factdiff.serve.testing import LiveServer, alive, serve_extra_missing

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str, code: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "factdiff", *args]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)


def one_line_error(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 2, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    return lines[0]


def test_another_address_needs_a_token():
    line = one_line_error(run_cli("serve", "--host", "0.0.0.0"))
    assert line == "factdiff: error: " + Errors.E108.format(host="0.0.0.0")


def test_bad_numbers_are_refused_with_one_line():
    assert one_line_error(run_cli("serve", "--workers", "0")) == "factdiff: error: " + Errors.E024.format(
        option="--workers", expected="a positive number", value=0)
    assert "--time-limit" in one_line_error(run_cli("serve", "--time-limit", "-1"))


def test_without_the_extra_the_command_says_how_to_install_it():
    code = (
        "import sys\n"
        "for name in ('starlette', 'uvicorn', 'python_multipart'): sys.modules[name] = None\n"
        "sys.argv = ['factdiff'] + sys.argv[1:]\n"
        "from factdiff.cli import main\n"
        "main()\n"
    )
    line = one_line_error(run_cli("serve", code=code))
    assert line == "factdiff: error: " + Errors.E109
    assert "pip install 'factdiff[serve]'" in line


@pytest.mark.skipif(serve_extra_missing() is not None, reason="needs the serve extra")
def test_a_port_in_use_is_one_line():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        line = one_line_error(run_cli("serve", "--port", str(port)))
    assert line.startswith(f"factdiff: error: cannot listen on 127.0.0.1:{port}: ")


def test_compare_and_help_never_import_the_server_stack():
    """The serve extra is optional and cold start-up is measured: only `serve` imports it."""
    for args in (("--help",), ("compare", "data/original.txt", "data/copy.txt", "--format", "json")):
        done = subprocess.run([sys.executable, "-X", "importtime", "-m", "factdiff", *args], cwd=ROOT,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
        heavy = re.findall(r"\|\s+(starlette|uvicorn|python_multipart|h11|anyio)(?:\.\S+)?\s*$", done.stderr, re.M)
        assert heavy == [], (args, heavy)


# ---------------------------------------------------------------- a live server
@pytest.fixture(scope="module")
def server():
    why = serve_extra_missing()
    if why:
        pytest.skip(why)
    live = LiveServer("--workers", "2").start()
    yield live
    live.stop()


def slow_payload(seed_texts, times: int = 8) -> dict:
    original, copy = seed_texts
    return {"original": "\n\n".join([original] * times), "copy": "\n\n".join([copy] * times)}


def wait_running(server: LiveServer, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.get("/healthz").json()["workers"]["running"] >= 1:
            return
        time.sleep(0.05)
    raise AssertionError("no comparison started")


def test_a_killed_worker_fails_its_request_with_503_and_the_server_recovers(server, seed_texts):
    result = {}
    thread = threading.Thread(target=lambda: result.update(resp=server.post_json("/api/compare", slow_payload(seed_texts))))
    thread.start()
    wait_running(server)
    time.sleep(0.3)
    victims = server.worker_pids()
    assert victims
    for pid in victims:
        os.kill(pid, signal.SIGKILL)
    thread.join(timeout=120)
    resp = result["resp"]
    assert resp.status == 503, resp.body[:300]
    assert resp.json()["detail"].startswith("a worker process stopped (")
    assert resp.json()["detail"].endswith("the server restarted its workers: retry the request")
    health = server.get("/healthz").json()["workers"]
    # forked again if the server runs no other thread at that moment, else spawned
    assert health["restarts"] == 1 and health["start_method"] in {"fork", "spawn"}
    assert not set(server.worker_pids()) & set(victims)
    again = server.post_json("/api/compare", {"original": "It rained 5 mm on Monday.", "copy": "It rained 7 mm on Monday."})
    assert server.get("/healthz").json()["workers"]["restarts"] == 1  # replaced once, not per request
    assert again.status == 200 and [f["kind"] for f in again.json()["findings"]] == ["number_changed"]
    assert not any(alive(p) for p in victims)


def test_sigterm_lets_the_request_in_flight_finish_then_exits_cleanly(server, seed_texts):
    result = {}
    thread = threading.Thread(
        target=lambda: result.update(resp=server.post_json("/api/compare", slow_payload(seed_texts, 6)))
    )
    thread.start()
    wait_running(server)
    workers = server.worker_pids()
    t0 = time.perf_counter()
    code = server.stop(signal.SIGTERM, timeout=120)
    thread.join(timeout=120)
    assert result["resp"].status == 200 and result["resp"].json()["verdict"] == "copy"
    assert code == 0, server.stderr()[-2000:]
    assert time.perf_counter() - t0 < 60
    out = server.proc.stdout.read()
    assert "factdiff serve: stopped" in out
    assert "Traceback" not in server.stderr()
    deadline = time.monotonic() + 10  # a spawned pool's resource tracker exits a moment after the server
    while time.monotonic() < deadline and any(alive(p) for p in workers):
        time.sleep(0.1)
    assert not any(alive(p) for p in workers), "workers outlived the server"
