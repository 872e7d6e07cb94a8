"""Cross-language reports: mode and languages in every renderer and in the JSON schema, the
CLI's --original-lang/--copy-lang, and a batch row (factdiff.lang replaced by the stand-in)."""

from __future__ import annotations

import io
import json
import sys
from dataclasses import replace

import jsonschema
import pytest
from rich.console import Console
from xlang_standin import use_standin

from factdiff import cli, compare
from factdiff.batch import Comparison, DocSpec, run_batch
from factdiff.report.model import Report
from factdiff.report.render import render
from factdiff.report.schema import REPORT_SCHEMA
from factdiff.report.terminal import render_terminal

EN = "Officials said 42 people were hurt on 3 May.\n\nAna Kowalski said repairs would cost 3.5 million dollars.\n"
ES = ("Funcionarios dijeron que 24 personas resultaron heridas el 3 mayo.\n\n"
      "Ana Kowalski dijo que las reparaciones costarán 3,5 millones dólares.\n")
NOTE = "cross-language: wording, negation and mistranslation not compared"


@pytest.fixture(autouse=True)
def standin(monkeypatch):
    use_standin(monkeypatch)


@pytest.fixture
def report() -> Report:
    return replace(compare(EN, ES, original_name="en.txt", copy_name="es.txt"), signature="fd1-x")


TERMINAL_90 = """\
verdict: copy  en.txt vs es.txt  en → es cross-language  fd1-x
note: cross-language: wording, negation and mistranslation not compared
   ╷                                          ╷
 # │ original: en.txt                         │ copy: es.txt
╶──┼──────────────────────────────────────────┼──────────────────────────────────────────╴
 1 │ Officials said 42[1] people were hurt on │ Funcionarios dijeron que 24[1] personas
   │ 3 May.                                   │ resultaron heridas el 3 mayo.
╶──┼──────────────────────────────────────────┼──────────────────────────────────────────╴
 2 │ Ana Kowalski said repairs would cost 3.5 │ Ana Kowalski dijo que las reparaciones
   │ million dollars.                         │ costarán 3,5 millones dólares.
   ╵                                          ╵

findings
[1] ✖ CRITICAL number_changed  row 1
    orig "42"
    copy "24"
    figure changed: '42' (42) became '24' (24)

kind             critical   major   minor   info   total
────────────────────────────────────────────────────────
number_changed          1       -       -      -       1
────────────────────────────────────────────────────────
total                   1       -       -      -       1
"""

TEXT = """\
verdict: copy; 1 critical
languages: en -> es (cross-language)
note: cross-language: wording, negation and mistranslation not compared
[1] CRITICAL number_changed  orig 15-17 "42" | copy 25-27 "24"
    figure changed: '42' (42) became '24' (24)
signature: fd1-x
"""


def test_terminal_shows_languages_mode_and_the_note_once(report):
    console = Console(file=io.StringIO(), width=90, record=True, color_system=None, force_terminal=False)
    render_terminal(report, console)
    out = "\n".join(line.rstrip() for line in console.export_text().splitlines()) + "\n"
    assert out == TERMINAL_90


def test_text_listing(report):
    assert render(report, "text") == TEXT


def test_markdown_and_html_show_both_languages_and_the_mode(report):
    md = render(report, "markdown")
    assert "**Languages:** en → es (cross-language)  \n*" + NOTE + "*\n" in md
    assert md.count(NOTE) == 1
    html = render(report, "html")
    assert '<dd class="mode">cross-language: en → es</dd>' in html
    assert html.count(NOTE) == 1
    assert 'lang="es"' in html


def test_json_has_mode_languages_and_validates(report):
    data = json.loads(render(report, "json"))
    jsonschema.validate(data, REPORT_SCHEMA)
    assert (data["mode"], data["original"]["language"], data["copy"]["language"]) == ("cross-language", "en", "es")
    assert data["notes"] == [NOTE]
    again = Report.from_dict(data)
    assert (again.mode, again.notes, again.languages) == ("cross-language", (NOTE,), ("en", "es"))


def test_an_english_pair_is_same_language():
    data = compare(EN, EN.replace("42", "43")).to_dict()
    jsonschema.validate(data, REPORT_SCHEMA)
    assert (data["mode"], data["notes"]) == ("same-language", [])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data | {"mode": "sideways"}, REPORT_SCHEMA)


def run_cli(args, monkeypatch, capsys) -> tuple[int, str]:
    monkeypatch.setattr(sys, "argv", ["factdiff", *args])
    with pytest.raises(SystemExit) as exc:
        cli.main()
    return int(exc.value.code or 0), capsys.readouterr().out


def test_cli_language_flags(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ES, encoding="utf-8")
    args = ["compare", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--format", "json"]
    code, out = run_cli([*args, "--original-lang", "English", "--copy-lang", "spa"], monkeypatch, capsys)
    data = json.loads(out)
    assert code == 0
    assert (data["mode"], data["original"]["language"], data["copy"]["language"]) == ("cross-language", "en", "es")
    assert data["settings"]["original_lang"] == "en" and data["settings"]["copy_lang"] == "es"
    code, _ = run_cli([*args, "--fail-on", "critical"], monkeypatch, capsys)
    assert code == 1  # the changed figure


def test_cli_rejects_a_bad_language_code(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["factdiff", "compare", str(tmp_path / "a.txt"), str(tmp_path / "a.txt"),
                                      "--copy-lang", "not a language"])
    with pytest.raises(SystemExit) as exc:
        cli.main()
    assert exc.value.code == 2
    assert "is not a language code" in capsys.readouterr().err


def test_batch_row_is_cross_language():
    run = run_batch([Comparison("es", DocSpec.from_text(EN), DocSpec.from_text(ES))], jobs=1)
    (row,) = list(run)
    assert row.ok and row.verdict == "copy"
    data = json.loads(row.line)["report"]
    assert (data["mode"], data["copy"]["language"]) == ("cross-language", "es")
    assert any(c.kind == "number_changed" and (c.original, c.copy) == ("42", "24") for c in row.changes)
