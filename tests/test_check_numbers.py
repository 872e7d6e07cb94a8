"""The figures check on sentences written for it: what is one figure changed, and what is not."""

from __future__ import annotations

import pytest
from helpers import assert_found, assert_no_major_figure_change

from factdiff.checks.numbers import _implied_figures, pair_figures

CHANGED = [
    # (original, copy, kind, severity, original words, copy words)
    # a bare count with no noun or unit: paired by its place ("votes to 38")
    ("The senate approved the bill by 61 votes to 38, with two abstentions.",
     "The senate approved the bill by 61 votes to 39, with two abstentions.", "number_changed", "critical", ["38"], ["39"]),
    ("The council rejected the plan by 12 to seven on Monday.",
     "On Monday the council rejected the plan by 12 to eight.", "number_changed", "critical", ["seven"], ["eight"]),
    # a sentence-initial capitalised noun before a measure is not a name ("Boeing 737")
    ("Snowdrifts 3 metres high blocked roads in Hokkaido.",
     "Snowdrifts 3 feet high blocked roads in Hokkaido.", "unit_changed", "major", ["3 metres"], ["3 feet"]),
    ("Carrying four astronauts, the capsule docked with the station.",
     "The capsule docked with the station carrying five astronauts.", "number_changed", "critical", ["four"], ["five"]),
    # an amount the tagger folds into a name ("Google 2.4 billion") is still a figure
    ("Brussels fined Google 2.4 billion euros for abusing its search dominance.",
     "Brussels fined Google 2.4 billion dollars for abusing its search dominance.", "unit_changed", "major",
     ["2.4 billion euros"], ["2.4 billion dollars"]),
    # currencies named without their country
    ("Farmers will receive 1,500 pesos per hectare, the ministry said.",
     "Farmers will receive 1,500 euros per hectare, the ministry said.", "unit_changed", "major", ["pesos"], ["euros"]),
    ("The court imposed a fine of 5 million dinars on the firm.",
     "The court imposed a fine of 5 million dollars on the firm.", "unit_changed", "major", ["dinars"], ["dollars"]),
    ("The reserve covers 1,200 square km in Borneo.",
     "The reserve covers 1,200 square miles in Borneo.", "unit_changed", "major", ["square km"], ["square miles"]),
    # the same number on another temperature scale, even where the scales nearly meet
    ("Overnight the thermometer in Yakutsk showed -45 °C.",
     "Overnight the thermometer in Yakutsk showed -45°F.", "unit_changed", "major", ["-45 °C"], ["-45°F"]),
    # a bound reversed is not a rounding of an unrelated count in the same sentence
    ("The plane was cleared to carry 180 passengers but had more than 200 on board.",
     "The plane was cleared for 190 passengers but was carrying fewer than 200.", "number_changed", "critical",
     ["180"], ["190"]),
    ("The plane was cleared to carry 180 passengers but had more than 200 on board.",
     "The plane was cleared for 190 passengers but was carrying fewer than 200.", "qualifier_changed", "major",
     ["more than 200"], ["fewer than 200"]),
    # a sentence merged into its neighbour in the copy: paired across aligned groups
    ("The quake struck at a depth of 10 km, the survey said. Its epicentre was 30 km north of the capital. "
     "Rescue teams reached the area on Monday.",
     "The survey said the quake struck at a depth of 10 km, with its epicentre 30 miles north of the capital. "
     "Rescue teams reached the area on Monday.", "unit_changed", "major", ["30 km"], ["30 miles"]),
    # figures added or dropped
    ("The storm flooded the coastal town.",
     "The storm flooded the coastal town, forcing 2,000 people to leave.", "fact_added", "major", [], ["2,000"]),
    ("The storm forced 2,000 people to leave the coastal town.",
     "The storm forced people to leave the coastal town.", "fact_missing", "major", ["2,000"], []),
]


@pytest.mark.parametrize(("original", "copy", "kind", "severity", "o_words", "c_words"), CHANGED)
def test_change_is_found(compare, original, copy, kind, severity, o_words, c_words):
    assert_found(compare(original, copy), kind, severity, o_words, c_words)


