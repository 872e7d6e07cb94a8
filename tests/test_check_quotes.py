"""Direct quotes: given to another speaker, turned into an unattributed claim, or moved.

Sentences written for these tests; none comes from the benchmark or the bundled example.
"""

from __future__ import annotations

import pytest
from helpers import assert_spans_exact, has

from factdiff.facts.quotes import find_quotes


def quote_findings(report):
    return [f for f in report.findings if f.kind == "quote_changed"]


@pytest.mark.parametrize(
    ("original", "copy", "before", "after"),
    [
        ('"We will rebuild every house," Governor Lena Holm said.',
         '"We will rebuild every house," opposition leader Karl Berg said.', "Lena Holm", "Karl Berg"),
        # another quote-mark style and the quote moved after the speaker
        ("“We will rebuild every house,” Governor Lena Holm said.",
         "Opposition leader Karl Berg said: «We will rebuild every house.»", "Lena Holm", "Karl Berg"),
        ('"The figures are not final," a spokeswoman for the statistics office said.',
         '"The figures are not final," a spokeswoman for the finance ministry said.',
         "statistics office", "finance ministry"),
        # the quote became reported speech of another speaker
        ('"The new line will carry 40,000 people a day," Transport Minister Olga Siim said.',
         "Union leader Peeter Kask said the new line would carry 40,000 people a day.", "Olga Siim", "Peeter Kask"),
    ],
)
def test_quote_given_to_another_speaker(compare, original, copy, before, after):
    report = compare(original, copy)
    assert has(report, "quote_changed", "major", [before], [after])
    (f,) = quote_findings(report)
    assert "rebuild" in f.message or "final" in f.message or "40,000" in f.message
    # one change, one finding: the entity and attribution findings on the speaker give way
    assert not [g for g in report.findings if g.kind in {"attribution_changed", "entity_changed"}]
    assert_spans_exact(report)


def test_quote_marks_removed_and_attribution_dropped(compare):
    report = compare('"The water in Tartu is not safe to drink," Mayor Lena Holm said.',
                     "The water in Tartu is not safe to drink.")
    assert has(report, "quote_changed", "minor", ["Lena Holm said"])
    assert not has(report, "quote_changed", "major")
    assert_spans_exact(report)


def test_quote_turned_into_reported_speech_of_the_same_speaker_is_fine(compare):
    report = compare('"The water in Tartu is not safe to drink," Mayor Lena Holm said.',
                     "Mayor Lena Holm said the water in Tartu was not safe to drink.")
    assert not quote_findings(report)


@pytest.mark.parametrize(
    "copy",
    [
        '"We need more buses," Mayor Lena Holm said.\n\nThe mayor spoke in Parnu on Monday.\n\nThe council met on Tuesday.',
        '«We need more buses», Mayor Lena Holm said.\n\nThe mayor spoke in Parnu on Monday.\n\nThe council met on Tuesday.',
    ],
)
def test_quote_moved_to_another_paragraph_still_pairs(compare, copy):
    original = 'The mayor spoke in Parnu on Monday.\n\nThe council met on Tuesday.\n\n"We need more buses," Mayor Lena Holm said.'
    assert not quote_findings(compare(original, copy))
    changed = copy.replace("Mayor Lena Holm", "deputy mayor Ivan Petrov")
    report = compare(original, changed)
    assert has(report, "quote_changed", "major", ["Lena Holm"], ["Ivan Petrov"])


def test_pronoun_speaker_is_compatible(compare):
    report = compare(
        'Marta Lindqvist opened the bridge in Lulea. "It was worth the wait," she said.',
        'Marta Lindqvist opened the bridge in Lulea. "It was worth the wait," Lindqvist said.',
    )
    assert not quote_findings(report)


def test_quote_styles_found():
    text = "„Wir schaffen das“, sagte sie. ‹On verra bien demain› et «nothing else matters to us»."
    quotes = [text[s:e] for s, e in find_quotes(text)]
    assert quotes == ["Wir schaffen das", "On verra bien demain", "nothing else matters to us"]


def test_quote_with_a_mistyped_closing_mark_ends_there():
    text = "“We will rebuild the pier in Koper,“ Ana Lukic said. «Work starts in May«, she added."
    quotes = [text[s:e] for s, e in find_quotes(text)]
    assert quotes == ["We will rebuild the pier in Koper,", "Work starts in May"]


def test_mistyped_closing_mark_keeps_the_speaker(compare):
    original = '"We will rebuild the pier in Koper," Ana Lukic told reporters in Piran.'
    copy = "“We will rebuild the pier in Koper,“ Ana Lukic told reporters in Piran."
    assert not [f for f in compare(original, copy).findings if f.severity.label in {"major", "critical"}]


def test_he_or_she_resolves_to_the_one_person_named_before(compare):
    original = 'Lena Holm, the governor, spoke in Umea on Monday.\n\n"We will rebuild every school," she said.'
    report = compare(original, original.replace("Lena Holm, the governor", "Karl Berg, the mayor").replace("she", "he"))
    (f,) = quote_findings(report)
    assert (f.original.text, f.copy.text) == ("she", "he") and "Karl Berg" in f.message
    assert not quote_findings(compare(original, original.replace('she said', 'Holm said')))


def test_he_or_she_after_two_names_stays_unresolved(compare):
    original = 'Lena Holm met Karl Berg in Umea on Monday.\n\n"We will rebuild every school," she said.'
    assert not quote_findings(compare(original, original.replace("she said", "Berg said")))


def test_reworded_quote_given_to_another_speaker(compare):
    report = compare('"We will rebuild every school in the region by winter," Governor Lena Holm said.',
                     '"Every school in the region will be rebuilt before winter," Mayor Karl Berg said.')
    assert has(report, "quote_changed", "major", ["Lena Holm"], ["Karl Berg"])


def test_quote_translated_loosely_is_still_compared_in_its_sentence(compare):
    original = '"Our soldiers will stay in the region as long as they are needed," General Omar Haddad told the newspaper.'
    loose = '"The troops will remain there for as long as it is necessary," General Omar Haddad told the newspaper.'
    assert not quote_findings(compare(original, loose))
    report = compare(original, loose.replace("General Omar Haddad", "Admiral Sami Nasser"))
    assert has(report, "quote_changed", "major", ["Omar Haddad"], ["Sami Nasser"])


def test_quote_kept_with_different_spacing_pairs_with_its_own_speaker(compare):
    # The copy keeps the quote (one extra space inside it) and adds the same words from
    # someone else further down: the kept quote is the counterpart, nothing changed hands.
    original = '"The ferry will run again by Friday," harbour master Ines Varga told reporters.'
    copy = (
        '"The ferry will  run again by Friday," harbour master Ines Varga told reporters.\n\n'
        '"The ferry will run again by Friday," union leader Tomas Kerr told reporters.'
    )
    report = compare(original, copy)
    assert not quote_findings(report)
    assert any(f.kind == "sentence_added" for f in report.findings)
