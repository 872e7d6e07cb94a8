"""Content words replaced by words of another meaning: possible mistranslation.

Each replacement is scored by the lexicon (WordNet relations: a synonym is
harmless, a hyponym or sibling a shade different, an unrelated common word
very suspicious). A known translation false friend ("profits" -> "benefits",
French "bénéfices") is looked up first, in lexicon/false_friends.txt, because
WordNet may link such a pair through a rare shared sense. A replacement by a
look-alike word of another family ("medals" -> "metals", "amnesty" ->
"amnesia") is a slip of the translator or of OCR and raises the suspicion
further. Only replacements above the minor
threshold are reported, and the most suspicious of a pair is ranked first.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..lexicon import lemmas_for, relation
from ..lexicon.confusable import confusable, role_shift
from ..lexicon.false_friends import FalseFriend, false_friend
from ..lexicon.lookup import base_forms
from ..report.model import Finding, Severity
from .base import CheckContext, finding, register
from .claims import same_claim
from .replacements import fact_bearing, pair_replacements, phrase_span, sentence_of
from .tokendiff import token_diff

NAME = "wording.v1"
HARMLESS = {"same", "inflection", "synonym", "derived", "antonym", "unknown"}  # antonyms: the negation check
VERB_MINOR = 0.85  # verbs and adjectives vary freely in translation: only the clearest swaps
SHADES = {"hypernym", "hyponym", "sibling"}  # a more general, narrower or neighbouring noun
CLOSE = {"same", "inflection", "derived", "hypernym", "hyponym"}  # links a look-alike cannot make suspicious
FAR_ENOUGH = 0.3  # below this suspicion the words are close in meaning whatever their spelling
CONFUSABLE_WEIGHT = 0.65  # how much a look-alike spelling adds to the suspicion of a far replacement
VERBATIM = 0.8  # share of shared content words from which the copy is a near-verbatim one...
VERBATIM_WEIGHT = 0.1  # ...where an unrelated word is no stylistic choice: suspicion rises this much
FAR = {"unrelated", "sibling"}
# parts of speech whose one swapped word makes a verbatim copy's change major: not adverbs,
# which WordNet links too seldom ("tirelessly" / "ceaselessly")
SOLE_POS = {"n", "v", "a"}
TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"})
EVIDENCE = {"sibling"}  # links that say the meanings differ (co-hyponyms), unlike a missing link
MODIFIERS = {"amod", "compound", "nmod"}
POS_OF = {"ADJ": "a", "NOUN": "n", "PROPN": "n"}
KEPT = {"same", "inflection", "synonym", "derived"}
KEPT_SCORE = 0.2
ROLE_SHIFT = 0.5  # suspicion of a noun swapped for its agent noun ("record" -> "recorder"): a shade
FALSE_FRIEND = 0.9  # suspicion of a known translation false friend ("profits" -> "benefits")
SHARED_ENDING = 3  # letters of a common ending (and of what is left) from which it is set aside


def suspicion(old: str, new: str, rel) -> tuple[float, float]:
    """Suspicion of a replacement (0..0.99) and the look-alike evidence that raised it.

    A look-alike counts only when the words are not closely linked in meaning:
    "defence" -> "defense" is one word, "school" -> "shoal" (linked only through
    a rare sense) or "medal" -> "metal" a slip.
    """
    if rel.kind in CLOSE or rel.kind == "unknown" or rel.score < FAR_ENOUGH:
        return rel.score, 0.0
    if role_shift(old, new):
        return max(rel.score, ROLE_SHIFT), 0.0
    if rel.kind == "related":
        return rel.score, 0.0  # linked in meaning ("school"/"shoal" of fish): the spelling is no slip
    look = confusable(*strip_shared_ending(old, new))
    return round(min(0.99, rel.score + CONFUSABLE_WEIGHT * look), 3), look


def strip_shared_ending(a: str, b: str) -> tuple[str, str]:
    """The two words without the ending they share ("faultlessly"/"flawlessly" -> "fault"/"flaw"):
    a common suffix makes words look alike without being a slip."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    if n >= SHARED_ENDING and min(len(a), len(b)) - n >= SHARED_ENDING:
        return a[:-n], b[:-n]
    return a, b


def inflected(a: str, b: str) -> bool:
    """Two inflections of one word by WordNet's morphology ("tax"/"taxes"), which the tagger's
    lemmas can miss ("taxes" -> "taxis")."""
    return a == b or bool(base_forms(a, None) & base_forms(b, None))


