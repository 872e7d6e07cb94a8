"""factdiff feed: grouping generated feeds into stories, picking originals, rows, summary, CLI.

The feeds come from ``benchmarks/feedgen.py`` (its own templates, seeded, with the truth);
the stories here are small (5-10 paragraphs) so the suite stays quick.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import load_benchmark_module

from factdiff import api
from factdiff.batch import BatchResult
from factdiff.errors import InputError, OptionError
from factdiff.feed import (
    Article,
    FeedSummary,
    feed,
    group_articles,
    pick_original,
    plan_feed,
    wire_credit,
)
from factdiff.feed.cli import run_feed_cli
from factdiff.ingest import source_from_text

pytest.importorskip("datasketch")
feedgen = load_benchmark_module("feedgen")
ROOT = Path(__file__).resolve().parent.parent
UTC = dt.UTC


def write_rows(path: Path, articles: list[dict]) -> Path:
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    return path


def texts_of(articles: list[dict]) -> dict:
    return {a["id"]: source_from_text(a["text"], a["id"]) for a in articles}


def grouped(articles: list[dict]) -> dict[str, str]:
    """article id -> a group label (a singleton is its own group)."""
    g = group_articles([a["id"] for a in articles], texts_of(articles))
    out = {a: f"g{n}" for n, story in enumerate(g.stories) for a in story}
    out.update({a: a for a in g.singletons})
    return out


# ---------------------------------------------------------------- grouping
def test_a_generated_feed_is_grouped_into_its_stories():
    f = feedgen.make_feed(stories=25, copies=70, singletons=20, paragraphs=(5, 10), siblings=0.4, seed=4)
    predicted = grouped(f.articles)
    purity, completeness = feedgen.purity_completeness(predicted, f.truth)
    assert (purity, completeness) == (1.0, 1.0)


def test_copies_that_reorder_and_trim_join_their_story_and_a_sibling_story_does_not():
    rng = random.Random(21)
    story = feedgen.make_story(rng, "a", 12)
    sibling = feedgen.make_story(rng, "b", 12, story.slots)  # same people, place and day, other words
    paras = story.paragraphs
    reordered = story.headline + "\n\n" + "\n\n".join(reversed(paras)) + "\n"
    trimmed = "Shorter headline\n\n" + "\n\n".join(paras[:4]) + "\n"  # a third of the story
    articles = [
        {"id": "wire", "text": story.text()},
        {"id": "reordered", "text": reordered},
        {"id": "trimmed", "text": trimmed},
        {"id": "other-wire", "text": sibling.text()},
        {"id": "other-copy", "text": feedgen.make_copies(sibling, 1, seed=2)[0]},
        {"id": "alone", "text": feedgen.make_story(rng, "c", 4).text()},
    ]
    g = grouped(articles)
    assert g["wire"] == g["reordered"] == g["trimmed"]
    assert g["other-wire"] == g["other-copy"] != g["wire"]
    assert g["alone"] == "alone"


def test_grouping_reads_the_body_not_the_headline_or_the_credits():
    body = "The port of Varna reopened on Monday after a strike of nine days ended with a pay deal."
    a = {"id": "a", "text": "Varna strike ends\n\n" + body + "\n\nReporting by Elif Dunmore; Editing by Goran Falk\n"}
    b = {"id": "b", "text": "Another headline\n\n" + body + "\n"}
    c = {"id": "c", "text": "Varna strike ends\n\nA different story about fishing quotas in the Black Sea and their cuts.\n\n"
         "Reporting by Elif Dunmore; Editing by Goran Falk\n"}
    g = grouped([a, b, c])
    assert g["a"] == g["b"] and g["c"] == "c"


# ---------------------------------------------------------------- originals
def art(aid: str, source: str | None = None, minute: int | None = None) -> Article:
    when = dt.datetime(2026, 11, 3, 8, minute, tzinfo=UTC) if minute is not None else None
    return Article(aid, None, source, when)


STORY = "The ferry strike in Split ended on Tuesday after six days, the union said.\n"


def test_the_wire_credit_wins_over_an_earlier_copy():
    texts = {
        "copy": source_from_text("Ferry strike ends\n\nSPLIT - " + STORY),
        "wire": source_from_text("Ferry strike ends\n\nSPLIT, Nov 3 (Reuters) - " + STORY),
    }
    original, reason, credits = pick_original([art("copy", "City Herald", 1), art("wire", None, 5)], texts)
    assert original == "wire"
    assert "wire credit 'Reuters'" in reason and "2026-11-03T08:05" in reason
    assert credits == {"wire": "Reuters"}


def test_among_copies_that_keep_the_credit_the_earliest_is_the_original():
    texts = {k: source_from_text("SPLIT (AFP) - " + STORY) for k in ("late", "early")}
    original, reason, _ = pick_original([art("late", None, 30), art("early", None, 2)], texts)
    assert original == "early" and "the earliest of 2" in reason


def test_original_source_option_and_agency_sources():
    texts = {k: source_from_text(STORY) for k in ("a", "b", "c")}
    members = [art("a", "Daily Ledger", 1), art("b", "AP", 9), art("c", "Harbour Times", 4)]
    assert pick_original(members, texts)[:2] == ("b", "its source is AP, published 2026-11-03T08:09:00+00:00")
    original, reason, _ = pick_original(members, texts, original_source="harbour times")
    assert original == "c" and "--original-source" in reason


def test_without_credit_the_earliest_then_the_longest():
    texts = {"a": source_from_text(STORY), "b": source_from_text(STORY + "\nMore text here about it.\n")}
    assert pick_original([art("a", None, 7), art("b", None, 8)], texts)[0] == "a"
    original, reason, _ = pick_original([art("a"), art("b")], texts)
    assert original == "b" and "longest" in reason


@pytest.mark.parametrize(
    ("head", "credit"),
    [("MINSK, July 3 (Reuters) - ", "Reuters"), ("PARIS (AFP) -- ", "AFP"), ("", None), ("WASHINGTON — AP\n\n", "AP")],
)
def test_wire_credit(head, credit):
    assert wire_credit(source_from_text(head + STORY)) == credit


# ---------------------------------------------------------------- the run
@pytest.fixture(scope="module")
def small_feed():
    return feedgen.make_feed(stories=3, copies=6, singletons=2, paragraphs=(5, 7), siblings=0.0, seed=8)


def test_feed_compares_each_copy_with_its_original_and_lists_the_singletons(tmp_path, small_feed):
    rows_file = write_rows(tmp_path / "feed.jsonl", small_feed.articles)
    with feed([rows_file], jobs=1) as run:
        rows = {r.id: json.loads(r.line) for r in run}
    plan = run.plan
    assert {s.original for s in plan.stories} == set(small_feed.originals.values())
    assert sorted(plan.singletons) == sorted(a for a, s in small_feed.truth.items() if s == a)
    copies = {a for a, s in small_feed.truth.items() if s != a and a not in small_feed.originals.values()}
    assert set(rows) == copies  # one row per copy; originals and singletons are not compared
    by_id = {a["id"]: a for a in small_feed.articles}
    for cid, row in rows.items():
        assert list(row)[:4] == ["id", "story", "original", "copy"]
        assert row["original"] == small_feed.originals[small_feed.truth[cid]] and row["copy"] == cid
        expected = api.compare(by_id[row["original"]]["text"], by_id[cid]["text"],
                               original_name=row["original"], copy_name=cid).to_dict()
        assert row["report"] == expected
    summary = FeedSummary(plan)
    summary.extend(BatchResult.from_envelope(r) for r in rows.values())
    data = summary.to_dict()
    assert data["schema"] == "factdiff-feed/1"
    assert sum(s["compared"] for s in data["stories"]) == len(copies)
    assert data["singletons"] == plan.singletons


def test_the_paragraphs_shared_by_a_story_are_parsed_once(tmp_path, small_feed):
    with feed([write_rows(tmp_path / "feed.jsonl", small_feed.articles)], jobs=1) as run:
        list(run)
    assert set(run.stats.paragraphs.values()) == {1}


# ---------------------------------------------------------------- inputs
def test_folders_csv_rows_paths_and_html(tmp_path):
    rng = random.Random(5)
    story = feedgen.make_story(rng, "s", 6)
    copy = feedgen.make_copies(story, 1, seed=1)[0]
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "wire.txt").write_text(story.text(), encoding="utf-8")
    paras = "".join(f"<p>{p}</p>\n" for p in copy.split("\n\n")[1:])
    (folder / "sub" / "page.html").write_text(f"<html><body><h1>Headline</h1>\n{paras}</body></html>\n", encoding="utf-8")
    (folder / ".hidden.txt").write_text("ignored", encoding="utf-8")
    (tmp_path / "other.txt").write_text(copy, encoding="utf-8")
    rows = tmp_path / "rows.csv"
    rows.write_text('id,source,time,path\nfrom-csv,Evening Post,2026-11-03T10:00:00Z,other.txt\n', encoding="utf-8")
    plan = plan_feed([folder, rows])
    ids = [a.id for a in plan.articles]
    assert ids == [str(folder / "sub" / "page.html"), str(folder / "wire.txt"), "from-csv"]
    assert len(plan.stories) == 1 and set(plan.stories[0].members) == set(ids)
    assert plan.stories[0].original == str(folder / "wire.txt")
    assert plan.articles[2].source == "Evening Post" and plan.articles[2].time.hour == 10


def test_bad_rows_are_listed_and_the_rest_goes_on(tmp_path, small_feed, capsys):
    articles = list(small_feed.articles) + [
        {"id": "no-text", "source": "X"},
        {"id": "bad-time", "time": "yesterday", "text": "Some text."},
        {"id": "both", "text": "a", "path": "b.txt"},
    ]
    path = write_rows(tmp_path / "feed.jsonl", articles)
    with path.open("a", encoding="utf-8") as fh:
        fh.write("{not json\n")
    out = tmp_path / "rows.jsonl"
    with pytest.raises(InputError, match=r"4 of \d+ articles could not be read or compared"):
        run_feed_cli(inputs=[str(path)], output=out, jobs=1)
    assert len(out.read_text().splitlines()) == 6  # every copy was compared all the same
    plan = plan_feed([path])
    errors = {a.id: a.error for a in plan.unreadable}
    assert "give 'text' or 'path'" in errors["no-text"]
    assert "not an ISO 8601 time" in errors["bad-time"]
    assert "invalid JSON" in errors[f"{path}#{len(articles) + 1}"]


def test_duplicate_ids_and_empty_inputs_are_one_line_errors(tmp_path):
    path = write_rows(tmp_path / "f.jsonl", [{"id": "x", "text": "One."}, {"id": "x", "text": "Two."}])
    with pytest.raises(InputError, match="article id 'x' is used more than once"):
        plan_feed([path])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no articles found"):
        plan_feed([tmp_path / "empty"])


def test_html_needs_an_output_folder(tmp_path):
    with pytest.raises(OptionError, match="--format html writes a folder"):
        run_feed_cli(inputs=["x"], output=None, fmt="html")


def test_missing_extra_is_a_one_line_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "datasketch", None)
    with pytest.raises(OptionError, match=r"pip install 'factdiff\[feed\]'"):
        plan_feed(["whatever"])


def test_compare_does_not_import_the_feed_libraries():
    code = (
        "import sys, factdiff.cli, factdiff.api, factdiff.batch, factdiff.feed\n"
        "from factdiff.cli import app\n"
        "bad = [m for m in ('datasketch', 'scipy', 'spacy') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})


# ---------------------------------------------------------------- the command
def cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", "COLUMNS": "160"}
    return subprocess.run([sys.executable, "-m", "factdiff", "feed", *args], capture_output=True, text=True,
                          timeout=600, env=env)


def test_cli_terminal_html_summary_and_resume(tmp_path, small_feed):
    rows_in = write_rows(tmp_path / "feed.jsonl", small_feed.articles)
    out = tmp_path / "site"
    run = cli(str(rows_in), "-f", "html", "-o", str(out), "--summary", str(tmp_path / "s.json"), "-j", "1")
    assert run.returncode == 0, run.stderr
    index = (out / "index.html").read_text(encoding="utf-8")
    links = [line.split('href="')[1].split('"')[0] for line in index.splitlines() if 'href="copies/' in line]
    assert len(links) == 6 and all((out / link).exists() for link in links)
    assert "factdiff" in (out / links[0]).read_text(encoding="utf-8")
    summary = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert len(summary["stories"]) == 3 and len(summary["singletons"]) == 2
    assert summary == json.loads((out / "summary.json").read_text(encoding="utf-8"))
    # resume: keep one row, the rest is compared again, every copy ends up once, every report is there
    rows_file = out / "rows.jsonl"
    first = rows_file.read_text(encoding="utf-8").splitlines()[0]
    rows_file.write_text(first + "\n", encoding="utf-8")
    for link in links:
        (out / link).unlink()
    again = cli(str(rows_in), "-f", "html", "-o", str(out), "--resume", "-j", "1")
    assert again.returncode == 0, again.stderr
    ids = [json.loads(line)["id"] for line in rows_file.read_text(encoding="utf-8").splitlines()]
    assert sorted(ids) == sorted(set(ids)) and len(ids) == 6
    assert all((out / link).exists() for link in links)
    # the terminal summary
    table = cli(str(rows_in), "-f", "terminal", "-j", "1", "--fail-on", "info")
    assert table.returncode == 1, table.stderr  # copies have findings
    assert "factdiff feed: 11 articles, 3 stories (9 articles), 2 in no story" in table.stdout
    assert "story-0001" in table.stdout and "In no story, not compared (2)" in table.stdout
    assert "Originals:" in table.stdout and "its source is" in table.stdout
