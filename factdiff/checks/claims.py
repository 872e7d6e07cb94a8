"""A claim modifier dropped or added: "the former minister" / "the minister".

A few words change what a sentence claims while every fact word stays: a status in time
("former", "ex-", "late", "acting", "-elect"), a hedge ("allegedly", "suspected",
"so-called") or a manner that is itself a claim ("secretly", "illegally",
"unanimously"). Translation and trimming lose them easily, and the sentence then states
something the original did not ("the ex-Soviet state" becomes a Soviet one). The words
come in small groups of interchangeable forms (``lexicon/claims.txt``): a word of a group
on one side, attached to a word the other side also has (the same lemma, or the word that
replaced it), with no word of that group on the other side, is a changed claim.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..facts.model import Sentence, Token
from ..report.model import Finding, Severity
from .base import CheckContext, Pair, finding, register
from .replacements import pair_replacements, phrase_span

NAME = "claims.v1"
PREFIXES = {"ex", "then"}  # claim words written as a prefix: "ex-Soviet", "then-president"
SUFFIXES = {"elect", "designate"}  # ... or as a suffix: "president-elect"
MODIFIER_DEPS = frozenset({"amod", "advmod", "npadvmod", "compound", "nmod"})


@lru_cache(maxsize=1)
def claim_groups() -> dict[str, int]:
    """Word -> group number, from ``lexicon/claims.txt``."""
    text = resources.files("factdiff.lexicon").joinpath("claims.txt").read_text(encoding="utf-8")
    groups: dict[str, int] = {}
    for n, line in enumerate(x for x in text.splitlines() if x.strip() and not x.startswith("#")):
        for word in line.split():
            groups[word] = n
    return groups


def same_claim(a: str, b: str) -> bool:
    """Two words of one claim group: "former" / "ex" say the same thing."""
    groups = claim_groups()
    return a in groups and groups.get(a) == groups.get(b)


def _hyphen_after(sent: Sentence, tok: Token) -> bool:
    nxt = sent.tokens[tok.i + 1] if tok.i + 1 < len(sent.tokens) else None
    return nxt is not None and nxt.text == "-" and nxt.start == tok.end


def _hyphen_before(sent: Sentence, tok: Token) -> bool:
    prev = sent.tokens[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.text == "-" and prev.end == tok.start


def _noun_suffix(sent: Sentence, tok: Token) -> bool:
    return _hyphen_before(sent, tok) and tok.i >= 2 and sent.tokens[tok.i - 2].pos in {"NOUN", "PROPN"}


def claim_words(sent: Sentence) -> list[tuple[Token, int]]:
    """The claim modifiers of a sentence with their group."""
    groups = claim_groups()
    out = []
    for t in sent.tokens:
        word = t.text.lower()  # the forms are listed as written: "alleged" is not the verb "allege"
        group = groups.get(word)
        if group is None or t.ent_type and word not in PREFIXES:  # "ex-Soviet" is tagged as a nationality
            continue
        if word in PREFIXES and not _hyphen_after(sent, t):
            continue  # "then" alone is a conjunction, "ex" alone a word of its own
        if word in SUFFIXES and not _noun_suffix(sent, t):
            continue  # "president-elect", not "re-elect" or "elect a president"
        if word not in PREFIXES | SUFFIXES and t.dep not in MODIFIER_DEPS:
            continue  # a modifier of another word, not a verb or noun of its own ("forced the evacuation")
        out.append((t, group))
    return out


def _modified(sent: Sentence, tok: Token) -> Token:
    """The word a claim modifier qualifies: its head, or for a suffix ("-elect") the word before."""
    if tok.text.lower() in SUFFIXES and _hyphen_before(sent, tok) and tok.i >= 2:
        return sent.tokens[tok.i - 2]
    if tok.text.lower() in PREFIXES and tok.i + 2 < len(sent.tokens):
        word = sent.tokens[tok.i + 2]  # "ex-mayor": the parser often hangs "ex" elsewhere
        head = sent.tokens[word.head]
        return head if word.dep in {"amod", "compound"} and head.i > word.i else word  # "ex-Soviet state"
    head = sent.tokens[tok.head]
    while head.text == "-" and head.head != head.i:
        head = sent.tokens[head.head]
    return head


def _counterpart(head: Token, others: list[Sentence], replaced: dict[int, Token]) -> tuple[Sentence, Token] | None:
    """The other version's word for ``head``: the same lemma, or what replaced it."""
    new = replaced.get(head.start)
    for s in others:
        for t in s.tokens:
            if (new is not None and t.start == new.start) or (new is None and t.norm == head.norm and not t.is_punct):
                return s, t
    return None


def _side_findings(ctx: CheckContext, pair: Pair, dropped: bool) -> list[Finding]:
    here, there = (pair.original, pair.copy) if dropped else (pair.copy, pair.original)
    reps = pair_replacements(ctx, pair)
    replaced = {r.old.start: r.new for r in reps} if dropped else {r.new.start: r.old for r in reps}
    present = {g for s in there for _, g in claim_words(s)}
    out: list[Finding] = []
    for sent in here:
        for tok, group in claim_words(sent):
            if group in present:
                continue
            head = _modified(sent, tok)
            if head.i == tok.i or head.is_punct:
                continue
            match = _counterpart(head, there, replaced)
            if match is None:
                continue  # the phrase itself was rewritten: nothing to hold the claim against
            other_sent, other = match
            lo = min(tok.start, phrase_span(sent, head)[0])
            hi = max(tok.end, head.end)
            olo, ohi = phrase_span(other_sent, other)
            span_here = (ctx.ospan if dropped else ctx.cspan)(lo, hi, sent.index)
            span_there = (ctx.cspan if dropped else ctx.ospan)(olo, ohi, other_sent.index)
            what = "dropped" if dropped else "added"
            message = (f"claim {what}: '{tok.text}' ('{span_here.text}' became '{span_there.text}')" if dropped
                       else f"claim {what}: '{tok.text}' ('{span_there.text}' became '{span_here.text}')")
            o, c = (span_here, span_there) if dropped else (span_there, span_here)
            out.append(finding("wording_changed", Severity.MAJOR, o, c, message, NAME, 0.8,
                               relation=f"claim_{what}", claim=tok.text.lower(), word=head.text))
    return out


@register("factdiff.claims.v1")
def check_claims(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    for pair in ctx.pairs():
        out += _side_findings(ctx, pair, dropped=True)
        out += _side_findings(ctx, pair, dropped=False)
    return out
