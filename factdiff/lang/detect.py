"""Which language is a text in: py3langid (langid.py's maintained fork, its model in the wheel).

Chosen over lingua-language-detector on the dev data (docs/languages.md, benchmarks/langid_compare.py):
as accurate on paragraphs, close on one sentence, a 4.5 MB wheel against 96 MB and far less
start-up time. Imported on first use only, so the default English path never pays for it.
A non-Latin script decides first where it is unambiguous; a text with too few letters is "und".
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

from ..language import script_profile
from .model import LanguageGuess

MIN_LETTERS = 20  # fewer letters than this: "und", confidence 0
SHORT_LETTERS = 80  # up to this many letters: confidence capped (one short sentence)
SAMPLE = 5_000  # characters looked at: a paragraph or two decides, and stays cheap
_SCRIPT_LANGUAGE = {"Hangul": "ko", "Kana": "ja", "Thai": "th", "Greek": "el", "Hebrew": "he",
                    "Georgian": "ka", "Armenian": "hy"}
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _classify(text: str) -> tuple[str, float]:
    with _lock:  # the identifier is not documented as thread-safe; it is fast, so serialise
        code, prob = _identifier().classify(text)
    return str(code), float(prob)


def detect(text: str) -> LanguageGuess:
    """Guess the language of ``text``; never raises. "und" with confidence 0 when too short."""
    try:
        return _detect(text or "")
    except Exception as exc:  # a detector failure is no reason to fail a comparison
        return LanguageGuess("und", 0.0, "", f"language detection failed: {type(exc).__name__}")


def _detect(text: str) -> LanguageGuess:
    sample = text[:SAMPLE]
    scripts = script_profile(sample)
    letters = sum(scripts.values())
    script = scripts.most_common(1)[0][0] if scripts else ""
    if script == "Han" and scripts.get("Kana", 0):
        script = "Kana"
    if letters < MIN_LETTERS:
        return LanguageGuess("und", 0.0, script, f"too short to tell the language ({letters} letters)")
    if script in _SCRIPT_LANGUAGE and scripts[script] * 2 > letters:
        return LanguageGuess(_SCRIPT_LANGUAGE[script], 0.99, script, f"written in {script} script")
    code, prob = _classify(sample)
    if code == "ms" and script == "Latin":
        code = "id"  # the identifier confuses the two; Indonesian is the first-class one here
    if letters < SHORT_LETTERS:
        prob = min(prob, 0.5 + 0.5 * (letters - MIN_LETTERS) / (SHORT_LETTERS - MIN_LETTERS) * prob)
    conf = round(prob, 3)
    return LanguageGuess(code, conf, script, f"py3langid: '{code}' ({conf:.0%}) on {letters} letters")


__all__ = ["MIN_LETTERS", "detect"]
