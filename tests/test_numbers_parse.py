"""parse_quantities: every surface form of issue #3, on sentences written for these tests."""

from __future__ import annotations

import pytest

from factdiff.numbers import Quantity, number_value, parse_quantities


def _all(text: str) -> list[Quantity]:
    qs = parse_quantities(text)
    for q in qs:
        assert text[q.start:q.end] == q.text
        assert q.start <= q.number_span[0] <= q.number_span[1] <= q.end
        if q.unit_span is not None:
            assert q.start <= q.unit_span[0] < q.unit_span[1] <= q.end
        if q.qualifier_span is not None:
            assert q.start <= q.qualifier_span[0] < q.qualifier_span[1] <= q.end
    for a, b in zip(qs, qs[1:], strict=False):
        assert a.end <= b.start, "quantities must not overlap and must be in order"
    return qs


def _one(text: str) -> Quantity:
    qs = _all(text)
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


def _find(text: str, needle: str) -> Quantity:
    qs = [q for q in _all(text) if needle in q.text]
    assert len(qs) == 1, ([q.text for q in _all(text)], needle)
    return qs[0]


# --------------------------------------------------------------------------------- digits
@pytest.mark.parametrize(
    "text, value, number",
    [
        ("Officials counted 1,403 ballots.", 1403, "1,403"),
        ("Officials counted 1403 ballots.", 1403, "1403"),
        ("Officials counted 1 403 ballots.", 1403, "1 403"),
        ("Officials counted 1\u00a0403 ballots.", 1403, "1\u00a0403"),
        ("Officials counted 1\u202f403 ballots.", 1403, "1\u202f403"),
        ("Officials counted 1\u2009403 ballots.", 1403, "1\u2009403"),
        ("Officials counted 12,345,678 ballots.", 12345678, "12,345,678"),
        ("The firm paid 1.403.000 in fees.", 1403000, "1.403.000"),
        ("The rate was 1.403 on average.", 1.403, "1.403"),
        ("The index gained 0.75 points.", 0.75, "0.75"),
        ("It weighs .5 of the old model.", 0.5, ".5"),
        ("The reading was 1,403.25 on Friday.", 1403.25, "1,403.25"),
        ("The total was 1.403,5 in the ledger.", 1403.5, "1.403,5"),
    ],
)
def test_digit_groupings(text: str, value: float, number: str) -> None:
    q = _one(text)
    assert q.low == q.high == pytest.approx(value)
    assert text[q.number_span[0]:q.number_span[1]] == number


@pytest.mark.parametrize(
    "text, value",
    [
        ("Temperatures fell to -5 overnight.", -5),
        ("Temperatures fell to \u22125 overnight.", -5),
        ("Temperatures fell to minus 5 overnight.", -5),
        ("The balance was (-3) after the audit.", -3),
    ],
)
def test_negatives(text: str, value: float) -> None:
    q = _one(text)
    assert q.low == value
    assert text[q.number_span[0]:q.number_span[1]].lstrip("-\u2212").endswith("5") or value == -3


def test_score_is_not_a_negative_or_range() -> None:
    q = _one("The visitors won 3-1 in extra time.")
    assert (q.text, q.kind, q.low, q.high, q.score) == ("3-1", "score", 1.0, 3.0, (3, 1))


# ----------------------------------------------------------------------------- number words
@pytest.mark.parametrize(
    "text, value, kind",
    [
        ("Some twenty-five thousand fans came.", 25000, "cardinal"),
        ("They found a dozen boats.", 12, "cardinal"),
        ("They found two dozen boats.", 24, "cardinal"),
        ("They found a hundred boats.", 100, "cardinal"),
        ("They found one hundred and five boats.", 105, "cardinal"),
        ("It took one and a half hours.", 1.5, "cardinal"),
        ("They found nine hundred ninety-nine boats.", 999, "cardinal"),
        ("They raised three million two hundred thousand.", 3_200_000, "cardinal"),
        ("It finished sixth.", 6, "ordinal"),
        ("It finished 6th.", 6, "ordinal"),
        ("It was the Second World War.", 2, "ordinal"),
        ("It was the twenty-first time.", 21, "ordinal"),
        ("It was the 21st time.", 21, "ordinal"),
        ("The 102nd session opened.", 102, "ordinal"),
        ("He spoke twice.", 2, "multiplier"),
    ],
)
def test_number_words(text: str, value: float, kind: str) -> None:
    qs = [q for q in _all(text) if q.kind == kind]
    assert len(qs) == 1
    assert qs[0].low == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "He is one of the closest allies of the president.",
        "No one was hurt.",
        "They blamed one another.",
        "The one that got away was bigger.",
        "One day, the river flooded.",
        "At first, nobody noticed.",
    ],
)
def test_pronoun_one_and_adverbials_are_not_figures(text: str) -> None:
    assert _all(text) == []


