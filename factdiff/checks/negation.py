"""Polarity flips: a negated predicate that lost its negation (or gained one),
a word replaced by its antonym ("rose" -> "fell"), assent turned into refusal
("confirmed" -> "denied"), a negated synonym ("rejected" -> "did not throw
out"), an action undone ("restricted exports" -> "lifted restrictions on
exports") or a place or side reversed ("out of their homes" -> "in their
homes"). Always critical.

A negation is compared by its scope, not by the word the cue hangs on: "had
not fired any rockets" and "had fired no rockets" negate the same clause. It may
also move into a word: "not changed" / "unchanged", and "not enough evidence" /
"the evidence was insufficient" (a negative prefix on a synonym of the negated
word or of its modifier) say the same thing.
"""

from __future__ import annotations

from ..facts.keys import entity_key
from ..facts.model import Sentence, Token
from ..lexicon import are_antonyms, relation
from ..lexicon.confusable import same_family
from ..lexicon.stance import opposite_stance
from ..report.model import Finding, Severity
from .base import CheckContext, Pair, finding, register
from .entity_matching import equivalent
from .replacements import Replacement, pair_replacements, sentence_of

NAME = "negation.v1"
SKIP_HEADS = {"be", "do"}
# A negated word and an unnegated near-synonym in its place ("did not throw out" / "rejected")
# reverse the claim; these relations count as near-synonyms.
NEAR = {"same", "inflection", "synonym", "derived", "hypernym", "hyponym", "related"}
NEAR_SCORE = 0.45
# What a negation bears on besides its head: "not enough evidence" negates "enough".
BEARING_DEPS = frozenset({"amod", "acomp", "advmod", "attr", "oprd"})
# Verbs that undo what their object names: "lifted restrictions" reverses "restricted".
REVERSAL = frozenset(
    """lift remove end scrap abolish revoke cancel withdraw overturn reverse rescind repeal ease relax
    undo drop abandon""".split()
)
# Verbs that stop what their complement names: "stopped supporting" already undoes "support".
STOPPING = REVERSAL | {"stop", "cease", "quit", "halt", "suspend", "refuse", "fail", "decline"}
# Prepositions that put something on opposite sides: "out of their homes" / "in their homes".
OPPOSED_PREPS = frozenset(
    frozenset(p)
    for p in (("in", "out of"), ("into", "out of"), ("inside", "outside"), ("within", "outside"), ("in", "outside"),
              ("for", "against"))
)


def _negated_starts(sentences: list[Sentence]) -> set[int]:
    """Offsets of tokens under a negation: the predicate, and the verb of a negated argument."""
    out: set[int] = set()
    for s in sentences:
        by_start = {t.start: t for t in s.tokens}
        for n in s.negations:
            out.add(n.head_start)
            tok = by_start.get(n.head_start)
            if tok is not None and tok.head != tok.i and tok.dep in {"dobj", "nsubj", "nsubjpass", "attr"}:
                out.add(s.tokens[tok.head].start)  # "fired no rockets": "fired" is negated
    return out


def _reached(sentences: list[Sentence], negated: set[int]) -> set[int]:
    """*negated* plus the modifiers of a negated word: "not enough evidence" negates "enough"."""
    out = set(negated)
    for s in sentences:
        for t in s.tokens:
            if t.dep in BEARING_DEPS and t.head != t.i and s.tokens[t.head].start in negated:
                out.add(t.start)
    return out


def _sentence_index(sentences: list[Sentence], offset: int) -> int:
    return next(s.index for s in sentences if s.start <= offset <= s.end)


