"""Content words of an aligned pair that were replaced by other words.

Shared by the wording check (how suspicious is each replacement?) and the
negation check (is a replacement an antonym?). Words are compared by lemma in a
difflib alignment; a word that merely moved within the pair is not replaced.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from rapidfuzz.distance import Levenshtein

from ..facts.model import Sentence, Token

COARSE = {"NOUN": "n", "VERB": "v", "ADJ": "a", "ADV": "r"}
SPELLING_VARIANT = 0.8  # "neighbouring"/"neighboring" are one word


@dataclass(frozen=True)
class Replacement:
    old: Token
    new: Token
    pos: str  # WordNet letter: n v a r
    old_head: str = ""  # lemma of the syntactic head, to tell "same slot" swaps
    new_head: str = ""

    @property
    def same_slot(self) -> bool:
        """Both words fill the same syntactic slot: same relation to the same head word."""
        return self.old.dep == self.new.dep and self.old_head == self.new_head


def _content(sentences: list[Sentence]) -> list[Token]:
    return [t for s in sentences for t in s.tokens if t.is_content and t.pos in COARSE]


def sentence_of(sentences: list[Sentence], token: Token) -> Sentence:
    return next(s for s in sentences if s.start <= token.start < s.end + 1)


def phrase_span(sentence: Sentence, token: Token) -> tuple[int, int]:
    """The word with its adjacent modifiers: "ex-Soviet state", "political detainees"."""
    start = token.start
    for t in reversed(sentence.tokens[: token.i]):
        inside = t.i < t.head <= token.i
        if inside and (t.dep in {"compound", "amod", "nmod"} or t.dep == "punct" and t.text == "-"):
            start = t.start
        elif t.text == "-" or t.dep == "prep" and t.head > t.i:  # "ex-Soviet": ex, -, Soviet
            start = t.start
        else:
            break
    return start, token.end


def fact_bearing(sentence: Sentence, token: Token) -> bool:
    """A noun that carries a fact: counted by a figure or qualified by a name."""
    if any(n.counted_span and n.counted_span[0] == token.start for n in sentence.numbers):
        return True
    return any(t.head == token.i and t.i != token.i and (t.ent_type or t.pos == "NUM") for t in sentence.tokens)


def _heads(sentences: list[Sentence]) -> dict[int, str]:
    return {t.start: s.tokens[t.head].norm for s in sentences for t in s.tokens}


def replacements(original: list[Sentence], copy: list[Sentence]) -> list[Replacement]:
    """Same-POS content words that stand where the other version has another word."""
    a, b = _content(original), _content(copy)
    a_norms = {t.norm for t in a} | {t.text.lower() for t in a}
    b_norms = {t.norm for t in b} | {t.text.lower() for t in b}
    heads_a, heads_b = _heads(original), _heads(copy)
    matcher = SequenceMatcher(None, [t.norm for t in a], [t.norm for t in b], autojunk=False)
    out: list[Replacement] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "replace":
            continue
        olds = [t for t in a[i1:i2] if t.norm not in b_norms and t.text.lower() not in b_norms]
        news = [t for t in b[j1:j2] if t.norm not in a_norms and t.text.lower() not in a_norms]
        used: set[int] = set()
        for old in olds:
            pos = COARSE[old.pos]
            for k, new in enumerate(news):
                if k in used or COARSE[new.pos] != pos:
                    continue
                if Levenshtein.normalized_similarity(old.norm, new.norm) >= SPELLING_VARIANT:
                    used.add(k)
                    break
                used.add(k)
                out.append(Replacement(old, new, pos, heads_a.get(old.start, ""), heads_b.get(new.start, "")))
                break
    return out