@pytest.mark.parametrize("text", ["One person died.", "Only one person died.",
                                  "The toll rose to one."])
def test_counting_one_is_a_figure(text: str) -> None:
    assert _one(text).low == 1


def test_one_million() -> None:
    assert _one("One million doses arrived.").low == 1_000_000


# ----------------------------------------------------------------------------- scales
@pytest.mark.parametrize(
    "text, value, precision",
    [
        ("About 1.5 million people fled.", 1.5e6, 1e5),
        ("The deal is worth $2bn.", 2e9, 1e9),
        ("Output reached 3.2 bln units.", 3.2e9, 1e8),
        ("The fund holds 5m shares.", 5e6, 1e6),
        ("The race attracted 10k runners.", 1e4, 1e3),
        ("Debt hit 2 trillion.", 2e12, 1e12),
        ("It cost 4.5 mn.", 4.5e6, 1e5),
        ("The state spent 3 crore.", 3e7, 1e7),
        ("Crowds of 25 thousand gathered.", 25000, 1000),
        ("Sales rose to 1.2tn.", 1.2e12, 1e11),
    ],
)
def test_scales(text: str, value: float, precision: float) -> None:
    q = _one(text)
    assert q.low == pytest.approx(value)
    assert q.precision == pytest.approx(precision)


def test_spaced_m_is_metres_in_length_context() -> None:
    q = _one("The wall is 5m high.")
    assert q.unit == "m" and q.low == 5


def test_half_a_million() -> None:
    q = _one("Half a million people marched.")
    assert q.low == 500_000 and q.kind == "cardinal"


# ------------------------------------------------------------------- fractions and percents
@pytest.mark.parametrize(
    "text, value, kind, unit",
    [
        ("Prices rose 5%.", 5, "percent", "percent"),
        ("Prices rose five percent.", 5, "percent", "percent"),
        ("Prices rose 5 per cent.", 5, "percent", "percent"),
        ("Prices rose 5 pct.", 5, "percent", "percent"),
        ("Rates rose 25 basis points.", 25, "percent", "basis_point"),
        ("Support fell 3 percentage points.", 3, "percent", "percentage_point"),
        ("Half of them stayed.", 0.5, "fraction", None),
        ("A third of them stayed.", 1 / 3, "fraction", None),
        ("Two-thirds of them stayed.", 2 / 3, "fraction", None),
        ("Three quarters of them stayed.", 0.75, "fraction", None),
        ("About 3/4 of them stayed.", 0.75, "fraction", None),
        ("One in five of them stayed.", 0.2, "fraction", None),
        ("Two out of three doctors agreed.", 2 / 3, "fraction", None),
    ],
)
def test_fractions_and_percentages(text: str, value: float, kind: str, unit: str | None) -> None:
    q = _one(text)
    assert q.low == pytest.approx(value)
    assert q.kind == kind
    assert q.unit == unit


@pytest.mark.parametrize("text", ["His half-brother came.", "In the first half, they led.",
                                  "The other half stayed home."])
def test_half_that_is_not_a_figure(text: str) -> None:
    assert [q for q in _all(text) if q.kind == "fraction"] == []


def test_slash_pairs_that_are_not_fractions() -> None:
    assert _all("They offer 24/7 coverage of the 9/11 anniversary.") == []


# ----------------------------------------------------------------------------------- money
@pytest.mark.parametrize(
    "text, value, unit, unit_text",
    [
        ("It costs $5.", 5, "usd", "$"),
        ("It costs US$5.", 5, "usd", "US$"),
        ("It costs USD 5.", 5, "usd", "USD"),
        ("It costs 5 dollars.", 5, "usd", "dollars"),
        ("It costs 5 US dollars.", 5, "usd", "US dollars"),
        ("It costs €3.", 3, "eur", "€"),
        ("It costs £2m.", 2e6, "gbp", "£"),
        ("It costs 5 euros.", 5, "eur", "euros"),
        ("It costs Rs 100.", 100, "inr", "Rs"),
        ("It costs 100 rupiah.", 100, "idr", "rupiah"),
        ("It costs Rp 15.000.000 in Jakarta.", 15e6, "idr", "Rp"),
        ("It costs A$40.", 40, "aud", "A$"),
        ("It costs HK$12.", 12, "hkd", "HK$"),
        ("It costs ¥500.", 500, "jpy", "¥"),
        ("It costs 5 million euros.", 5e6, "eur", "euros"),
        ("It costs 1.2 million dollars.", 1.2e6, "usd", "dollars"),
        ("It costs 50 cents.", 50, "usd_cent", "cents"),
        ("It costs 2 billion yuan.", 2e9, "cny", "yuan"),
        ("It costs 5 million pounds.", 5e6, "gbp", "pounds"),
    ],
)
def test_money(text: str, value: float, unit: str, unit_text: str) -> None:
    q = _one(text)
    assert q.low == pytest.approx(value)
    assert q.unit == unit
    assert q.kind == "money"
    assert q.unit_span is not None
    assert text[q.unit_span[0]:q.unit_span[1]] == unit_text