def _flips(ctx: CheckContext, pair: Pair, side: str) -> list[Finding]:
    """Negated predicates of one side whose counterpart on the other side is not negated."""
    src, dst = (pair.original, pair.copy) if side == "original" else (pair.copy, pair.original)
    dst_tokens = [t for s in dst for t in s.tokens]
    dst_scope = {w for s in dst for n in s.negations for w in (n.scope or (n.head_lemma,))}
    dst_cues = {_cue(s, n) for s in dst for n in s.negations}
    out, seen = [], set()
    for s in src:
        for neg in s.negations:
            scope = neg.scope or (neg.head_lemma,)
            if neg.head_lemma in SKIP_HEADS or neg.head_lemma in seen or set(scope) & dst_scope:
                continue
            if _cue(s, neg) in dst_cues:
                continue  # "Don't be surprised" on both sides, whatever the parser made of it
            head = next((t for t in s.tokens if t.start == neg.head_start), None)
            forms = {neg.head_lemma, head.text.lower() if head else neg.head_lemma}
            counterparts = [t for t in dst_tokens if (t.norm in forms or t.text.lower() in forms)
                            and not _negative_place(dst, t)]
            if not counterparts or _negative_counterpart(dst, neg.head_lemma):
                continue  # "did not change" / "left unchanged": the negation moved into the word
            if head is not None and _prefixed_modifier(s, head, dst, counterparts):
                continue  # "not enough evidence" / "the evidence was insufficient"
            cue = ctx.original.text[neg.cue_start:neg.cue_end] if side == "original" else ctx.copy.text[neg.cue_start:neg.cue_end]
            src_verb = s.tokens[head.head].norm if head is not None else ""
            if cue.lower() in NOUN_NEGATORS and all(_privative_head(dst, t, src_verb) for t in counterparts):
                continue  # "without power" / "lost power": the verb carries the negation
            seen.add(neg.head_lemma)
            lo, hi = neg.phrase or (neg.cue_start, neg.head_end)
            other = _best_counterpart(s, head, dst, counterparts)
            olo, ohi = _counterpart_span(dst, other)
            dst_index = _sentence_index(dst, other.start)
            if side == "original":
                o, c = ctx.ospan(lo, hi, s.index), ctx.cspan(olo, ohi, dst_index)
                message = f"negation lost: '{o.display}' became '{c.display}'"
            else:
                o, c = ctx.ospan(olo, ohi, dst_index), ctx.cspan(lo, hi, s.index)
                message = f"negation added: '{o.display}' became '{c.display}'"
            out.append(finding("negation_changed", Severity.CRITICAL, o, c, message, NAME, 0.85,
                               predicate=neg.head_lemma, negated_in=side, implicit=neg.implicit))
    return out


def _cue(sentence: Sentence, neg) -> tuple[str, str]:
    """The negation cue with the word after it ("not", "be"): the same words negate the same thing."""
    after = [t for t in sentence.tokens if t.start >= neg.cue_end and not t.is_punct]
    cue = sentence.text[neg.cue_start - sentence.start : neg.cue_end - sentence.start].lower().replace("’", "'")
    return ("not" if cue in {"n't", "not"} else cue), (after[0].norm if after else "")


def _negative_place(sentences: list[Sentence], tok: Token) -> bool:
    """A noun that is itself put out of reach: "unable to work" is not contradicted by "out of work"."""
    if tok.dep != "pobj" or tok.head == tok.i:
        return False
    s = sentence_of(sentences, tok)
    prep = s.tokens[tok.head]
    if prep.text.lower() in {"without", "outside"}:
        return True
    return prep.text.lower() == "of" and prep.head != prep.i and s.tokens[prep.head].text.lower() in {"out", "outside"}


def _context(sentences: list[Sentence], tok: Token) -> set[str]:
    s = sentence_of(sentences, tok)
    return {t.norm for t in s.tokens if t.head == tok.i and t.i != tok.i and not t.is_punct} | {s.tokens[tok.head].norm}


