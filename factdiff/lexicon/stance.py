"""Verbs of assent and of refusal: "confirmed" vs "denied", "approved" vs "blocked".

WordNet links few of these as antonyms, yet a copy that swaps one class for the
other reverses the news. Both lists are deliberately short and news-specific:
a pair counts only when one word is on each list, so a paraphrase inside one
class ("rejected" -> "dismissed") is never a flip.
"""

from __future__ import annotations

ASSENT = frozenset(
    """confirm announce admit acknowledge accept approve allow permit agree win pass cause beat exceed
    include support back endorse grant ratify adopt uphold succeed keep start open impose""".split()
)
REFUSAL = frozenset(
    """deny reject refuse block prevent avoid miss fail forbid ban veto dismiss oppose exclude lose
    overturn withhold decline halt suspend bar scrap drop abandon cancel stop close cut""".split()
)


def opposite_stance(a: str, b: str) -> bool:
    """True when one lemma assents and the other refuses ("approve" / "block")."""
    return (a in ASSENT and b in REFUSAL) or (a in REFUSAL and b in ASSENT)
