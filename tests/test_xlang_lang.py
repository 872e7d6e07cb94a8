"""Cross-language comparison end to end with the real language profiles (factdiff.lang), on
sentences written for these tests, and on the bundled Indonesian and Spanish examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from factdiff import compare

pytest.importorskip("factdiff.lang")
ROOT = Path(__file__).resolve().parents[1]

EN = ("Mayor Helen Prescott said on Tuesday that 42 people were hurt when the bridge collapsed in May.\n\n"
      "The city will spend 3.5 million dollars on repairs, Prescott told reporters.\n")
TRANSLATIONS = {
    "id": ("Wali Kota Helen Prescott mengatakan pada hari Selasa bahwa 42 orang terluka ketika jembatan runtuh pada bulan Mei.\n\n"
           "Kota akan menghabiskan 3,5 juta dolar untuk perbaikan, kata Prescott kepada wartawan.\n"),
    "es": ("La alcaldesa Helen Prescott dijo el martes que 42 personas resultaron heridas cuando el puente se derrumbó en mayo.\n\n"
           "La ciudad gastará 3,5 millones de dólares en reparaciones, dijo Prescott a los periodistas.\n"),
    "de": ("Bürgermeisterin Helen Prescott sagte am Dienstag, dass 42 Menschen verletzt wurden, als die Brücke im Mai einstürzte.\n\n"
           "Die Stadt werde 3,5 Millionen Dollar für Reparaturen ausgeben, sagte Prescott Reportern.\n"),
    "ru": ("Мэр Хелен Прескотт заявила во вторник, что 42 человека пострадали при обрушении моста в мае.\n\n"
           "Город потратит 3,5 миллиона долларов на ремонт, сообщила Прескотт журналистам.\n"),
}


def serious(report):
    return [(f.kind, f.original.text if f.original else None, f.copy.text if f.copy else None)
            for f in report.at_least("major")]


@pytest.mark.parametrize("code", sorted(TRANSLATIONS))
def test_faithful_translations_are_quiet_both_ways(code):
    there = compare(EN, TRANSLATIONS[code])
    back = compare(TRANSLATIONS[code], EN)
    assert (there.mode, there.languages) == ("cross-language", ("en", code))
    assert back.languages == (code, "en")
    assert serious(there) == [] and serious(back) == []


@pytest.mark.parametrize("code", sorted(TRANSLATIONS))
def test_a_changed_figure_is_found_in_every_language(code):
    report = compare(EN, TRANSLATIONS[code].replace("42", "44", 1))
    assert ("number_changed", "42", "44") in [(k, o, c) for k, o, c in serious(report)]


@pytest.mark.parametrize(("code", "word", "new"), [("id", "juta", "miliar"), ("es", "millones", "mil millones"),
                                                   ("de", "Millionen", "Milliarden")])
def test_a_changed_scale_word(code, word, new):
    report = compare(EN, TRANSLATIONS[code].replace(word, new))
    (f,) = [f for f in report.at_least("major") if f.kind == "number_changed"]
    assert f.details["relation"] == "scale" and new.split()[-1] in f.copy.text


def test_a_changed_month_in_spanish():
    report = compare(EN, TRANSLATIONS["es"].replace("mayo", "junio"))
    assert ("date_changed", "May", "junio") in serious(report)


def test_russian_declined_name_is_the_same_name():
    ru = TRANSLATIONS["ru"].replace("сообщила Прескотт", "сообщила мэр Прескотт")
    assert serious(compare(EN, ru)) == []


def test_the_same_non_english_language_on_both_sides():
    es = TRANSLATIONS["es"]
    report = compare(es, es.replace("3,5 millones", "5,3 millones"))
    assert report.languages == ("es", "es")
    assert [k for k, *_ in serious(report)] == ["number_changed"]


@pytest.mark.parametrize("code", ["id", "es"])
def test_bundled_translations_report_their_drifts(code):
    original = (ROOT / "data" / "original.txt").read_text(encoding="utf-8")
    copy = (ROOT / "data" / f"copy.{code}.txt").read_text(encoding="utf-8")
    report = compare(original, copy)
    kinds = {f.kind for f in report.at_least("major")}
    assert (report.mode, report.languages) == ("cross-language", ("en", code))
    assert {"number_changed", "qualifier_changed", "date_changed", "name_spelling"} <= kinds
    assert any(f.kind == "fact_missing" for f in report.findings)  # the dropped attribution


def test_a_changed_day_of_the_month():
    en = "The court will hear the case on 16 February, the lawyers said.\n"
    ru = "Суд рассмотрит дело 5 февраля, сообщили адвокаты.\n"
    report = compare(en, ru)
    (f,) = [f for f in report.at_least("major") if f.kind == "date_changed"]
    assert f.details["field"] == "day" and (f.details["original_value"], f.details["copy_value"]) == (16, 5)
