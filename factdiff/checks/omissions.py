"""Content a kept sentence lost: a clause or phrase with no counterpart in the copy.

A translation that leaves part of a sentence out ("... and we must not wait for
opportunities" missing, "In-person inspection to introduce..." losing its first words)
keeps every name and figure, so no fact check fires. A paraphrase rewords: the words it
drops on one side come back as other words on the other. An omission is lopsided: the
original has several content words with no counterpart (not the same lemma, not a
WordNet synonym, hypernym, hyponym or derived form, not a word paired as a replacement)
while the copy has almost none of its own. That asymmetry is the evidence; a few
unmatched words on both sides are ordinary rewording and say nothing.

Names and figures are left out of the count: the names, figures and dates checks report
those precisely.
"""

from __future__ import annotations

from ..facts.model import Sentence, Token
from ..report.model import Finding, Severity
from .base import CheckContext, Pair, finding, register
from .replacements import coarse_pos, pair_replacements

NAME = "omissions.v1"
MIN_DROPPED = 3  # content words of the original with no counterpart...
MAX_OWN = 1  # ...while the copy has at most this many of its own
CLOSE = frozenset({"same", "inflection", "synonym", "derived", "hypernym", "hyponym"})
GAP = 3  # tokens between two dropped words that still make one stretch


def _words(sentences: list[Sentence]) -> list[tuple[Sentence, Token]]:
    return [(s, t) for s in sentences for t in s.tokens if t.is_content and not t.ent_type and t.pos != "NUM"
            and not any(ch.isdigit() for ch in t.text)]


def unmatched(pair: Pair, ctx: CheckContext) -> tuple[list[tuple[Sentence, Token]], list[tuple[Sentence, Token]]]:
    """Content words of each side with no counterpart on the other."""
    from ..lexicon import relation

    a, b = _words(pair.original), _words(pair.copy)
    la = {t.norm for _, t in a} | {t.text.lower() for s in pair.original for t in s.tokens}
    lb = {t.norm for _, t in b} | {t.text.lower() for s in pair.copy for t in s.tokens}
    reps = pair_replacements(ctx, pair)
    ra, rb = {r.old.start for r in reps}, {r.new.start for r in reps}
    ua = [(s, t) for s, t in a if t.norm not in lb and t.text.lower() not in lb and t.start not in ra]
    ub = [(s, t) for s, t in b if t.norm not in la and t.text.lower() not in la and t.start not in rb]
    if len(ua) < MIN_DROPPED and len(ub) < MIN_DROPPED:
        return ua, ub

    def linked(t: Token, others: list[tuple[Sentence, Token]]) -> bool:
        pos = coarse_pos(t) or "n"
        return any(relation(t.norm, u.norm, pos).kind in CLOSE for _, u in others)

    ua2 = [(s, t) for s, t in ua if not linked(t, ub)]
    ub2 = [(s, t) for s, t in ub if not linked(t, ua)]
    return ua2, ub2


def _stretches(words: list[tuple[Sentence, Token]]) -> list[list[tuple[Sentence, Token]]]:
    """Dropped words grouped into runs within one sentence (a few tokens apart at most)."""
    runs: list[list[tuple[Sentence, Token]]] = []
    for s, t in words:
        if runs and runs[-1][-1][0] is s and t.i - runs[-1][-1][1].i <= GAP:
            runs[-1].append((s, t))
        else:
            runs.append([(s, t)])
    return runs


@register("factdiff.omissions.v1")
def check_omissions(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    for pair in ctx.pairs():
        dropped, own = unmatched(pair, ctx)
        if len(dropped) < MIN_DROPPED or len(own) > MAX_OWN or len(dropped) - len(own) < MIN_DROPPED:
            continue
        run = max(_stretches(dropped), key=len)
        sent, first, last = run[0][0], run[0][1], run[-1][1]
        words = [t.text for _, t in dropped]
        message = (f"content dropped: {len(dropped)} words of the original have no counterpart in the copy "
                   f"('{', '.join(words)}')")
        out.append(finding("content_missing", Severity.MAJOR, ctx.ospan(first.start, last.end, sent.index),
                           None, message, NAME, 0.6, words=words, copy_only=[t.text for _, t in own]))
    return out
