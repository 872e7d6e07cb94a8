"""The wording check and the replacement pairing on sentences written for them."""

from __future__ import annotations

import pytest
from helpers import assert_spans_exact, has

from factdiff.lexicon import wordnet_available
from factdiff.lexicon.confusable import confusable, role_shift, same_family

needs_wordnet = pytest.mark.skipif(not wordnet_available(), reason="WordNet database not installed")

SLIPS = [
    # (original, copy, original word, copy word): a word swapped for an unrelated one, often a look-alike
    ("Police fired tear gas at the crowd.", "Police fired tear gas at the cloud.", "crowd", "cloud"),
    ("Rebels attacked the convoy near the border.", "Rebels attacked the convent near the border.", "convoy", "convent"),
    # reordered: the words are paired by their shared modifiers, not by position
    ("Officials counted 300 ballots in the northern province.",
     "In the northern provision, officials counted 300 ballots.", "province", "provision"),
    ("The minister resigned over the scandal on Friday.", "On Friday the minister resigned over the candle.",
     "scandal", "candle"),
]

# one letter dropped, added or changed in an ordinary word: a typo (copies are full of them), not a
# changed fact, even when it leaves another word; see tests/test_noise.py
TYPOS = [
    ("Dozens of villagers were killed in the flood.", "Dozens of villagers were killed in the food.", "flood", "food"),
    ("The country's economy grew faster than expected.", "The country's economy grew fatter than expected.",
     "faster", "fatter"),
]

# look-alikes that are no slip: a shared ending, one word written apart, an inflection the
# lemmatizer missed, words linked in meaning
NO_SLIP = [
    ("The crew worked the pumps tirelessly all night.", "The crew worked the pumps ceaselessly all night."),
    ("The foot ball season opens in May.", "The football season opens in May."),
    ("Residents pay a water tax and a road tax.", "Residents pay water taxes and a road tax."),
    ("The party held its leadership selection in March.", "The party held its leadership election in March."),
]

PARAPHRASES = [
    ("Protesters gathered outside the parliament building.", "Demonstrators assembled in front of the parliament building."),
    ("The storm destroyed hundreds of homes in the region.", "Hundreds of houses in the region were wrecked by the storm."),
    ("The government extended the curfew until Friday.", "The government expanded the curfew until Friday."),
    ("Officials said the attack killed 12 soldiers near the border.", "The assault killed 12 troops near the border, officials said."),
    ("The country's defence minister visited the troops.", "The country's defense minister visited the soldiers."),
    ("The ceasefire took effect at midnight.", "The cease-fire came into force at midnight."),
    ("About 3,400 people have moved to temporary shelters.", "About 3,400 residents have moved to temporary shelters."),
    ("The chief executive wrote in a memo to staff.", "The chief executive wrote in a memo to employees."),
    ("The world is likely to breach the limit within five years.",
     "The global temperature is likely to breach the limit within five years."),
    ("The truck carried 500 kg of rice to the camp.", "The truck carried 1,100 lb of rice to the camp."),
]

FALSE_FRIENDS = [
    # (original, copy, original word, copy word, foreign word named in the message)
    ("The airline said its profits rose 8% in the second quarter on strong travel demand.",
     "The airline said its benefits rose 8% in the second quarter on strong travel demand.", "profits", "benefits",
     "bénéfice"),
    ("Officials said the stolen files contained sensitive information about the army.",
     "Officials said the stolen files contained sensible information about the army.", "sensitive", "sensible",
     "sensible"),
    ("Three ministers attended the summit in Brussels on Monday.",
     "Three ministers assisted the summit in Brussels on Monday.", "attended", "assisted", "assister"),
    ("The actual number of victims is higher than reported, the agency said.",
     "The current number of victims is higher than reported, the agency said.", "actual", "current", "actuel"),
    ("France asked Germany to delay the vote, diplomats said.",
     "France demanded Germany to delay the vote, diplomats said.", "asked", "demanded", "demander"),
    ("The court gave the company a deadline of ten days to pay the fine.",
     "The court gave the company a delay of ten days to pay the fine.", "deadline", "delay", "délai"),
    ("The minister said the treaty would eventually be ratified by parliament.",
     "The minister said the treaty would possibly be ratified by parliament.", "eventually", "possibly", "éventuel"),
]

