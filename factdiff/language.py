"""Which language (and script) is a text in? A cheap test run before parsing.

factdiff checks English copies of English originals. A copy in another language
would align with nothing and flood the report, so it is recognised up front:

1. by script: a text whose letters are mostly not Latin (Cyrillic, Arabic, Han,
   Hangul...) is not English, however short (word counting cannot work for
   scripts written without spaces);
2. for Latin script, by the share of very common function words, English against
   a few other languages' (so a short German paragraph is recognised, and a
   headline made of names is not mistaken for a foreign language).

When there is too little to tell, the text is taken as English: a wrong
"other language" verdict hides every finding, a wrong "English" one does not.
No models, no downloads, pure standard library.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

_EN = """the of and to a in is that for it as was with on be by at he his are from this have
    has had not but or an they which were their been its who said would will there after
    more than also when she her we our about into over them some could what other these""".split()
_FUNCTION_WORDS = frozenset(_EN)

# Frequent function words of other Latin-script languages. Words that are also
# English function words are removed below, so they never count for both sides.
_OTHER_WORDS: dict[str, str] = {
    "de": """der die das und ist nicht ein eine einen dem den des sich auch auf mit von zu
        wird wurde werden nach bei aus sie er wir sind hat haben für über dass oder noch
        nur wie bis zum zur einer eines durch sagte""",
    "nl": """de het een en van is niet dat op te zijn voor met als aan er maar om ook door
        bij nog naar uit wordt werd heeft hebben deze dit zij wij zei""",
    "fr": """le la les des du un une et est que qui dans pour pas sur par au aux avec ce cette
        ne se sont été ont plus mais ou il elle nous vous leur selon déclaré""",
    "es": """el la los las del un una y es que en por con para no se su sus al lo como más
        pero ha han fue según está este esta dijo""",
    "it": """il lo la gli le di del della un una e è che per non con su sono ha hanno da nel
        nella come più ma anche questo secondo detto""",
    "pt": """o os as do da dos das um uma e é que em no na para com não se por mais mas foi
        são como ao pelo pela disse segundo""",
    "id": """yang dan di ke dari ini itu untuk dengan tidak pada dalam akan adalah juga oleh
        sebagai telah sudah kata bahwa mereka kami atau karena""",
    "tr": """ve bir bu da de için ile olarak çok daha ama gibi olan en mi ne o şu değil
        dedi göre""",
    "pl": """w na nie z się do że jest to jak po o od za przez ale jego jej są był była
        oraz powiedział""",
    "sv": """och att det som en på är av för med till den har inte om ett var jag men
        sade enligt""",
    "ru": """и в не на что с по это как он она они был была было были из за от для к о но
        также его её их сказал заявил""",
    "uk": """і та що не на в у з до як це він вона вони був була було також від для про але
        його її їх сказав заявив""",
}
_OTHER_WORDS_SETS: dict[str, frozenset[str]] = {
    code: frozenset(words.split()) - _FUNCTION_WORDS for code, words in _OTHER_WORDS.items()
}

# Scripts whose language is (nearly) unambiguous.
_SCRIPT_LANGUAGE = {
    "Hangul": "ko", "Kana": "ja", "Han": "zh", "Thai": "th", "Greek": "el",
    "Hebrew": "he", "Georgian": "ka", "Armenian": "hy",
}
# Script -> ISO 15924 code, for "und-<code>" when the language itself is unknown.
_ISO15924 = {
    "Latin": "Latn", "Cyrillic": "Cyrl", "Arabic": "Arab", "Devanagari": "Deva", "Bengali": "Beng",
    "Tamil": "Taml", "Ethiopic": "Ethi", "Syriac": "Syrc", "Thaana": "Thaa", "Other": "Zzzz",
}
# Unicode character-name prefixes -> script.
_NAME_SCRIPT = {
    "LATIN": "Latin", "FULLWIDTH LATIN": "Latin", "CYRILLIC": "Cyrillic", "GREEK": "Greek",
    "ARABIC": "Arabic", "HEBREW": "Hebrew", "CJK": "Han", "HIRAGANA": "Kana",
    "KATAKANA": "Kana", "HALFWIDTH KATAKANA": "Kana", "HANGUL": "Hangul", "THAI": "Thai",
    "DEVANAGARI": "Devanagari", "BENGALI": "Bengali", "TAMIL": "Tamil", "GEORGIAN": "Georgian",
    "ARMENIAN": "Armenian", "ETHIOPIC": "Ethiopic", "SYRIAC": "Syriac", "THAANA": "Thaana",
}

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
MIN_WORDS = 12  # fewer Latin words than this: judged only on strong evidence
MIN_SHARE = 0.12  # English function-word share that makes a text English
MIN_SCRIPT_LETTERS = 2  # fewer letters than this: cannot tell the script
SAMPLE = 200_000  # characters looked at: enough to tell, cheap on huge inputs


@dataclass(frozen=True)
class LanguageGuess:
    """The outcome of :func:`guess_language`, with the evidence for a report."""

    language: str  # "en", "de", "ru"..., "und" (cannot tell) or "und-<Script>"
    script: str  # dominant script of the letters: "Latin", "Cyrillic", "Han"..., "" if none
    english: bool  # True unless the text is clearly not English
    reason: str  # one line saying why, for ``stats["reason"]``


@lru_cache(maxsize=4096)
def _script_of(ch: str) -> str:
    name = unicodedata.name(ch, "")
    for prefix in (" ".join(name.split()[:2]), name.split(" ", 1)[0]):
        if prefix in _NAME_SCRIPT:
            return _NAME_SCRIPT[prefix]
    return "Other"


def script_profile(text: str) -> Counter[str]:
    """Count the letters of ``text`` (first SAMPLE characters) by script."""
    counts: Counter[str] = Counter()
    for ch in text[:SAMPLE]:
        if ch.isalpha():
            counts[_script_of(ch)] += 1
    return counts


def _words(text: str) -> list[str]:
    return _WORD.findall(text[:SAMPLE].lower())


def english_share(text: str) -> float | None:
    """Share of words that are English function words; None for too little text."""
    words = _words(text)
    if len(words) < MIN_WORDS:
        return None
    return sum(1 for w in words if w in _FUNCTION_WORDS) / len(words)


def _other_language(words: list[str]) -> tuple[str, int]:
    """The non-English language whose function words are most frequent, and their count."""
    best, hits = "und", 0
    for code, vocab in _OTHER_WORDS_SETS.items():
        n = sum(1 for w in words if w in vocab)
        if n > hits:
            best, hits = code, n
    return best, hits


def _word_language(text: str, script: str) -> str:
    """A language code for a non-Latin text from its function words, else "und-<Script>"."""
    code, hits = _other_language(_words(text))
    if hits >= 2 and code in ("ru", "uk") and script == "Cyrillic":
        return code
    return f"und-{_ISO15924.get(script, script)}"


def guess_language(text: str) -> LanguageGuess:
    """Guess the language of ``text``; ``english`` is False only on clear evidence."""
    scripts = script_profile(text)
    letters = sum(scripts.values())
    if letters < MIN_SCRIPT_LETTERS:
        return LanguageGuess("und", "", True, "too few letters to tell the language")
    script, count = scripts.most_common(1)[0]
    latin = scripts.get("Latin", 0)
    if latin * 2 < letters:  # most letters are not Latin
        share = 1 - latin / letters
        if script == "Han" and scripts.get("Kana", 0):
            script = "Kana"  # Japanese mixes kanji and kana
        lang = _SCRIPT_LANGUAGE.get(script) or _word_language(text, script)
        return LanguageGuess(lang, script, False,
                             f"{share:.0%} of its letters are not Latin script (mostly {script})")
    words = _words(text)
    if not words:
        return LanguageGuess("und", "Latin", True, "no words to tell the language")
    en_hits = sum(1 for w in words if w in _FUNCTION_WORDS)
    other, other_hits = _other_language(words)
    en, oth = en_hits / len(words), other_hits / len(words)
    if oth < 0.1 and sum(1 for w in _WORD.findall(text[:SAMPLE]) if w[0].isupper()) * 2 >= len(words):
        # Mostly capitalised words, hardly a foreign function word ('de' in a name): names, a headline.
        return LanguageGuess("en" if en_hits else "und", "Latin", True,
                             "mostly names: too little running text to tell")
    if len(words) < MIN_WORDS:  # short: only strong positive evidence of another language
        if other_hits >= 3 and oth >= 0.3 and en_hits * 2 < other_hits:
            return LanguageGuess(other, "Latin", False,
                                 f"{other_hits} of its {len(words)} words are common '{other}' words")
        return LanguageGuess("en" if en_hits else "und", "Latin", True, "too short to tell the language")
    if (en >= MIN_SHARE and en >= oth) or (en >= MIN_SHARE / 2 and en > 2 * oth):
        return LanguageGuess("en", "Latin", True, f"{en:.0%} of its words are common English words")
    lang = other if other_hits else "und-Latn"
    detail = f"; {oth:.0%} are common '{other}' words" if other_hits else ""
    return LanguageGuess(lang, "Latin", False,
                         f"only {en:.0%} of its words are common English words{detail}")


def looks_english(text: str) -> bool:
    """True unless there is enough text to tell and it is clearly not English."""
    return guess_language(text).english


__all__ = ["LanguageGuess", "english_share", "guess_language", "looks_english", "script_profile"]
