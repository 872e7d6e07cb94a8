"""Language detection: first-class languages on sentences written for these tests; short
texts are "und" with no confidence; never raises."""

from __future__ import annotations

import pytest

from factdiff.lang import LanguageGuess, detect

SAMPLES = [
    ("en", "The government said on Monday that it would spend more money on schools and hospitals."),
    ("id", "Pemerintah mengatakan pada hari Senin bahwa mereka akan menambah anggaran untuk sekolah."),
    ("es", "El gobierno dijo el lunes que gastará más dinero en escuelas y hospitales este año."),
]


@pytest.mark.parametrize(("code", "text"), SAMPLES)
def test_detects_the_language_of_a_sentence(code: str, text: str) -> None:
    guess = detect(text)
    assert isinstance(guess, LanguageGuess)
    assert guess.code == code and guess.script == "Latin" and 0.5 <= guess.confidence <= 1.0


@pytest.mark.parametrize("text", ["", "   ", "Ok.", "12 345", "Hi there"])
def test_too_short_is_und(text: str) -> None:
    guess = detect(text)
    assert guess.code == "und" and guess.confidence == 0.0 and not guess.known
    assert guess.reason


def test_never_raises_on_odd_input() -> None:
    assert detect("\x00\ufffd" * 50).code in ("und",) or detect("\x00\ufffd" * 50).confidence <= 1.0