def _best_counterpart(sent: Sentence, head: Token | None, dst: list[Sentence], candidates: list[Token]) -> Token:
    """The candidate most like the negated word: same spelling, same neighbours ("cannot say" -> "can say",
    not the "said" of the attribution)."""
    if head is None or len(candidates) == 1:
        return candidates[0]
    mine = _context([sent], head)
    return max(candidates, key=lambda t: (t.text.lower() == head.text.lower()) + len(mine & _context(dst, t)))


def _counterpart_span(sentences: list[Sentence], tok: Token) -> tuple[int, int]:
    """The unnegated counterpart with what governs it: "were allowed", "in their homes", "agreed to endorse"."""
    s = sentence_of(sentences, tok)
    if tok.dep in {"pobj", "xcomp"} and tok.head != tok.i:
        gov = s.tokens[tok.head]
        lo, hi = tok.predicate or (tok.start, tok.end)
        return min(lo, gov.start), max(hi, tok.end)
    return tok.predicate or (tok.start, tok.end)


def _span(tok: Token) -> tuple[int, int]:
    return tok.predicate or (tok.start, tok.end)


NEGATIVE_PREFIXES = ("un", "non", "in", "im", "il", "ir", "dis")


def _negative_form(a: str, b: str) -> bool:
    """One word is the other with a negative prefix: "damaged" / "undamaged", "legal" / "illegal"."""
    a, b = a.lower(), b.lower()
    short, long_ = sorted((a, b), key=len)
    if len(short) < 4:
        return False
    for prefix in NEGATIVE_PREFIXES:
        if long_ == prefix + short or long_ == prefix + "-" + short:
            return True
    return False


NOUN_NEGATORS = {"no", "without", "none"}
PRIVATIVE_VERBS = frozenset({"lose", "lack", "miss", "cut", "strip", "deprive", "drop", "shed", "forfeit", "surrender"})


def _negative_counterpart(sentences: list[Sentence], lemma: str) -> bool:
    """The other side says it with a negative word of the same stem: "not change" / "unchanged"."""
    stem = lemma[: max(4, len(lemma) - 2)]
    for s in sentences:
        for t in s.tokens:
            word = t.text.lower()
            for prefix in NEGATIVE_PREFIXES:
                if word.startswith(prefix) and word[len(prefix):].lstrip("-").startswith(stem):
                    return True
    return False


# A word with a negative prefix stands for "not" + a synonym of its stem within this suspicion.
PREFIX_SYNONYM = {"same", "inflection", "synonym"}
PREFIX_SYNONYM_SCORE = 0.25
POS_LETTER = {"ADJ": "a", "ADV": "r", "NOUN": "n", "VERB": "v"}


def _prefixed_modifier(sent: Sentence, head: Token, dst: list[Sentence], counterparts: list[Token]) -> bool:
    """The other side puts the negation into a prefixed word attached to the counterpart.

    "There was not enough evidence" / "the evidence was insufficient": the negated
    "evidence" is still there, but "insufficient" ("in" + "sufficient", an antonym
    of its own stem, which is a synonym of "enough") says the "not enough". The
    prefixed word must hang on the counterpart (modifier, complement of the same
    verb) and its stem must mean what the negated side's head or modifier means;
    "sufficient" / "not enough" has no prefix and stays a flip.
    """
    bearing = {head.norm} | {t.norm for t in sent.tokens
                             if t.head == head.i and t.i != head.i and t.dep in BEARING_DEPS}
    negated = _negated_starts(dst)
    for other in counterparts:
        sc = sentence_of(dst, other)
        for t in sc.tokens:
            attached = t.head == other.i or other.head == t.i or (t.head == other.head and t.head != t.i)
            if t.i == other.i or not attached or t.start in negated or t.pos not in POS_LETTER:
                continue
            stem = _negative_stem(t.text)
            if stem and any(_same_sense(stem, w, POS_LETTER[t.pos]) for w in bearing):
                return True
    return False


