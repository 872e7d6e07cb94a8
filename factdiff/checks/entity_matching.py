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
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from rapidfuzz.distance import OSA

from ..facts.extract import ERA_KEYS
from ..facts.keys import acronym, bag_key, entity_key, name_squash, strip_marks, word_pattern
from ..facts.model import Mention, ParsedDocument, Sentence, Token
from .name_candidates import (
    RUN_LABEL,
    TITLE_WORDS,
    looks_like_name,
    name_runs,
    same_role,
    slot,
    slot_detail,
)
from .names_morphology import (
    _IRREGULAR_DEMONYMS,
    common_word,
    demonym_of,
    name_variant,
    word_variant,
)
from .places import other_names, place_ids, same_place, stands_for

__all__ = ["RUN_LABEL", "EntityFate", "EntityMatching", "equivalent", "looks_like_name", "match_entities",
           "present_in_text", "renamed_in_text", "rephrased", "spelling_similarity"]

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
FAR_SIMILARITY = 0.8  # a spelling variant outside the aligned sentences must be this close

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


# titles that stand before a person's name
PERSON_TITLES = frozenset(
    """president vice prime minister deputy chancellor premier governor mayor senator judge pope king queen
    prince princess cardinal bishop archbishop imam ayatollah sheikh father sister general gen colonel col
    lt captain capt major sergeant sgt admiral commander marshal coach"""
    .split()
)


def core_key(key: str) -> str:
    """A key without leading titles: "chancellor scholz" -> "scholz"."""
    words = key.split()
    n = 0
    while n < len(words) - 1 and words[n] in PERSON_TITLES:
        n += 1
    return " ".join(words[n:])


@lru_cache(maxsize=65536)
def equivalent(a: str, b: str, label_a: str = "", label_b: str = "") -> bool:
    """Two keys name the same thing: equal, reordered, acronym, short mention, demonym, titled."""
    if not a or not b:
        return False
    ca, cb = core_key(a), core_key(b)
    if (ca, cb) != (a, b) and _equivalent(ca, cb, "PERSON", "PERSON"):  # a title marks a person
        return True  # "Chancellor Scholz" / "Olaf Scholz"
    return _equivalent(a, b, label_a, label_b)


def _singular(words: list[str]) -> list[str]:
    return [w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w for w in words]


def _equivalent(a: str, b: str, label_a: str, label_b: str) -> bool:
    if a == b or bag_key(a) == bag_key(b):
        return True
    place = same_place(a, b)
    if place is False:
        return False  # two countries, though one name holds the other: "Sudan" / "South Sudan"
    if place and name_variant(a, b)[1] != "translit":
        return True  # one place renamed or known by another name: "Bombay" / "Mumbai", "Burma" / "Myanmar"
    if acronym(a) == b or acronym(b) == a:
        return True
    aw, bw = a.split(), b.split()
    short, long_ = (aw, bw) if len(aw) <= len(bw) else (bw, aw)
    if set(short) < set(long_):
        if "PERSON" in (label_a, label_b):
            # a surname ("Putin"), or one name of several ("Lula" / "Luiz Inacio Lula da Silva")
            return short[-1] == long_[-1] or len(short) == 1 and len(short[0]) >= 3 and short[0] != long_[0]
        return any(len(w) >= 4 for w in short)
    person = "PERSON" in (label_a, label_b)
    if not person and (_singular(aw) != aw or _singular(bw) != bw):
        sa, sb = _singular(aw), _singular(bw)
        if sa == sb or (set(sa) <= set(sb) or set(sb) <= set(sa)) and any(len(w) >= 4 for w in min(sa, sb, key=len)):
            return True  # "the Conservatives" / "the Conservative Party"
    if not person and len(short) == 1 and 3 <= len(short[0]) <= 4 and "ORG" in (label_a, label_b):
        if any(w.startswith(short[0]) and len(w) > len(short[0]) + 2 for w in long_):
            return True  # a clipped name: "the Fed" / "the Federal Reserve"
    if {_group(label_a), _group(label_b)} & {"group", "place"} and demonym_of(a, b):
        return True  # "russian" / "russia", "french" / "france"
    return False


def _index_terms(key: str) -> set[str]:
    """Terms two equivalent keys always share: a word, a 3-letter prefix, an acronym, a demonym."""
    words = key.split()
    terms = {key, acronym(key)} | set(words) | {w[:3] for w in words if len(w) >= 3}
    for w in (key, *words):
        terms.update(_IRREGULAR_DEMONYMS.get(w, ()))
        terms.update(_DEMONYM_OF_PLACE.get(w, ()))
    terms.update(place_ids(key))  # "bombay" and "mumbai" share no word, only the place they name
    terms.discard("")
    return terms


_DEMONYM_OF_PLACE: dict[str, tuple[str, ...]] = {}
for _people, _places in _IRREGULAR_DEMONYMS.items():
    for _place in _places:
        _DEMONYM_OF_PLACE[_place] = (*_DEMONYM_OF_PLACE.get(_place, ()), _people)