def compounded(rep, so, sc) -> bool:
    """One word is the other written together with its neighbour: "volley ball" / "volleyball"."""
    def joined(sent, tok) -> set[str]:
        toks = sent.tokens
        out = set()
        if tok.i + 1 < len(toks):
            out.add(tok.text.lower() + toks[tok.i + 1].text.lower())
        if tok.i > 0:
            out.add(toks[tok.i - 1].text.lower() + tok.text.lower())
        return out

    return rep.new.text.lower() in joined(so, rep.old) or rep.old.text.lower() in joined(sc, rep.new)


def sole_edit(ctx: CheckContext, pair, rep, one_word: bool = False) -> bool:
    """The replacement is the only change of an otherwise verbatim pair (punctuation aside);
    with ``one_word``, one content word for one ("spur" / "slow down" swaps a verb,
    "agreed" / "reached a deal" rephrases it)."""
    diff = token_diff(ctx, pair)
    edits = [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in diff.opcodes if tag != "equal"
             and not all(t.is_punct for t in (*diff.otoks[i1:i2], *diff.ctoks[j1:j2]))]
    if len(edits) != 1:
        return False
    i1, i2, j1, j2 = edits[0]
    if one_word and not (_one_content_word(diff.otoks[i1:i2]) and _one_content_word(diff.ctoks[j1:j2])):
        return False
    return any(t.start == rep.old.start for t in diff.otoks[i1:i2]) and any(
        t.start == rep.new.start for t in diff.ctoks[j1:j2])


def _stretch_changed(rep, old_w: str, new_w: str, so, sc) -> bool:
    """ "within hours" / "within minutes", "for weeks" / "for months": a vague duration is a
    figure without digits; with a number ("3 hours") the numbers check compares it."""
    if old_w == new_w or old_w not in TIME_UNITS or new_w not in TIME_UNITS or not rep.same_slot:
        return False
    sides = ((so, rep.old), (sc, rep.new))
    if any(d.start <= tok.start < d.end for s, tok in sides for d in s.dates):
        return False  # "this year" / "this month": a date, the dates check's
    return not any(t.head == tok.i and t.dep == "nummod" for s, tok in sides for t in s.tokens)


def _one_content_word(tokens) -> bool:
    """Function words and verb particles aside, one word."""
    return sum(t.is_content and t.dep != "prt" for t in tokens) == 1


def _verbatim_boost(rep, rel) -> float:
    """A copy that keeps nearly every other word did not swap this one for style."""
    return VERBATIM_WEIGHT if rel.kind in FAR and rep.kept >= VERBATIM else 0.0


def _kept_as_modifier(sentence, tok, word: str) -> bool:
    """The other word survives as a modifier of this one: "the world" -> "global temperature".

    The copy restructured the phrase rather than swapping its head word, so
    pairing the two heads says nothing about a mistranslation.
    """
    for t in sentence.tokens:
        if t.head == tok.i and t.i != tok.i and t.dep in MODIFIERS and t.pos in POS_OF:
            rel = relation(word, t.norm, POS_OF[t.pos])
            if rel.kind in KEPT and rel.score <= KEPT_SCORE:
                return True
    return False


def _verbal(tok) -> bool:
    """A gerund noun ("staging", "killing") varies like the verb it comes from."""
    return tok.pos == "NOUN" and tok.text.lower().endswith("ing") and bool(lemmas_for(tok.text, "v"))


def severity_of(rep, rel, settings, bearing: bool = False, score: float | None = None, look: float = 0.0) -> Severity | None:
    """How much a replacement matters.

    Major needs positive evidence of another meaning, not just a missing link: WordNet
    has many near-synonyms it does not connect ("deaths"/"people", "method"/"kind"),
    and two good translations differ in such words all the time. The evidence is a
    look-alike of another word family in the same slot (a slip: "convoy" -> "convent")
    or, for nouns, a co-hyponym in the same slot (another thing of the same kind:
    WordNet says they differ). A noun broadened, narrowed or swapped for an unlinked
    word is a shade of meaning (minor); verbs and adjectives vary freely in
    translation and are minor at most.
    """
    score = rel.score if score is None else score
    if look and score >= settings.wording_major and rep.same_slot:
        return Severity.MAJOR
    if rep.pos == "n" and not (_verbal(rep.old) or _verbal(rep.new)):
        if score >= settings.wording_major and rep.same_slot and rel.kind in EVIDENCE:
            return Severity.MAJOR
        if rel.kind in SHADES and bearing:
            return Severity.MINOR
        if score >= settings.wording_minor and rep.same_slot:
            return Severity.MINOR
        return None
    if (score >= VERB_MINOR or look and score >= settings.wording_minor) and rep.same_slot:
        return Severity.MINOR
    return None