SAME = [
    ("Snowdrifts 3 metres high blocked roads in Hokkaido.", "Snowdrifts 9.8 feet high blocked roads in Hokkaido."),
    ("Carrying four astronauts, the capsule docked with the station.",
     "The capsule docked with the station carrying four astronauts."),
    ("Farmers will receive 1,500 pesos per hectare, the ministry said.",
     "Farmers will receive 1,500 Mexican pesos per hectare, the ministry said."),
    ("The reserve covers 1,200 square km in Borneo.", "The reserve covers 463 square miles in Borneo."),
    ("Overnight the thermometer in Yakutsk showed -45 °C.", "Overnight the thermometer in Yakutsk showed -49°F."),
    # "go up to" is a verb, not the qualifier "up to"
    ("Bus fares will rise to 3 euros from March, the city said.",
     "From March bus fares will go up to 3 euros, the city said."),
    ("The fossil is about 65 million years old.", "The fossil is about 65,000,000 years old."),
    # a duration restated as a relative date
    ("The festival marks 50 years since the first moon landing.",
     "The first moon landing took place 50 years ago, and the festival marks it."),
    # a share restated as a count of the same whole, and back
    ("Half of the 40 villages in the district have no electricity.",
     "Twenty of the district's 40 villages have no electricity."),
    ("About a third of the 900 employees will lose their jobs.", "Around 300 of the 900 employees will lose their jobs."),
    # a score after a name is not a figure on one side only
    ("Spain beat Italy 3-1 in the semi-final on Tuesday.", "Spain defeated Italy 3-1 in the semi-final on Tuesday."),
    # one end of a range restated
    ("The firm expects charges of $40 million to $50 million, mostly in March.",
     "The firm expects charges of $40 million to $50 million, mainly in March."),
    # a year the copy writes as a modifier
    ("The dam that burst in 2019 killed 270 people.", "The 2019 dam burst killed 270 people."),
    # counting what the original names, a dropped ordinal or pronoun "one": not major
    ("Both clubs confirmed the deal on Friday.", "The two clubs confirmed the deal on Friday."),
    ("The 30-year-old striker scored twice in the second half.", "The striker, 30, scored twice after the break."),
    ("Two men were arrested and one was later released, police said.",
     "Police said they arrested two men and later released one of them."),
]


@pytest.mark.parametrize(("original", "copy"), SAME)
def test_same_figures_are_not_major(compare, original, copy):
    assert_no_major_figure_change(compare(original, copy))


def test_rounded_bound_is_not_paired_with_an_unrelated_count(compare):
    report = compare("The plane was cleared to carry 180 passengers but had more than 200 on board.",
                     "The plane was cleared for 180 passengers but was carrying fewer than 200.")
    kinds = {(f.kind, f.original.text, f.copy.text) for f in report.findings if f.check.startswith("numbers")}
    assert kinds == {("qualifier_changed", "more than 200", "fewer than 200")}


def test_pairing_prefers_the_same_counted_noun(compare):
    from factdiff.api import parse
    from factdiff.ingest import source_from_text

    o, c = parse([source_from_text("Fire destroyed 5 houses and killed 5 people.", "o"),
                  source_from_text("Fire destroyed 5 houses and killed 6 people.", "c")])
    from factdiff.checks.numbers import _figures

    pairs, left_o, left_c = pair_figures(_figures(o.sentences), _figures(c.sentences))
    changed = [(a.fact.text, b.fact.text) for a, b, cmp in pairs if cmp.relation != "equal"]
    assert changed == [("5", "6")] and not left_o and not left_c
    assert [a.counted for a, b, cmp in pairs if cmp.relation != "equal"] == ["people"]


def test_implied_figures_read_shares_and_counts():
    from factdiff.api import parse
    from factdiff.ingest import source_from_text

    (doc,) = parse([source_from_text("Half of the 40 villages and 30% of the 200 farms were flooded.", "o")])
    values = sorted(round(q.low, 3) for q in _implied_figures(doc))
    assert 20.0 in values and 60.0 in values  # half of 40, 30% of 200
    assert 0.2 in values  # 40 of 200
