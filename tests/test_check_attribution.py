"""Attributions ("according to X", "X said", "citing X", "X told Y"): dropped, changed, added — or the same.

Sentences written for these tests; none comes from the benchmark or the bundled example.
"""

from __future__ import annotations

import pytest
from helpers import assert_spans_exact, has

from factdiff.checks.attribution import Relation, source_relation


def attribution_findings(report):
    return [f for f in report.findings if f.check == "attribution.v1" or f.kind == "attribution_changed"]


@pytest.fixture(scope="module")
def parse_one():
    from factdiff.api import parse
    from factdiff.ingest import source_from_text

    def run(text: str):
        (doc,) = parse([source_from_text(text, "t")])
        return [a for s in doc.sentences for a in s.attributions]

    return run


# ------------------------------------------------------------------ dropped
@pytest.mark.parametrize(
    ("original", "copy", "phrase"),
    [
        ("The ferry carried 312 passengers when it sank, according to the coast guard.",
         "The ferry carried 312 passengers when it sank.", "according to the coast guard"),
        ("Inflation eased to 3.1% in March, the central bank said.",
         "Inflation eased to 3.1% in March.", "central bank said"),
        ("The talks in Oslo collapsed on Friday, the newspaper reported, citing two officials.",
         "The talks in Oslo collapsed on Friday, the newspaper reported.", "citing two officials"),
        ("The sawmill in Kemi will close in June, its owner told the local radio.",
         "The sawmill in Kemi will close in June.", "owner told the local radio"),
    ],
)
def test_attribution_dropped_is_a_major_missing_fact(compare, original, copy, phrase):
    report = compare(original, copy)
    assert has(report, "fact_missing", "major", [phrase])
    dropped = next(f for f in report.findings if f.kind == "fact_missing" and phrase in f.original.text)
    assert dropped.copy is None and f"'{dropped.original.text}'" in dropped.message
    assert_spans_exact(report)


def test_dropped_pronoun_attribution_is_minor(compare):
    report = compare(
        "Ilse Brandt said the plant in Gera was safe. It would reopen in May, she said.",
        "Ilse Brandt said the plant in Gera was safe. It would reopen in May.",
    )
    assert has(report, "fact_missing", "minor", ["she said"])
    assert not has(report, "fact_missing", "major", ["she said"])


# ------------------------------------------------------------------ changed
@pytest.mark.parametrize(
    ("original", "copy", "before", "after"),
    [
        ("The dam in Orlik holds 2 billion cubic metres of water, Energy Minister Tomas Rehak said.",
         "The dam in Orlik holds 2 billion cubic metres of water, opposition lawmaker Pavla Novotna said.",
         "Tomas Rehak", "Pavla Novotna"),
        ("Twelve climbers were rescued near Zermatt overnight, the mountain rescue service said.",
         "Twelve climbers were rescued near Zermatt overnight, a hotel manager said.",
         "mountain rescue service", "hotel manager"),
        ("The drug cut deaths by a third, according to a study by Uppsala University.",
         "The drug cut deaths by a third, according to the company that makes it.",
         "study", "company"),
        ("Exports of copper fell 4% in May, the newspaper reported, citing customs data.",
         "Exports of copper fell 4% in May, the newspaper reported, citing an industry lobby.",
         "customs data", "industry lobby"),
        ("The border crossing at Narva will stay shut, a spokeswoman for the interior ministry said.",
         "The border crossing at Narva will stay shut, a spokeswoman for the tourism board said.",
         "interior ministry", "tourism board"),
        ("The deal with Rasko was signed on Monday, Foreign Minister Sven Olsen said.",
         "The deal with Rasko was signed on Monday, an unnamed official said.",
         "Sven Olsen", "unnamed official"),
    ],
)
def test_source_changed_to_another_is_attribution_changed(compare, original, copy, before, after):
    report = compare(original, copy)
    assert has(report, "attribution_changed", "major", [before], [after])
    assert_spans_exact(report)


def test_source_moved_to_the_front_and_changed(compare):
    report = compare(
        "Power was restored to 9,000 homes in Tartu, the grid operator said.",
        "The city council said power had been restored to 9,000 homes in Tartu.",
    )
    assert has(report, "attribution_changed", "major", ["grid operator"], ["city council"])


# ------------------------------------------------------------------ added
def test_attribution_added(compare):
    report = compare(
        "The strike at the port of Koper will last three days.",
        "The strike at the port of Koper will last three days, the dockers' union said.",
    )
    assert has(report, "fact_added", "major", copy=["union said"])


def test_pronoun_attribution_added_is_not_reported(compare):
    report = compare(
        "Ilse Brandt visited the plant in Gera. The plant would reopen in May.",
        "Ilse Brandt visited the plant in Gera. The plant would reopen in May, she said.",
    )
    assert not [f for f in report.findings if f.check == "attribution.v1"]


