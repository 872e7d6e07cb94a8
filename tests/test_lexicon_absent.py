"""Without WordNet nothing breaks, and importing the package reads no database file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import factdiff.lexicon as lex
from factdiff.lexicon import locate

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def no_wordnet(tmp_path, monkeypatch):
    monkeypatch.setenv(locate.ENV_VAR, str(tmp_path))
    lex.reset()
    yield tmp_path
    monkeypatch.undo()
    lex.reset()


def test_absent_database_degrades_gracefully(no_wordnet):
    assert lex.find_wordnet() is None
    assert lex.wordnet_available() is False
    assert lex.lemmas_for("geese", "NOUN") == []
    assert lex.are_antonyms("rose", "fell", "VERB") is False
    rel = lex.relation("state", "bank", "NOUN")
    assert rel.kind == "unknown" and 0.0 < rel.score < 1.0
    assert lex.relation("bank", "Bank", "NOUN").kind == "same"  # needs no dictionary
    ranked = lex.rank_replacements([("a", "b", "NOUN"), ("c", "d", "VERB")])
    assert [i for i, _ in ranked] == [0, 1]


def test_absent_database_keeps_rules_that_need_no_dictionary(no_wordnet):
    assert lex.are_antonyms("confirm", "deny", "VERB")  # curated list, words as given
    assert lex.are_antonyms("anti-war", "war")  # hyphenated prefix


def test_broken_database_files_do_not_raise(tmp_path, monkeypatch):
    for name in locate.REQUIRED_FILES:
        (tmp_path / name).write_text("")  # present but empty (mmap refuses them)
    (tmp_path / "data.noun").write_text("garbage line without structure\n")
    monkeypatch.setenv(locate.ENV_VAR, str(tmp_path))
    lex.reset()
    try:
        assert lex.wordnet_available()  # found, but useless
        assert lex.lemmas_for("dogs", "NOUN") == []
        assert lex.are_antonyms("rise", "fall") is False
        assert lex.relation("state", "bank", "NOUN").kind == "unknown"
    finally:
        monkeypatch.undo()
        lex.reset()


PROBE = textwrap.dedent(
    """
    import json, sys, time
    opened = []
    def hook(event, args):
        if event == "open":
            opened.append(str(args[0]))
        elif event == "mmap.__new__":
            opened.append("mmap")
    sys.addaudithook(hook)
    t0 = time.perf_counter()
    import factdiff.lexicon as lex
    t_import = time.perf_counter() - t0
    at_import = list(opened)
    t0 = time.perf_counter()
    lex.resource.get()
    t_open = time.perf_counter() - t0
    after_open = list(opened)
    t0 = time.perf_counter()
    lemmas = lex.lemmas_for("geese", "NOUN")
    rel = lex.relation("detainees", "prisoners", "NOUN")
    t_first = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in range(1000):
        lex.relation("detainees", "prisoners", "NOUN")
    t_cached = (time.perf_counter() - t0) / 1000
    print(json.dumps({
        "wordnet": str(lex.find_wordnet()), "at_import": at_import, "after_open": after_open,
        "after_lookup": opened, "lemmas": lemmas, "kind": rel.kind, "t_import": t_import,
        "t_open": t_open, "t_first": t_first, "t_cached": t_cached,
    }))
    """
)


def _probe() -> dict:
    out = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    return json.loads(out.stdout)


def test_import_reads_no_database_file_and_lookups_are_fast():
    if locate.find_wordnet() is None:
        pytest.skip("WordNet database not installed")
    r = _probe()
    wn_dir = r["wordnet"]
    assert not [p for p in r["at_import"] if p.startswith(wn_dir) or p == "mmap"]
    assert not [p for p in r["after_open"] if p.startswith(wn_dir) or p == "mmap"]
    assert [p for p in r["after_lookup"] if p.startswith(wn_dir)]  # the probe can fail
    assert r["lemmas"] == ["goose"] and r["kind"] == "hypernym"
    # Generous bounds (shared CI machines); typical: ~0.05 ms open, a few ms first
    # relation, a few microseconds cached.
    assert r["t_open"] < 0.05
    assert r["t_first"] < 0.5
    assert r["t_cached"] < 0.001
