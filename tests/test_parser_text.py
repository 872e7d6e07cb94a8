"""What spaCy reads (runs of spaces collapsed, invisible characters dropped) and the way back
to the user's offsets. Texts written for these tests."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factdiff.ingest.normalize import Positions, parser_text


def test_plain_text_is_read_as_is_without_a_map():
    assert parser_text("Nothing to drop here.") == ("Nothing to drop here.", None)


def test_runs_of_spaces_and_invisible_characters_go():
    text = "Prices  in   Sao Lu\u200bcas rose\u00ad."
    read, starts = parser_text(text)
    assert read == "Prices in Sao Lucas rose."
    assert starts is not None and len(starts) == len(read)
    assert all(text[i] == c for i, c in zip(starts, read, strict=True))


def test_positions_map_starts_and_ends_back_to_the_users_text():
    text = "The  mayor of River\u200bton spoke."
    read, starts = parser_text(text)
    at = Positions(100, starts)
    lo = read.index("Riverton")
    hi = lo + len("Riverton")
    # the span covers the name as written, invisible character included, no more
    assert (at(lo) - 100, at.end(hi) - 100) == (text.index("River"), text.index("ton") + 3)
    # an end just before a collapsed run of spaces does not swallow the extra spaces
    assert text[at(0) - 100 : at.end(read.index(" mayor")) - 100] == "The"
    assert at(len(read)) - 100 == len(text.rstrip(".")) + 1


def test_identity_positions_only_shift():
    at = Positions(7)
    assert (at(0), at(5), at.end(5)) == (7, 12, 12)


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .\u200b\u00ad\u2060"), max_size=40))
def test_every_read_span_quotes_the_same_letters(text):
    read, starts = parser_text(text)
    at = Positions(0, starts)
    for lo in range(len(read)):
        for hi in range(lo + 1, len(read) + 1):
            quoted = text[at(lo) : at.end(hi)]
            visible = re.sub(" +", " ", "".join(c for c in quoted if c not in "\u200b\u00ad\u2060"))
            assert visible == read[lo:hi]


def test_double_spaces_inside_a_name_change_nothing(compare):
    original = "Prices in Sao Lucas rose 3 percent in May, the statistics office said."
    copy = "Prices  in  Sao  Lucas rose 3 percent in May, the statistics  office said."
    assert not [f for f in compare(original, copy).findings if f.severity >= 2]


def test_a_real_change_next_to_invisible_characters_keeps_exact_spans(compare):
    original = "Mayor Anna Kovac said 40 homes were flooded in Riverton."
    copy = "Mayor Anna Ko\u00advac said 14 homes were flooded in River\u200bton."
    report = compare(original, copy)
    (f,) = [f for f in report.findings if f.severity >= 2]
    assert f.kind == "number_changed"
    assert copy[f.copy.start : f.copy.end] == f.copy.text == "14"