# ------------------------------------------------------------------ the same source
@pytest.mark.parametrize(
    ("original", "copy"),
    [
        # "X said" / "X told reporters"
        ("The vaccine will be free for children in Riga, the health minister said.",
         "The vaccine will be free for children in Riga, the health minister told reporters."),
        # a name and its title
        ("The border at Presevo will reopen on Monday, Interior Minister Ana Lukic said.",
         "The border at Presevo will reopen on Monday, Interior Minister Lukic said."),
        # "according to X" / "X said", moved to the front
        ("According to the fire service, 40 homes in Kalamata were destroyed.",
         "Forty homes in Kalamata were destroyed, the fire service said."),
        ("Three people were arrested in Bruges, police said.",
         "Three people were arrested in Bruges, police officers said."),
        ("The army lost two tanks near Avdiivka, the defence ministry said.",
         "The army lost two tanks near Avdiivka, the ministry of defence said."),
        ("The airport in Chania will stay shut until Friday, officials said.",
         "The airport in Chania will stay shut until Friday, authorities said."),
        ("Siemens will cut 500 jobs in Erlangen, a spokesman for the company said.",
         "Siemens will cut 500 jobs in Erlangen, the company said."),
        ("Profit at Tatra rose 12%, the carmaker said.",
         "Profit at Tatra rose 12%, the company said."),
        ("Recep Tayyip Erdogan said the central bank would cut its main rate.",
         "Recep Tayyip Erdoğan said the central bank would cut its main rate."),
        # the claim and its attribution split into two sentences
        ("The plant in Gera will close in 2026 and 800 workers will lose their jobs, the company said.",
         "The plant in Gera will close in 2026, the company said. As a result, 800 workers will lose their jobs."),
    ],
)
def test_same_source_in_other_words_is_not_reported(compare, original, copy):
    report = compare(original, copy)
    assert not attribution_findings(report), [(f.kind, f.message) for f in attribution_findings(report)]


def test_pronoun_source_is_compatible_with_a_named_one(compare):
    report = compare(
        "Marta Lindqvist said the bridge in Lulea would reopen in May. It would cost 40 million crowns, she said.",
        "Marta Lindqvist said the bridge in Lulea would reopen in May. It would cost 40 million crowns, Lindqvist said.",
    )
    assert not attribution_findings(report)


# ------------------------------------------------------------------ sources, part by part
def test_source_parts(parse_one):
    (attr,) = parse_one("The court in Lahore jailed the editor, his lawyer Naeem Qadir said.")
    assert attr.source == "his lawyer Naeem Qadir"
    assert [k for k, _ in attr.names] == ["naeem qadir"] and attr.roles == ("lawyer",)
    (attr,) = parse_one("The figures are not final, a spokeswoman for the statistics office said.")
    assert attr.roles == ("spokeswoman",) and {"statistic", "office"} <= set(attr.qualifiers)
    (attr,) = parse_one("The talks will resume in Doha, a diplomat familiar with the plans said.")
    assert attr.anonymous and attr.roles == ("diplomat",)


def test_speech_verbs_need_a_statement(parse_one):
    assert parse_one("Prices of rice continued to rise in May.") == []
    assert [a.cue for a in parse_one("Prices of rice rose in May, official data showed.")] == ["show"]


def test_relation_between_sources(parse_one):
    def rel(a: str, b: str) -> Relation:
        (x,) = parse_one(f"The port in Bar reopened, {a} said.")
        (y,) = parse_one(f"The port in Bar reopened, {b} said.")
        return source_relation(x, y)

    assert rel("the port authority", "the port authority") == Relation.SAME
    assert rel("Mayor Dragan Vukic", "the mayor") == Relation.SAME
    assert rel("the interior ministry", "the health ministry") == Relation.CONFLICT
    assert rel("the port authority", "a shipping broker") == Relation.CONFLICT
    assert rel("Dragan Vukic", "Milo Brajovic") == Relation.CONFLICT
    assert rel("he", "Milo Brajovic") == Relation.COMPATIBLE


def test_dropped_source_is_not_excused_by_a_pronoun_nearby(compare):
    report = compare(
        '"We will win," Mayor Ana Lukic told supporters in Nis, according to the state news agency Tanjug.\n\n'
        '"The city is ready for the games."',
        '"We will win," Mayor Ana Lukic told supporters in Nis.\n\n"The city is ready for the games," she continued.',
    )
    assert has(report, "fact_missing", "major", ["according to", "Tanjug"])


def test_attribution_moved_to_the_next_sentence_is_neither_dropped_nor_added(compare):
    report = compare(
        'Kemal Aydin joined the club from Bursa in July.\n\n"I did not hesitate when the offer came," Aydin said in a video. '
        '"This is the club I dreamed of."',
        'Kemal Aydin joined the club from Bursa in July.\n\n"I did not hesitate when the offer came. '
        'This is the club I dreamed of," the midfielder said in a video.',
    )
    assert not [f for f in report.findings if f.check == "attribution.v1"], report.findings


@pytest.mark.parametrize(
    ("original", "copy", "before", "after"),
    [
        ("Officials in Tallinn said the ferry talks had failed.",
         "Officials in Riga said the ferry talks had failed.", "Officials in Tallinn", "Officials in Riga"),
        ("A spokeswoman for the Red Crescent said 40 people were hurt.",
         "A spokeswoman for Oxfam said 40 people were hurt.", "Red Crescent", "Oxfam"),
    ],
)
def test_a_name_changed_inside_a_source_is_one_finding(compare, original, copy, before, after):
    report = compare(original, copy)
    assert has(report, "attribution_changed", "major", [before], [after])
    # one change, one finding: the entity change inside the source gives way to it
    assert [f.kind for f in report.at_least("major")] == ["attribution_changed"]
    assert_spans_exact(report)
