"""Language detection: first-class languages on sentences written for these tests; short
texts are "und" with no confidence; never raises."""

from __future__ import annotations

import pytest

from factdiff.lang import LanguageGuess, detect

SAMPLES = [
    ("en", "The government said on Monday that it would spend more money on schools and hospitals."),
    ("id", "Pemerintah mengatakan pada hari Senin bahwa mereka akan menambah anggaran untuk sekolah."),
    ("es", "El gobierno dijo el lunes que gastará más dinero en escuelas y hospitales este año."),
    ("fr", "Le gouvernement a annoncé lundi qu'il dépenserait davantage pour les écoles et les hôpitaux."),
    ("pt", "O governo anunciou na segunda-feira que vai gastar mais dinheiro com escolas e hospitais."),
    ("de", "Die Regierung kündigte am Montag an, mehr Geld für Schulen und Krankenhäuser auszugeben."),
    ("it", "Il governo ha annunciato lunedì che spenderà più soldi per le scuole e gli ospedali."),
    ("nl", "De regering maakte maandag bekend dat ze meer geld gaat uitgeven aan scholen en ziekenhuizen."),
    ("ru", "Правительство объявило в понедельник, что потратит больше денег на школы и больницы."),
    ("uk", "Уряд оголосив у понеділок, що витратить більше грошей на школи та лікарні."),
]


@pytest.mark.parametrize(("code", "text"), SAMPLES)
def test_detects_the_language_of_a_sentence(code: str, text: str) -> None:
    guess = detect(text)
    assert isinstance(guess, LanguageGuess)
    assert guess.code == code and 0.5 <= guess.confidence <= 1.0
    assert guess.script == ("Cyrillic" if code in ("ru", "uk") else "Latin")


@pytest.mark.parametrize("text", ["", "   ", "Ok.", "12 345", "Hi there"])
def test_too_short_is_und(text: str) -> None:
    guess = detect(text)
    assert guess.code == "und" and guess.confidence == 0.0 and not guess.known
    assert guess.reason


def test_never_raises_on_odd_input() -> None:
    for text in ("\x00\ufffd" * 50, "1234567890 " * 20, "#" * 500, "a" * 10_000):
        guess = detect(text)
        assert isinstance(guess, LanguageGuess) and 0.0 <= guess.confidence <= 1.0


def test_a_script_decides_alone() -> None:
    guess = detect("서울에서 열린 회의에서 정부는 새로운 계획을 발표했다")
    assert guess.code == "ko" and guess.script == "Hangul"


def test_a_paragraph_is_more_certain_than_a_short_sentence() -> None:
    short = detect("Pemerintah menambah anggaran.")
    long = detect("Pemerintah mengatakan pada hari Senin bahwa mereka akan menambah anggaran untuk "
                  "sekolah dan rumah sakit di seluruh provinsi, kata juru bicara kementerian.")
    assert short.code == long.code == "id" and short.confidence < long.confidence


def test_detection_is_not_imported_on_the_english_path() -> None:
    import subprocess
    import sys

    code = "import factdiff.lang, sys; print('py3langid' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(("value", "code"), [
    ("id", "id"), ("ind", "id"), ("Indonesian", "id"), ("pt-BR", "pt"), ("zho-CN", "zh"),
    ("RUS", "ru"), ("auto", "auto"), ("", "und"), ("pl", "pl"),
])
def test_language_codes_are_normalised(value: str, code: str) -> None:
    from factdiff.lang import normalize_code

    assert normalize_code(value) == code


def test_a_bad_language_code_is_error_e120() -> None:
    from factdiff.errors import OptionError
    from factdiff.lang import normalize_code

    with pytest.raises(OptionError) as err:
        normalize_code("english1")
    assert err.value.message.startswith("'english1' is not a language code")
