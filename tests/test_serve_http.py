"""The HTTP API against a live ``factdiff serve`` (uvicorn on 127.0.0.1, two workers).

One server for the module, started with a token (every request below sends it
unless a test is about the token) and small limits so the limits can be hit.
Every error answer is checked for its status and for the CLI's own message.
"""

from __future__ import annotations

import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from factdiff.errors import Errors
from factdiff.report.model import KINDS, Severity
from factdiff.serve.testing import LiveServer, serve_extra_missing

TOKEN = "s3cret-token"
MAX_BODY = 3_000_000
MAX_COPIES = 5


@pytest.fixture(scope="module")
def server():
    why = serve_extra_missing()
    if why:
        pytest.skip(why)
    with LiveServer("--workers", "2", "--max-body", str(MAX_BODY), "--max-copies", str(MAX_COPIES),
                    "--time-limit", "60", token=TOKEN) as live:
        yield live


def big_pair(seed_texts, times: int) -> tuple[str, str]:
    """A slow comparison: the bundled pair repeated (several seconds of work)."""
    original, copy = seed_texts
    return "\n\n".join([original] * times), "\n\n".join([copy] * times)


SMALL = (
    "The council said on Monday that 12 new homes were built in May.",
    "The council said on Monday that 14 new homes were built in May.",
)


def assert_problem(resp, status: int, detail: str | None = None) -> dict:
    assert resp.status == status, (resp.status, resp.body[:500])
    assert resp.headers["content-type"].startswith("application/problem+json")
    body = resp.json()
    assert body["status"] == status and body["type"] == "about:blank" and body["title"]
    if detail is not None:
        assert body["detail"] == detail
    return body


# ---------------------------------------------------------------- health, token, headers
def test_healthz_needs_no_token_and_reports_the_workers(server):
    resp = server.get("/healthz", auth=False)
    assert resp.status == 200
    body = resp.json()
    assert body["status"] == "ok" and body["workers"]["workers"] == 2
    assert len(server.worker_pids()) >= 2  # the pool is up (plus the multiprocessing helpers)


def test_every_endpoint_but_healthz_needs_the_token(server, seed_texts):
    payload = {"original": SMALL[0], "copy": SMALL[1]}
    for method, path in (("POST", "/api/compare"), ("POST", "/api/batch"), ("GET", "/api/checks"),
                         ("GET", "/api/schema"), ("GET", "/api/openapi.json"), ("GET", "/")):
        body = json.dumps(payload) if method == "POST" else None
        resp = server.request(method, path, body, {"Content-Type": "application/json"}, auth=False)
        assert_problem(resp, 401, Errors.E107)
        assert resp.headers["www-authenticate"].startswith("Bearer")
    wrong = server.request("GET", "/api/checks", headers={"Authorization": "Bearer nope"}, auth=False)
    assert_problem(wrong, 401)


def test_the_page_takes_the_token_once_and_keeps_it_in_a_cookie(server):
    resp = server.get(f"/?token={TOKEN}", auth=False)
    assert resp.status == 303 and resp.headers["location"] == "/"
    cookie = resp.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and TOKEN not in cookie
    page = server.get("/", headers={"Cookie": cookie.split(";")[0]}, auth=False)
    assert page.status == 200 and "<form" in page.text
    assert server.get("/?token=wrong", auth=False).status == 401


def test_security_headers_on_every_answer(server):
    for resp in (server.get("/"), server.get("/api/checks"), server.get("/api/nope"), server.get("/healthz")):
        csp = resp.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "frame-ancestors 'none'" in csp
        assert resp.headers["x-content-type-options"] == "nosniff"
        assert resp.headers["cache-control"] == "no-store"


def test_a_foreign_host_name_is_refused(server):
    """DNS rebinding: a page on another site must not reach a loopback server by its name."""
    resp = server.get("/healthz", headers={"Host": "evil.example:80"}, auth=False)
    body = assert_problem(resp, 400)
    assert body["detail"].startswith("host 'evil.example' is not served here")
    assert server.get("/healthz", headers={"Host": f"localhost:{server.port}"}).status == 200