class KeyIndex:
    """Items found by an equivalent key without comparing every pair (which is quadratic).

    ``equivalent`` holds only between keys that share an index term, so a
    lookup compares the key with the few items sharing one.
    """

    def __init__(self) -> None:
        self._by_term: dict[str, set[tuple[str, str]]] = {}
        self._items: dict[tuple[str, str], list[object]] = {}

    def add(self, key: str, label: str, item: object) -> None:
        if not key:
            return
        slot = (key, label)
        if slot not in self._items:
            self._items[slot] = []
            for term in _index_terms(key):
                self._by_term.setdefault(term, set()).add(slot)
        self._items[slot].append(item)

    def _slots(self, key: str) -> list[tuple[str, str]]:
        slots: set[tuple[str, str]] = set()
        for term in _index_terms(key):
            slots |= self._by_term.get(term, set())
        return sorted(slots)

    def candidates(self, key: str) -> list[tuple[str, str, list[object]]]:
        """Every (key, label, items) sharing a term with ``key``: a superset of the equivalent ones."""
        return [(k, lab, self._items[(k, lab)]) for k, lab in self._slots(key)] if key else []

    def find(self, key: str, label: str) -> list[object]:
        """Items ``i`` with ``equivalent(key, i.key, label, i.label)``."""
        return [it for k, lab, items in self.candidates(key) if equivalent(key, k, label, lab) for it in items]

    def find_reverse(self, key: str, label: str) -> list[object]:
        """Items ``i`` with ``equivalent(i.key, key, i.label, label)``."""
        return [it for k, lab, items in self.candidates(key) if equivalent(k, key, lab, label) for it in items]


@lru_cache(maxsize=8)
def _word_set(text: str) -> frozenset[str]:
    return frozenset(_key_words(text))


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
        plural = r"(?:['’]?s)?" if surface.isupper() else ""  # "MCI" / "MCIs", "NGO" / "NGOs"
        return re.search(r"(?<![\w])" + re.escape(surface) + plural + r"(?![\w])", _undotted(text)) is not None
    if any(ch.isdigit() for ch in key) and word_pattern(entity_key(_glued(mention.text))).search(_glued_text(text)):
        return True  # "MH17" / "MH-17", "Covid-19" / "COVID19": the letters and digits of one code
    if not set(key.split()) <= _word_set(text):
        return False  # some word of the name is nowhere in the text
    if word_pattern(key).search(_squashed(text)) is not None:
        return True
    return _bag_in(_key_words(text), key)


_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_])[-\u2010\u2011\u2013](?=\d)|(?<=\d)[-\u2010\u2011\u2013](?=[^\W\d_])")


def _glued(text: str) -> str:
    """Letters and digits of a code written together: "MH-17" -> "MH17"."""
    return _LETTER_DIGIT.sub("", text)


@lru_cache(maxsize=8)
def _glued_text(text: str) -> str:
    return name_squash(_glued(text))


def renamed_in_text(key: str, text: str) -> bool:
    """Another name of the same place occurs in ``text`` ("Mumbai" for "Bombay").

    Names of three letters or fewer ("US", "UK") are left to the tagger: as plain
    text they are also words ("us"). Transliteration variants ("Kiev"/"Kyiv") are
    the spelling check's, which reports them as minor.
    """
    return any(
        len(alias.replace(" ", "")) > 3 and name_variant(key, alias)[1] != "translit" and _named_in(alias, text)
        for alias in other_names(key)
    )


def named_otherwise(key: str, text: str) -> bool:
    """Another name of the same place, transliteration variants included, stands in ``text``."""
    return any(len(alias.replace(" ", "")) > 3 and _named_in(alias, text) for alias in other_names(key))


def _named_in(key: str, text: str) -> bool:
    """``key`` occurs in ``text`` as whole words written with a capital: a name ("Canton"), not the
    common word it may also be ("the canton of Vaud")."""
    if not set(key.split()) <= _word_set(text):
        return False
    pattern = _alias_pattern(key)
    return any(m.group()[0].isupper() for m in pattern.finditer(_unmarked(text)))