def _negative_stem(word: str) -> str:
    """The stem of a word made negative by its prefix ("insufficient" -> "sufficient"), else ""."""
    word = word.lower()
    for prefix in NEGATIVE_PREFIXES:
        stem = word[len(prefix):].lstrip("-")
        if word.startswith(prefix) and len(stem) >= 4 and are_antonyms(word, stem):
            return stem  # "invaluable" is no antonym of "valuable": not a negative prefix
    return ""


def _same_sense(a: str, b: str, pos: str) -> bool:
    if a == b:
        return True
    rel = relation(a, b, pos)
    return rel.kind in PREFIX_SYNONYM and rel.score <= PREFIX_SYNONYM_SCORE


def _privative_head(sentences: list[Sentence], tok: Token, other_verb: str) -> bool:
    """The word depends on a verb of losing or lacking ("lost power") that the other side
    does not use for it ("no lives were lost" / "some lives were lost" is a real flip)."""
    s = sentence_of(sentences, tok)
    head = s.tokens[tok.head]
    return head.i != tok.i and head.norm in PRIVATIVE_VERBS and head.norm != other_verb


def _replaced(ctx: CheckContext, pair: Pair) -> list[Finding]:
    """Replacements that reverse polarity: antonyms, opposite stances, negated near-synonyms."""
    out = []
    neg_o, neg_c = _negated_starts(pair.original), _negated_starts(pair.copy)
    reach_o, reach_c = _reached(pair.original, neg_o), _reached(pair.copy, neg_c)
    for rep in pair_replacements(ctx, pair):
        old_neg, new_neg = rep.old.start in neg_o, rep.new.start in neg_c
        old_w, new_w = rep.old_word or rep.old.norm, rep.new_word or rep.new.norm
        stance = rep.pos == "v" and opposite_stance(rep.old.norm, rep.new.norm)
        opposite = stance or are_antonyms(old_w, new_w, rep.pos) or are_antonyms(rep.old.norm, rep.new.norm, rep.pos)
        opposite = opposite or _negative_form(rep.old.text, rep.new.text)
        if opposite and rep.pos == "v" and _converse(pair, rep):
            continue  # "Spain beat Uruguay" / "Uruguay lost to Spain": the roles swapped with the verb
        if old_neg == new_neg and opposite and (rep.old.start in reach_o) == (rep.new.start in reach_c):
            why = f"polarity reversed: '{rep.old.text}' became its opposite '{rep.new.text}'"
        elif (old_neg != new_neg and not opposite and rep.same_slot and _near(rep, old_w, new_w)
              and not (old_neg and _negative_counterpart(pair.copy, rep.old.norm))
              and not (new_neg and _negative_counterpart(pair.original, rep.new.norm))):
            said = "negated" if new_neg else "no longer negated"
            why = f"polarity reversed: '{rep.old.text}' became the {said} '{rep.new.text}'"
        else:
            continue  # "did not allow" -> "forbade" keeps the meaning
        o, c = _span(rep.old), _span(rep.new)
        out.append(finding("negation_changed", Severity.CRITICAL,
                           ctx.ospan(*o, sentence_of(pair.original, rep.old).index),
                           ctx.cspan(*c, sentence_of(pair.copy, rep.new).index),
                           why, NAME, 0.8, original_word=old_w, copy_word=new_w,
                           antonyms=opposite and not stance, stance=stance, negated_synonym=not opposite))
    return out


# Prepositions that bring in the other side of a two-party verb: "lost to", "bought from", "won against".
PARTY_PREPS = frozenset({"to", "from", "by", "against", "with"})
PartyKey = tuple[tuple[str, str], ...]  # (match key, NER label) of one participant