def test_negative_money() -> None:
    q = _one("The loss was -$5 million.")
    assert q.low == -5e6 and q.unit == "usd"


# ---------------------------------------------------------------------------------- units
@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("They walked 5 km.", 5, "km"),
        ("They walked 5km.", 5, "km"),
        ("They walked 5 kilometres.", 5, "km"),
        ("They walked 5 Kilometers.", 5, "km"),
        ("They walked 5 miles.", 5, "mile"),
        ("It weighs 20 kg.", 20, "kg"),
        ("It weighs 22 pounds.", 22, "lb"),
        ("It weighs 22 lbs.", 22, "lb"),
        ("It lasted 3 hours.", 3, "hour"),
        ("It reached 30C.", 30, "celsius"),
        ("It reached 30 °C.", 30, "celsius"),
        ("It reached 86°F.", 86, "fahrenheit"),
        ("It reached 30 degrees Celsius.", 30, "celsius"),
        ("Winds of 100 km/h hit.", 100, "kmh"),
        ("Winds of 60 mph hit.", 60, "mph"),
        ("It covers 5 sq km.", 5, "km2"),
        ("It covers 5 km².", 5, "km2"),
        ("It covers 5 square miles.", 5, "sq_mile"),
        ("It covers 40 hectares.", 40, "hectare"),
        ("It covers 100 acres.", 100, "acre"),
        ("It holds 10 litres.", 10, "litre"),
        ("It holds 10 gallons.", 10, "gallon"),
        ("Output is 1.2 million barrels per day.", 1.2e6, "bpd"),
        ("The plant makes 500 MW.", 500, "mw"),
        ("A 10-km walk began.", 10, "km"),
        ("They shipped 3 million tonnes.", 3e6, "tonne"),
    ],
)
def test_units(text: str, value: float, unit: str) -> None:
    q = _one(text)
    assert q.low == pytest.approx(value)
    assert q.unit == unit
    assert q.dimension is not None


def test_counted_nouns_are_not_units() -> None:
    q = _one("Police freed 40 prisoners.")
    assert q.unit is None and q.text == "40"


# ----------------------------------------------------------------------------- qualifiers
@pytest.mark.parametrize(
    "text, qualifier, qtext",
    [
        ("About 500 came.", "approx", "About"),
        ("Around 500 came.", "approx", "Around"),
        ("Roughly 500 came.", "approx", "Roughly"),
        ("Approximately 500 came.", "approx", "Approximately"),
        ("Some 500 came.", "approx", "Some"),
        ("An estimated 500 came.", "approx", "An estimated"),
        ("~500 came.", "approx", "~"),
        ("More than 500 came.", "more_than", "More than"),
        ("Over 500 came.", "more_than", "Over"),
        ("Above 500 came.", "more_than", "Above"),
        ("In excess of 500 came.", "more_than", "In excess of"),
        ("Fewer than 500 came.", "less_than", "Fewer than"),
        ("Less than 500 came.", "less_than", "Less than"),
        ("Under 500 came.", "less_than", "Under"),
        ("Below 500 came.", "less_than", "Below"),
        ("At least 500 came.", "at_least", "At least"),
        ("Up to 500 came.", "at_most", "Up to"),
        ("No more than 500 came.", "at_most", "No more than"),
        ("At most 500 came.", "at_most", "At most"),
        ("Nearly 500 came.", "nearly", "Nearly"),
        ("Almost 500 came.", "nearly", "Almost"),
        ("Close to 500 came.", "nearly", "Close to"),
        ("Just under 500 came.", "nearly", "Just under"),
        ("Exactly 500 came.", "exactly", "Exactly"),
        ("Just over 500 came.", "more_than", "Just over"),
        ("It was more than $5 million.", "more_than", "more than"),
        ("About a dozen came.", "approx", "About"),
    ],
)
def test_qualifiers_before(text: str, qualifier: str, qtext: str) -> None:
    q = _one(text)
    assert q.qualifier == qualifier
    assert q.qualifier_span is not None
    assert text[q.qualifier_span[0]:q.qualifier_span[1]] == qtext
    assert q.start == q.qualifier_span[0]
    assert "500" in q.text or "5" in q.text or "dozen" in q.text


