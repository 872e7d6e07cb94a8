"""Is a text English? A cheap test run before parsing.

factdiff checks English copies of English originals. A copy in another
language would align with nothing and flood the report, so it is recognised up
front by the share of very common English function words among its words.
"""

from __future__ import annotations

import re

_FUNCTION_WORDS = frozenset(
    """the of and to a in is that for it as was with on be by at he his are from this have
    has had not but or an they which were their been its who said would will there after
    more than also when she her we our about into over them some could what other these""".split()
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
MIN_WORDS = 12
MIN_SHARE = 0.12


def english_share(text: str) -> float | None:
    """Share of words that are English function words; None for too little text."""
    words = _WORD.findall(text[:200_000].lower())
    if len(words) < MIN_WORDS:
        return None
    return sum(1 for w in words if w in _FUNCTION_WORDS) / len(words)


def looks_english(text: str) -> bool:
    """True unless there is enough text to tell and it is clearly not English."""
    share = english_share(text)
    return share is None or share >= MIN_SHARE
