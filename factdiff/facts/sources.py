"""Who a source is: the parts of "his lawyer Naeem Panjutha" that identify it.

Two versions of a story often name one source differently ("the mayor",
"Mayor Ihor Terekhov", "he"), so a source is kept as its parts rather than as
one string: the names that name it, its role nouns ("lawyer", "ministry"),
the other nouns that qualify it ("interior" ministry, spokeswoman for the
"statistics office"), the names it is affiliated with ("Taliban" spokesman)
and whether it is explicitly anonymous. The attribution check compares parts.

Works on spaCy tokens passed in; spaCy itself is never imported here.
"""

from __future__ import annotations

from dataclasses import dataclass

from .doc_index import ents_in
from .keys import entity_key
from .model import ENTITY_LABELS

#: Words that make a source explicitly anonymous ("an unnamed official",
#: "a diplomat familiar with the plans", "sources close to the talks").
ANONYMOUS = frozenset({"unnamed", "anonymous", "anonymity", "unidentified", "familiar", "source", "insider"})
#: Verbs that report speech whatever follows them; other SAY_VERBS ("show", "add", "continue") need a statement.
SPEECH_VERBS = frozenset({"say", "tell", "testify"})
#: Marks trimmed from the ends of a source span.
EDGE_PUNCT = frozenset("\"'“”‘’«»„‹›,;:–—-()[]")
_QUOTE_MARKS = frozenset('"“”«»„‹›‘’「」')
_NOUNS = frozenset({"NOUN", "PROPN"})
_DETACHED = frozenset({"relcl", "acl", "advcl"})
_FUNCTION = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PART", "PRON", "AUX"})


@dataclass(frozen=True)
class SourceParts:
    names: tuple[tuple[str, str], ...]
    roles: tuple[str, ...]
    qualifiers: tuple[str, ...]
    affiliations: tuple[tuple[str, str], ...]
    words: tuple[str, ...]
    anonymous: bool


def _lemma(tok: object) -> str:
    return (tok.lemma_ or tok.text).lower()  # type: ignore[attr-defined]


def describe_source(src: object, left: int, right: int) -> SourceParts:
    """Split the source phrase ``doc[left:right+1]`` headed by ``src`` into its parts."""
    doc = src.doc  # type: ignore[attr-defined]
    ents = []
    for e in ents_in(doc, left, right + 1):
        if e.label_ not in ENTITY_LABELS or e.start > right or e.end <= left:
            continue
        if e.root.text[:1].islower():  # "the electoral institute", "the U.N. migration agency": a description
            n = 0
            while e.start + n < e.root.i and e[n].text[:1].isupper():
                n += 1
            if n:
                ents.append(e[:n])
            continue
        ents.append(e)
    ent_of = {i: e for e in ents for i in range(e.start, e.end)}
    names: list[tuple[str, str]] = []
    affiliations: list[tuple[str, str]] = []
    for e in ents:
        key = entity_key(e.text)
        if not key:
            continue
        naming = src.i in range(e.start, e.end) or (  # type: ignore[attr-defined]
            e.root.dep_ == "appos" and e.root.head.i == src.i  # type: ignore[attr-defined]
        )
        (names if naming and e.label_ != "NORP" else affiliations).append((key, e.label_))
    roles: list[str] = []
    qualifiers: list[str] = []
    words: list[str] = []
    if src.i not in ent_of and src.pos_ in _NOUNS:  # type: ignore[attr-defined]
        roles.append(_lemma(src))
    name_roots = {ent_of[i].root.i for i in range(left, right + 1) if i in ent_of and (entity_key(ent_of[i].text), ent_of[i].label_) in names}
    for i in range(left, right + 1):
        tok = doc[i]
        if tok.is_punct or tok.is_space or tok.pos_ in _FUNCTION:
            continue
        if i in ent_of or tok.pos_ in _NOUNS or tok.pos_ == "NUM" or tok.pos_ == "ADJ" and tok.dep_ == "amod":
            words.append(_lemma(tok) if i not in ent_of else tok.lower_.replace(".", ""))
        if i not in ent_of and tok.pos_ == "ADJ" and tok.dep_ == "amod":
            qualifiers.append(_lemma(tok))  # "the interior ministry": the parser's "interior" is an adjective
            continue
        if i in ent_of or tok.pos_ not in _NOUNS or i == src.i:  # type: ignore[attr-defined]
            continue
        title = tok.head.i in name_roots and tok.dep_ in {"compound", "appos"} and not any(
            c.dep_ == "compound" and c.i > tok.i and c.i not in ent_of and c.head.i == tok.head.i for c in tok.head.children
        ) or (i + 1 in ent_of and ent_of[i + 1].start == i + 1 and (entity_key(ent_of[i + 1].text), ent_of[i + 1].label_) in names)
        appos_role = tok.dep_ == "appos" and tok.head.i == src.i  # type: ignore[attr-defined]
        (roles if title or appos_role else qualifiers).append(_lemma(tok))
    anonymous = any(_lemma(t) in ANONYMOUS for t in src.subtree) or any(  # type: ignore[attr-defined]
        c.dep_ in _DETACHED and any(_lemma(t) in {"name", "identify"} for t in c.subtree)
        for c in src.children  # type: ignore[attr-defined]
    )
    return SourceParts(
        tuple(dict.fromkeys(names)),
        tuple(dict.fromkeys(roles)),
        tuple(dict.fromkeys(q for q in qualifiers if q not in roles)),
        tuple(dict.fromkeys(affiliations)),
        tuple(dict.fromkeys(words)),
        anonymous,
    )


def reports_speech(verb: object, sent: object) -> bool:
    """ "say" and "tell" always report speech; "show", "list", "continue", "call"... only with a clause
    ("data showed prices fell", "..., he added") or a quotation, not "a video showed the son"."""
    if verb.lemma_.lower() in SPEECH_VERBS:  # type: ignore[attr-defined]
        return True
    if verb.dep_ == "parataxis" or any(c.dep_ in {"ccomp", "parataxis"} for c in verb.children):  # type: ignore[attr-defined]
        return True
    # what it says is quoted: 'called the plan "a disaster for the region"', '"...," she vowed'
    return any(t.text in _QUOTE_MARKS for t in verb.subtree)  # type: ignore[attr-defined]


def trailing(verb: object, sent: object) -> bool:
    """The verb closes the sentence: "..., the agency estimated on Sunday." """
    return not any(t.pos_ in {"VERB", "AUX"} for t in sent.doc[verb.i + 1 : sent.end])  # type: ignore[attr-defined]


def subject_before(verb: object, sent: object) -> tuple[object, tuple[int, int]] | None:
    """A say-verb the parser left without a subject: "..., a diplomat familiar with the plans said",
    "..., a teacher who escaped told reporters" (the noun phrase got attached to the clause before).
    Take the phrase between the comma and the verb."""
    doc = verb.doc  # type: ignore[attr-defined]
    end = verb.i - 1  # type: ignore[attr-defined]
    start = end
    while start - 1 >= sent.start and not doc[start - 1].is_punct and end - start < 8:
        start -= 1
    if end < sent.start or start > end or doc[start].is_punct:
        return None
    if start == sent.start and verb.dep_ != "ROOT" or start > sent.start and not doc[start - 1].is_punct:  # type: ignore[attr-defined]
        return None
    roots = [t for t in doc[start : end + 1] if not (start <= t.head.i <= end) or t.head.i == t.i]
    if len(roots) != 1 or roots[0].pos_ not in {"NOUN", "PROPN", "PRON"}:
        return None
    return roots[0], (start, end)
