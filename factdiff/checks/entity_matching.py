"""Decide, once per comparison, what became of every named entity.

Each entity of the original (its mentions resolved to the fullest name) is
``present`` in the copy (same name anywhere in the copy, in any equivalent
form), ``spelled`` differently (a close variant: a misspelling or another
romanisation), ``changed`` (another name stands in its place) or ``missing``.
Copy entities left over are ``added``.

Matching is document-wide, so a name moved to another sentence is not
"missing"; spellings are checked mention by mention, so a name spelled wrongly
once and rightly twice is still reported ("in 1 of 3 mentions").

spaCy's small model often misses or mislabels an unusual or misspelled name in
one version, so the candidates in the copy are not only its named entities but
also runs of capitalised proper nouns, and presence is tested on the text. A
replacement is recognised by the role the name plays in the aligned sentence
(the same preposition or governing word: "off Lampedusa" / "off Crete"), not
only by its NER label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..facts.keys import acronym, bag_key, entity_key, name_squash, word_pattern
from ..facts.model import Mention, ParsedDocument, Sentence, Token
from .names_morphology import demonym_of, name_variant

LABEL_GROUP = {
    "PERSON": "person",
    "ORG": "org",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "EVENT": "event",
    "PRODUCT": "thing",
    "WORK_OF_ART": "thing",
    "LAW": "thing",
    "LANGUAGE": "group",
}
RUN_LABEL = "NAME"  # a run of capitalised proper nouns that NER did not tag
FAR_SIMILARITY = 0.8  # a spelling variant outside the aligned sentences must be this close
_CONNECTORS = frozenset("al el ez ad ar as ash bin ibn bint ben abu de da del della di dos du la le van von der den ter".split())
_CALENDAR = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)


@dataclass
class EntityFate:
    key: str  # canonical key in the original
    label: str
    mentions: list[Mention]
    status: str  # present | spelled | changed | missing
    counterpart: list[Mention] = field(default_factory=list)
    variant: str = ""  # spelled: typo | translit ; changed: gendered | other | swap
    similarity: float = 0.0
    correct: int = 0  # copy mentions that spell the name as the original does
    weak: bool = False  # found as capitalised words only, not by NER

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    @property
    def fullest(self) -> Mention:
        return max(self.mentions, key=lambda m: (len(m.key.split()), -m.start))


@dataclass
class EntityMatching:
    fates: list[EntityFate]
    added: dict[str, list[Mention]]  # copy canonical key -> mentions with no counterpart


def _group(label: str) -> str:
    return LABEL_GROUP.get(label, label.lower())


def equivalent(a: str, b: str, label_a: str = "", label_b: str = "") -> bool:
    """Two keys name the same thing: equal, reordered, acronym, short mention, demonym."""
    if not a or not b:
        return False
    if a == b or bag_key(a) == bag_key(b):
        return True
    if acronym(a) == b or acronym(b) == a:
        return True
    aw, bw = a.split(), b.split()
    short, long_ = (aw, bw) if len(aw) <= len(bw) else (bw, aw)
    if set(short) < set(long_):
        if "PERSON" in (label_a, label_b):
            return short[-1] == long_[-1]
        return any(len(w) >= 4 for w in short)
    if {_group(label_a), _group(label_b)} & {"group", "place"} and demonym_of(a, b):
        return True  # "russian" / "russia", "french" / "france"
    return False


@lru_cache(maxsize=8)
def _squashed(text: str) -> str:
    return name_squash(text)


@lru_cache(maxsize=8)
def _undotted(text: str) -> str:
    return text.replace(".", "")


@lru_cache(maxsize=8)
def _key_words(text: str) -> tuple[str, ...]:
    """The text as the words of a name key ("Second" -> "2"), for order-free search."""
    return tuple(entity_key(text).split())


def _bag_in(words: tuple[str, ...], key: str) -> bool:
    """All words of ``key`` stand together, in any order ("World War Two" / "Second World War")."""
    want = sorted(key.split())
    n = len(want)
    if n < 2:
        return False
    first = set(want)
    for i in range(len(words) - n + 1):
        if words[i] in first and sorted(words[i : i + n]) == want:
            return True
    return False


def present_in_text(mention: Mention, text: str) -> bool:
    """The name (in its own key form) occurs as whole words in ``text``."""
    key = mention.key
    if len(key.replace(" ", "")) <= 3:
        surface = _undotted(mention.text)
        return re.search(r"(?<![\w])" + re.escape(surface) + r"(?![\w])", _undotted(text)) is not None
    if word_pattern(key).search(_squashed(text)) is not None:
        return True
    return _bag_in(_key_words(text), key)


def spelling_similarity(a: str, b: str) -> tuple[float, str]:
    """How alike two name keys are, and what kind of variant they are (see ``name_variant``).

    Returns (0, "") when they cannot be the same name spelled differently.
    """
    return name_variant(a, b)


# ------------------------------------------------------------------ candidates
def _is_name_token(tok: Token, first: bool) -> bool:
    if not tok.text[:1].isupper() or not tok.text[:1].isalpha():
        return False
    if tok.text.lower() in _CALENDAR:
        return False
    if tok.pos == "PROPN":
        return True
    return not first and tok.pos in {"NOUN", "ADJ", "X", "VERB", "ADV"} and tok.text[1:].islower()


def name_runs(doc: ParsedDocument) -> list[Mention]:
    """Runs of capitalised proper nouns that NER left untagged ("Arshad Nadeen", "Niger").

    They are candidates only: a misspelled or unusual name is often missed by
    the small model in one version but not the other.
    """
    out: list[Mention] = []
    for s in doc.sentences:
        if not s.tokens:
            continue
        covered = [(m.start, m.end) for m in s.mentions]
        run: list[Token] = []

        def flush(run: list[Token] = run, s: Sentence = s) -> None:
            while run and (run[-1].text.lower() in _CONNECTORS or run[-1].text == "-"):
                run.pop()
            if run:
                start, end = run[0].start, run[-1].end
                text = doc.text[start:end]
                key = entity_key(text)
                if key and not (len(run) == 1 and run[0].i == 0 and run[0].pos != "PROPN"):
                    out.append(Mention(start, end, text, RUN_LABEL, key, key, sentence=s.index))
            run.clear()

        tokens = s.tokens
        for n, tok in enumerate(tokens):
            inside = any(a <= tok.start < b for a, b in covered)
            first = n == 0 or tokens[n - 1].text in {'"', "“", "‘", "'", "(", "«", ":"}
            if not inside and _is_name_token(tok, first):
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
        return ("subj", head.lemma.lower())
    if tok.dep in {"conj", "appos"}:
        return slot(sentence, Mention(head.start, head.end, head.text, "", "", sentence=m.sentence))
    if tok.dep in {"compound", "amod", "nmod", "npadvmod"}:
        return ("mod", head.lemma.lower())  # "Tigrayan forces" / "Eritrean forces"
    return (tok.dep, head.lemma.lower())


def _relative(m: Mention, doc: ParsedDocument) -> float:
    s = doc.sentences[m.sentence]
    return (m.start - s.start) / max(1, s.end - s.start)


def _windows(key: str, n: int, person: bool) -> list[str]:
    """Sub-names of ``key`` with ``n`` words (a surname for a full name)."""
    words = key.split()
    if n >= len(words):
        return [key]
    if person:
        return [" ".join(words[-n:])]
    return [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)]


def _variant_of(fate_keys: list[str], person: bool, cand: Mention) -> tuple[float, str]:
    """Best spelling-variant match of a candidate against the keys of one entity."""
    best = (0.0, "")
    cw = len(cand.key.split())
    for key in fate_keys:
        pairs = [(w, cand.key) for w in _windows(key, cw, person)]
        kw = len(key.split())
        if kw < cw:  # "Dostoevsky" / "Fyodor Dostoyevsky"
            pairs += [(key, w) for w in _windows(cand.key, kw, person)]
        for a, b in pairs:
            sim, variant = name_variant(a, b)
            if sim > best[0]:
                best = (sim, variant)
    return best


# ------------------------------------------------------------------ matching
def match_entities(ctx: object) -> EntityMatching:
    """Fate of every original entity, and the copy's entities with no counterpart."""
    original: ParsedDocument = ctx.original  # type: ignore[attr-defined]
    copy: ParsedDocument = ctx.copy  # type: ignore[attr-defined]
    copy_mentions = [m for s in copy.sentences for m in s.mentions]
    orig_mentions = [m for s in original.sentences for m in s.mentions]
    copy_runs = name_runs(copy)
    orig_runs = [r for r in name_runs(original) if not any(equivalent(o.key, r.key) for o in orig_mentions)]
    candidates = copy_mentions + copy_runs

    def in_original(m: Mention) -> bool:
        return present_in_text(m, original.text) or any(
            equivalent(o.key, m.key, o.label, m.label) for o in orig_mentions
        )

    new_in_copy = {c.start: not in_original(c) for c in candidates}

    groups: list[tuple[str, list[Mention], bool]] = [(k, ms, False) for k, ms in original.entities.items()]
    weak_groups: dict[str, list[Mention]] = {}
    for r in orig_runs:
        weak_groups.setdefault(r.key, []).append(r)
    groups += [(k, ms, True) for k, ms in weak_groups.items()]

    used: set[int] = set()  # copy candidates (by start) that stand for an original entity
    fates: list[EntityFate] = []
    for key, mentions, weak in groups:
        label = mentions[0].label
        correct = [
            c
            for c in candidates
            if any(equivalent(o.key, c.key, o.label, c.label) or equivalent(o.key, c.canonical, o.label, c.label) for o in mentions)
        ]
        present = bool(correct) or any(present_in_text(o, copy.text) for o in mentions)
        fate = EntityFate(key, label, mentions, "present" if present else "missing", weak=weak)
        fate.correct = len({c.start for c in correct}) or int(present)
        used.update(c.start for c in correct)
        fates.append(fate)

    # spelling variants, mention by mention, anywhere in the copy
    for fate in fates:
        partners = {j for m in fate.mentions for j in ctx.partner_of_original(m.sentence)}  # type: ignore[attr-defined]
        keys = sorted({m.key for m in fate.mentions} | {fate.key}, key=lambda k: -len(k))
        person = fate.label == "PERSON"
        found: list[tuple[float, str, Mention]] = []
        for cand in candidates:
            if cand.start in used or not new_in_copy[cand.start]:
                continue
            near = cand.sentence in partners
            if fate.weak and not near:
                continue  # capitalised words the NER did not tag: only compared with their aligned sentence
            sim, variant = _variant_of(keys, person or cand.label == "PERSON", cand)
            if not sim or (not near and (sim < FAR_SIMILARITY or variant == "gendered")):
                continue
            found.append((sim, variant, cand))
        if not found:
            continue
        sim, variant, _ = max(found, key=lambda x: (x[0], x[2].sentence in partners))
        spellings = {c.key for _, _, c in found}
        counterpart = [c for c in candidates if c.key in spellings and c.start not in used]
        counterpart = _dedupe_spans(counterpart)
        used.update(c.start for c in counterpart)
        fate.status = "changed" if variant == "gendered" else "spelled"
        fate.counterpart, fate.variant, fate.similarity = counterpart, variant, sim

    _pair_replacements(ctx, fates, candidates, used, new_in_copy, original, copy)

    added: dict[str, list[Mention]] = {}
    for m in copy_mentions:
        if m.start in used or not new_in_copy[m.start]:
            continue
        added.setdefault(m.canonical, []).append(m)
    return EntityMatching([f for f in fates if not (f.weak and f.status in {"present", "missing"})], added)