# ---------------------------------------------------------------- compare
def test_compare_answers_the_same_report_as_the_python_api(server, seed_texts, seed_report):
    original, copy = seed_texts
    resp = server.post_json("/api/compare", {"original": original, "copy": copy})
    assert resp.status == 200 and resp.headers["content-type"] == "application/json"
    assert resp.json() == seed_report.to_dict()
    assert resp.text == seed_report.to_json() + "\n"  # byte for byte what --format json prints
    assert resp.headers["factdiff-verdict"] == "copy" and "factdiff-failed" not in resp.headers


def test_compare_options_filter_and_fail_on(server, seed_texts, seed_report):
    original, copy = seed_texts
    major = server.post_json("/api/compare", {"original": original, "copy": copy,
                                              "options": {"min_severity": "major", "fail_on": "major"}})
    findings = major.json()["findings"]
    assert findings and all(Severity.parse(f["severity"]) >= Severity.MAJOR for f in findings)
    assert len(findings) == len(seed_report.at_least("major"))
    assert major.headers["factdiff-failed"] == "true"
    only = server.post_json("/api/compare", {"original": original, "copy": copy,
                                             "options": {"only": "name_spelling", "fail_on": "critical"}})
    kinds = {f["kind"] for f in only.json()["findings"]}
    assert kinds == {"name_spelling"}
    assert any(f["copy"]["text"] == "Kseniya Lutsina" for f in only.json()["findings"])
    # --fail-on is judged on every finding, not the shown ones (as the CLI's exit code)
    assert only.headers["factdiff-failed"] == ("true" if seed_report.at_least("critical") else "false")


@pytest.mark.parametrize(("fmt", "media", "needle"), [
    ("markdown", "text/markdown", "Lutsina"),
    ("html", "text/html", "<mark"),
    ("text", "text/plain", "Lutsina"),
])
def test_compare_renders_other_formats(server, seed_texts, fmt, media, needle):
    original, copy = seed_texts
    resp = server.post_json("/api/compare", {"original": original, "copy": copy, "options": {"format": fmt}})
    assert resp.status == 200 and resp.headers["content-type"].startswith(media)
    assert needle in resp.text
    if fmt == "html":  # a standalone report keeps its own CSP (the hashes of its inline style and script)
        from factdiff.report.html import CSP

        assert resp.headers["content-security-policy"] == CSP


def test_hostile_text_comes_back_escaped(server):
    hostile = SMALL[1] + ' <script>window.__pwned=1</script> <img src=x onerror="window.__pwned=2">'
    resp = server.post_json("/api/compare", {"original": SMALL[0], "copy": {"text": hostile, "format": "text"},
                                             "options": {"format": "html"}})
    assert resp.status == 200
    assert resp.text.count("<script>") == 1  # the report's own, never the copy's
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in resp.text
    assert "<img" not in resp.text and "onerror=&quot;" in resp.text


# ---------------------------------------------------------------- info endpoints
def test_checks_schema_and_openapi(server):
    from factdiff.checks import available
    from factdiff.report.schema import REPORT_SCHEMA

    checks = server.get("/api/checks").json()
    assert [c["name"] for c in checks] == available()
    assert all(c["description"] and c["enabled"] for c in checks)
    assert server.get("/api/schema").json() == REPORT_SCHEMA
    spec = server.get("/api/openapi.json").json()
    assert spec["openapi"].startswith("3.1") and spec["components"]["securitySchemes"]["bearer"]
    assert set(spec["paths"]) == {"/api/compare", "/api/batch", "/api/checks", "/api/schema", "/api/openapi.json", "/healthz"}


