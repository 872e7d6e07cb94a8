"""The facts stage on sentences written for it."""

from __future__ import annotations

import pytest

from factdiff.facts.extract import parse_documents
from factdiff.facts.keys import bag_key, entity_key
from factdiff.facts.quotes import find_quotes
from factdiff.ingest import source_from_text
from factdiff.nlp import load_pipeline


@pytest.fixture(scope="module")
def parse():
    nlp = load_pipeline()

    def _parse(text: str):
        return parse_documents(nlp, [source_from_text(text)])[0]

    return _parse


def test_sentences_never_cross_paragraphs_and_offsets_are_exact(parse):
    text = "Headline Without A Stop\n\nThe first paragraph ends here\n\nThe second one starts. It has two sentences."
    doc = parse(text)
    for s in doc.sentences:
        assert text[s.start : s.end] == s.text
        for t in s.tokens:
            assert text[t.start : t.end] == t.text
    assert [s.role for s in doc.sentences][0] == "headline"
    assert len({s.paragraph for s in doc.sentences}) == 3


def test_mentions_drop_articles_and_possessives(parse):
    doc = parse("Officials said Vladimir Putin’s plan for the United Nations was ready.")
    names = {m.text for m in doc.mentions}
    assert "Vladimir Putin" in names and "United Nations" in names


def test_short_mentions_resolve_to_the_full_name(parse):
    doc = parse("Governor Tomas Eriksen opened the bridge in Bergen. Eriksen said it cost 40 million euros.")
    people = [m for m in doc.mentions if m.label == "PERSON"]
    assert {m.canonical for m in people} == {"tomas eriksen"}


def test_numbers_keep_qualifier_unit_and_counted_noun(parse):
    doc = parse("Police detained more than 1,500 protesters and seized 12 kg of explosives.")
    nums = [n for s in doc.sentences for n in s.numbers]
    first, second = nums
    assert first.quantity.qualifier == "more_than" and first.quantity.low == 1500 and first.counted == "protester"
    assert second.quantity.unit == "kg"


def test_negations_and_their_predicates(parse):
    doc = parse("The minister did not sign the decree.")
    (neg,) = [n for s in doc.sentences for n in s.negations]
    assert neg.head_lemma == "sign"


def test_attributions(parse):
    doc = parse("The plant will close, according to the state news agency Tanjug. Mayor Ana Lukic said the workers would be paid.")
    attrs = [a for s in doc.sentences for a in s.attributions]
    cues = {a.cue for a in attrs}
    assert {"according to", "say"} <= cues
    according = next(a for a in attrs if a.cue == "according to")
    assert "Tanjug" in according.source and doc.text[according.start : according.end].startswith("according to")


def test_quotes_any_style():
    text = "He said “we will win this race” and then «nothing else matters to us» and 'short' it’s fine."
    quotes = [text[s:e] for s, e in find_quotes(text)]
    assert quotes == ["we will win this race", "nothing else matters to us"]


def test_open_quote_runs_to_paragraph_end():
    text = '"This is a quote that continues in the next paragraph'
    assert find_quotes(text) == [(1, len(text))]


@pytest.mark.parametrize(
    ("a", "b"),
    [("the U.S.", "US"), ("World War Two", "the Second World War"), ("Putin’s", "Putin"), ("6th", "sixth")],
)
def test_keys_agree_on_equivalent_names(a, b):
    assert entity_key(a) == entity_key(b) or bag_key(a) == bag_key(b)


# ------------------------------------------------------------------ units are words of their figure, not names
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Forecasters expect 104 degrees Fahrenheit in Phoenix on Friday.", "Fahrenheit"),  # tagged GPE
        ("The reactor core at Sellafield hit 600 Kelvin before the shutdown.", "Kelvin"),  # tagged PERSON
        ("Highs of 30 Celsius are expected in London.", "Celsius"),  # tagged NORP
        ("Winds reached force 9 on the Beaufort scale off Cornwall.", "Beaufort"),  # a scale, tagged GPE
    ],
)
def test_a_unit_inside_a_figure_is_not_a_name(parse, text, unit):
    doc = parse(text)
    assert [n for s in doc.sentences for n in s.numbers], "the figure itself is still read"
    names = {m.text for m in doc.mentions}
    assert not any(unit in n for n in names), names
    assert names, "the real name of the sentence stays"


def test_names_next_to_a_figure_stay_names(parse):
    doc = parse(
        "He was fined 300 Swiss francs in Zurich. Ray Bradbury wrote Fahrenheit 451 in 1953. "
        "Kenya sent 400 Kenyan police officers to Haiti. Lord Kelvin measured 4 degrees Celsius."
    )
    names = {m.text for m in doc.mentions}
    assert {"Zurich", "Ray Bradbury", "Kenya", "Kenyan", "Haiti", "Kelvin"} <= names
    assert any("Fahrenheit 451" in n for n in names)  # a title, not a unit: no figure reads it
    assert "Celsius" not in names
