"""Content words of an aligned pair that were replaced by other words.

Shared by the wording check (how suspicious is each replacement?) and the
negation check (is a replacement an antonym, or a negated synonym?).

Translations and rewrites reorder clauses ("..., the club confirmed" ->
"The club denied that ..."), so a position-only diff pairs the wrong words or
none. Words are paired in two steps: first every word whose lemma the other
side also has (a repeated lemma goes to the occurrence in the most similar
context); then the words left over on each side are paired by what surrounds
them: the same head word in the same role, shared arguments ("court" as the
subject of "acquitted" and the agent of "was convicted"), the same neighbours,
a shared position in a difflib alignment, and a similar spelling (a translator
or OCR confusing "medals" and "metals" leaves the word where it was). A pair
needs enough of that evidence; a word that merely moved is never replaced.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from rapidfuzz.distance import Levenshtein

from ..facts.model import ENTITY_LABELS, Sentence, Token
from .base import CheckContext, Pair, one_to_one

COARSE = {"NOUN": "n", "VERB": "v", "ADJ": "a", "ADV": "r"}
LIGHT = frozenset({"be", "have", "do", "get", "let", "say"})  # carry no content of their own
SKIP_KIDS = frozenset({"det", "punct", "cc", "aux", "auxpass", "neg", "case", "mark", "expl", "dep"})
MODIFIER = frozenset({"compound", "amod", "nmod", "poss"})
COMPLEMENT = frozenset({"advmod", "acomp", "oprd"})
CORE = frozenset({"nsubj", "dobj"})  # a verb's subject and object (passives turned active)
MIN_EVIDENCE = 2.0  # context score needed to call two different words a replacement
LOOK_ALIKE = 0.5  # normalised edit similarity from which spelling counts as evidence


@dataclass(frozen=True)
class Replacement:
    old: Token
    new: Token
    pos: str  # WordNet letter: n v a r
    old_head: str = ""  # lemma of the syntactic head, to tell "same slot" swaps
    new_head: str = ""
    old_word: str = ""  # the form to look up: a phrasal verb ("throw out") or the lemma
    new_word: str = ""
    evidence: float = 0.0  # how strongly the context ties the two words together
    slot: bool = False  # same role under the same (or a paired) head word
    kept: float = 0.0  # share of the pair's content words that both versions have: 1.0 = verbatim

    @property
    def same_slot(self) -> bool:
        """Both words fill the same syntactic slot: same relation to the same head word."""
        return self.slot


@dataclass
class _Item:
    """A content token with the context used to pair it."""

    tok: Token
    pos: str
    role: str
    head: str  # lemma of the head word ("" for a root)
    head_start: int  # offset of the head token (-1 for a root)
    light_head: bool  # the head is a preposition: weak evidence alone
    grand: str  # the preposition's own head ("list" for "lists ... in the republic")
    grand_start: int
    kids: frozenset[str]  # "role:lemma" of its arguments and modifiers
    prev: str
    next: str
    seq: int  # position in the content sequence of its side
    word: str
    joined: str = ""  # the hyphenated word it is part of, hyphens dropped: "cease-fire" -> "ceasefire"


def coarse_pos(tok: Token) -> str | None:
    """WordNet letter for a content token; a lower-case "proper noun" is a noun the tagger misread."""
    if tok.pos in COARSE:
        return COARSE[tok.pos]
    if tok.pos == "PROPN" and tok.text[:1].islower() and not tok.ent_type:
        return "n"
    return None


def _is_candidate(tok: Token, numbers: list[tuple[int, int]]) -> bool:
    if tok.is_punct or coarse_pos(tok) is None or tok.norm in LIGHT or not tok.text[:1].isalpha():
        return False
    if tok.is_stop and tok.pos not in {"NOUN", "VERB", "ADJ"}:
        return False  # "also", "just", "very"
    if tok.ent_type in ENTITY_LABELS:
        return False  # names are the names check's business
    return not any(s <= tok.start < e for s, e in numbers)  # units belong to the figure


def _role(tok: Token, sent: Sentence) -> tuple[str, Token | None]:
    """The token's role and governing token, with passives turned active.

    "was convicted by the court": "court" is the subject of "convict" and the
    passive subject is its object, so active and passive versions compare.
    """
    head = sent.tokens[tok.head] if tok.head != tok.i else None
    dep = tok.dep
    if dep == "nsubjpass":
        dep = "dobj"
    elif dep == "pobj" and head is not None and head.dep == "agent":
        dep, head = "nsubj", sent.tokens[head.head]
    elif dep in MODIFIER:
        dep = "mod"
    elif dep in COMPLEMENT:
        dep = "complement"  # "grew faster" (advmod) / "grew fatter" (acomp): the tagger's guess
    return dep, head


def lexeme(tok: Token, sent: Sentence) -> str:
    """What to look up in the lexicon: "throw out" for "threw out" when WordNet knows it."""
    if tok.pos == "VERB":
        for t in sent.tokens:
            if t.head == tok.i and t.dep == "prt" and t.i > tok.i:
                from ..lexicon import lemmas_for  # lazy: the lexicon loads on first use

                phrase = f"{tok.norm} {t.text.lower()}"
                if lemmas_for(phrase, "v"):
                    return phrase
    return tok.norm


def _items(sentences: list[Sentence]) -> list[_Item]:
    out: list[_Item] = []
    for sent in sentences:
        numbers = [(n.start, n.end) for n in sent.numbers]
        toks = sent.tokens
        words = [t for t in toks if not t.is_punct and t.dep not in {"det"}]
        order = {t.i: k for k, t in enumerate(words)}
        for tok in toks:
            if not _is_candidate(tok, numbers):
                continue
            role, head = _role(tok, sent)
            grand = sent.tokens[head.head] if head is not None and head.pos == "ADP" and head.head != head.i else None
            kids = set()
            for c in toks:
                if c.head != tok.i or c.i == tok.i or c.dep in SKIP_KIDS or c.is_punct:
                    continue
                crole, _ = _role(c, sent)
                kids.add(f"{crole}:{c.norm}")
                if c.dep == "agent":  # "convicted by the court": the court is the subject
                    kids.update(f"nsubj:{g.norm}" for g in toks if g.head == c.i and g.dep == "pobj")
            k = order.get(tok.i)
            prev = words[k - 1].norm if k is not None and k > 0 else ""
            nxt = words[k + 1].norm if k is not None and k + 1 < len(words) else ""
            out.append(_Item(tok, coarse_pos(tok) or "n", role, head.norm if head else "", head.start if head else -1,
                             head is not None and head.pos == "ADP", grand.norm if grand else "",
                             grand.start if grand else -1, frozenset(kids), prev, nxt, len(out), lexeme(tok, sent),
                             _hyphenated(sent, tok)))
    return out


def _hyphenated(sent: Sentence, tok: Token) -> str:
    """The hyphen-joined word a token belongs to, without hyphens ("" if none)."""
    toks = sent.tokens
    lo = hi = tok.i
    while lo > 1 and toks[lo - 1].text == "-" and toks[lo - 2].end == toks[lo - 1].start == toks[lo].start - 1:
        lo -= 2
    while hi + 2 < len(toks) and toks[hi + 1].text == "-" and toks[hi].end == toks[hi + 1].start == toks[hi + 2].start - 1:
        hi += 2
    if lo == hi:
        return ""
    return "".join(t.text.lower() for t in toks[lo : hi + 1] if t.text != "-")


def _keys(item: _Item) -> set[str]:
    keys = {item.tok.norm, item.tok.text.lower()}
    if item.joined:
        keys.add(item.joined)
    return keys


def spelling_similarity(a: str, b: str) -> float:
    """Normalised edit similarity of two words (1.0 = same spelling)."""
    return Levenshtein.normalized_similarity(a.lower(), b.lower())


def _participle(item: _Item) -> bool:
    return item.pos == "v" and item.tok.tag in {"VBN", "VBG"}


def _compatible(o: _Item, n: _Item) -> bool:
    if o.pos == n.pos or {o.pos, n.pos} == {"a", "r"}:
        return True
    if {o.pos, n.pos} == {"a", "v"} and (_participle(o) or _participle(n)):
        return True  # "were armed" (participle) / "were unarmed" (adjective)
    return o.role == n.role == "mod"  # "police officers" / "postal workers"


def _context(o: _Item, n: _Item, paired_heads: set[tuple[int, int]]) -> float:
    """Evidence that *o* and *n* stand in the same place (without spelling or position)."""
    score = 0.0
    if _same_head(o, n, paired_heads):
        score += (1.0 if o.light_head else 2.0) + (1.0 if o.role == n.role else 0.0)
    elif not o.head and not n.head:
        score += 1.5  # both main verbs of their sentences
    if o.grand and (o.grand == n.grand or (o.grand_start, n.grand_start) in paired_heads):
        score += 1.5
    shared = sorted(o.kids & n.kids, key=lambda k: k.split(":", 1)[0] not in CORE)[:2]
    score += sum(2.0 if k.split(":", 1)[0] in CORE else 1.5 for k in shared)  # same subject/object: strong
    score += 0.75 * ((o.prev == n.prev and bool(o.prev)) + (o.next == n.next and bool(o.next)))
    return score


def _same_head(o: _Item, n: _Item, paired_heads: set[tuple[int, int]]) -> bool:
    return bool(o.head) and (o.head == n.head or (o.head_start, n.head_start) in paired_heads)


def _greedy(scored: list[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    scored.sort(key=lambda x: (-x[0], x[1], x[2]))
    taken = one_to_one(((i, j, s) for s, i, j in scored), set(), set(), key=lambda k: k)
    return [(s, i, j) for i, j, s in taken]


def _diff_blocks(a: list[_Item], b: list[_Item]) -> dict[int, int]:
    """difflib 'replace' chunks of the two lemma sequences, by item: chunk id."""
    matcher = SequenceMatcher(None, [x.tok.norm for x in a], [x.tok.norm for x in b], autojunk=False)
    out: dict[int, int] = {}
    for k, (op, i1, i2, j1, j2) in enumerate(matcher.get_opcodes()):
        if op == "replace":
            for i in range(i1, i2):
                out[id(a[i])] = k
            for j in range(j1, j2):
                out[id(b[j])] = k
    return out


def replacements(original: list[Sentence], copy: list[Sentence]) -> list[Replacement]:
    """Same-POS content words that stand where the other version has another word."""
    a, b = _items(original), _items(copy)
    # 1. words both sides have: a repeated lemma goes to the closest context
    same = [(_context(x, y, set()), i, j) for i, x in enumerate(a) for j, y in enumerate(b) if _keys(x) & _keys(y)]
    kept_pairs = _greedy(same)
    matched_a, matched_b = {i for _, i, _ in kept_pairs}, {j for _, _, j in kept_pairs}
    # the other half of a word written apart on one side ("cease-fire" / "ceasefire") is not replaced
    joined_a, joined_b = {x.joined for x in a if x.joined}, {y.joined for y in b if y.joined}
    keys_a = set().union(*(_keys(x) for x in a)) if a else set()
    keys_b = set().union(*(_keys(y) for y in b)) if b else set()
    matched_a |= {i for i, x in enumerate(a) if x.joined and x.joined in keys_b - joined_b}
    matched_b |= {j for j, y in enumerate(b) if y.joined and y.joined in keys_a - joined_a}
    paired_heads = {(a[i].tok.start, b[j].tok.start) for _, i, j in kept_pairs}
    olds = [i for i in range(len(a)) if i not in matched_a]  # an extra "medals" may be the changed one
    news = [j for j in range(len(b)) if j not in matched_b]
    # 2. the rest: paired by context, position and spelling
    blocks = _diff_blocks(a, b)
    scored = []
    for rnd in range(2):  # a second round lets a paired head vouch for its dependants
        for i in olds:
            for j in news:
                x, y = a[i], b[j]
                if not _compatible(x, y):
                    continue
                s = _context(x, y, paired_heads)
                if blocks.get(id(x), -1) == blocks.get(id(y), -2):
                    s += 1.5
                look = spelling_similarity(x.tok.norm, y.tok.norm)
                if look >= LOOK_ALIKE:
                    s += 2.0 * look
                if s >= MIN_EVIDENCE:
                    scored.append((s, i, j))
        if rnd == 0:
            paired_heads |= {(a[i].tok.start, b[j].tok.start) for _, i, j in _greedy(list(scored))}
            scored = []
    out: list[Replacement] = []
    kept = 2 * len(kept_pairs) / (len(a) + len(b)) if a or b else 1.0
    for s, i, j in sorted(_greedy(scored), key=lambda x: x[1]):
        x, y = a[i], b[j]
        slot = x.role == y.role and (_same_head(x, y, paired_heads) or bool(x.kids & y.kids))
        out.append(Replacement(x.tok, y.tok, x.pos, x.head, y.head, x.word, y.word, round(s, 2), slot, round(kept, 3)))
    return out


def pair_replacements(ctx: CheckContext, pair: Pair) -> list[Replacement]:
    """:func:`replacements` of an aligned pair, computed once for the wording and negation checks."""
    key = ("replacements", tuple(s.index for s in pair.original), tuple(s.index for s in pair.copy))
    if key not in ctx.cache:
        ctx.cache[key] = replacements(pair.original, pair.copy)
    return ctx.cache[key]


def sentence_of(sentences: list[Sentence], token: Token) -> Sentence:
    return next(s for s in sentences if s.start <= token.start < s.end + 1)


def phrase_span(sentence: Sentence, token: Token) -> tuple[int, int]:
    """The word with its adjacent modifiers: "ex-Soviet state", "political detainees"."""
    first = token
    for t in reversed(sentence.tokens[: token.i]):
        inside = t.i < t.head <= token.i
        touching = t.end == first.start and "-" in (t.text, first.text)  # never cut "seven-year"
        if touching or inside and (t.dep in {"compound", "amod", "nmod"} or t.dep == "punct" and t.text == "-"):
            first = t
        elif t.text == "-" or t.dep == "prep" and t.head > t.i:  # "ex-Soviet": ex, -, Soviet
            first = t
        else:
            break
    return first.start, token.end


def fact_bearing(sentence: Sentence, token: Token) -> bool:
    """A noun that carries a fact: counted by a figure or qualified by a name."""
    if any(n.counted_span and n.counted_span[0] == token.start for n in sentence.numbers):
        return True
    return any(t.head == token.i and t.i != token.i and (t.ent_type or t.pos == "NUM") for t in sentence.tokens)