# ---------------------------------------------------------------- batch
def test_batch_streams_one_row_per_copy_as_each_finishes(server, seed_texts):
    original, copy = seed_texts
    slow_copy = "\n\n".join([copy] * 6)
    payload = {"original": original,
               "copies": [{"text": slow_copy, "name": "slow.txt"}, copy, "  ", {"text": copy.replace("Lutsina", "Lutskina"), "name": "fixed"}]}
    status, lines = server.stream_lines("/api/batch", payload)
    assert status == 200
    rows = {json.loads(line)["id"]: (t, json.loads(line)) for t, line in lines}
    assert set(rows) == {"slow.txt", "copy-2", "copy-3", "fixed"}
    assert rows["copy-3"][1] == {"id": "copy-3", "original": "original", "copy": "copy-3",
                                 "error": Errors.E012.format(name="copy-3")}
    spelled = [f for f in rows["copy-2"][1]["report"]["findings"] if f["kind"] == "name_spelling"]
    assert [f["copy"]["text"] for f in spelled] == ["Kseniya Lutsina"]
    assert not [f for f in rows["fixed"][1]["report"]["findings"] if f["kind"] == "name_spelling"]
    # streamed: the quick copies arrived well before the slow one
    assert rows["copy-2"][0] < rows["slow.txt"][0] - 0.3
    assert lines[-1][1] == json.dumps(rows["slow.txt"][1], ensure_ascii=False, separators=(",", ":"))


def test_batch_row_report_equals_the_compare_report(server, seed_texts):
    original, copy = seed_texts
    status, lines = server.stream_lines("/api/batch", {"original": original, "copies": [{"text": copy, "name": "copy"}],
                                                       "options": {"min_severity": "major"}})
    row = json.loads(lines[0][1])
    single = server.post_json("/api/compare", {"original": original, "copy": copy, "options": {"min_severity": "major"}})
    assert row["report"] == single.json()


def test_batch_with_a_bad_original_fails_before_streaming(server):
    resp = server.post_json("/api/batch", {"original": "   ", "copies": ["a text"]})
    assert_problem(resp, 422, Errors.E012.format(name="original"))


# ---------------------------------------------------------------- errors: status and message
ERROR_CASES = [
    ("compare", {"original": 1, "copy": "x"}, 422,
     Errors.E102.format(field="original", expected="a string or an object with 'text'", kind="a number")),
    ("compare", {"original": "x", "copy": ["a", "b"]}, 422,
     Errors.E102.format(field="copy", expected="a string or an object with 'text'", kind="a list")),
    ("compare", {"original": "x"}, 422, Errors.E103.format(field="copy")),
    ("compare", {"orignal": "x", "copy": "y"}, 422,
     Errors.E113.format(field="orignal", where="the request body", choices="original, copy, options")),
    ("compare", [1, 2], 422, Errors.E102.format(field="body", expected="a JSON object", kind="a list")),
    ("compare", {"original": {"txt": "x"}, "copy": "y"}, 422,
     Errors.E113.format(field="txt", where="'original'", choices="text, name, format")),
    ("compare", {"original": SMALL[0], "copy": ""}, 422, Errors.E004.format(name="copy")),
    ("compare", {"original": SMALL[0], "copy": " \n\t "}, 422, Errors.E012.format(name="copy")),
    ("compare", {"original": SMALL[0], "copy": "ab\ud800cd"}, 422,
     Errors.E018.format(name="copy", code=0xD800, offset=2)),
    ("compare", {"original": SMALL[0], "copy": {"text": SMALL[1], "format": "pdf"}}, 422, None),
    ("compare", {"original": SMALL[0], "copy": SMALL[1], "options": {"min_severity": "loud"}}, 422,
     Errors.E020.format(value="loud", choices="info, minor, major, critical")),
    ("compare", {"original": SMALL[0], "copy": SMALL[1], "options": {"only": ["typo_kind"]}}, 422,
     Errors.E022.format(value="typo_kind", choices=", ".join(KINDS))),
    ("compare", {"original": SMALL[0], "copy": SMALL[1], "options": {"format": "pdf"}}, 422,
     Errors.E021.format(value="pdf", choices="json, markdown, html, text")),
    ("compare", {"original": SMALL[0], "copy": SMALL[1], "options": {"time_limit": "soon"}}, 422,
     Errors.E102.format(field="options.time_limit", expected="a positive number of seconds", kind="a string")),
    ("compare", {"original": SMALL[0], "copy": SMALL[1], "options": {"colour": "red"}}, 422,
     Errors.E113.format(field="colour", where="'options'", choices="min_severity, only, fail_on, format, time_limit")),
    ("batch", {"original": SMALL[0], "copies": "x"}, 422,
     Errors.E102.format(field="copies", expected="a list of texts", kind="a string")),
    ("batch", {"original": SMALL[0], "copies": []}, 422, Errors.E103.format(field="copies[0]")),
    ("batch", {"original": SMALL[0], "copies": [{"text": "a", "name": "x"}, {"text": "b", "name": "x"}]}, 422,
     Errors.E069.format(id="x")),
    ("batch", {"original": SMALL[0], "copies": ["c"] * (MAX_COPIES + 1)}, 413,
     Errors.E104.format(limit=MAX_COPIES, count=MAX_COPIES + 1)),
]