@lru_cache(maxsize=4096)
def _alias_pattern(key: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + r"[\W_]*".join(re.escape(w) for w in key.split()) + r"(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=8)
def _unmarked(text: str) -> str:
    """``text`` without diacritics, its case kept ("Türkiye" -> "Turkiye")."""
    return strip_marks(text.translate(_DOTLESS))


_DOTLESS = str.maketrans({".": ""})  # "St. Petersburg" -> "St Petersburg", as in the name keys


def rephrased(m: Mention, text: str, beside: str = "") -> bool:
    """Most words of a multi-word name are still in ``text`` ("Australia's weather bureau" for
    "the Australian Bureau of Meteorology"): the name was paraphrased, not dropped.

    ``beside`` is the rest of the original sentence: a word the copy writes no more often than
    the original writes it outside the name belongs to that other wording ("South Africa's"
    dropped beside a kept "South African National Parks" is not reworded).
    """
    words = [w for w in m.key.split() if len(w) > 3]
    if len(words) < 2:
        return False
    there = Counter(_key_words(text))
    there.subtract(Counter(entity_key(beside).split()) if beside else Counter())
    there = Counter({w: n for w, n in there.items() if n > 0})
    found = sum(
        1 for w in words
        if w in there and (w not in GENERIC_HEADS or _said_apart(w, text))
        or any(demonym_of(w, t) for t in there if t[:3] == w[:3])
    )
    return 2 * found >= len(words)


_TEXT_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_NAME_GLUE = frozenset({"of", "for", "the", "de", "and", "&"})


def _said_apart(word: str, text: str) -> bool:
    """``word`` (a generic head: "university", "ministry") stands in ``text`` outside any other name.

    "Kyoto University" keeps the word of a dropped "University of Tokyo", but as a
    part of another name: it says nothing of the dropped one. "The university said"
    does: a common noun that may stand for it.
    """
    tokens = [x.group() for x in _TEXT_WORD.finditer(text)]
    for i, tok in enumerate(tokens):
        if entity_key(tok) != word:
            continue
        if not tok[:1].isupper():
            return True
        before = tokens[i - 1] if i > 0 else ""
        after = tokens[i + 1 : i + 3]
        named_before = before[:1].isupper() and before.lower() not in {"the", "a", "an", "its", "their"}
        named_after = bool(after) and (
            after[0][:1].isupper() or after[0].lower() in _NAME_GLUE and len(after) > 1 and after[1][:1].isupper()
        )
        if not (named_before or named_after):
            return True
    return False


def spelling_similarity(a: str, b: str) -> tuple[float, str]:
    """How alike two name keys are, and what kind of variant they are (see ``name_variant``).

    Returns (0, "") when they cannot be the same name spelled differently.
    """
    return name_variant(a, b)


def _holds_a_new_word(o: Mention, key: str, original_words: frozenset[str]) -> bool:
    """``key`` contains a run of capitalised words of the original and a word the original never writes.

    "Goalkeeper Marek Novak" contains the original's untagged "Goalkeeper", but
    "Novak" (or a misspelled "Osimehn") is in no part of the original: the name is
    not the original's. A tagged name of the original that ``key`` extends ("the
    Fed" / "the Federal Reserve") is not questioned.
    """
    if o.label != RUN_LABEL or len(o.key.split()) >= len(key.split()):
        return False
    return any(len(w) > 3 and w not in original_words for w in key.split())


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


def _variant_of(fate_keys: list[str], person: bool, cand: Mention) -> tuple[float, str, str]:
    """Best spelling-variant match of a candidate against the keys of one entity, and the words of
    the candidate it matched ("victor osimehn" of "striker victor osimehn")."""
    best = (0.0, "", "")
    cw = len(cand.key.split())
    for key in fate_keys:
        pairs = [(w, cand.key) for w in _windows(key, cw, person)]
        kw = len(key.split())
        if kw < cw:  # "Dostoevsky" / "Fyodor Dostoyevsky"
            pairs += [(key, w) for w in _windows(cand.key, kw, person)]
        for a, b in pairs:
            sim, variant = name_variant(a, b)
            if sim > best[0]:
                best = (sim, variant, b)
    return best


_WORD = re.compile(r"\S+")


def _narrow(m: Mention, key: str) -> Mention:
    """The words of ``m`` that make up ``key``: the name without the words around it that matched
    nothing ("Victor Osimehn" of "Striker Victor Osimehn"); ``m`` itself when they cannot be found."""
    if key == m.key:
        return m
    want = key.split()
    spans = [(x.start(), x.end(), entity_key(x.group()).split()) for x in _WORD.finditer(m.text)]
    for i in range(len(spans)):
        words: list[str] = []
        for j in range(i, len(spans)):
            words += spans[j][2]
            if words == want:
                start, end = m.start + spans[i][0], m.start + spans[j][1]
                return replace(m, start=start, end=end, text=m.text[spans[i][0] : spans[j][1]], key=key, canonical=key)
            if len(words) >= len(want) or words != want[: len(words)]:
                break
    return m


# ------------------------------------------------------------------ matching
def match_entities(ctx: object) -> EntityMatching:
    """Fate of every original entity, and the copy's entities with no counterpart."""
    original: ParsedDocument = ctx.original  # type: ignore[attr-defined]
    copy: ParsedDocument = ctx.copy  # type: ignore[attr-defined]
    copy_mentions = [m for s in copy.sentences for m in s.mentions]
    orig_mentions = [m for s in original.sentences for m in s.mentions]
    original_runs = name_runs(original)
    # words a capitalised first word of a copy sentence may be (or misspell): "Secretery of State"
    known = frozenset(w for m in orig_mentions + copy_mentions + original_runs for w in m.key.split() if len(w) > 2)
    copy_runs = name_runs(copy, known)
    candidates = copy_mentions + copy_runs

    # runs of capitalised words in the original: a fuller form of a tagged name joins its entity
    # ("Emeka Okonkwo" when only "Okonkwo" was tagged), the others are weak entities of their own
    entities: dict[str, list[Mention]] = {k: list(ms) for k, ms in original.entities.items()}
    owners = KeyIndex()  # original mention key -> the entity it belongs to
    for k, ms in entities.items():
        for o in ms:
            owners.add(o.key, o.label, k)
    weak_groups: dict[str, list[Mention]] = {}
    for r in original_runs:
        owner = _first_owner(owners, r.key, entities)
        if owner is not None:
            label = entities[owner][0].label
            entities[owner].append(replace(r, label=label, canonical=owner))
        else:
            weak_groups.setdefault(r.key, []).append(r)
    orig_runs = [r for ms in weak_groups.values() for r in ms]

    orig_words = {w for o in orig_mentions for w in o.key.split() if len(w) > 3}

    orig_text_words = frozenset(_key_words(original.text))
    orig_index = KeyIndex()
    for o in orig_mentions + orig_runs:
        orig_index.add(o.key, o.label, o)

    @cache
    def _in_original(key: str, label: str, text: str) -> bool:
        probe = Mention(0, 0, text, label, key, key)
        if present_in_text(probe, original.text):
            return True
        same = orig_index.find_reverse(key, label)
        if any(not _holds_a_new_word(o, key, orig_text_words) for o in same):  # type: ignore[arg-type]
            return True
        if renamed_in_text(key, original.text):
            return True  # "Kolkata" where the original's "Calcutta" was not tagged as a name
        # "Australia" after "the Australian Bureau of Meteorology": the same country, named another way
        return " " not in key and _group(label) in {"place", "group"} and any(demonym_of(key, w) for w in orig_words)

    def in_original(m: Mention) -> bool:
        return _in_original(m.key, m.label, m.text)

    new_in_copy = {c.start: not in_original(c) for c in candidates}
    # a name that holds a word the original never writes may be a misspelling of one it does,
    # though a short form of it stands in the original: "Joee Biden" is not excused by "Biden"
    def _new_word(w: str) -> bool:
        if len(w) <= 2 or w in orig_text_words or w in TITLE_WORDS:
            return False
        plural = (w[:-1], w[:-2] if w.endswith("es") else "") if w.endswith("s") else ()
        return not any(x in orig_text_words for x in (*plural, w + "s", w + "es"))  # "Conservatives"

    def _spellable(c: Mention) -> bool:
        if new_in_copy[c.start]:
            return True
        if not any(_new_word(w) for w in c.key.split()) or renamed_in_text(c.key, original.text):
            return False
        # the original names it only by a part of it ("Biden"), never by another whole form ("Turkey")
        words = set(c.key.split())
        return all(set(o.key.split()) < words for o in orig_index.find_reverse(c.key, c.label))  # type: ignore[attr-defined]

    spellable = {c.start: _spellable(c) for c in candidates}
    copy_words = {w for c in candidates for w in c.key.split()} | set(_key_words(copy.text))

    groups: list[tuple[str, list[Mention], bool]] = [(k, ms, False) for k, ms in entities.items()]
    groups += [(k, ms, True) for k, ms in weak_groups.items()]

    used: set[int] = set()  # copy candidates (by start) taken as another spelling or a replacement
    fates: list[EntityFate] = []
    correct_at: dict[int, set[int]] = {}  # fate -> starts of the copy mentions equivalent to it
    cand_index = KeyIndex()
    for n, c in enumerate(candidates):
        cand_index.add(c.key, c.label, n)
        if c.canonical != c.key:
            cand_index.add(c.canonical, c.label, n)
    # a copy name that is, word for word, another entity of the original is that entity's: "Russian"
    # (of "Russian President") does not keep "the Russian Navy" in the copy
    # (or its people: "North Macedonian" of "the North Macedonian agency" does not keep "North Macedonia")
    owners_of_key: dict[str, set[str]] = {}
    original_count: Counter[str] = Counter()
    for key, mentions, _weak in groups:
        for m in mentions:
            owners_of_key.setdefault(m.key, set()).add(key)
            original_count[m.key] += 1
    copy_count = Counter(c.key for c in _dedupe_spans(candidates))

    def _for(n: int, key: str) -> bool:
        c = candidates[n].key
        owners = owners_of_key.get(c)
        return owners is None or key in owners or copy_count[c] > original_count[c]

    for key, mentions, weak in groups:
        label = mentions[0].label
        hits = {n for o in {(m.key, m.label) for m in mentions} for n in _equivalent_items(cand_index, *o)}
        hits = {n for n in hits if _for(n, key)}
        correct = [candidates[n] for n in sorted(hits)]
        present = bool(correct) or any(present_in_text(o, copy.text) for o in mentions)
        present = present or any(renamed_in_text(k, copy.text) for k in {m.key for m in mentions})
        if not present and _group(label) in {"group", "place"} and " " not in key:
            present = any(demonym_of(key, w) for w in copy_words)  # "Brazilian" / "Brazil Court Orders..."
        fate = EntityFate(key, label, mentions, "present" if present else "missing", weak=weak)
        correct_at[id(fate)] = {c.start for c in correct}
        fate.correct = len(correct_at[id(fate)]) or int(present)
        fates.append(fate)

    # spelling variants, mention by mention, anywhere in the copy
    for fate in fates:
        partners = {j for m in fate.mentions for j in ctx.partner_of_original(m.sentence)}  # type: ignore[attr-defined]
        keys = sorted({m.key for m in fate.mentions} | {fate.key}, key=lambda k: -len(k))
        person = fate.label == "PERSON"
        found: list[tuple[float, str, Mention]] = []
        matched: dict[str, str] = {}  # candidate key -> the words of it that spell the name
        for cand in candidates:
            if cand.start in used or not spellable[cand.start]:
                continue
            near = cand.sentence in partners
            if fate.weak and not near:
                continue  # capitalised words the NER did not tag: only compared with their aligned sentence
            if {fate.label, cand.label} & {"NORP"} and {_group(fate.label), _group(cand.label)} & {"place"}:
                continue  # "Brazilian" / "Brasilia": a people and a place are not one name misspelled
            sim, variant, words = _variant_of(keys, person or cand.label == "PERSON", cand)
            if not sim or (not near and (sim < FAR_SIMILARITY or variant == "gendered")):
                continue
            found.append((sim, variant, cand))
            matched.setdefault(cand.key, words)
        if not found:
            continue
        sim, variant, _ = max(found, key=lambda x: (x[0], x[2].sentence in partners))
        spellings = {c.key for _, _, c in found}
        counterpart = [c for c in candidates if c.key in spellings and c.start not in used]
        counterpart = _dedupe_spans(counterpart)
        taken = {c.start for c in counterpart}
        used.update(taken)
        counterpart = [_narrow(c, matched.get(c.key, c.key)) for c in counterpart]
        used.update(c.start for c in counterpart)
        fate.status = "changed" if variant == "gendered" else "spelled"
        fate.counterpart, fate.variant, fate.similarity = counterpart, variant, sim
        if correct_at[id(fate)]:  # "Joee Biden" matched "Biden" as a short form: it is not spelled right
            fate.correct = len(correct_at[id(fate)] - taken)

    _pair_governments(ctx, fates, candidates, used)
    _pair_replacements(ctx, fates, candidates, used, new_in_copy, original, copy)
    _pair_partial_losses(ctx, fates, candidates, used)
    _pair_slipped_words(ctx, fates, used)

    added: dict[str, list[Mention]] = {}
    for m in copy_mentions:
        if m.start in used or not new_in_copy[m.start]:
            continue
        added.setdefault(m.canonical, []).append(m)
    return EntityMatching([f for f in fates if not (f.weak and f.status == "present")], added)


def _pair_governments(ctx: object, fates: list[EntityFate], candidates: list[Mention], used: set[int]) -> None:
    """A capital gone from a sentence whose copy names its country there (or the reverse) stands for it.

    "Washington imposed tariffs" / "The U.S. imposed tariffs": the capital is the
    country's government by another name (metonymy), a wording nuance the names
    check reports as minor; so is its people in a description ("Chinese officials"
    for "Beijing"). Another country or another capital ("Washington" / "China",
    "Kyiv" / "Moscow") is left to the replacement pairing: a changed name.
    """
    by_sentence: dict[int, list[Mention]] = {}
    for c in candidates:
        by_sentence.setdefault(c.sentence, []).append(c)
    for fate in fates:
        if fate.status != "missing" or fate.weak or not place_ids(fate.key):
            continue
        for m in fate.mentions:
            partners = ctx.partner_of_original(m.sentence)  # type: ignore[attr-defined]
            o_text = ctx.original.sentences[m.sentence].text  # type: ignore[attr-defined]
            found = [
                c for j in partners for c in by_sentence.get(j, ())
                if c.start not in used and stands_for(m.key, c.key) and not present_in_text(c, o_text)
            ]
            if found:
                found = _dedupe_spans(found)[:1]
                used.update(c.start for c in found)
                fate.status, fate.counterpart = "changed", found
                fate.variant = stands_for(m.key, found[0].key)
                break


def _first_owner(owners: KeyIndex, key: str, entities: dict[str, list[Mention]]) -> str | None:
    """The first entity (in document order) with a mention equivalent to ``key``, label of its own."""
    order = {k: n for n, k in enumerate(entities)}
    near = {k for _key, _label, items in owners.candidates(key) for k in items}
    found = [k for k in near if any(equivalent(o.key, key, o.label, o.label) for o in entities[k])]
    return min(found, key=order.__getitem__, default=None)


def _equivalent_items(index: KeyIndex, key: str, label: str) -> list[object]:
    """Indexed items ``c`` with ``equivalent(key, c.key, label, c.label)``."""
    return index.find(key, label)


def _dedupe_spans(ms: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in sorted(ms, key=lambda m: (m.start, -m.end)):
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


# last words that many different names share ("Enga province" / "Morobe province")
GENERIC_HEADS = frozenset(
    """province region district county city state island islands river lake mountain mountains sea ocean bay
    valley desert university college school hospital airport port bridge street square party front army force
    forces ministry council committee group company bank corporation inc ltd news agency times post club fc
    united republic kingdom federation union association institute museum stadium church mosque""".split()
)


def _same_head_name(m: Mention, c: Mention) -> bool:
    """Both end in the same distinctive word: "Olaf Scholz" / "Chancellor Scholz" is one person."""
    a, b = core_key(m.key).split(), core_key(c.key).split()
    return bool(a and b) and a[-1] == b[-1] and a[-1] not in GENERIC_HEADS and len(a[-1]) > 2


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
    o_by_sentence: dict[int, list[Mention]] = {}
    for f in fates:
        for m in f.mentions:
            o_by_sentence.setdefault(m.sentence, []).append(m)
    c_by_sentence: dict[int, list[Mention]] = {}
    for c in candidates:
        c_by_sentence.setdefault(c.sentence, []).append(c)
    for pair in ctx.pairs():  # type: ignore[attr-defined]
        o_text = " ".join(s.text for s in pair.original)
        c_text = " ".join(s.text for s in pair.copy)
        o_here = [m for i in pair.group.original for m in o_by_sentence.get(i, ())]
        c_here = [c for j in pair.group.copy for c in c_by_sentence.get(j, ())]

        left_o: list[tuple[Mention, EntityFate, bool]] = []
        for m in o_here:
            fate = fate_of[id(m)]
            if m.in_title or fate.status in {"spelled", "changed"}:
                continue
            if fate.weak and (fate.status != "missing" or any(w in TITLE_WORDS for w in m.key.split())):
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
            if any(_same_head_name(m, c) for m, _, _ in left_o):
                continue  # "Olaf Scholz" / "Chancellor Scholz": another form of the same name
            left_c.append((c, not new_in_copy[c.start]))  # True: a name the original uses elsewhere
        if not left_c:
            continue
        single = len(left_o) == 1 and len(left_c) == 1
        scored = []
        for m, fate, _elsewhere in left_o:
            m_slot = slot(original.sentences[m.sentence], m)
            for c, c_elsewhere in left_c:
                ok, score = _replacement(m, c, m_slot, slot(copy.sentences[c.sentence], c), single,
                                         strict=c_elsewhere, weak_original=fate.weak)
                if ok:
                    distance = abs(_relative(m, original) - _relative(c, copy))
                    scored.append((score - distance, m, fate, c, c_elsewhere))
        _take(scored, fates, candidates, used)
    _pair_across_sentences(ctx, fates, candidates, used, new_in_copy)


def _replacement(
    m: Mention, c: Mention, m_slot: tuple[str, str], c_slot: tuple[str, str], single: bool, strict: bool,
    weak_original: bool,
) -> tuple[bool, float]:
    """Can copy name ``c`` stand where original name ``m`` stood? And how sure is that."""
    same_slot = same_role(m_slot, c_slot)
    weak = c.label == RUN_LABEL
    same_group = not weak and not weak_original and _group(c.label) == _group(m.label)
    if weak and weak_original:
        ok = False  # two runs of capitalised words: too unsure
    elif strict:  # the copy's name is one the original uses for something else: a swap
        ok = same_slot and (same_group or weak and m.label != "NORP")
    elif weak or weak_original:
        ok = same_slot and "NORP" not in (m.label, c.label)
    elif "NORP" in (m.label, c.label) and _group(m.label) != _group(c.label):
        # a nationality adjective and a name: only in the same role, or two multi-word names mislabelled
        ok = same_slot or single and len(m.key.split()) > 1 and len(c.key.split()) > 1
    else:
        ok = same_group or same_slot or single
    return ok, 2.0 * same_slot + 2.0 * same_group


def _take(
    scored: list[tuple[float, Mention, EntityFate, Mention, bool]],
    fates: list[EntityFate],
    candidates: list[Mention],
    used: set[int],
) -> None:
    """Accept the best-scoring pairs, each name at most once."""
    taken_o: set[int] = set()
    for _score, m, fate, c, swap in sorted(scored, key=lambda x: -x[0]):
        if id(m) in taken_o or c.start in used:
            continue
        taken_o.add(id(m))
        same = [c] + [x for x in candidates if x.key == c.key and x.start != c.start and x.start not in used and not swap]
        used.update(x.start for x in same)
        variant = stands_for(m.key, c.key) or ("swap" if swap else "other")
        if fate.status == "missing":
            fate.status, fate.counterpart = "changed", _dedupe_spans(same)
            fate.variant = variant
        else:  # the name stays elsewhere in the copy, but here another name took its place
            fates.append(EntityFate(fate.key, fate.label, [m], "changed", [c], variant, correct=fate.correct))


def _pair_across_sentences(
    ctx: object, fates: list[EntityFate], candidates: list[Mention], used: set[int], new_in_copy: dict[int, bool]
) -> None:
    """A name gone from one sentence and a new name of the same kind in a neighbouring one.

    Rewritten copies merge and split sentences, so the replacement of "Belo
    Horizonte" can land in the copy sentence before the one aligned with it.
    Only an unambiguous pair counts: one missing name, one new name of its
    kind within a sentence of where it belonged.
    """
    window_of: dict[int, set[int]] = {}
    for fate in fates:
        if fate.status != "missing" or fate.weak or any(m.in_title for m in fate.mentions):
            continue
        near: set[int] = set()
        for m in fate.mentions:
            for i in (m.sentence - 1, m.sentence, m.sentence + 1):
                for j in ctx.partner_of_original(i):  # type: ignore[attr-defined]
                    near.update((j - 1, j, j + 1))
        window_of[id(fate)] = near
    pool = [
        c for c in candidates
        if c.label != RUN_LABEL and c.start not in used and new_in_copy[c.start] and not c.in_title
    ]
    original: ParsedDocument = ctx.original  # type: ignore[attr-defined]
    copy: ParsedDocument = ctx.copy  # type: ignore[attr-defined]
    options: dict[int, list[Mention]] = {}
    for fate in fates:
        near = window_of.get(id(fate))
        if near is None:
            continue
        roles = {slot_detail(original.sentences[m.sentence], m) for m in fate.mentions}
        roles = {r for r in roles if len(r) == 3}  # a preposition and its word: "court in"
        options[id(fate)] = [
            c for c in pool
            if c.sentence in near
            and (_group(c.label) == _group(fate.label) or slot_detail(copy.sentences[c.sentence], c) in roles)
        ]
    claimed: dict[str, int] = {}
    for opts in options.values():
        for key in {c.key for c in opts}:
            claimed[key] = claimed.get(key, 0) + 1
    for fate in fates:
        opts = options.get(id(fate))
        if not opts or len({c.key for c in opts}) != 1 or claimed[opts[0].key] != 1:
            continue
        same = [c for c in pool if c.key == opts[0].key and c.start not in used]
        used.update(c.start for c in same)
        fate.status, fate.counterpart = "changed", _dedupe_spans(same)
        fate.variant = stands_for(fate.key, opts[0].key) or "other"


_PLACE_GROUPS = frozenset({"place", "group"})
_GLUE = frozenset({"the", "of", "and", "&", "for", "de", "la", "le"})
# prefixes written as words of a name's key ("ex-Soviet", "pro-Kremlin"): a change of stance, not a lost name
_PREFIX_WORDS = frozenset({"ex", "pro", "anti", "post", "pre", "non", "neo", "former", "then"})


def _conjuncts(text: str) -> list[str]:
    """Keys of the names a tagged span lists: "Crete and Santorini" -> ["crete", "santorini"]."""
    parts = re.split(r"\s+(?:and|&)\s+|,\s+", text)
    return [k for k in (entity_key(p) for p in parts) if k] if len(parts) > 1 else []


def _distinctive(word: str) -> bool:
    """A word that tells one name from another: no title, glue or generic head, no dictionary
    word ("Ozy", "Crete"), or a people or place ("Russian" in "the Russian Navy")."""
    if len(word) <= 2 or word in TITLE_WORDS or word in PERSON_TITLES or word in _GLUE or word in GENERIC_HEADS:
        return False
    return not common_word(word) or bool(place_ids(word)) or word in _IRREGULAR_DEMONYMS or word.endswith(("an", "ish", "ese"))


def partial_loss(m: Mention, c: Mention, c_text: str) -> list[str]:
    """The words of name ``m`` that the copy lost when it kept only ``c`` of it, if they matter.

    "Crete and Santorini" -> "Santorini" lost a name of the list; "South Africa" -> "Africa" or
    "Ozy Media" -> "Media" lost the words that said which one. A shortened person ("Vladimir
    Putin" -> "Putin", "Xi Jinping" -> "Xi"), an organisation's generic tail ("Ozy Media" ->
    "Ozy") or a place's ("Enga province" -> "Enga") is the same name in a shorter form.
    """
    mw, cw = m.key.split(), c.key.split()
    if not set(cw) < set(mw):
        return []
    there = set(_key_words(c_text))
    lost = [
        w for w in mw
        if w not in cw and w not in there and len(w) > 2 and w not in _PREFIX_WORDS
        and not any(demonym_of(w, t) for t in there if t[:3] == w[:3])  # "Ecuadorean" / "of Ecuador"
    ]
    if not lost:
        return []
    conj = _conjuncts(m.text)
    if conj and c.key in conj:
        return [w for w in lost if w not in _GLUE]  # one name of a list kept, the others gone
    if "PERSON" in (m.label, c.label) or c.label == RUN_LABEL and m.label != RUN_LABEL:
        return []
    front = mw[: mw.index(cw[0])]
    front_lost = [w for w in front if w in lost and w not in _GLUE and w not in TITLE_WORDS]
    if _group(m.label) in _PLACE_GROUPS:
        # "South Africa" -> "Africa", "New York" -> "York": the words that say which place are
        # English words or places themselves; a lost given name ("Marcus Oyelaran" tagged NORP
        # -> "Oyelaran") is a person named by surname
        if all(common_word(w) for w in cw):
            return []  # "the Hall of Three Windows" / "the Three Windows": no place name kept to compare
        if front_lost and (place_ids(m.key) or all(common_word(w) or place_ids(w) for w in front_lost)):
            return front_lost
        return [w for w in lost if w not in front and _distinctive(w)]
    # "Ozy Media" -> "Media": the copy keeps a generic word only; never "Ozy Media" -> "Ozy", nor a
    # surname of a person the tagger took for an organisation
    if all(common_word(w) or w in GENERIC_HEADS for w in cw):
        return [w for w in front_lost if _distinctive(w)]
    return []


def _pair_partial_losses(ctx: object, fates: list[EntityFate], candidates: list[Mention], used: set[int]) -> None:
    """Within an aligned pair, a name of which the copy keeps only a part, when the lost part matters.

    Document-wide, a short form ("Santorini") stands for the fuller name it is part of; in the
    sentence aligned with "Crete and Santorini" it says the copy dropped "Crete".
    """
    fate_of = {id(m): f for f in fates for m in f.mentions}
    o_by_sentence: dict[int, list[Mention]] = {}
    for f in fates:
        for m in f.mentions:
            o_by_sentence.setdefault(m.sentence, []).append(m)
    by_sentence: dict[int, list[Mention]] = {}
    for c in candidates:
        by_sentence.setdefault(c.sentence, []).append(c)
    for pair in ctx.pairs():  # type: ignore[attr-defined]
        c_text = " ".join(s.text for s in pair.copy)
        o_here = [m for i in pair.group.original for m in o_by_sentence.get(i, ())]
        o_keys = Counter(m.key for m in o_here)
        c_here = _dedupe_spans([c for j in pair.group.copy for c in by_sentence.get(j, ()) if c.start not in used])
        for m in o_here:
            fate = fate_of.get(id(m))
            if fate is None or fate.status != "present" or m.in_title or len(m.key.split()) < 2:
                continue
            if present_in_text(m, c_text):
                continue
            for c in c_here:
                if o_keys[c.key] and c.key != m.key:
                    continue  # the original names it as such here too: "Russian" of "Russian President"
                lost = partial_loss(m, c, c_text)
                if lost:
                    used.add(c.start)
                    fates.append(EntityFate(fate.key, fate.label, [m], "changed", [c], "part",
                                            correct=fate.correct, weak=fate.weak))
                    break


def _name_words(sentence: Sentence, fates_at: dict[int, EntityFate]) -> dict[int, Mention | None]:
    """Tokens of a sentence that are words of a name: of a tagged or listed mention (by token index,
    with the mention), or a capitalised proper noun, or a capital inside the sentence."""
    out: dict[int, Mention | None] = {}
    spans = [(m.start, m.end, m) for m in fates_at.values() if m.sentence == sentence.index]
    for t in sentence.tokens:
        if not t.text[:1].isalpha() or t.is_punct or t.is_stop:
            continue  # "Cheers and The Tracy Ullman Show": "and" is no word of a name to misspell
        if entity_key(t.text).replace(" ", "") in ERA_KEYS:
            continue  # "BCE" / "BC": an era written two ways
        owner = next((m for a, b, m in spans if a <= t.start < b), None)
        if owner is not None:
            out[t.i] = owner
        elif t.text[:1].isupper() and not t.is_stop and (t.pos == "PROPN" or t.i > 0 and t.text[1:].islower()):
            out[t.i] = None
    return out


def _pair_slipped_words(ctx: object, fates: list[EntityFate], used: set[int]) -> None:
    """A word of a name that the copy writes with one letter dropped, doubled, swapped or changed
    in the aligned sentence: "East Asian" / "East sian", "Secretary" / "Secretery".

    The last net under the entity matching: the copy's word need not be tagged or capitalised,
    nor stand where the tagger puts a name. It is the word in the same place (a word-level
    diff), or, in a rewritten sentence ("the Philippines' capital Manila" / "Manila, the capital
    of the Philippies"), the one word of the copy's sentence one slip from it that the original
    does not write.
    """
    from difflib import SequenceMatcher

    taken = {(c.start, c.end) for f in fates for c in f.counterpart}
    reported = {id(m) for f in fates if f.status in {"spelled", "changed"} for m in f.mentions}
    mention_fates: dict[int, EntityFate] = {id(m): f for f in fates for m in f.mentions}
    for pair in ctx.pairs():  # type: ignore[attr-defined]
        o_toks = [(s, t) for s in pair.original for t in s.tokens]
        c_toks = [(s, t) for s in pair.copy for t in s.tokens]
        words: dict[tuple[int, int], Mention | None] = {}
        for s in pair.original:
            at = {id(m): m for f in fates for m in f.mentions if m.sentence == s.index}
            for i, m in _name_words(s, at).items():
                words[(s.index, i)] = m
        if not words:
            continue
        o_lower = [t.text.lower() for _, t in o_toks]
        c_lower = [t.text.lower() for _, t in c_toks]
        o_written, c_written = set(o_lower), set(c_lower)
        placed: dict[int, tuple[Sentence, Token]] = {}  # original token (position) -> copy token in its place
        sm = SequenceMatcher(None, o_lower, c_lower, autojunk=False)
        for op, i1, i2, j1, j2 in sm.get_opcodes():
            if op == "replace" and i2 - i1 == j2 - j1:
                placed.update((i1 + n, c_toks[j1 + n]) for n in range(i2 - i1))
        for n, (os_, ot) in enumerate(o_toks):
            if (os_.index, ot.i) not in words or o_lower[n] in c_written:
                continue
            near = [placed[n]] if n in placed else [
                x for x, low in zip(c_toks, c_lower, strict=True)
                if low not in o_written and OSA.distance(o_lower[n], low, score_cutoff=1) <= 1
            ]
            if len(near) != 1:
                continue
            cs, ct = near[0]
            if (ct.start, ct.end) in taken or ct.start in used:
                continue
            owner = words[(os_.index, ot.i)]
            if owner is not None and id(owner) in reported:
                continue
            a, b = strip_marks(ot.text.lower()), strip_marks(ct.text.lower())
            if len(a) < 3 or not b.isalpha() or OSA.distance(a, b, score_cutoff=1) > 1:
                continue
            if b in (a + "s", a + "es") or a in (b + "s", b + "es") or common_word(a) and common_word(b):
                continue  # "MCI" / "MCIs"; "Harbor" / "Harbour", two words of the dictionary
            if demonym_of(a, b):
                continue  # "Australian" / "Australia's": a people and its country
            sim, variant = word_variant(ot.text, ct.text, first_name=False)
            if variant not in {"typo", "translit", "gendered"}:
                continue
            key = entity_key(ot.text)
            fate = mention_fates.get(id(owner)) if owner is not None else None
            label = fate.label if fate is not None else RUN_LABEL
            if equivalent(key, entity_key(ct.text), label, label):
                continue  # one place by another of its names: "Odessa" / "Odesa"
            o_m = Mention(ot.start, ot.end, ot.text, label, key, key, sentence=os_.index)
            c_m = Mention(ct.start, ct.end, ct.text, label, entity_key(ct.text), entity_key(ct.text), sentence=cs.index)
            status = "changed" if variant == "gendered" else "spelled"
            fates.append(EntityFate(fate.key if fate else key, label, [o_m], status, [c_m], variant, sim,
                                    correct=0, weak=fate is None))
            used.add(ct.start)
            taken.add((ct.start, ct.end))
