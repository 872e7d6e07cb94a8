"""The paragraph parse cache: the same documents and reports as parsing everything.

The reference is the plain path (no cache, every paragraph parsed in its document, no
aligned pair treated as verbatim); the cached path parses each distinct paragraph once
and places it in each document. ParsedDocument is a tree of dataclasses, so ``==``
compares every sentence, token and fact, offsets included.
"""

from __future__ import annotations

import dataclasses
import json
import random

import pytest
from helpers import load_benchmark_module

from factdiff import api
from factdiff.batch import Comparison, DocSpec, run_batch
from factdiff.checks import base
from factdiff.facts.cache import FIELDS, ParseCache, place
from factdiff.facts.extract import paragraph_keys, parse_documents
from factdiff.ingest import source_from_text
from factdiff.nlp import load_pipeline

feedgen = load_benchmark_module("feedgen")

REPEATED = """Council backs harbour plan

The council voted 14 to 3 on Monday to rebuild the harbour wall, mayor Ines Calloway said.

"We will not wait for another storm," Calloway told reporters after the vote.

The council voted 14 to 3 on Monday to rebuild the harbour wall, mayor Ines Calloway said.

Work on the 2.5 million euro wall will start in May, according to the port office.
"""

ODD_SPACES = (
    "Port office warns of delays\r\n\r\n"
    "The port office said\u00a0about 1,200 containers\twere held in  Valletta on Friday.\r\n\r\n"
    "Director Lut\u00adskina Brandvold said the  backlog would clear by June 3.\r\n\r\n"
    "\u201cWe did not expect this,\u201d Brandvold said. \u201cThe cranes were not\r\n\r\n"
    "ready for the season,\u201d she added.\r\n"
)

HTML = """<html><body><h1>Ferry strike ends</h1>
<p>The ferry strike in Split ended on Tuesday after 6 days, the union said.</p>
<p>About 3,400 passengers were stranded, according to the port authority.</p>
<p>The ferry strike in Split ended on Tuesday after 6 days, the union said.</p>
</body></html>
"""


def texts() -> list[str]:
    rng = random.Random(7)
    story = feedgen.make_story(rng, "s", 12)
    sibling = feedgen.make_story(rng, "t", 8, story.slots)
    copies = feedgen.make_copies(story, 4, seed=3)
    return [story.text(), *copies, sibling.text(), REPEATED, REPEATED.replace("14 to 3", "13 to 4", 1), ODD_SPACES]


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(None)


@pytest.fixture(scope="module")
def sources():
    out = [source_from_text(t, f"doc{i}") for i, t in enumerate(texts())]
    out.append(source_from_text(HTML, "page.html"))
    return out


@pytest.fixture(scope="module")
def plain(nlp, sources):
    return parse_documents(nlp, sources)


def test_every_fact_field_says_how_it_moves():
    """A fact field the cache does not know would be left un-rebased: say how it moves first."""
    for cls, plan in FIELDS.items():
        listed = [name for names in plan.values() for name in names]
        assert sorted(listed) == sorted(f.name for f in dataclasses.fields(cls)), cls.__name__
        assert len(listed) == len(set(listed)), cls.__name__


def test_cached_documents_equal_the_plain_ones(nlp, sources, plain):
    cache = ParseCache()
    cached = parse_documents(nlp, sources, cache)
    assert cached == plain
    # every distinct paragraph parsed once, however often it occurs (REPEATED has one twice)
    keys = [k for s in sources for k in paragraph_keys(nlp, s)]
    assert len(keys) > len(set(keys)) + 10  # the copies repeat most of the story
    assert set(cache.parsed) == set(keys)
    assert set(cache.parsed.values()) == {1}
    # a second call finds everything in the cache and parses nothing
    again = parse_documents(nlp, sources, cache)
    assert again == plain
    assert set(cache.parsed.values()) == {1}
    for doc in again:
        for s in doc.sentences:
            assert doc.text[s.start : s.end] == s.text
            for m in s.mentions:
                assert doc.text[m.start : m.end] == m.text
            for q in s.quotes:
                assert doc.text[q.start : q.end] == q.text
            for t in s.tokens:
                assert doc.text[t.start : t.end].replace("\u00ad", "") == t.text


def test_a_tiny_cache_that_drops_paragraphs_still_gives_the_same_documents(nlp, sources, plain):
    cache = ParseCache(max_paragraphs=1)
    assert parse_documents(nlp, sources, cache) == plain
    assert len(cache) == 1


