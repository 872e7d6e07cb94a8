"""Language profiles: each language's numbers, hedges, dates, names and quotes, on sentences
written for these tests; every span is an offset into the text as given."""

from __future__ import annotations

import pytest

from factdiff.lang import XFact, get_profile, name_key, name_similarity
from factdiff.registry import languages

# (code, text, [(kind, span text, {attribute: expected})]): each listed fact must be found
# with exactly that span and those attributes.
CASES: list[tuple[str, str, list[tuple[str, str, dict]]]] = [
    # ---- English ----
    ("en", "Officials said more than 1.5 million people voted, about 1,403 of them abroad.",
     [("number", "1.5 million", {"value": 1.5e6, "scale": "million", "qualifier": "more_than"}),
      ("number", "1,403", {"value": 1403.0, "qualifier": "about"})]),
    ("en", "The ratio fell to 1.403 on Tuesday.",
     [("number", "1.403", {"value": 1.403}), ("date", "Tuesday", {"weekday": 1})]),
    ("en", "Prices rose 5% and the deal cost $2.3 billion.",
     [("number", "5%", {"value": 5.0, "unit": "percent"}),
      ("number", "$2.3 billion", {"value": 2.3e9, "unit": "USD", "scale": "billion"})]),
    ("en", "The vote was held on March 3, 2020, and again on 12 May 2021.",
     [("date", "March 3, 2020", {"year": 2020, "month": 3, "day": 3}),
      ("date", "12 May 2021", {"year": 2021, "month": 5, "day": 12})]),
    ("en", "Three people died, police said.", [("number", "Three", {"value": 3.0})]),
    # ---- Indonesian ----
    ("id", "Lebih dari 1,5 juta orang memilih, sekitar 1.403 di antaranya di luar negeri.",
     [("number", "1,5 juta", {"value": 1.5e6, "scale": "million", "qualifier": "more_than"}),
      ("number", "1.403", {"value": 1403.0, "qualifier": "about"})]),
    ("id", "Anggaran itu mencapai Rp 2,3 miliar, naik 5 persen dari tahun lalu.",
     [("number", "Rp 2,3 miliar", {"value": 2.3e9, "unit": "IDR", "scale": "billion"}),
      ("number", "5 persen", {"value": 5.0, "unit": "percent"})]),
    ("id", "Nilai ekspor kurang dari 3 ribu dolar AS dan hampir dua juta warga terdampak.",
     [("number", "3 ribu dolar AS", {"value": 3000.0, "unit": "USD", "qualifier": "less_than"}),
      ("number", "dua juta", {"value": 2e6, "scale": "million", "qualifier": "nearly"})]),
    ("id", "Pemilu digelar pada Senin, 12 Maret 2020 dan diulang pada April 2021.",
     [("date", "Senin, 12 Maret 2020", {"year": 2020, "month": 3, "day": 12, "weekday": 0}),
      ("date", "April 2021", {"year": 2021, "month": 4, "day": None})]),
    ("id", "Presiden Joko Widodo bertemu Menteri Luar Negeri Retno Marsudi di Jakarta.",
     [("name", "Joko Widodo", {"key": "joko widodo"}), ("name", "Retno Marsudi", {}),
      ("name", "Jakarta", {"key": "jakarta"})]),
    ("id", "Sepuluh orang tewas dalam kecelakaan itu.", [("number", "Sepuluh", {"value": 10.0})]),
    # ---- Spanish ----
    ("es", "Más de 2 millones de personas votaron y unos 1.403 migrantes llegaron.",
     [("number", "2 millones", {"value": 2e6, "scale": "million", "qualifier": "more_than"}),
      ("number", "1.403", {"value": 1403.0, "qualifier": "about"})]),
    ("es", "La inflación subió un 5 % y la obra costó 2.300 millones de euros.",
     [("number", "5 %", {"value": 5.0, "unit": "percent"}),
      ("number", "2.300 millones de euros", {"value": 2.3e9, "unit": "EUR", "scale": "million"})]),
    ("es", "El paro bajó al 3,5 por ciento y el déficit llegó a 2 mil millones de dólares.",
     [("number", "3,5 por ciento", {"value": 3.5, "unit": "percent"}),
      ("number", "2 mil millones de dólares", {"value": 2e9, "scale": "billion", "unit": "USD"})]),
    ("es", "Un millón de votos y cerca de tres mil papeletas se contaron el lunes 3 de marzo de 2020.",
     [("number", "Un millón", {"value": 1e6, "scale": "million"}),
      ("number", "tres mil", {"value": 3000.0, "qualifier": "about"}),
      ("date", "lunes 3 de marzo de 2020", {"year": 2020, "month": 3, "day": 3, "weekday": 0})]),
    ("es", "El presidente Pedro Gómez visitó Valparaíso con la ministra Ana Beltrán.",
     [("name", "Pedro Gómez", {"key": "pedro gomez"}), ("name", "Valparaíso", {"key": "valparaiso"}),
      ("name", "Ana Beltrán", {"key": "ana beltran"})]),
]


