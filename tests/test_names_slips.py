"""Names: the classes of error public data showed, on sentences written for these tests.

A letter dropped, doubled, swapped or changed in a name is a finding, also when the name is
one word, opens the sentence, is a nationality, is an English word used as a name ("the
Ministry"), or is not tagged by the small spaCy model; a name (or the part of it that says
which one) dropped from its aligned sentence is a finding too. Paraphrases of names are not.
"""

from __future__ import annotations

import pytest
from helpers import assert_spans_exact, has

from factdiff.checks.entity_matching import partial_loss
from factdiff.checks.names_morphology import common_word, demonym_of, word_variant
from factdiff.facts.keys import entity_key
from factdiff.facts.model import Mention
from factdiff.lexicon import wordnet_available
from factdiff.report.model import Severity

NAME_KINDS = ("name_spelling", "entity_changed", "fact_missing", "fact_added")


def described(report):
    return [(f.kind, f.severity.label, f.message) for f in report.findings]


def serious_names(report):
    return [f for f in report.findings if f.kind in NAME_KINDS and f.severity >= Severity.MAJOR]


# ------------------------------------------------------------------ morphology (no spaCy)
@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        ("nepal", "neepal", "typo"),  # "Nepal" is in use, "Neepal" never: a doubled vowel slipped in
        ("havilland", "havlland", "typo"),  # a lone vowel dropped, a spelling nobody uses
        ("bundesliga", "bundsliga", "typo"),
        ("misrata", "misurata", "translit"),  # both spellings in use: another romanisation
        ("zawahiri", "zawahri", "translit"),
        ("kiev", "kyiv", "translit"),
    ],
)
def test_usage_tells_a_romanisation_from_a_slip(a, b, kind):
    assert word_variant(a, b, first_name=False)[1] == kind


def test_other_digits_or_a_longer_name_are_no_spelling_variant():
    from factdiff.checks.names_morphology import name_variant

    assert name_variant("kanal5", "kanal 4") == (0.0, "")  # the figures check compares digits
    assert name_variant("russiatv", "russia") == (0.0, "")  # "Russia.tv" is a longer name, not a slip
    assert name_variant("kazakhstan", "kazakh") == (0.0, "")
    assert name_variant("dostoevsky", "dostoyevsky")[1] == "translit"


def test_a_people_adds_letters_to_its_place():
    # "Korea-n", "Leban-ese"; a misspelled demonym or a doubled consonant is no demonym
    assert demonym_of("korean", "korea") and demonym_of("kenyan", "kenya") and demonym_of("italian", "italy")
    assert not demonym_of("russion", "russian")  # as long as the word it misspells
    assert not demonym_of("lyonn", "lyon")  # a consonant doubled is not "-n"
    assert not demonym_of("parisn", "paris")


@pytest.mark.skipif(not wordnet_available(), reason="needs WordNet")
def test_dictionary_words_are_not_romanised():
    assert common_word("ministry") and common_word("secretary")
    assert not common_word("odessa") and not common_word("misrata")  # names: WordNet instances or absent
    assert not common_word("alexander")  # a rare herb does not make a given name a word
    assert word_variant("ministry", "minstry")[1] == "typo"
    assert word_variant("sviatlana", "svetlana")[1] == "translit"
    assert word_variant("aleksandr", "alexander", first_name=False)[1] == "translit"


def _m(text: str, label: str) -> Mention:
    key = entity_key(text)
    return Mention(0, len(text), text, label, key, key)


@pytest.mark.parametrize(
    ("name", "label", "kept", "lost"),
    [
        ("Corfu and Rhodes", "GPE", "Rhodes", ["corfu"]),  # one name of a list
        ("North Macedonia", "GPE", "Macedonia", ["north"]),  # the words that say which place
        ("Zorvex Media", "ORG", "Media", ["zorvex"]),  # the word that says which company
    ],
)
def test_a_part_of_a_name_lost(name, label, kept, lost):
    assert partial_loss(_m(name, label), _m(kept, label), f"They met {kept} officials.") == lost


@pytest.mark.parametrize(
    ("name", "label", "kept"),
    [
        ("Zorvex Media", "ORG", "Zorvex"),  # an organisation's generic tail
        ("Jonas Albrecht", "PERSON", "Albrecht"),  # a person by surname
        ("Enga province", "GPE", "Enga"),  # a place's generic head
        ("ex-Soviet", "NORP", "Soviet"),  # a prefix is no name
    ],
)
def test_a_shorter_form_of_a_name_loses_nothing(name, label, kept):
    assert partial_loss(_m(name, label), _m(kept, label), f"They met {kept} officials.") == []


# ------------------------------------------------------------------ end to end
@pytest.mark.parametrize(
    ("original", "copy", "o_word", "c_word"),
    [
        # a one-word name opening the sentence, untagged in the copy
        ("Okonjo was sworn in as finance minister on Monday.", "Okonjoo was sworn in as finance minister on Monday.",
         "Okonjo", "Okonjoo"),
        # a nationality
        ("Kenyan runners won every medal in the final.", "Kenyian runners won every medal in the final.",
         "Kenyan", "Kenyian"),
        # a doubled consonant at the end of a city
        ("The summit will be held in Tallinn next spring.", "The summit will be held in Tallinnn next spring.",
         "Tallinn", "Tallinnn"),
        # an English word inside an organisation's name is not romanised
        ("The Ministry of Finance published the figures.", "The Minstry of Finance published the figures.",
         "Ministry", "Minstry"),
        # the first letter of a name word dropped, the copy's word no longer capitalised
        ("She studied Central Asian history in Leipzig.", "She studied Central sian history in Leipzig.",
         "Asian", "sian"),
        # a title that opens the sentence
        ("Secretary of State Ada Brennan flew to Oslo.", "Secretery of State Ada Brennan flew to Oslo.",
         "Secretary", "Secretery"),
    ],
)
def test_a_slipped_letter_in_a_name_is_major(compare, original, copy, o_word, c_word):
    report = compare(original, copy)
    assert has(report, "name_spelling", "major", [o_word], [c_word]), described(report)
    assert_spans_exact(report)


