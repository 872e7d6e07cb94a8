"""Scores and tallies are one figure ("3-1", "52-48"), told apart from ranges and identifiers.

Sentences invented for these tests; no team names are listed anywhere in the product.
"""

from __future__ import annotations

import pytest
from helpers import assert_found, serious

from factdiff.numbers import compare_quantities, parse_quantities


def _scores(text: str) -> list[tuple[str, tuple[int, int] | None]]:
    qs = parse_quantities(text)
    for q in qs:
        assert text[q.start:q.end] == q.text
    return [(q.text, q.score) for q in qs if q.kind == "score"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Portugal beat Ghana 3-1 on Saturday.", [("3-1", (3, 1))]),  # after a name + a verb
        ("Ghana lost 3-1 to Portugal in Doha.", [("3-1", (3, 1))]),
        ("Ghana lost 1–3 to Portugal in Doha.", [("1–3", (1, 3))]),  # en dash, loser first
        ("The amendment passed 52-48.", [("52-48", (52, 48))]),
        ("The assembly voted 218-210 on Friday.", [("218-210", (218, 210))]),
        ("The hosts won 3 to 1 against Peru.", [("3 to 1", (3, 1))]),
        ("Ruud clinched a 6-4, 7-5 win in Rome.", [("6-4", (6, 4)), ("7-5", (7, 5))]),
        ("Ruud won 6-4 3-6 7-5 in Rome.", [("6-4", (6, 4)), ("3-6", (3, 6)), ("7-5", (7, 5))]),
        ("The bill cleared the chamber in a 61-39 vote.", [("61-39", (61, 39))]),
        ("It was a 2-0 home victory for Leeds.", [("2-0", (2, 0))]),
        ("Leeds drew 2-2 with Hull.", [("2-2", (2, 2))]),
        ("The bill was carried by 300-250.", [("300-250", (300, 250))]),
        ("Leeds 2-1 Hull, the final score read.", [("2-1", (2, 1))]),  # a name, nothing counted after
        ("The justices ruled 6-3 that the ban stands.", [("6-3", (6, 3))]),
    ],
)
def test_scores_are_one_figure(text, expected):
    assert _scores(text) == expected


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The airline lost a Boeing 737-800 in 2019.", []),  # a model number, even after "lost"
        ("A COVID-19 ward opened.", []),
        ("The 2019-2020 season was cut short.", []),
        ("Read pages 12-15 today.", []),
        ("Chapters 3-5 were cut.", []),
        ("Voters aged 18-25 backed him.", [("18-25", "range")]),
        ("The party won 3-5 seats.", [("3-5", "range")]),  # a count follows
        ("He lost 10-15 kg.", [("10-15 kg", "range")]),
        ("Shares lost 3-4% on Monday.", [("3-4%", "range")]),
        ("It takes 10-12 weeks.", [("10-12 weeks", "range")]),
        ("They cut the lead from 3 to 1.", [("3", "cardinal"), ("1", "cardinal")]),  # a change
        ("She quit a 9-5 job.", [("9", "cardinal"), ("5", "cardinal")]),  # idiom: as before
    ],
)
def test_not_scores(text, figures):
    qs = parse_quantities(text)
    assert [(q.text, q.kind) for q in qs] == figures


def _score(text: str):
    (q,) = [q for q in parse_quantities(text) if q.kind == "score"]
    return q


def test_same_pair_in_either_order_is_equal():
    a = _score("Portugal beat Ghana 3-1.")
    assert compare_quantities(a, _score("Ghana lost 1-3 to Portugal.")).relation == "equal"
    assert compare_quantities(a, _score("Ghana lost 3-1 to Portugal.")).relation == "equal"


@pytest.mark.parametrize("other", ["Portugal beat Ghana 4-1.", "Portugal beat Ghana 3-2.", "They drew 1-1."])
def test_another_pair_is_a_change(other):
    assert compare_quantities(_score("Portugal beat Ghana 3-1."), _score(other)).relation == "number_changed"


def test_score_is_not_a_range_or_a_count():
    a = _score("Portugal beat Ghana 3-1.")
    (r,) = parse_quantities("It will take 1-3 weeks.")
    (c,) = parse_quantities("They scored 3 goals.")
    assert compare_quantities(a, r).relation == "number_changed"
    assert compare_quantities(a, c).relation == "number_changed"


# ----------------------------------------------------------------------- end to end
@pytest.mark.parametrize(
    ("original", "copy", "o_text", "c_text"),
    [
        ("Portugal beat Ghana 3-1 on Saturday.", "Portugal beat Ghana 4-1 on Saturday.", "3-1", "4-1"),
        ("The amendment passed 52-48 on Tuesday.", "The amendment passed 51-49 on Tuesday.", "52-48", "51-49"),
        ("Ruud won the final 6-4, 7-5 in Rome.", "Ruud won the final 6-4, 7-6 in Rome.", "7-5", "7-6"),
        ("Leeds drew 2-2 with Hull.", "Leeds drew 1-1 with Hull.", "2-2", "1-1"),
    ],
)
def test_changed_score_is_reported_on_the_score(compare, original, copy, o_text, c_text):
    report = compare(original, copy)
    assert_found(report, "number_changed", "major", original=[o_text], copy=[c_text])
    numbers = [f for f in serious(report) if f.check.startswith("numbers")]
    assert [(f.original.text, f.copy.text) for f in numbers] == [(o_text, c_text)]


@pytest.mark.parametrize(
    ("original", "copy"),
    [
        ("Portugal beat Ghana 3-1 on Saturday.", "Ghana lost 3-1 to Portugal on Saturday."),
        ("Portugal beat Ghana 3-1 on Saturday.", "Ghana lost 1-3 to Portugal on Saturday."),
        ("Portugal beat Ghana 3-1 on Saturday.", "On Saturday Portugal won 3 to 1 against Ghana."),
        ("The amendment passed 52-48 on Tuesday.", "On Tuesday the amendment was approved 52-48."),
        ("The chamber voted 52-48 to pass the bill.",
         "The bill passed the chamber with 52 votes in favour and 48 against."),
        ("Ruud won the final 6-4, 7-5 in Rome.", "In Rome, Ruud took the final 6-4, 7-5."),
    ],
)
def test_rewritten_score_is_quiet(compare, original, copy):
    report = compare(original, copy)
    assert not [(f.kind, f.message) for f in serious(report) if f.check.startswith("numbers")]


def test_score_the_tagger_folds_into_a_name_is_not_new(compare):
    # the small model reads "Nigeria 2-1" as one PERSON in the first sentence, not the second
    report = compare("Ivory Coast won the cup on Sunday, beating Nigeria 2-1 in the final in Abidjan.",
                     "Hosts Ivory Coast came from behind to beat Nigeria 2-1 in Sunday's final in Abidjan.")
    assert not [(f.kind, f.message) for f in serious(report) if f.check.startswith("numbers")]


def test_score_the_tagger_folds_into_a_name_is_still_compared(compare):
    # the same folded score changed: the facts layer keeps it as a figure inside the name
    report = compare("Ivory Coast won the cup on Sunday, beating Nigeria 2-1 in the final in Abidjan.",
                     "Ivory Coast won the cup on Sunday, beating Nigeria 3-1 in the final in Abidjan.")
    assert_found(report, "number_changed", "major", ["2-1"], ["3-1"])