@pytest.mark.parametrize(
    "text, qualifier, qtext",
    [
        ("500 or more came.", "at_least", "or more"),
        ("500 or so came.", "approx", "or so"),
        ("500+ came.", "at_least", "+"),
        ("A 500-plus crowd came.", "at_least", "-plus"),
        ("500 km or more away.", "at_least", "or more"),
    ],
)
def test_qualifiers_after(text: str, qualifier: str, qtext: str) -> None:
    q = _one(text)
    assert q.qualifier == qualifier
    assert q.qualifier_span is not None
    assert text[q.qualifier_span[0]:q.qualifier_span[1]] == qtext
    assert q.end == q.qualifier_span[1]


def test_qualifier_kept_apart_from_value() -> None:
    q = _one("More than 25,000 people were evacuated.")
    assert (q.low, q.high, q.qualifier) == (25000, 25000, "more_than")
    assert q.text == "More than 25,000"
    assert q.number_span == (10, 16)


# --------------------------------------------------------------------------------- vague
@pytest.mark.parametrize(
    "text, low, high, phrase",
    [
        ("Hundreds of people fled.", 200, 999, "Hundreds"),
        ("Dozens of homes burned.", 24, 99, "Dozens"),
        ("It took a few days.", 2, 5, "a few"),
        ("Several people fled.", 3, 9, "Several"),
        ("Several hundred people fled.", 300, 900, "Several hundred"),
        ("A few thousand people fled.", 2000, 5000, "A few thousand"),
        ("Tens of thousands of people fled.", 20000, 99999, "Tens of thousands"),
        ("Hundreds of thousands of people fled.", 200000, 999999, "Hundreds of thousands"),
        ("Thousands fled.", 2000, 9999, "Thousands"),
        ("A couple of people fled.", 2, 3, "A couple"),
    ],
)
def test_vague(text: str, low: float, high: float, phrase: str) -> None:
    q = _one(text)
    assert (q.low, q.high) == (low, high)
    assert q.vague
    assert text[q.number_span[0]:q.number_span[1]] == phrase


# --------------------------------------------------------------------------------- ranges
@pytest.mark.parametrize(
    "text, low, high, unit",
    [
        ("Between 10 and 12 people came.", 10, 12, None),
        ("It took 10-12 days.", 10, 12, "day"),
        ("It took 10–12 days.", 10, 12, "day"),
        ("It took 10 to 12 days.", 10, 12, "day"),
        ("They want 10 to 12 million.", 10e6, 12e6, None),
        ("They want $10-12 million.", 10e6, 12e6, "usd"),
        ("They want $10 million to $12 million.", 10e6, 12e6, "usd"),
        ("It rose between 5% and 7%.", 5, 7, "percent"),
        ("It spans 10-20 km.", 10, 20, "km"),
    ],
)
def test_ranges(text: str, low: float, high: float, unit: str | None) -> None:
    q = _one(text)
    assert (q.low, q.high) == (pytest.approx(low), pytest.approx(high))
    assert q.kind == "range"
    assert q.unit == unit


def test_from_to_is_a_change_not_a_range() -> None:
    qs = _all("Unemployment rose from 5% to 7%.")
    assert [(q.low, q.kind) for q in qs] == [(5, "percent"), (7, "percent")]


def test_in_their_thirties() -> None:
    q = _one("Both men were in their 30s.")
    assert (q.low, q.high, q.vague) == (30, 39, True)


# ---------------------------------------------------------------------- names and dates
@pytest.mark.parametrize(
    "text",
    [
        "COVID-19 spread fast.",
        "The G7 met.",
        "A Boeing 737 landed.",
        "An F-16 crashed.",
        "Windows 10 was updated.",
        "Article 5 was invoked.",
        "Flight MH17 was downed.",
        "The MH-17 report came out.",
        "The A320neo flew.",
        "Resolution 2231 expired.",
        "Version 3.2.1 shipped.",
        "The server 10.0.0.1 failed.",
        "The 4G network and 3D printers.",
        "He is No. 2 in the party.",
        "It happened on flight 370.",
        "#1 trending topic.",
    ],
)
def test_identifiers_are_not_figures(text: str) -> None:
    assert _all(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "It happened in 2020.",
        "It has grown since 1994.",
        "It happened on May 3, 2021.",
        "It happened on 3 May 2021.",
        "It happened on 2021-05-03.",
        "It happened at 10:30 a.m.",
        "It happened at 1430 GMT.",
        "It happened in the 1990s.",
        "It happened two days ago.",
        "It happened in mid-2020.",
        "The 2022 World Cup began.",
        "The 2019-20 season ended.",
    ],
)
def test_dates_are_left_to_parse_dates(text: str) -> None:
    assert _all(text) == []