def _converse(pair: Pair, rep: Replacement) -> bool:
    """The opposite verb comes with the two parties swapped: a converse paraphrase, not a reversal.

    "Spain beat Uruguay" / "Uruguay lost to Spain", "Acme sold it to Brightco" /
    "Brightco bought it from Acme": the original's subject is now an object (or
    the object of "to", "from", "by", "against", "with") and the copy's subject
    was an object of the original. Both parties must be found and swapped; the
    same subject on both sides ("Acme sold" / "Acme bought") stays a flip.
    """
    so, oo = _parties(sentence_of(pair.original, rep.old), rep.old)
    sc, oc = _parties(sentence_of(pair.copy, rep.new), rep.new)
    if not so or not sc or _same_party(so, sc):
        return False
    return any(_same_party(so, o) for o in oc) and any(_same_party(sc, o) for o in oo)


def _parties(sent: Sentence, verb: Token) -> tuple[PartyKey, list[PartyKey]]:
    """The verb's logical subject and its object-like parties, as match keys."""
    kids = [t for t in sent.tokens if t.head == verb.i and t.i != verb.i]
    if not any(t.dep in {"nsubj", "nsubjpass"} for t in kids) and verb.dep == "conj" and verb.head != verb.i:
        head = sent.tokens[verb.head]  # "Spain scored twice and beat Uruguay": the subject is the first verb's
        kids += [t for t in sent.tokens if t.head == head.i and t.dep in {"nsubj", "nsubjpass"}]
    subject: Token | None = None
    objects: list[Token] = []
    for t in kids:
        if t.dep == "nsubj":
            subject = t
        elif t.dep == "agent":  # "Uruguay was beaten by Spain": Spain did it
            subject = next(iter(_pobjs(sent, t)), subject)
        elif t.dep == "nsubjpass" or t.dep in {"dobj", "dative"} and t.pos != "ADP":
            objects.append(t)
        elif t.dep in {"prep", "dative"} and t.text.lower() in PARTY_PREPS:
            objects += _pobjs(sent, t)
        if t.dep == "dobj":  # "sold the plant to Brightco" with "to" parsed under "plant"
            objects += [o for p in sent.tokens if p.head == t.i and p.dep == "prep" and p.text.lower() in PARTY_PREPS
                        for o in _pobjs(sent, p)]
    return (_party_key(sent, subject) if subject is not None else ()), [_party_key(sent, o) for o in objects]


def _pobjs(sent: Sentence, prep: Token) -> list[Token]:
    return [t for t in sent.tokens if t.head == prep.i and t.dep == "pobj" and t.i != prep.i]


def _party_key(sent: Sentence, tok: Token) -> PartyKey:
    """A name by its mention keys, a pronoun by its lemma ("him" = "he"), a noun by its phrase."""
    named = [m for m in sent.mentions if m.start <= tok.start < m.end]
    if named:
        return tuple((k, m.label) for m in named for k in {m.key, m.canonical} if k)
    if tok.pos == "PRON":
        return ((tok.norm, ""),)
    lo, hi = tok.chunk or (tok.start, tok.end)
    return ((entity_key(sent.text[lo - sent.start : hi - sent.start]) or tok.norm, ""),)


def _same_party(a: PartyKey, b: PartyKey) -> bool:
    return any(equivalent(ka, kb, la, lb) for ka, la in a for kb, lb in b)


def _near(rep: Replacement, old: str, new: str) -> bool:
    rel = relation(old, new, rep.pos)
    return rel.kind in NEAR and rel.score <= NEAR_SCORE