def _dedupe_spans(ms: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in sorted(ms, key=lambda m: (m.start, -m.end)):
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def _pair_replacements(
    ctx: object,
    fates: list[EntityFate],
    candidates: list[Mention],
    used: set[int],
    new_in_copy: dict[int, bool],
    original: ParsedDocument,
    copy: ParsedDocument,
) -> None:
    """Within each aligned pair, a name of the original that is gone and a name of the copy that
    is new there, in the same role, are one name replaced by another."""
    fate_of = {id(m): f for f in fates for m in f.mentions}
    for pair in ctx.pairs():  # type: ignore[attr-defined]
        o_idx, c_idx = set(pair.group.original), set(pair.group.copy)
        o_text = " ".join(s.text for s in pair.original)
        c_text = " ".join(s.text for s in pair.copy)
        o_here = [m for s in pair.original for m in s.mentions]
        c_here = [c for c in candidates if c.sentence in c_idx]

        left_o: list[tuple[Mention, EntityFate, bool]] = []
        for m in o_here:
            fate = fate_of.get(id(m))
            if fate is None or m.in_title or fate.status in {"spelled", "changed"}:
                continue
            if fate.status == "missing":
                left_o.append((m, fate, False))
            elif not present_in_text(m, c_text) and not any(
                equivalent(o.key, c.key, o.label, c.label) for o in fate.mentions for c in c_here
            ):
                left_o.append((m, fate, True))  # named elsewhere in the copy, not here
        if not left_o:
            continue
        left_c: list[tuple[Mention, bool]] = []
        for c in _dedupe_spans(c_here):
            if c.start in used or c.in_title or present_in_text(c, o_text):
                continue
            if any(equivalent(o.key, c.key, o.label, c.label) for o in o_here):
                continue
            left_c.append((c, not new_in_copy[c.start]))  # True: a name the original uses elsewhere
        if not left_c:
            continue
        single = len(left_o) == 1 and len(left_c) == 1
        scored = []
        for m, fate, m_elsewhere in left_o:
            m_slot = slot(original.sentences[m.sentence], m)
            for c, c_elsewhere in left_c:
                c_slot = slot(copy.sentences[c.sentence], c)
                same_slot = m_slot == c_slot and m_slot != ("", "")
                weak = c.label == RUN_LABEL
                same_group = not weak and _group(c.label) == _group(m.label)
                strict = m_elsewhere or c_elsewhere
                if strict:
                    ok = same_slot and (same_group or weak and m.label != "NORP")
                elif weak:
                    ok = same_slot and m.label != "NORP"
                elif "NORP" in (m.label, c.label) and _group(m.label) != _group(c.label):
                    ok = same_slot or single and len((m if c.label == "NORP" else c).key.split()) > 1 and (
                        len((c if c.label == "NORP" else m).key.split()) > 1
                    )
                else:
                    ok = same_group or same_slot or single
                if not ok:
                    continue
                distance = abs(_relative(m, original) - _relative(c, copy))
                scored.append((2 * same_slot + 2 * same_group - distance, m, fate, c, strict))
        taken_o: set[int] = set()
        for _score, m, fate, c, strict in sorted(scored, key=lambda x: -x[0]):
            if id(m) in taken_o or c.start in used:
                continue
            taken_o.add(id(m))
            same = [c] + [x for x in candidates if x.key == c.key and x.start != c.start and x.start not in used and not strict]
            used.update(x.start for x in same)
            if fate.status == "missing":
                fate.status, fate.counterpart = "changed", _dedupe_spans(same)
                fate.variant = "swap" if strict else "other"
            else:  # the name stays elsewhere in the copy, but here another name took its place
                fates.append(EntityFate(fate.key, fate.label, [m], "changed", [c], "swap", correct=fate.correct))