@dataclass(frozen=True)
class FriendRelation:
    """Stands in for the lexicon's Relation when the pair is a known false friend."""

    friend: FalseFriend
    kind: str = "false_friend"
    score: float = FALSE_FRIEND
    similarity: float = 0.0


@register("factdiff.wording.v1")
def check_wording(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    settings = ctx.settings
    for pair in ctx.pairs(changed=True):
        scored = []
        for rep in pair_replacements(ctx, pair):
            so, sc = sentence_of(pair.original, rep.old), sentence_of(pair.copy, rep.new)
            bearing = fact_bearing(so, rep.old) or fact_bearing(sc, rep.new)
            if not rep.same_slot and sole_edit(ctx, pair, rep, one_word=True):
                rep = replace(rep, slot=True)  # word for word in place: the same slot, whatever the parse says
            if not rep.same_slot and not (rep.pos == "n" and bearing):
                continue  # severity_of reports nothing outside the same slot: spare the lexicon look-up
            old_w, new_w = rep.old_word or rep.old.norm, rep.new_word or rep.new.norm
            if _stretch_changed(rep, old_w, new_w, so, sc):
                os_, oe = phrase_span(so, rep.old)
                cs, ce = phrase_span(sc, rep.new)
                out.append(finding("unit_changed", Severity.MAJOR, ctx.ospan(os_, oe, so.index), ctx.cspan(cs, ce, sc.index),
                                   f"a stretch of time changed: '{rep.old.text}' became '{rep.new.text}'", NAME, 0.9,
                                   original_word=old_w, copy_word=new_w))
                continue
            if same_claim(rep.old.text.lower(), rep.new.text.lower()):
                continue  # "former" / "ex-": one claim (the claims check reads these words)
            if inflected(rep.old.text.lower(), rep.new.text.lower()) or compounded(rep, so, sc):
                continue  # "tax"/"taxes" (whatever the lemmatizer says), "volley ball"/"volleyball"
            friend = false_friend(old_w, new_w)
            if friend is not None:  # before WordNet, which may call the two synonyms
                severity = Severity.MAJOR if rep.same_slot else Severity.MINOR
                scored.append((severity, FALSE_FRIEND, rep, FriendRelation(friend), 0.0, so, sc))
                continue
            rel = relation(old_w, new_w, rep.pos)
            if rel.kind in HARMLESS:
                continue
            if _kept_as_modifier(sc, rep.new, rep.old.norm) or _kept_as_modifier(so, rep.old, rep.new.norm):
                continue
            score, look = suspicion(rep.old.norm, rep.new.norm, rel)
            score = round(min(0.99, score + _verbatim_boost(rep, rel)), 3)
            severity = severity_of(rep, rel, settings, bearing, score, look)
            if severity == Severity.MINOR and rel.kind in FAR and score >= settings.wording_major \
                    and rep.pos in SOLE_POS and rep.same_slot and sole_edit(ctx, pair, rep, one_word=rep.pos != "n"):
                # the one word a verbatim copy changed: no stylistic choice (a verb or an
                # adjective only when swapped word for word: "agreed" / "reached a deal" rephrases)
                severity = Severity.MAJOR
            if severity is not None:
                scored.append((severity, score, rep, rel, look, so, sc))
        scored.sort(key=lambda x: (-int(x[0]), -x[1]))
        for rank, (severity, score, rep, rel, look, so, sc) in enumerate(scored, 1):
            os_, oe = phrase_span(so, rep.old)
            cs, ce = phrase_span(sc, rep.new)
            how = "possible mistranslation" if severity >= Severity.MAJOR else "meaning shifted"
            why = f"{rel.kind}, look-alike" if look else rel.kind
            friend = rel.friend.describe() if isinstance(rel, FriendRelation) else ""
            if friend:
                why = f"false friend: {friend}"
            message = f"{how}: '{rep.old.text}' became '{rep.new.text}' ({why})"
            out.append(finding("wording_changed", severity, ctx.ospan(os_, oe, so.index), ctx.cspan(cs, ce, sc.index),
                               message, NAME, round(score, 3), original_word=rep.old.norm, copy_word=rep.new.norm,
                               pos=rep.pos, relation=rel.kind, suspicion=round(score, 3),
                               similarity=round(rel.similarity, 3), look_alike=round(look, 3), rank=rank,
                               same_slot=rep.same_slot, **({"false_friend": friend} if friend else {})))
    return out
