"""The token-level difference of an aligned pair, computed once per pair.

Several checks need to know which tokens of one version stand where in the other: the
noise filter sorts each difference into a slip or a change, the omissions check finds
what took a dropped stretch's place. difflib on case-folded token texts, over all
sentences of the group in order.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from ..facts.keys import fold
from ..facts.model import Token
from .base import CheckContext, Pair


@dataclass(frozen=True)
class TokenDiff:
    otoks: tuple[Token, ...]
    ctoks: tuple[Token, ...]
    opcodes: tuple[tuple[str, int, int, int, int], ...]  # difflib's (tag, i1, i2, j1, j2)

    def copy_counterpart(self, start: int, end: int) -> tuple[int, int] | None:
        """Character range of the copy tokens that replaced the original's ``[start, end)``:
        the copy side of every replacing opcode that touches it; None when nothing did."""
        hit = [k for k, t in enumerate(self.otoks) if t.start < end and start < t.end]
        if not hit:
            return None
        lo, hi = hit[0], hit[-1] + 1
        js = [(j1, j2) for tag, i1, i2, j1, j2 in self.opcodes if tag == "replace" and i1 < hi and lo < i2]
        if not js:
            return None
        j1, j2 = min(j for j, _ in js), max(j for _, j in js)
        return self.ctoks[j1].start, self.ctoks[j2 - 1].end


def token_diff(ctx: CheckContext, pair: Pair) -> TokenDiff:
    key = ("token_diff", tuple(s.index for s in pair.original), tuple(s.index for s in pair.copy))
    if key not in ctx.cache:
        otoks = tuple(t for s in pair.original for t in s.tokens)
        ctoks = tuple(t for s in pair.copy for t in s.tokens)
        sm = SequenceMatcher(None, [fold(t.text) for t in otoks], [fold(t.text) for t in ctoks], autojunk=False)
        ctx.cache[key] = TokenDiff(otoks, ctoks, tuple(sm.get_opcodes()))
    return ctx.cache[key]