@pytest.mark.parametrize(("endpoint", "payload", "status", "detail"), ERROR_CASES)
def test_bad_requests_get_4xx_with_the_cli_message(server, endpoint, payload, status, detail):
    resp = server.post_json(f"/api/{endpoint}", payload)
    body = assert_problem(resp, status, detail)
    if detail is None:
        assert body["detail"].startswith("unknown source format 'pdf'")


def test_malformed_binary_and_deeply_nested_bodies_are_422(server):
    json_type = {"Content-Type": "application/json"}
    resp = server.request("POST", "/api/compare", b'{"original": "x", "copy": ', json_type)
    assert_problem(resp, 422, Errors.E101.format(reason="Expecting value at line 1, column 27"))
    binary = bytes(range(256)) * 64
    assert_problem(server.request("POST", "/api/compare", binary, json_type), 422)
    assert "not UTF-8" in server.request("POST", "/api/compare", binary, json_type).json()["detail"]
    nested = b"[" * 200_000 + b"]" * 200_000
    assert_problem(server.request("POST", "/api/batch", nested, json_type), 422,
                   Errors.E101.format(reason="nested too deeply"))
    deep_obj = ('{"original": ' + '{"text": ' * 50_000 + '"x"' + "}" * 50_000 + ', "copy": "y"}').encode()
    assert_problem(server.request("POST", "/api/compare", deep_obj, json_type), 422)
    assert server.get("/healthz").status == 200


def test_not_json_not_found_and_wrong_method(server):
    resp = server.request("POST", "/api/compare", b"original=x", {"Content-Type": "application/x-www-form-urlencoded"})
    assert_problem(resp, 415, Errors.E115.format(kind="application/x-www-form-urlencoded"))
    assert_problem(server.get("/api/nothing-here"), 404, Errors.E110.format(method="GET", path="/api/nothing-here"))
    wrong = server.get("/api/compare")
    assert_problem(wrong, 405, Errors.E118.format(method="GET", path="/api/compare", allowed="POST"))
    assert wrong.headers["allow"] == "POST"


