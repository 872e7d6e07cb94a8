"""The server's parts without a server: settings, request shapes, uploads, the result
store, and docs/api.md covering every route the app has."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factdiff.errors import Errors, InputError, OptionError
from factdiff.serve.http_errors import BadRequestBody, NotFound, TooManyCopies, status_of
from factdiff.serve.inputs import batch_request, compare_request, parse_json
from factdiff.serve.jobs import Compared, Filters, TextInput, TimeLimitExceeded
from factdiff.serve.settings import ServeSettings, is_loopback
from factdiff.serve.store import ResultStore, SingleResult
from factdiff.serve.testing import serve_extra_missing

ROOT = Path(__file__).resolve().parents[1]
needs_extra = pytest.mark.skipif(serve_extra_missing() is not None, reason="needs the serve extra")


# ---------------------------------------------------------------- settings
@pytest.mark.parametrize(("host", "loopback"), [
    ("127.0.0.1", True), ("127.8.9.1", True), ("::1", True), ("[::1]", True), ("localhost", True),
    ("0.0.0.0", False), ("::", False), ("192.168.1.5", False), ("example.org", False),
])
def test_loopback_addresses(host, loopback):
    assert is_loopback(host) is loopback


def test_a_token_is_required_off_loopback_only():
    assert ServeSettings().validated().token is None
    with pytest.raises(OptionError) as err:
        ServeSettings(host="0.0.0.0").validated()
    assert err.value.message == Errors.E108.format(host="0.0.0.0")
    assert ServeSettings(host="0.0.0.0", token="t").validated().allowed_hosts is None
    assert "localhost" in ServeSettings().allowed_hosts
    assert "cms.local" in ServeSettings(allow_hosts=("cms.local",)).allowed_hosts


@pytest.mark.parametrize("bad", [
    {"port": 70000}, {"port": -1}, {"workers": 0}, {"max_body": 0}, {"max_copies": -3},
    {"time_limit": 0}, {"time_limit": True}, {"token": "  "},
])
def test_bad_settings_are_one_line_option_errors(bad):
    with pytest.raises(OptionError) as err:
        ServeSettings(**bad).validated()
    assert "\n" not in err.value.message


# ---------------------------------------------------------------- request bodies
def test_texts_may_be_strings_or_objects():
    original, copy, opts = compare_request({"original": "a", "copy": {"text": "b", "name": "afp.html", "format": "html"}})
    assert original == TextInput("original", text="a")
    assert copy == TextInput("afp.html", text="b", source_format="html")
    assert opts.filters == Filters() and opts.fmt == "json" and opts.time_limit is None


def test_options_accept_lists_or_comma_strings_and_normalise_severities():
    _, _, a = compare_request({"original": "a", "copy": "b", "options": {"only": "name_spelling, moved", "min_severity": "MAJOR"}})
    _, _, b = compare_request({"original": "a", "copy": "b", "options": {"only": ["name_spelling", "moved"], "min_severity": "major"}})
    assert a.filters == b.filters == Filters("major", ("name_spelling", "moved"))


def test_batch_names_copies_and_checks_the_limit():
    _, copies, _ = batch_request({"original": "a", "copies": ["x", {"text": "y", "name": "b.txt"}, "z"]}, 3)
    assert [c.name for c in copies] == ["copy-1", "b.txt", "copy-3"]
    with pytest.raises(TooManyCopies) as err:
        batch_request({"original": "a", "copies": ["x"] * 4}, 3)
    assert status_of(err.value) == 413 and err.value.message == Errors.E104.format(limit=3, count=4)


def test_json_bodies_must_be_utf8_json():
    assert parse_json('\ufeff{"a": 1}'.encode()) == {"a": 1}
    for body, reason in ((b"\xff\xfe{", "not UTF-8 (byte offset 0)"), (b"{", "Expecting property name enclosed in double quotes at line 1, column 2")):
        with pytest.raises(BadRequestBody) as err:
            parse_json(body)
        assert err.value.message == Errors.E101.format(reason=reason)


def test_statuses_of_errors():
    from factdiff.errors import PipelineError

    assert status_of(PipelineError("x")) == 500
    assert status_of(InputError("x")) == 422 and status_of(OptionError("x")) == 422
    assert status_of(TimeLimitExceeded("x")) == 504 and status_of(NotFound("x")) == 404


# ---------------------------------------------------------------- uploads go through ingest
def test_uploads_are_read_like_files(tmp_path):
    utf16 = TextInput("wire.txt", data="The council met on Monday.".encode("utf-16"))  # with a BOM
    source = utf16.to_source(1000)
    assert source.name == "wire.txt" and source.text == "The council met on Monday." and source.encoding == "utf-16"
    html = TextInput("page.html", data=b"<html><body><p>The council met.</p></body></html>").to_source(1000)
    assert html.source_format == "html" and html.text[html.text.index("The"):].startswith("The council met.")
    for data, message in (
        (b"%PDF-1.7 ...", Errors.E015.format(name="a.pdf", kind="PDF")),
        (b"abc\x00def" * 10, Errors.E005.format(name="a.pdf", offset=3)),
        (b"x" * 2000, Errors.E013.format(name="a.pdf", limit=1000)),
    ):
        with pytest.raises(InputError) as err:
            TextInput("a.pdf", data=data).to_source(1000)
        assert err.value.message == message


def test_uploads_take_the_servers_encoding():
    data = "Zürich said 5 €.".encode("cp1252")
    with pytest.raises(InputError) as err:
        TextInput("win.txt", data=data).to_source(1000)
    assert err.value.message == Errors.E006.format(name="win.txt", encoding="utf-8", offset=1)
    assert TextInput("win.txt", data=data).to_source(1000, "cp1252").text == "Zürich said 5 €."


def test_pasted_text_over_the_limit_says_so():
    with pytest.raises(InputError) as err:
        TextInput("copy", text="é" * 600).to_source(1000)
    assert err.value.message == Errors.E007.format(name="copy", size=1200, limit=1000)


# ---------------------------------------------------------------- result store
def _result(size: int) -> SingleResult:
    return SingleResult(Compared("x" * size, "copy", None, body_html=""), Filters())


def test_the_store_keeps_the_last_results_under_unguessable_ids():
    store = ResultStore(2)
    ids = [store.add(_result(10)) for _ in range(3)]
    assert len(set(ids)) == 3 and all(len(i) >= 16 for i in ids)
    with pytest.raises(NotFound) as err:
        store.get(ids[0])
    assert err.value.message == Errors.E112.format(id=ids[0], keep=2)
    assert store.get(ids[2]) is not None and len(store) == 2


def test_the_store_holds_a_bounded_amount_of_text():
    store = ResultStore(10, budget=1000)
    first, second = store.add(_result(600)), store.add(_result(600))
    assert len(store) == 1 and store.get(second)
    with pytest.raises(NotFound):
        store.get(first)
    assert store.get(store.add(_result(5000)))  # the newest is kept even when it alone is over


# ---------------------------------------------------------------- docs cover every route
def _routes(app, prefix: str = "") -> list[tuple[str, str]]:
    from starlette.routing import Mount, Route

    out = []
    for route in app.routes:
        if isinstance(route, Mount):
            out += _routes(route.app, prefix + route.path)
        elif isinstance(route, Route):
            path = re.sub(r"\{(\w+):\w+\}", r"{\1}", prefix + route.path)
            out += [(m, path) for m in sorted(route.methods - {"HEAD"})]
    return out


@needs_extra
def test_every_endpoint_is_documented_in_api_md_with_a_curl_example():
    from factdiff.serve import create_app

    docs = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    sections = dict(re.findall(r"^### (\w+ \S+)\n(.*?)(?=^##)", docs + "\n##", re.M | re.S))
    routes = _routes(create_app(ServeSettings()))
    assert ("POST", "/api/compare") in routes and ("GET", "/results/{rid}/copies/{n}") in routes
    for method, path in routes:
        section = sections.get(f"{method} {path}")
        assert section is not None, f"docs/api.md has no section '### {method} {path}'"
        stem = path.split("{", 1)[0].rstrip("/") or "/"
        curls = [line for line in section.splitlines() if line.lstrip("$ ").startswith("curl ")]
        assert any(stem in line for line in curls), f"'### {method} {path}' has no curl example"
    documented = set(sections)
    assert documented == {f"{m} {p}" for m, p in routes}, "docs/api.md documents an endpoint the app lacks"


@needs_extra
def test_the_openapi_paths_are_the_api_routes():
    from factdiff.serve import create_app
    from factdiff.serve.openapi import openapi_document

    api = {(m, p) for m, p in _routes(create_app(ServeSettings())) if p.startswith("/api/") or p == "/healthz"}
    spec = openapi_document(ServeSettings())
    described = {(m.upper(), p) for p, ops in spec["paths"].items() for m in ops}
    assert described == api


@needs_extra
def test_the_openapi_document_is_valid_json_schema_where_it_embeds_schemas():
    import jsonschema

    from factdiff.serve.openapi import openapi_document

    for name, schema in openapi_document(ServeSettings()).get("components", {}).get("schemas", {}).items():
        jsonschema.Draft202012Validator.check_schema(schema), name


# ---------------------------------------------------------------- the apps, called as ASGI (no server)
class BuggyPool:
    """Stands in for the worker pool: every job fails like a bug would."""

    workers = 1

    async def run(self, fn, *args, **kwargs):
        raise RuntimeError("boom\nsecond line")


def asgi_call(app, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None):
    """One request straight into an ASGI app: (status, headers, body, exception raised after)."""
    import asyncio

    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method, "scheme": "http",
        "path": path, "raw_path": path.encode(), "root_path": "", "query_string": b"",
        "headers": [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()],
        "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80),
    }
    sent: list[dict] = []
    messages = [{"type": "http.request", "body": body, "more_body": False}]

    async def receive():
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message):
        sent.append(message)

    raised = None
    try:
        asyncio.run(app(scope, receive, send))
    except Exception as exc:  # ServerErrorMiddleware re-raises a bug after answering, for the log
        raised = exc
    start = next(m for m in sent if m["type"] == "http.response.start")
    data = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], {k.decode(): v.decode() for k, v in start["headers"]}, data, raised


@needs_extra
def test_a_bug_in_a_job_is_a_500_with_one_line_not_a_traceback():
    import json

    from factdiff.serve.api import create_api_app
    from factdiff.serve.context import ServeContext
    from factdiff.serve.page import create_page_app

    ctx = ServeContext(ServeSettings(), BuggyPool())  # type: ignore[arg-type]
    payload = json.dumps({"original": "a", "copy": "b"}).encode()
    status, headers, body, raised = asgi_call(
        create_api_app(ctx), "POST", "/compare", payload, {"content-type": "application/json"})
    assert status == 500 and headers["content-type"] == "application/problem+json"
    assert json.loads(body)["detail"] == "internal error: RuntimeError: boom"
    assert isinstance(raised, RuntimeError)  # and the server logs the traceback
    form = b"original=a&copy=b&action=compare"
    status, headers, body, _ = asgi_call(
        create_page_app(ctx), "POST", "/compare", form, {"content-type": "application/x-www-form-urlencoded"})
    assert status == 500 and "internal error: RuntimeError: boom" in body.decode()
    assert ">a</textarea>" in body.decode() and ">b</textarea>" in body.decode()  # the texts are kept
