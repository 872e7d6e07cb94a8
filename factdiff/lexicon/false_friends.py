"""Translation false friends ("benefits" for French "bénéfices", i.e. profits).

Why a list: WordNet knows English only, and may even call the two words
synonyms through a rare shared sense, so a copy that turned "profits" into
"benefits" looked like a harmless paraphrase.  The pairs live in
``false_friends.txt`` (read once, on the first question); a look-up is a few
dictionary probes over the two words' base forms, never a scan of the table.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .lookup import base_forms
from .wordnet import normalize_lemma

FALSE_FRIENDS_FILE = "false_friends.txt"
LANGUAGES = {"fr": "French", "es": "Spanish", "de": "German", "it": "Italian", "pt": "Portuguese", "nl": "Dutch"}


@dataclass(frozen=True)
class FalseFriend:
    """An English look-alike of a foreign word, and what the foreign word means."""

    lookalike: str  # what a translator wrote ("benefit")
    meaning: str  # what the foreign word means, i.e. what the original said ("profit")
    sources: tuple[tuple[str, str], ...]  # (language code, foreign word): (("fr", "bénéfice"),)
    reverse_only: bool = False  # only an original's look-alike turned into the meaning counts

    def describe(self) -> str:
        """ "French 'bénéfice' means 'profit', not 'benefit'" (first language listed)."""
        lang, word = self.sources[0] if self.sources else ("", "")
        name = LANGUAGES.get(lang, lang)
        return f"{name} '{word}' means '{self.meaning}', not '{self.lookalike}'".strip()


@lru_cache(maxsize=1)
def table() -> dict[frozenset[str], FalseFriend]:
    """Every curated pair, keyed by the unordered pair of base forms."""
    from importlib import resources  # lazy: only needed on the first question

    try:
        text = resources.files(__package__).joinpath(FALSE_FRIENDS_FILE).read_text("utf-8")
    except OSError:
        return {}
    out: dict[frozenset[str], FalseFriend] = {}
    for raw in text.splitlines():
        fields = raw.split("#", 1)[0].split()
        if len(fields) < 3:
            continue
        look, meaning = normalize_lemma(fields[0]), normalize_lemma(fields[1])
        sources = tuple(tuple(f.split(":", 1)) for f in fields[2:] if ":" in f)
        if look and meaning and look != meaning and sources:
            friend = FalseFriend(look, meaning, sources, "reverse-only" in fields[2:])  # type: ignore[arg-type]
            out.setdefault(frozenset((look, meaning)), friend)
    return out


def false_friend(old: str, new: str) -> FalseFriend | None:
    """The false friend linking *old* (original's word) and *new* (copy's word), if any.

    Words are compared through their base forms in every POS ("profits" /
    "benefits", "attended" / "assisted": the tagger may read either one
    differently); without WordNet only the words as written are compared.
    """
    if not isinstance(old, str) or not isinstance(new, str):
        return None
    pairs = table()
    if not pairs:
        return None
    forms_o, forms_n = base_forms(old.strip().lower(), None), base_forms(new.strip().lower(), None)
    if forms_o & forms_n:
        return None  # one word
    for a in forms_o:
        for b in forms_n:
            hit = pairs.get(frozenset((a, b)))
            if hit is not None and not (hit.reverse_only and b == hit.lookalike):
                return hit
    return None


__all__ = ["FALSE_FRIENDS_FILE", "FalseFriend", "false_friend", "table"]