def test_oversized_bodies_are_413_and_the_server_keeps_serving(server):
    big = json.dumps({"original": "x" * (MAX_BODY + 10), "copy": "y"})
    assert_problem(server.request("POST", "/api/compare", big, {"Content-Type": "application/json"}), 413,
                   Errors.E100.format(limit=MAX_BODY))
    # no Content-Length (chunked): counted while it is read
    import http.client

    conn = http.client.HTTPConnection(server.host, server.port, timeout=60)
    try:
        conn.putrequest("POST", "/api/compare")
        for name, value in (("Content-Type", "application/json"), ("Transfer-Encoding", "chunked"),
                            ("Authorization", f"Bearer {TOKEN}")):
            conn.putheader(name, value)
        conn.endheaders()
        chunk = b"x" * 500_000
        for _ in range(8):
            conn.send(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
        conn.send(b"0\r\n\r\n")
        resp = conn.getresponse()
        assert resp.status == 413 and json.loads(resp.read())["detail"] == Errors.E100.format(limit=MAX_BODY)
    finally:
        conn.close()
    assert server.get("/healthz").status == 200


# ---------------------------------------------------------------- serving under load
def test_twenty_concurrent_comparisons_all_correct_while_healthz_answers(server, seed_texts):
    original, copy = seed_texts
    assert "1,403" in copy

    def one(i: int):
        planted = copy.replace("about 1,403", f"about {2000 + i}")
        return i, server.post_json("/api/compare", {"original": original, "copy": {"text": planted, "name": f"c{i}"}})

    health: list[float] = []
    stop = threading.Event()

    def poll() -> None:
        while not stop.is_set():
            resp = server.get("/healthz")
            assert resp.status == 200
            health.append(resp.seconds)
            time.sleep(0.2)

    poller = threading.Thread(target=poll)
    poller.start()
    t0 = time.perf_counter()
    try:
        with ThreadPoolExecutor(20) as ex:
            results = list(ex.map(one, range(20)))
    finally:
        elapsed = time.perf_counter() - t0
        stop.set()
        poller.join()
    for i, resp in results:
        assert resp.status == 200, resp.body[:300]
        report = resp.json()
        assert report["copy"]["name"] == f"c{i}"
        changed = [f for f in report["findings"] if f["kind"] == "number_changed"]
        assert [f["copy"]["text"] for f in changed] == [f"about {2000 + i}"], changed
        numbers = {int(w) for f in report["findings"] for w in (f["copy"] or {}).get("text", "").split() if w.isdigit()}
        assert not ({2000 + j for j in range(20)} - {2000 + i}) & numbers  # nothing from another request
    # answered on the event loop, not behind the comparisons (which took `elapsed` seconds)
    assert len(health) >= 3 and max(health) < min(2.5, elapsed / 3), (health, elapsed)


def test_a_slow_comparison_does_not_block_a_fast_one(server, seed_texts):
    slow_o, slow_c = big_pair(seed_texts, 8)
    done: dict[str, float] = {}
    t0 = time.perf_counter()

    def slow() -> None:
        resp = server.post_json("/api/compare", {"original": slow_o, "copy": slow_c})
        assert resp.status == 200
        done["slow"] = time.perf_counter() - t0

    thread = threading.Thread(target=slow)
    thread.start()
    time.sleep(0.5)
    fast = server.post_json("/api/compare", {"original": SMALL[0], "copy": SMALL[1]})
    done["fast"] = time.perf_counter() - t0
    page = server.get("/")
    thread.join()
    assert fast.status == 200 and page.status == 200 and page.seconds < 2.5
    assert done["fast"] < done["slow"] - 0.5, done


def test_the_time_limit_answers_504_and_frees_the_worker(server, seed_texts):
    slow_o, slow_c = big_pair(seed_texts, 8)
    before = server.get("/healthz").json()["workers"]["restarts"]
    resp = server.post_json("/api/compare", {"original": slow_o, "copy": slow_c, "options": {"time_limit": 0.5}})
    assert_problem(resp, 504, Errors.E105.format(limit=0.5))
    # the worker's own alarm answered (at ~0.5 s); the caller alone would have waited 0.5 + 5 s of grace
    assert resp.seconds < 4.0
    after = server.post_json("/api/compare", {"original": SMALL[0], "copy": SMALL[1]})
    assert after.status == 200
    assert server.get("/healthz").json()["workers"]["restarts"] == before  # no worker was killed


# ---------------------------------------------------------------- the page's form, over HTTP
def multipart(fields: list[tuple[str, str | tuple[str, bytes]]]) -> tuple[bytes, dict[str, str]]:
    boundary = "factdiffTestBoundary7MA4YWxkTrZu0gW"
    parts = []
    for name, value in fields:
        if isinstance(value, tuple):
            filename, data = value
            head = f'Content-Disposition: form-data; name="{name}"; filename="{filename}"\r\nContent-Type: text/plain\r\n\r\n'
            parts.append(f"--{boundary}\r\n{head}".encode() + data + b"\r\n")
        else:
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    return body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}


