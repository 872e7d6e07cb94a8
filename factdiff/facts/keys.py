"""Match keys: normalised forms used to decide that two strings name the same thing.

They are for matching only; reports always quote the text as given.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..ingest.normalize import IGNORED

_QUOTES = str.maketrans({
    "’": "'", "‘": "'", "ʼ": "'", "`": "'", "‚": "'", "‹": "'", "›": "'",
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "–": "-", "—": "-",
    **dict.fromkeys(IGNORED),  # invisible characters and the soft hyphen: dropped
})
_POSSESSIVE = re.compile(r"(?:'s|')$")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|rev|gen|col|capt|lt|sgt)\.?\s+(?=\w)")
_NON_WORD = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")

# Number words that turn up inside names ("World War Two", "the Second World War").
_NAME_NUMBERS = {
    "one": "1", "first": "1", "i": "1",
    "two": "2", "second": "2", "ii": "2",
    "three": "3", "third": "3", "iii": "3",
    "four": "4", "fourth": "4", "iv": "4",
    "five": "5", "fifth": "5", "v": "5",
    "six": "6", "sixth": "6", "vi": "6",
    "seven": "7", "seventh": "7", "eight": "8", "eighth": "8",
    "nine": "9", "ninth": "9", "ten": "10", "tenth": "10",
}
_ORDINAL_SUFFIX = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
# letters that do not decompose into a base letter and a combining mark
_PLAIN_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ı": "i", "ħ": "h", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th"})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case-, width- and quote-insensitive form of ``text``, invisible characters dropped."""
    return unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()


@lru_cache(maxsize=65536)
def strip_marks(text: str) -> str:
    """``text`` without diacritics: "Orbán" -> "Orban", "Erdoğan" -> "Erdogan", "Łódź" -> "Lodz".

    Names are spelled with and without their diacritics in equally correct copies,
    so name keys ignore them.
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def entity_key(text: str) -> str:
    """Key of a name: "the U.S.'s" -> "us"; "World War Two" -> "world war 2"; "Orbán" -> "orban"."""
    s = strip_marks(fold(text)).strip()
    s = _POSSESSIVE.sub("", s)
    s = _LEADING_ARTICLE.sub("", s)
    s = _HONORIFIC.sub("", s)
    s = s.replace(".", "")
    s = _NON_WORD.sub(" ", s)
    words = []
    for w in s.split():
        m = _ORDINAL_SUFFIX.match(w)
        if m:
            w = m.group(1)
        elif w not in {"i", "v"}:  # a lone letter is an initial, not a numeral
            w = _NAME_NUMBERS.get(w, w)
        words.append(w)
    return " ".join(words)


def bag_key(text: str) -> str:
    """Order-free key: "world war 2" and "2 world war" agree."""
    return " ".join(sorted(entity_key(text).split()))


def acronym(key: str) -> str:
    """Initials of a multi-word key: "united states" -> "us"."""
    words = [w for w in key.split() if w not in {"of", "and", "the", "for"}]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


@lru_cache(maxsize=8192)
def word_pattern(key: str) -> re.Pattern[str]:
    """A regex finding ``key`` as whole words in ``fold``-ed text, punctuation-tolerant."""
    parts = [re.escape(p) for p in key.split()]
    return re.compile(r"(?<!\w)" + r"[\W_]*".join(parts) + r"(?!\w)")


def squash(text: str) -> str:
    """Everything but letters and digits removed: for containment tests."""
    return _SPACES.sub(" ", _NON_WORD.sub(" ", fold(text).replace(".", ""))).strip()


def name_squash(text: str) -> str:
    """``squash`` without diacritics: the text in which name keys are searched."""
    return strip_marks(squash(text))