FRIENDLY_SYNONYMS = [
    # ordinary synonyms of the same words stay quiet
    ("The airline said its profits rose 8% in the second quarter.", "The airline said its earnings rose 8% in the second quarter."),
    ("The minister said the treaty would finally be ratified by parliament.",
     "The minister said the treaty would ultimately be ratified by parliament."),
    ("The real number of victims is higher than reported, the agency said.",
     "The true number of victims is higher than reported, the agency said."),
    ("Three ministers attended the summit in Brussels on Monday.", "Three ministers went to the summit in Brussels on Monday."),
    ("The minister said the plan was sensible and cheap.", "The minister said the plan was reasonable and cheap."),
]


@needs_wordnet
@pytest.mark.parametrize(("original", "copy", "o_word", "c_word", "foreign"), FALSE_FRIENDS)
def test_false_friend_is_a_major_wording_change(compare, original, copy, o_word, c_word, foreign):
    report = compare(original, copy)
    assert has(report, "wording_changed", "major", [o_word], [c_word]), [
        (f.kind, f.severity.label, f.message) for f in report.findings
    ]
    found = next(f for f in report.findings if f.kind == "wording_changed" and o_word in f.original.text)
    assert "false friend" in found.message and foreign in found.message
    assert found.details["relation"] == "false_friend" and found.details["rank"] == 1
    assert_spans_exact(report)


@needs_wordnet
@pytest.mark.parametrize(("original", "copy"), FRIENDLY_SYNONYMS)
def test_synonym_of_a_false_friend_is_quiet(compare, original, copy):
    report = compare(original, copy)
    assert not [f.message for f in report.findings if f.kind == "wording_changed" and f.severity >= 2]


@needs_wordnet
@pytest.mark.parametrize(("original", "copy", "o_word", "c_word"), SLIPS)
def test_slip_is_a_major_wording_change_ranked_first(compare, original, copy, o_word, c_word):
    report = compare(original, copy)
    assert has(report, "wording_changed", "major", [o_word], [c_word]), [
        (f.kind, f.severity.label, f.message) for f in report.findings
    ]
    wording = sorted((f for f in report.findings if f.kind == "wording_changed"),
                     key=lambda f: (-int(f.severity), -f.confidence))
    assert o_word in wording[0].original.text and wording[0].details["rank"] == 1
    assert_spans_exact(report)


@needs_wordnet
@pytest.mark.parametrize(("original", "copy", "o_word", "c_word"), TYPOS)
def test_one_letter_slip_in_an_ordinary_word_is_a_minor_typo(compare, original, copy, o_word, c_word):
    report = compare(original, copy)
    assert not report.at_least("major"), [(f.kind, f.severity.label, f.message) for f in report.findings]
    assert has(report, "typo", "minor", [o_word], [c_word])


@needs_wordnet
@pytest.mark.parametrize(("original", "copy"), NO_SLIP)
def test_look_alike_that_is_no_slip_is_at_most_minor(compare, original, copy):
    report = compare(original, copy)
    assert not [f.message for f in report.at_least("major") if f.kind == "wording_changed"]


@needs_wordnet
@pytest.mark.parametrize(("original", "copy"), PARAPHRASES)
def test_paraphrase_is_at_most_minor(compare, original, copy):
    report = compare(original, copy)
    serious = [f.message for f in report.findings if f.kind in {"wording_changed", "negation_changed"} and f.severity >= 2]
    assert not serious


@needs_wordnet
def test_noun_swapped_for_its_agent_noun_is_a_shade(compare):
    report = compare("Power demand hit a record on Tuesday.", "Power demand hit a recorder on Tuesday.")
    assert has(report, "wording_changed", "minor", ["record"], ["recorder"])


def test_hyphenated_phrase_span_is_whole(compare):
    report = compare("The talks ended a seven-year legal battle.", "The talks ended a seven-year legal fleet.")
    spans = [(f.original.text, f.copy.text) for f in report.findings if f.kind == "wording_changed"]
    assert ("seven-year legal battle", "seven-year legal fleet") in spans