def test_include_years_reports_year_quantities() -> None:
    qs = parse_quantities("It happened in 2020 and 300 people came.", include_years=True)
    assert [(q.text, q.kind) for q in qs] == [("2020", "year"), ("300", "cardinal")]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Some 2020 people attended.", 2020),
        ("They counted 2020 people.", 2020),
        ("It cost $2020.", 2020),
        ("About 2000 came.", 2000),
        ("They sent 1500 soldiers.", 1500),
    ],
)
def test_four_digit_counts_are_not_years(text: str, value: float) -> None:
    assert _one(text).low == value


def test_mixed_sentence_offsets() -> None:
    text = ("In 2021, \u201cmore than 1,400\u201d people \u2014 about 5% \u2014 fled "
            "the 10\u202f000-strong town; $2.5bn was pledged.")
    qs = _all(text)
    assert [q.text for q in qs] == ["more than 1,400", "about 5%", "10\u202f000", "$2.5bn"]


# ---------------------------------------------------------------------------- number_value
@pytest.mark.parametrize(
    "token, value",
    [("sixth", 6), ("Second", 2), ("two", 2), ("dozen", 12), ("6th", 6), ("Twenty-first", 21),
     ("1,403", 1403), ("10k", 10000), ("half", 0.5), ("two-thirds", 2 / 3), ("hundred", 100),
     ("million", 1e6), ("Seven", 7)],
)
def test_number_value(token: str, value: float) -> None:
    assert number_value(token) == pytest.approx(value)


@pytest.mark.parametrize("token", ["World", "a", "", "war", "one-off-ish", "G7"])
def test_number_value_none(token: str) -> None:
    assert number_value(token) is None


@pytest.mark.parametrize(
    "text, value, kind, span",
    [
        ("He won a sixth term in office.", 6, "ordinal", "sixth"),
        ("He won a sixth of the vote.", 1 / 6, "fraction", "a sixth"),
        ("It said that as of May, 254 detainees remained.", 254, "cardinal", "254"),
        ("Biden won 306 votes to Trump's 232.", 232, "cardinal", "232"),
        ("The U.S. 10-year yield rose.", 10, "cardinal", "10-year"),
        ("EU 27 leaders met.", 27, "cardinal", "27"),
    ],
)
def test_context_decisions(text: str, value: float, kind: str, span: str) -> None:
    q = _find(text, span)
    assert q.text == span
    assert q.low == pytest.approx(value)
    assert q.kind == kind


@pytest.mark.parametrize(
    "text, value, span",
    [
        ("Cases rose 12-fold.", 12, "12-fold"),
        ("Cases rose threefold.", 3, "threefold"),
        ("There were three times as many.", 3, "three times"),
        ("There were twice as many.", 2, "twice"),
        ("It runs 3x faster.", 3, "3x"),
    ],
)
def test_multipliers(text: str, value: float, span: str) -> None:
    q = _one(text)
    assert (q.text, q.low, q.kind, q.unit) == (span, value, "multiplier", "times")


def test_multiplier_words_compare_with_digits() -> None:
    from factdiff.numbers import compare_quantities

    a = _one("Cases rose threefold.")
    b = _one("Cases rose 3-fold.")
    assert compare_quantities(a, b).relation == "equal"


@pytest.mark.parametrize(
    "text, value, span",
    [
        ("It cost 1,5 million euros.", 1.5e6, "1,5 million euros"),
        ("Inflation hit 2,5% in May.", 2.5, "2,5%"),
        ("It cost 1,25 billion.", 1.25e9, "1,25 billion"),
    ],
)
def test_decimal_comma_before_scale_or_percent(text: str, value: float, span: str) -> None:
    q = _one(text)
    assert q.text == span and q.low == pytest.approx(value)


def test_lists_of_small_numbers_are_not_grouped() -> None:
    assert [q.low for q in _all("The options 1, 2 and 3 remain.")] == [1, 2, 3]


def test_absurdly_long_digit_strings_are_ignored() -> None:
    assert _all("Code " + "9" * 5000 + " failed.") == []
