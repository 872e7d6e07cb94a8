"""Where names may stand in a sentence, beyond what the tagger found, and what role they play.

spaCy's small model often misses an unusual or misspelled name in one version
("Arshad Nadeen" untagged while "Arshad Nadeem" is tagged, or neither), so
runs of capitalised proper nouns are candidates too. The role a name plays
(the preposition before it, the word it modifies, being the subject) tells a
replacement ("off Lampedusa" / "off Crete") from a name that merely moved.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from ..facts.extract import ERA_KEYS, in_figure_unit
from ..facts.keys import entity_key
from ..facts.model import Mention, ParsedDocument, Sentence, Token
from ..lexicon.confusable import same_family
from ..lexicon.relation import relation
from .names_morphology import MIN_SLIP_LENGTH, common_word, one_slip

RUN_LABEL = "NAME"  # a run of capitalised proper nouns that NER did not tag
_CONNECTORS = frozenset("al el ez ad ar as ash bin ibn bint ben abu de da del della di dos du la le van von der den ter".split())
_CALENDAR = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)


# words of titles and descriptions: a capitalised run made of them is not a name ("Deputy Mayor")
TITLE_WORDS = frozenset(
    """mr mrs ms dr prof sir dame lord lady president vice prime minister deputy secretary general chancellor
    premier governor mayor senator judge justice chief executive director chairman chairwoman ambassador envoy
    king queen prince princess pope cardinal bishop archbishop imam grand ayatollah sheikh saint st father
    sister brother colonel col gen lt captain capt major sergeant sgt admiral commander marshal officer
    spokesman spokeswoman leader head state foreign interior defence defense finance economy health justice
    court supreme high national federal central republic party parliament congress senate council ministry""".split()
)


def _is_name_token(tok: Token, first: bool) -> bool:
    """A capitalised proper noun, or a capitalised word inside a sentence the tagger thought common."""
    if not tok.text[:1].isupper() or not tok.text[:1].isalpha():
        return False
    if tok.text.lower() in _CALENDAR:
        return False
    if tok.pos == "PROPN":
        return True
    return not first and tok.pos in {"NOUN", "ADJ", "X", "VERB", "ADV"} and tok.text[1:].islower()


def name_runs(doc: ParsedDocument, known: frozenset[str] = frozenset()) -> list[Mention]:
    """Runs of capitalised proper nouns that NER left untagged ("Arshad Nadeen", "Niger").

    They are candidates only: a misspelled or unusual name is often missed by
    the small model in one version but not the other. A capitalised first word
    of a sentence counts only when it is a proper noun or a word of a ``known``
    name ("Wine, who is 79, ...").
    """
    out: list[Mention] = []
    is_known = _known_words(known)
    for s in doc.sentences:
        if not s.tokens:
            continue
        covered = [(m.start, m.end) for m in s.mentions]
        # a unit is a word of its figure, which the numbers check owns ("44 degrees Celsius")
        covered += [n.quantity.unit_span for n in s.numbers if getattr(n.quantity, "unit_span", None)]
        run: list[Token] = []

        def flush(run: list[Token] = run, s: Sentence = s) -> None:
            while run and (run[-1].text.lower() in _CONNECTORS or run[-1].text == "-"):
                run.pop()
            while len(run) > 1 and run[0].text.lower().strip(".") in TITLE_WORDS:
                run.pop(0)  # "Defence Minister Rustem Umerov": the name starts after the title
            if run:
                start, end = run[0].start, run[-1].end
                text = doc.text[start:end]
                key = entity_key(text)
                opening = len(run) == 1 and run[0].i == 0 and run[0].pos != "PROPN" and not is_known(key)
                era = key.replace(" ", "") in ERA_KEYS  # "300 BC": a word of a date
                if key and not opening and not era and not in_figure_unit(s.numbers, s.tokens, start, end):
                    out.append(Mention(start, end, text, RUN_LABEL, key, key, sentence=s.index))
            run.clear()

        tokens = s.tokens
        for n, tok in enumerate(tokens):
            inside = any(a <= tok.start < b for a, b in covered)
            first = n == 0 or tokens[n - 1].text in {'"', "“", "‘", "'", "(", "«", ":"}
            if not inside and (_is_name_token(tok, first) or first and tok.text[:1].isupper() and is_known(tok.text.lower())):
                run.append(tok)
                continue
            nxt = tokens[n + 1] if n + 1 < len(tokens) else None
            glue = (
                run
                and not inside
                and nxt is not None
                and _is_name_token(nxt, False)
                and not any(a <= nxt.start < b for a, b in covered)
                and (tok.text.lower() in _CONNECTORS or tok.text == "-" and tok.start == run[-1].end and nxt.start == tok.end)
            )
            if glue:
                run.append(tok)
                continue
            flush()
        flush()
    return out


def _known_words(known: frozenset[str]) -> Callable[[str], bool]:
    """Whether a word is one of the ``known`` name words, or a slip of one ("Osimehn" for "Osimhen").

    A misspelled name opening a sentence is often tagged as a common noun; being one
    swapped, dropped or changed letter from a known name word is what marks it as a name.
    """
    by_initial: dict[str, list[str]] = {}
    for w in known:
        if len(w) >= MIN_SLIP_LENGTH:
            by_initial.setdefault(w[0], []).append(w)

    def is_known(word: str) -> bool:
        if word in known:
            return True
        if len(word) < MIN_SLIP_LENGTH:
            return False
        return any(one_slip(k, word) for k in by_initial.get(word[0], ()))

    return is_known


def looks_like_name(sentence: Sentence, m: Mention) -> bool:
    """Capitalised words the tagger missed that are surely a name: two proper nouns or more, no title word;
    or one proper noun that no capital of position explains (see ``_lone_name``)."""
    tokens = [t for t in sentence.tokens if m.start <= t.start < m.end and t.text[:1].isalpha()]
    capitalised = [t for t in tokens if t.text[:1].isupper()]
    if any(t.text.lower().strip(".") in TITLE_WORDS for t in tokens) or not capitalised:
        return False
    if len(capitalised) >= 2 and all(t.pos == "PROPN" for t in capitalised):
        return True
    if len(capitalised) != 1 or capitalised[0].pos != "PROPN":
        return False
    return _coordinated_with_name(sentence, capitalised[0]) or _lone_name(sentence, capitalised[0])


def _lone_name(sentence: Sentence, tok: Token) -> bool:
    """One capitalised proper noun that is a name: after a title ("Dr Mall"), inside a sentence
    ("from Shikoku to"), or opening it when it is no dictionary word ("Cuomo, 53, took office").

    A dictionary word opening a sentence ("Green was born", "Linking the two...") may owe its
    capital to its place alone.
    """
    if len(tok.text) < 3 or tok.is_stop or not tok.text[1:].islower() and not tok.text.isupper():
        return False
    before = sentence.tokens[tok.i - 1] if tok.i > 0 else None
    if before is not None and before.text.lower().strip(".") in TITLE_WORDS and before.text[:1].isupper():
        return True
    opening = before is None or before.text in {'"', "“", "‘", "'", "(", "«", ":"}
    return not opening or not common_word(tok.text.lower())


def _coordinated_with_name(sentence: Sentence, tok: Token) -> bool:
    """"Hatay and Adiyaman": a proper noun listed with a tagged name is a name of the same kind."""
    tokens = sentence.tokens
    if tok.dep == "conj" and tokens[tok.head].ent_type:
        return True
    return any(t.dep == "conj" and t.head == tok.i and t.ent_type for t in tokens)


def _root(tokens: tuple[Token, ...], start: int, end: int) -> Token | None:
    inside = [t for t in tokens if start <= t.start < end]
    for t in inside:
        head = tokens[t.head]
        if head is t or not (start <= head.start < end):
            return t
    return inside[-1] if inside else None


def slot(sentence: Sentence, m: Mention) -> tuple[str, str]:
    """The role a name plays in its sentence: ("in", "") for "in Mali", ("nsubj", "propose")..."""
    tok = _root(sentence.tokens, m.start, m.end)
    if tok is None:
        return ("", "")
    head = sentence.tokens[tok.head]
    if head is tok:
        return ("root", "")
    if tok.dep == "pobj":
        return ("prep", head.text.lower())
    if tok.dep in {"nsubj", "nsubjpass", "agent"}:
        return ("subj", "")  # the subject, whatever the verb: paraphrases change verbs
    if tok.dep in {"conj", "appos"}:
        return slot(sentence, Mention(head.start, head.end, head.text, "", "", sentence=m.sentence))
    if tok.dep in {"compound", "amod", "nmod", "npadvmod"}:
        return ("mod", head.lemma.lower())  # "Tigrayan forces" / "Eritrean forces"
    return (tok.dep, head.lemma.lower())


# roles whose word is the verb governing the name: a paraphrase may change it ("beat" / "defeated")
VERB_ROLES = frozenset({"dobj", "dative", "oprd"})
NEAR_VERB_KINDS = frozenset({"same", "inflection", "synonym", "hypernym", "hyponym", "derived"})
NEAR_VERB = 0.25  # WordNet suspicion at or under which two verbs say the same thing ("visit" / "tour")


def same_role(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two roles (see ``slot``) are one: equal, or the object of two verbs that mean the same.

    "beat Uruguay" / "defeated Paraguay": a copy that paraphrases the verb still
    puts a name in the place of the original's; "beat" / "hosted" does not.
    """
    if a == b:
        return a != ("", "")
    if a[0] != b[0] or a[0] not in VERB_ROLES or not a[1] or not b[1]:
        return False
    return _near_verbs(a[1], b[1])


@lru_cache(maxsize=4096)
def _near_verbs(a: str, b: str) -> bool:
    """One word family or near synonyms: a paraphrase, not another event (without WordNet: family only)."""
    if same_family(a, b):
        return True
    rel = relation(a, b, "VERB")
    return rel.kind in NEAR_VERB_KINDS and rel.score <= NEAR_VERB


def slot_detail(sentence: Sentence, m: Mention) -> tuple[str, ...]:
    """The role with the word the preposition hangs on: "court in Belo Horizonte" -> ("prep", "in", "court")."""
    role = slot(sentence, m)
    if role[0] != "prep":
        return role
    tok = _root(sentence.tokens, m.start, m.end)
    prep = sentence.tokens[tok.head] if tok is not None else None
    if prep is None or prep.head == prep.i:
        return role
    return (*role, sentence.tokens[prep.head].lemma.lower())