def _undone(ctx: CheckContext, pair: Pair, side: str) -> list[Finding]:
    """An action on one side, its undoing on the other: "restricted" / "lifted restrictions"."""
    src, dst = (pair.original, pair.copy) if side == "original" else (pair.copy, pair.original)
    negated = _negated_starts(src)
    src_verbs = [(s, t) for s in src for t in s.tokens if t.pos == "VERB" and t.start not in negated
                 and not (t.head != t.i and s.tokens[t.head].norm in STOPPING)]
    reversed_src = {c.norm for s in src for c in s.tokens
                    if c.dep == "dobj" and s.tokens[c.head].norm in REVERSAL}
    out = []
    for s in dst:
        for undo in s.tokens:
            if undo.pos != "VERB" or undo.norm not in REVERSAL:
                continue
            for obj in s.tokens:
                if obj.head != undo.i or obj.dep != "dobj" or obj.norm in reversed_src:
                    continue
                done = next(((vs, v) for vs, v in src_verbs if v.norm not in REVERSAL
                             and (v.norm == obj.norm or same_family(v.norm, obj.norm))), None)
                if done is None or any(t.pos == "VERB" and t.norm == done[1].norm for d in dst for t in d.tokens):
                    continue
                vs, verb = done
                end = obj.end
                nxt = s.tokens[obj.i + 1] if obj.i + 1 < len(s.tokens) else None
                if nxt is not None and nxt.dep == "prep" and nxt.head == obj.i:
                    end = nxt.end  # "lifted restrictions on"
                v_span = _span(verb)
                u_span = (min(undo.start, _span(undo)[0]), end)
                if side == "original":
                    o, c = ctx.ospan(*v_span, vs.index), ctx.cspan(*u_span, s.index)
                else:
                    o, c = ctx.ospan(*u_span, s.index), ctx.cspan(*v_span, vs.index)
                message = f"polarity reversed: '{o.display}' became '{c.display}'"
                out.append(finding("negation_changed", Severity.CRITICAL, o, c, message, NAME, 0.75,
                                   original_word=verb.norm if side == "original" else undo.norm,
                                   copy_word=undo.norm if side == "original" else verb.norm, undone=True))
    return out


def _preps(sentences: list[Sentence]) -> list[tuple[Sentence, Token, Token, str, str]]:
    """(sentence, preposition, object, preposition phrase, lemma of what it attaches to)."""
    out = []
    for s in sentences:
        for obj in s.tokens:
            if obj.dep != "pobj" or obj.head == obj.i:
                continue
            prep = s.tokens[obj.head]
            phrase, first = prep.text.lower(), prep
            if phrase == "of" and prep.head != prep.i and s.tokens[prep.head].text.lower() in {"out", "outside"}:
                first = s.tokens[prep.head]
                phrase = "out of" if first.text.lower() == "out" else "outside"
            governor = s.tokens[first.head].norm if first.head != first.i else ""
            out.append((s, first, obj, phrase, governor))
    return out


def _sides(ctx: CheckContext, pair: Pair) -> list[Finding]:
    """The same thing put on the other side of a preposition: "out of their homes" -> "in their homes"."""
    out = []
    theirs = _preps(pair.copy)
    neg_o, neg_c = _negated_starts(pair.original), _negated_starts(pair.copy)
    for so, po, oo, phrase_o, gov_o in _preps(pair.original):
        for sc, pc, oc, phrase_c, gov_c in theirs:
            if oo.norm != oc.norm or gov_o != gov_c or frozenset((phrase_o, phrase_c)) not in OPPOSED_PREPS:
                continue
            if (oo.start in neg_o) != (oc.start in neg_c):
                continue  # "without agreement" / "with no agreement"
            o = ctx.ospan(po.start, oo.end, so.index)
            c = ctx.cspan(pc.start, oc.end, sc.index)
            out.append(finding("negation_changed", Severity.CRITICAL, o, c,
                               f"polarity reversed: '{o.display}' became '{c.display}'", NAME, 0.75,
                               original_word=phrase_o, copy_word=phrase_c, preposition=True))
            break
    return out


@register("factdiff.negation.v1")
def check_negation(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    for pair in ctx.pairs():
        out.extend(_flips(ctx, pair, "original"))
        out.extend(_flips(ctx, pair, "copy"))
        out.extend(_replaced(ctx, pair))
        out.extend(_undone(ctx, pair, "original"))
        out.extend(_undone(ctx, pair, "copy"))
        out.extend(_sides(ctx, pair))
    return out