def test_documents_never_share_a_sentence(nlp, sources):
    docs = parse_documents(nlp, [sources[-2], sources[-2]], ParseCache())
    ids = {id(s) for s in docs[0].sentences}
    assert not ids & {id(s) for s in docs[1].sentences}


def test_a_quote_keeps_its_speaker_object():
    sentence = parse_documents(load_pipeline(None), [source_from_text(REPEATED)], ParseCache())[0].sentences
    quoted = [q for s in sentence for q in s.quotes if q.speaker is not None]
    assert quoted
    for q in quoted:
        assert any(q.speaker is a for s in sentence for a in s.attributions)


def test_place_moves_offsets_and_indices(nlp):
    cache = ParseCache()
    (doc,) = parse_documents(nlp, [source_from_text("Ines Calloway said 40 homes were built.")], cache)
    (template,) = cache.export().values()
    (moved,) = place(template, 100, 7, 3)
    assert (moved.start, moved.index, moved.paragraph) == (100, 7, 3)
    assert moved.mentions[0].start == template[0].mentions[0].start + 100
    assert moved.mentions[0].sentence == 7
    assert moved.numbers[0].quantity.start == template[0].numbers[0].quantity.start + 100
    assert template[0].start == 0  # the cached paragraph itself is left alone


def reports(a, b):
    return json.dumps(api.compare_parsed(a, b).to_dict(), sort_keys=True)


def test_reports_are_identical_to_the_uncached_path(nlp, sources, plain, monkeypatch):
    cached = parse_documents(nlp, sources, ParseCache())
    pairs = [(0, k) for k in range(1, 6)] + [(0, 5), (6, 7), (7, 6), (5, 0), (len(sources) - 1, len(sources) - 1)]
    fast = [reports(cached[i], cached[j]) for i, j in pairs]
    seen = set()
    real = base.verbatim_groups

    def spy(ctx):
        found = real(ctx)
        seen.add(len(found))
        return found

    monkeypatch.setattr(base, "verbatim_groups", spy)
    again = [reports(cached[i], cached[j]) for i, j in pairs]
    assert max(seen) > 0  # verbatim pairs were skipped
    monkeypatch.setattr(base, "verbatim_groups", lambda ctx: frozenset())  # the reference: check every pair
    slow = [reports(plain[i], plain[j]) for i, j in pairs]
    assert fast == slow
    assert again == slow
    assert any('"number_changed"' in r for r in slow)  # the comparison did find things


def test_compare_of_texts_sharing_paragraphs_is_the_same_either_way(monkeypatch):
    copy = REPEATED.replace("14 to 3", "13 to 4", 1)
    fast = api.compare(REPEATED, copy).to_dict()
    monkeypatch.setattr(base, "verbatim_groups", lambda ctx: frozenset())
    monkeypatch.setattr(api, "shares_paragraphs", lambda *sources: False)
    assert api.compare(REPEATED, copy).to_dict() == fast


def test_a_batch_parses_each_distinct_paragraph_once(tmp_path):
    rng = random.Random(11)
    story = feedgen.make_story(rng, "s", 10)
    original = DocSpec.from_text(story.text(), "wire")
    copies = feedgen.make_copies(story, 6, seed=5)
    comparisons = [Comparison(f"c{k}", original, DocSpec.from_text(t, f"c{k}")) for k, t in enumerate(copies)]
    run = run_batch(comparisons, jobs=1, chunk_size=2)
    rows = {r.id: r for r in run}
    nlp = load_pipeline(None)
    keys = {k for t in [story.text(), *copies] for k in paragraph_keys(nlp, source_from_text(t))}
    assert set(run.stats.paragraphs) == keys
    assert set(run.stats.paragraphs.values()) == {1}
    # the rows are those of comparing each copy on its own
    for k, text in enumerate(copies):
        expected = api.compare(story.text(), text, original_name="wire", copy_name=f"c{k}").to_dict()
        assert json.loads(rows[f"c{k}"].line)["report"] == expected


def test_two_workers_get_the_originals_paragraphs_with_it():
    rng = random.Random(12)
    story = feedgen.make_story(rng, "s", 10)
    original = DocSpec.from_text(story.text(), "wire")
    copies = feedgen.make_copies(story, 8, seed=6)
    comparisons = [Comparison(f"c{k}", original, DocSpec.from_text(t, f"c{k}")) for k, t in enumerate(copies)]
    run = run_batch(comparisons, jobs=2, chunk_size=2)
    list(run)
    nlp = load_pipeline(None)
    for key in paragraph_keys(nlp, source_from_text(story.text())):
        assert run.stats.paragraphs[key] == 1  # parsed by the parse task only, shipped to the others
