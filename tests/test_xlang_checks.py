"""Cross-language checks (factdiff.xlang.checks) on sentences written for these tests, with a
stand-in for factdiff.lang (tests/xlang_standin.py) so only this package is under test."""

from __future__ import annotations

import pytest
from xlang_standin import use_standin

from factdiff import compare

EN = (
    "Officials in Riverton said 42 people were hurt when the bridge collapsed on 3 May.\n\n"
    "Mayor Ana Kowalski said the city would spend 3.5 million dollars on repairs. "
    "The work will take 18 months, she said.\n\n"
    "\"We will rebuild it,\" said Ana Kowalski. Police closed the road for 2 weeks.\n"
)
ES = (
    "Funcionarios de Riverton dijeron que 42 personas resultaron heridas cuando el puente se derrumbó el 3 mayo.\n\n"
    "La alcaldesa Ana Kowalski dijo que la ciudad gastará 3,5 millones dólares en reparaciones. "
    "Las obras durarán 18 meses, dijo.\n\n"
    "\"Lo reconstruiremos\", dijo Ana Kowalski. La policía cerró la carretera durante dos semanas.\n"
)
ID = (
    "Pejabat di Riverton mengatakan 42 orang terluka ketika jembatan runtuh pada 3 mei.\n\n"
    "Wali kota Ana Kowalski mengatakan kota akan menghabiskan 3,5 juta dolar untuk perbaikan. "
    "Pekerjaan itu akan memakan waktu 18 bulan, katanya.\n\n"
    "\"Kami akan membangunnya kembali,\" kata Ana Kowalski. Polisi menutup jalan selama dua minggu.\n"
)


@pytest.fixture(autouse=True)
def standin(monkeypatch):
    use_standin(monkeypatch)


def serious(report):
    return [(f.kind, f.original.text if f.original else None, f.copy.text if f.copy else None)
            for f in report.findings if f.severity.label in ("critical", "major")]


@pytest.mark.parametrize("copy", [ES, ID], ids=["es", "id"])
def test_a_faithful_translation_is_quiet(copy):
    report = compare(EN, copy)
    assert (report.verdict, report.mode) == ("copy", "cross-language")
    assert serious(report) == []


@pytest.mark.parametrize("copy", [ES, ID], ids=["es", "id"])
def test_the_other_direction_is_quiet_too(copy):
    report = compare(copy, EN)
    assert report.mode == "cross-language"
    assert report.languages == (report.original.language, "en") and report.original.language in ("es", "id")
    assert serious(report) == []


def test_number_word_and_digits_agree():
    # "2 weeks" / "dos semanas" / "dua minggu" above: a number word is the same figure
    report = compare(EN, ES)
    assert not [f for f in report.findings if f.kind in ("number_changed", "fact_missing", "fact_added")
                and "2" in (f.original.text if f.original else "")]


def test_changed_figure_is_critical_with_spans_on_both_sides():
    report = compare(EN, ES.replace("42 personas", "24 personas"))
    (f,) = [f for f in report.findings if f.kind == "number_changed"]
    assert f.severity.label == "critical"
    assert (f.original.text, f.copy.text) == ("42", "24")
    assert report.copy.text[f.copy.start : f.copy.end] == "24"


def test_changed_figure_in_the_english_copy():
    report = compare(ID, EN.replace("42 people", "44 people"))
    assert ("number_changed", "42", "44") in serious(report)


def test_scale_word_changed():
    report = compare(EN, ID.replace("3,5 juta", "3,5 miliar"))
    (f,) = [f for f in report.findings if f.kind == "number_changed"]
    assert f.details["relation"] == "scale"
    assert (f.original.text, f.copy.text) == ("3.5 million", "3,5 miliar")


def test_decimal_comma_is_not_a_change():
    report = compare(EN.replace("42 people", "1,403 people"), ID.replace("42 orang", "1.403 orang"))
    assert serious(report) == []


def test_hedge_added():
    report = compare(EN, ID.replace("18 bulan", "sekitar 18 bulan"))
    assert ("qualifier_changed", "18", "sekitar 18") in serious(report)


def test_rounding_with_a_hedge_is_not_a_change():
    report = compare(EN.replace("42 people", "1,403 people"), ES.replace("42 personas", "unos 1.400 personas"))
    assert serious(report) == []


def test_month_changed():
    report = compare(EN, ES.replace("3 mayo", "3 junio"))
    assert ("date_changed", "3 May", "3 junio") in serious(report)


def test_name_misspelled():
    report = compare(EN, ES.replace("Ana Kowalski dijo que", "Ana Kowalsky dijo que"))
    kinds = [k for k, _, c in serious(report) if c and "Kowalsky" in c]
    assert kinds == ["name_spelling"]