def test_a_slipped_name_in_a_rewritten_sentence(compare):
    # the words around it moved: the one word of the copy's sentence a slip away is the name
    report = compare(
        "The rally was held in the Netherlands' capital Amsterdam on Sunday.",
        "On Sunday the rally was held in Amsterdam, the capital of the Netherlnds.",
    )
    assert has(report, "name_spelling", "major", ["Netherlands"], ["Netherlnds"]), described(report)


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        ("tokyo", "tokyyo", "typo"),  # a letter doubled into a spelling nobody uses
        ("yeltsin", "yeltin", "typo"),  # a letter of a spelling in use dropped ("ts" -> "t" would excuse it)
        ("zelensky", "zelenskyy", "translit"),  # the Ukrainian -yy ending
        ("kadyrov", "kadirov", "translit"),
    ],
)
def test_slips_the_romanisation_rules_would_excuse(a, b, kind):
    assert word_variant(a, b, first_name=False)[1] == kind


def test_a_misspelling_is_found_though_a_short_form_stands_in_the_original(compare):
    # "Biden" elsewhere in the original does not make "Joee Biden" its short form
    report = compare(
        "President Joe Biden met the envoys. Biden said talks would continue.",
        "President Joee Biden met the envoys. Biden said talks would continue.",
    )
    assert has(report, "name_spelling", "major", ["Joe Biden"], ["Joee Biden"]), described(report)
    f = next(f for f in report.findings if f.kind == "name_spelling")
    assert f.details["copy_mentions_total"] == 2  # "Joee Biden" is not counted as spelled right


@pytest.mark.parametrize(
    ("original", "copy", "name"),
    [
        ("Mbeki, 61, took office in March.", ", 61, took office in March.", "Mbeki"),  # opening, untagged
        ("Dr Halvorsen believes the samples were contaminated.", "Dr believes the samples were contaminated.",
         "Halvorsen"),  # after a title
        ("From Hokkaido to the Kanto region, snow is expected.", "From to the Kanto region, snow is expected.",
         "Hokkaido"),
        ("The decision was taken by the WTO on Friday.", "The decision was taken by the on Friday.", "WTO"),
        ("It is one of North Macedonia's main sights, run by the North Macedonian parks agency.",
         "It is one of main sights, run by the North Macedonian parks agency.", "North Macedonia"),
        # a nationality used as a noun: a person
        ("The court heard the case of a Canadian who was detained in May.",
         "The court heard the case of a man who was detained in May.", "Canadian"),
    ],
)
def test_a_dropped_name_is_major(compare, original, copy, name):
    report = compare(original, copy)
    assert has(report, {"fact_missing", "entity_changed"}, "major", [name]), described(report)


def test_a_name_of_a_list_dropped(compare):
    report = compare(
        "Ruins were found on the islands of Corfu and Rhodes last year.",
        "Ruins were found on the islands of and Rhodes last year.",
    )
    assert has(report, "entity_changed", "major", ["Corfu and Rhodes"], ["Rhodes"]), described(report)


def test_a_name_is_not_kept_by_another_name_that_shares_a_word(compare):
    # "Russian" of "Russian President" is the original's own: "the Russian Navy" is gone
    report = compare(
        "Russian President Boris Yeltsin reviewed the ships of the Russian Navy.",
        "Russian President Boris Yeltsin reviewed the ships.",
    )
    assert has(report, "fact_missing", "major", ["Russian Navy"]), described(report)


@pytest.mark.parametrize(
    ("original", "copy"),
    [
        ("They attempted two experiments on the samples.", "Them attempted two experiments on the samples."),
        ("Flight MH17 was shot down in 2014.", "Flight MH-17 was shot down in 2014."),  # one code
        ("Talks on Rhodes and Corfu resumed.", "Talks on Rhodes and on Corfu resumed."),
        ("A study described a new bird species on the Ecuadorean Galapagos Islands.",
         "A study described a new species of bird on the Galapagos Islands of Ecuador."),
        ("Chancellor Olaf Scholz met the union leaders.", "Scholz met the union leaders."),
        ("The Cheers and Frasier Show ran for years.", "The Cheers ad Frasier Show ran for years."),  # a typo in "and"
        # an English exonym and the local name of one city
        ("The striker scored twice for Naples on Sunday.", "The striker scored twice for Napoli on Sunday."),
        ("The summit opened in Munich on Friday.", "The summit opened in Muenchen on Friday."),
        # an era written two ways is no name
        ("The temple was built in the second century BCE by the Romans.",
         "The temple was built in the 2nd century BC by the Romans."),
        # a name the tagger did not see, spelt out in the copy
        ("It walked on two legs like a T-Rex.", "It walked on two legs like a tyrannosaurus rex."),
        # two dictionary spellings, a plural, a place's own name
        ("The ferry docked at North Harbor after midnight.", "The ferry docked at North Harbour after midnight."),
        ("The fine is up to 1,000 MCI under the new code.", "The fine is up to 1,000 MCIs under the new code."),
        ("The parade was broadcast by the Rossiya channel.", "The parade was broadcast by the Russia channel."),
    ],
)
def test_paraphrases_and_typos_outside_names_are_not_name_findings(compare, original, copy):
    report = compare(original, copy)
    assert not serious_names(report), described(report)