@needs_wordnet
@pytest.mark.parametrize(("a", "b", "expected"), [
    ("medal", "metal", True), ("amnesty", "amnesia", True), ("well", "wet", True),
    ("identify", "mention", False),  # scattered shared letters, different first letter
    ("protest", "protester", False),  # one word family
    ("neighbouring", "neighboring", False),  # spelling variant
    ("record", "recorder", False),  # derivation through the verb "record"
])
def test_confusable(a, b, expected):
    assert (confusable(a, b) > 0) is expected


@needs_wordnet
def test_word_families():
    assert same_family("government", "governor")
    assert not same_family("school", "shoal")
    assert role_shift("record", "recorder") and role_shift("protest", "protesters")
    assert not role_shift("medal", "metal")


@needs_wordnet
def test_the_one_noun_a_verbatim_copy_changed_is_major(compare):
    report = compare("The recall covers a fault in the propulsion system of the ferries.",
                     "The recall covers a fault in the suspension system of the ferries.")
    assert has(report, "wording_changed", "major", ["propulsion"], ["suspension"]), [
        (f.kind, f.severity.label, f.message) for f in report.findings]


@needs_wordnet
def test_an_unlinked_noun_in_a_rewritten_sentence_stays_minor(compare):
    report = compare("The recall covers a fault in the propulsion system of the ferries.",
                     "Ferries are being recalled over a defect affecting their suspension.")
    assert not [f.message for f in report.at_least("major") if f.kind == "wording_changed"]


# the one verb, adjective or adverb of an otherwise verbatim copy swapped word for word
# (verb particles aside) for one WordNet does not link: no stylistic choice
SOLE_SWAPS = [
    ("The board called the merger a sensible decision on Tuesday.",
     "The board called the merger a reckless decision on Tuesday.", "sensible", "reckless"),
    # the parse gives the two words other roles; in place, word for word, they fill one slot
    ("Engineers described the new levee as resilient after the test.",
     "Engineers described the new levee as fragile after the test.", "resilient", "fragile"),
    ("Lower interest rates are expected to spur lending next year.",
     "Lower interest rates are expected to slow down lending next year.", "spur", "slow"),
]


@needs_wordnet
@pytest.mark.parametrize("original, copy, o_word, c_word", SOLE_SWAPS)
def test_the_one_word_a_verbatim_copy_swapped_is_major(compare, original, copy, o_word, c_word):
    report = compare(original, copy)
    found = [f for f in report.at_least("major") if f.kind in ("wording_changed", "negation_changed")]
    assert found and o_word in found[0].original.text and c_word in found[0].copy.text, [
        (f.kind, f.severity.label, f.message) for f in report.findings]


@needs_wordnet
@pytest.mark.parametrize("original, copy", [
    # one verb said with several words is a rephrasing, however verbatim the rest
    ("Hungary, Poland and Austria agreed to share border patrols.",
     "Hungary, Poland and Austria reached a deal to share border patrols."),
    # the swapped verb in a rewritten sentence is a translator's choice
    ("The council voted on Monday to restore the old stone bridge.",
     "On Monday councillors decided the old stone bridge should be rebuilt."),
])
def test_a_verb_rephrased_is_not_major(compare, original, copy):
    assert not [f.message for f in compare(original, copy).at_least("major") if f.kind == "wording_changed"]


@pytest.mark.parametrize("original, copy, o_word, c_word", [
    ("Rescuers reached the village within hours of the quake.",
     "Rescuers reached the village within minutes of the quake.", "hours", "minutes"),
    ("The strike could last for weeks, the union warned.", "The strike could last for months, the union warned.",
     "weeks", "months"),
])
def test_a_vague_stretch_of_time_changed_is_a_changed_unit(compare, original, copy, o_word, c_word):
    report = compare(original, copy)
    assert has(report, "unit_changed", "major", [o_word], [c_word]), [(f.kind, f.severity.label, f.message) for f in report.findings]


def test_a_stretch_of_time_in_a_date_or_with_a_number_is_reported_once(compare):
    dated = compare("Prices rose this year.", "Prices rose this month.")
    assert [f.kind for f in dated.at_least("major")] == ["date_changed"]
    counted = compare("The strike could last for 3 weeks.", "The strike could last for 3 months.")
    assert [(f.kind, f.check) for f in counted.at_least("major")] == [("unit_changed", "numbers.v1")]