def _find(facts: list[XFact], kind: str, text: str) -> XFact:
    hits = [f for f in facts if f.kind == kind and f.text == text]
    assert hits, f"no {kind} {text!r} in {[(f.kind, f.text) for f in facts]}"
    return hits[0]


@pytest.mark.parametrize(("code", "text", "expected"), CASES,
                         ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_profile_finds_the_facts(code: str, text: str, expected: list) -> None:
    facts = get_profile(code).facts(text)
    for f in facts:
        assert text[f.start:f.end] == f.text
    for kind, span, attrs in expected:
        fact = _find(facts, kind, span)
        for attr, want in attrs.items():
            assert getattr(fact, attr) == want, (span, attr, getattr(fact, attr), want)


def test_facts_in_a_range_keep_full_text_offsets() -> None:
    text = "Ada 3 orang. Lalu 1,5 juta warga dan Rp 10 ribu."
    p = get_profile("id")
    (s, e) = p.sentences(text)[1]
    facts = p.facts(text, s, e)
    assert [f.text for f in facts] == ["1,5 juta", "Rp 10 ribu"]
    assert all(text[f.start:f.end] == f.text and s <= f.start < f.end <= e for f in facts)


SENTENCES = [
    ("id", "Jend. Andika Perkasa tiba pukul 10. Dr. Siti Nurhaliza menyambutnya.", 2),
    ("es", "El Sr. García llegó tarde. La Dra. Pérez lo esperaba.", 2),
    ("en", "Dr. Smith met Gen. Miller in the U.S. capital. They talked.", 2),
    ("id", "Judul berita\n\nParagraf pertama di sini. Kalimat kedua.", 3),
]


@pytest.mark.parametrize(("code", "text", "count"), SENTENCES)
def test_abbreviations_do_not_split_sentences(code: str, text: str, count: int) -> None:
    spans = get_profile(code).sentences(text)
    assert len(spans) == count, [text[a:b] for a, b in spans]
    for a, b in spans:
        assert text[a:b] == text[a:b].strip()


def test_quote_with_speaker() -> None:
    text = "“Kami akan terus bekerja keras untuk rakyat,” kata Joko Widodo di Istana."
    quote = _find(get_profile("id").facts(text), "quote", "“Kami akan terus bekerja keras untuk rakyat,”")
    assert quote.speaker == "Joko Widodo" and quote.key == "joko widodo"
    text = "«Vamos a seguir trabajando», afirmó la ministra Ana Beltrán."
    quote = _find(get_profile("es").facts(text), "quote", "«Vamos a seguir trabajando»")
    assert quote.speaker == "Ana Beltrán"
    text = "He wrote a poem called “Three Small Words” last year."
    assert [f.speaker for f in get_profile("en").facts(text) if f.kind == "quote"] == [None]


def test_a_common_word_first_in_a_sentence_is_not_a_name() -> None:
    text = "Polisi menangkap dua orang. Pemerintah akan membantu warga."
    assert [f.text for f in get_profile("id").facts(text) if f.kind == "name"] == []


def test_registry_and_generic_fallback() -> None:
    assert languages.get("factdiff.lang.id.v1")().code == "id"
    p = get_profile("ind")
    assert p.code == "id" and p.first_class and get_profile("id") is p
    generic = get_profile("pl")
    assert not generic.first_class and "number" in generic.compares()
    facts = generic.facts("Według danych 45% mieszkańców, czyli 1 200 osób, mieszka w Krakowie.")
    assert [(f.kind, f.text) for f in facts if f.kind == "number"] == [("number", "45%"), ("number", "1 200")]
    assert _find(facts, "number", "1 200").value == 1200.0


def test_name_keys_and_similarity() -> None:
    assert name_key("Лукашенко") == "lukashenko"
    assert name_key("Gómez-Beltrán") == "gomez beltran"
    assert name_similarity("lukashenko", name_key("Лукашенко")) == 1.0
    assert name_similarity("lukashenko", name_key("Лукашенка")) >= 0.9
    assert name_similarity("alexander lukashenko", "lukashenko") == 1.0
    assert name_similarity("joko widodo", "joko widodo") == 1.0
    assert name_similarity("widodo", "wododo") < 0.9
    assert name_similarity("putin", "medvedev") < 0.5
