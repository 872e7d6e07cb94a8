"""The CLI as a user runs it: formats, filters, exit codes, errors, documentation."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factdiff.cli import app, exit_code, parse_kinds
from factdiff.errors import OptionError

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()

ORIGINAL = "The flood killed 42 people in the village of Dorsk on Tuesday, officials said."
COPY = "The flood killed 24 people in the village of Dorsk on Tuesday, officials said."


def run(*args: str, input: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factdiff", *args], capture_output=True, text=True, input=input, timeout=120)


@pytest.fixture()
def pair(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(ORIGINAL, encoding="utf-8")
    b.write_text(COPY, encoding="utf-8")
    return a, b


def test_text_format_lists_findings(pair):
    result = runner.invoke(app, ["compare", str(pair[0]), str(pair[1]), "--format", "text"])
    assert result.exit_code == 0, result.output
    assert "number_changed" in result.output and '"42"' in result.output and '"24"' in result.output


def test_fail_on_sets_exit_code(pair):
    assert runner.invoke(app, ["compare", *map(str, pair), "--format", "json", "--fail-on", "major"]).exit_code == 1
    same = runner.invoke(app, ["compare", str(pair[0]), str(pair[0]), "--format", "json", "--fail-on", "info"])
    assert same.exit_code == 0


def test_min_severity_and_only_filter(pair):
    out = runner.invoke(app, ["compare", *map(str, pair), "--format", "json", "--only", "date_changed"]).output
    assert json.loads(out)["findings"] == []
    out = runner.invoke(app, ["compare", *map(str, pair), "--format", "json", "--min-severity", "critical"]).output
    assert {f["severity"] for f in json.loads(out)["findings"]} <= {"critical"}


@pytest.mark.parametrize("fmt", ["json", "text", "markdown", "html", "terminal"])
def test_every_format_writes_a_file(pair, tmp_path, fmt):
    target = tmp_path / f"report.{fmt}"
    result = runner.invoke(app, ["compare", *map(str, pair), "--format", fmt, "-o", str(target)])
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    assert "24" in text and "42" in text


def test_stdin_for_one_side(pair):
    done = run("compare", "-", str(pair[1]), "--format", "json", input=ORIGINAL)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["original"]["text"] == ORIGINAL


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["compare", "missing-file.txt", "also-missing.txt"], "no such file"),
        (["compare", "{a}", "{b}", "--min-severity", "huge"], "unknown severity"),
        (["compare", "{a}", "{b}", "--only", "nonsense"], "unknown finding kind"),
        (["compare", "{a}", "{b}", "--format", "pdf"], "pdf"),
        (["compare", "-", "-"], "stdin"),
    ],
)
def test_errors_are_one_line_with_exit_2(pair, args, needle):
    args = [a.format(a=pair[0], b=pair[1]) for a in args]
    done = run(*args, input="")
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0].lower(), done.stderr
    assert "Traceback" not in done.stderr


def test_debug_shows_the_traceback():
    done = run("compare", "missing-file.txt", "x.txt", "--debug")
    assert done.returncode != 0 and "Traceback" in done.stderr


def test_help_is_fast_to_import():
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "factdiff", "--help"], capture_output=True, text=True)
    assert done.returncode == 0
    assert not re.search(r"\|\s+(spacy|thinc|torch)\s*$", done.stderr, re.M)


def test_parse_kinds_and_exit_code_helpers():
    assert parse_kinds("number_changed, moved") == ["number_changed", "moved"]
    assert parse_kinds(None) is None
    with pytest.raises(OptionError):
        parse_kinds("bogus")

    class R:
        verdict = "unrelated"

        def at_least(self, level):
            return []

    assert exit_code(R(), "major") == 1 and exit_code(R(), None) == 0


def _commands() -> list[str]:
    out = runner.invoke(app, ["--help"]).output
    section = out.split("Commands:")[1]
    return [line.split()[0] for line in section.splitlines() if line.startswith("  ") and line.split()]


def test_every_command_is_documented_with_an_example():
    docs = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    commands = _commands()
    assert {"compare", "batch", "checks", "schema"} <= set(commands)
    for name in commands:
        assert f"## factdiff {name}" in docs, f"docs/cli.md lacks a section for '{name}'"
        assert re.search(rf"^\$ factdiff {name}\b", docs, re.M), f"docs/cli.md has no example of '{name}'"
        assert "Example:" in runner.invoke(app, [name, "--help"]).output


def test_every_compare_option_is_documented():
    docs = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    help_text = runner.invoke(app, ["compare", "--help"]).output
    for option in set(re.findall(r"(--[a-z][a-z-]+)", help_text)) - {"--help"}:
        assert option in docs, f"{option} is not documented in docs/cli.md"


def test_checks_and_schema_commands():
    out = runner.invoke(app, ["checks"]).output
    assert "factdiff.numbers.v1" in out and "factdiff.names.v1" in out
    schema = json.loads(runner.invoke(app, ["schema"]).output)
    assert schema["properties"]["schema"]["const"] == "factdiff/1"