def test_the_form_reads_uploads_as_given_and_pasted_text_as_seen(server):
    upload = b"The council said on Monday that 12 new homes were built in May.\r\n\r\nIt met in Oslo.\r\n"
    pasted = "The council said on Monday that 14 new homes were built in May.\r\n\r\nIt met in Oslo.\r\n"
    body, headers = multipart([("original_file", ("wire.txt", upload)), ("copy", pasted), ("action", "compare")])
    resp = server.request("POST", "/compare", body, headers)
    assert resp.status == 303 and resp.headers["location"].startswith("/results/")
    report = server.get(resp.headers["location"] + "/report.json").json()
    assert report["original"]["name"] == "wire.txt"
    assert report["original"]["text"] == upload.decode()  # a file is never rewritten (CRLF kept)
    assert report["copy"]["text"] == pasted.replace("\r\n", "\n")  # a text box's text as the browser held it
    assert [f["kind"] for f in report["findings"]] == ["number_changed"]
    page = server.get(resp.headers["location"])
    assert page.status == 200 and 'class="finding"' in page.text and "/static/report.js" in page.text
    for ext, media in (("md", "text/markdown"), ("html", "text/html")):
        download = server.get(resp.headers["location"] + f"/report.{ext}")
        assert download.status == 200 and download.headers["content-type"].startswith(media)
        assert download.headers["content-disposition"] == f'attachment; filename="factdiff-report.{ext}"'


def test_form_errors_show_the_form_again_with_everything_kept(server):
    body, headers = multipart([("original", "A wire story about <b>Oslo</b>."), ("copy", ""), ("action", "compare")])
    resp = server.request("POST", "/compare", body, headers)
    assert resp.status == 422 and "text/html" in resp.headers["content-type"]
    assert Errors.E103.format(field="copy").replace("'", "&#39;") in resp.text
    assert "A wire story about &lt;b&gt;Oslo&lt;/b&gt;.</textarea>" in resp.text  # kept, escaped
    add, headers = multipart([("original", "Kept text."), ("copy", "First copy."), ("action", "add")])
    more = server.request("POST", "/compare", add, headers)
    assert more.status == 200 and 'id="copy-2"' in more.text and "First copy.</textarea>" in more.text
    with_file, headers = multipart([("original_file", ("a.txt", b"Uploaded.")), ("copy", "Kept."), ("action", "add")])
    again = server.request("POST", "/compare", with_file, headers)
    assert "choose the files again" in again.text and "Kept.</textarea>" in again.text
    both, headers = multipart([("original", "Pasted."), ("original_file", ("a.txt", b"Uploaded.")), ("copy", "x")])
    assert Errors.E117.format(what="original") in server.request("POST", "/compare", both, headers).text


def test_page_errors_are_pages(server):
    missing = server.get("/results/no-such-result")
    assert missing.status == 404 and "text/html" in missing.headers["content-type"]
    assert "no result &#39;no-such-result&#39; on this server" in missing.text
    assert server.get("/nothing/here").status == 404
    huge = b"x" * (MAX_BODY + 1)
    too_big = server.request("POST", "/compare", huge, {"Content-Type": "application/x-www-form-urlencoded"})
    assert too_big.status == 413 and "over the 3,000,000-byte limit" in too_big.text
    assert server.get("/static/report.js").headers["content-type"].startswith("text/javascript")
    assert server.get("/healthz").status == 200


def test_the_batch_page_its_copies_and_their_downloads(server, seed_texts):
    original, copy = seed_texts
    body, headers = multipart([("original", original), ("copy", copy), ("copy", copy.replace("Lutsina", "Lutskina")),
                               ("min_severity", "major"), ("fail_on", "major")])
    resp = server.request("POST", "/compare", body, headers)
    assert resp.status == 303
    where = resp.headers["location"]
    page = server.get(where)
    assert page.status == 200 and page.text.count('class="copyrow"') == 2
    assert "&#39;Kseniya Lutskina&#39; spelled &#39;Kseniya Lutsina&#39; in 1 of 2 copies" in page.text
    rows = [json.loads(line) for line in server.get(where + "/batch.jsonl").text.splitlines()]
    assert [r["id"] for r in rows] == ["copy-1", "copy-2"]
    assert all(Severity.parse(f["severity"]) >= Severity.MAJOR for r in rows for f in r["report"]["findings"])
    one = server.get(where + "/copies/1")
    assert one.status == 200 and 'id="back"' in one.text and "FAIL" in one.text
    assert server.get(where + "/copies/1/report.json").json() == rows[0]["report"]
    assert "Lutsina" in server.get(where + "/copies/1/report.md").text
    assert server.get(where + "/copies/3").status == 404
    assert server.get(where + "/report.json").status == 404  # a batch has no single report