def test_quote_attributed_to_someone_else():
    report = compare(EN, ES.replace("dijo Ana Kowalski", "dijo Pedro Gomez"))
    assert [k for k, *_ in serious(report)] == ["attribution_changed"]


def test_dropped_sentence_with_a_figure_is_major_and_located():
    copy = ES.replace("Las obras durarán 18 meses, dijo.", "")
    report = compare(EN, copy)
    (f,) = [f for f in report.findings if f.kind == "sentence_missing"]
    assert f.severity.label == "major"
    assert f.original.text == "The work will take 18 months, she said."


def test_added_sentence_with_a_figure():
    copy = ES.replace("Las obras", "El puente costó 9 millones dólares en 1990. Las obras")
    report = compare(EN, copy)
    assert [k for k, *_ in serious(report)] == ["sentence_added"]


def test_trimmed_tail_is_one_minor_summary():
    short = ES.split("\n\n")[0] + "\n"
    report = compare(EN, short)
    assert serious(report) == []
    (f,) = [f for f in report.findings if f.kind == "content_missing"]
    assert f.severity.label == "minor" and f.details["sentences"] == 4


def test_same_foreign_language_on_both_sides():
    report = compare(ES, ES.replace("42 personas", "43 personas"))
    assert report.mode == "cross-language"
    assert report.languages == ("es", "es")
    assert ("number_changed", "42", "43") in serious(report)


def test_declined_russian_names_do_not_fire():
    ru = ("Мэр Коваль заявила, что 42 человека пострадали.\n\n"
          "Позже Коваля поддержал губернатор.\n")
    en = "Mayor Koval said 42 people were hurt.\n\nLater the governor backed Koval.\n"
    report = compare(en, ru)
    assert report.copy.language == "ru"
    assert serious(report) == []


def test_overrides_pick_the_language(monkeypatch):
    report = compare(EN, ID, copy_lang="id", original_lang="en")
    assert report.languages == ("en", "id")
    assert "given as 'id'" in report.stats["languages"]["copy"]


def test_note_said_once_and_spans_are_sacred():
    report = compare(EN, ES.replace("42 personas", "24 personas").replace("3 mayo", "3 junio"))
    assert report.notes == ("cross-language: wording, negation and mistranslation not compared",)
    for f in report.findings:
        for span, doc in ((f.original, report.original), (f.copy, report.copy)):
            if span is not None:
                assert doc.text[span.start : span.end] == span.text


def test_a_copy_that_adds_precision_is_a_changed_figure():
    report = compare(EN.replace("42 people", "25,000 people"), ES.replace("42 personas", "25.070 personas"))
    assert ("number_changed", "25,000", "25.070") in serious(report)


def test_a_copy_that_rounds_is_minor():
    report = compare(EN.replace("42 people", "25,070 people"), ES.replace("42 personas", "25.000 personas"))
    (f,) = [f for f in report.findings if f.kind == "number_changed"]
    assert (f.severity.label, f.details["relation"]) == ("minor", "rounding")


def test_a_figure_stated_nowhere_in_the_copy_is_major():
    copy = ES.replace("Las obras durarán 18 meses, dijo.", "Las obras durarán mucho, dijo.")
    report = compare(EN, copy)
    assert ("fact_missing", "18", None) in serious(report)


def test_dropping_a_sentence_whose_figure_the_headline_repeats_is_still_major():
    en = "Thieves took 26,750 dollars\n\nThieves stole 26,750 dollars from a van on Friday. Police are looking for them.\n"
    es = ("Ladrones se llevaron 26.750 dólares\n\n"
          "La policía los busca.\n")
    report = compare(en, es, original_lang="en", copy_lang="es")
    dropped = [f for f in report.findings if f.kind == "sentence_missing"]
    assert [f.severity.label for f in dropped] == ["major"]
    assert dropped[0].original.text.startswith("Thieves stole 26,750")


def test_slips_and_spelling_conventions_are_told_apart():
    from factdiff.xlang.checks import _slip

    assert _slip("jakarta", "jkaarta") and _slip("facebook", "faceebook") and _slip("agency", "agncy")
    assert not _slip("macedonia", "makedonia") and not _slip("skopje", "skopie")


def test_clock_times_are_not_hedged_figures():
    from factdiff.xlang.checks import _CLOCK

    assert all(_CLOCK.match(t) for t in ("04:00 BST", "4h du matin", "4 Uhr", "3 p.m.", "15.00 WIB"))
    assert not any(_CLOCK.match(t) for t in ("1.403 tahanan", "18 bulan", "25.000 orang"))
