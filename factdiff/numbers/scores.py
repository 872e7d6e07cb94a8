"""Scores and tallies: "beat Uruguay 3-1", "lost 1-3 to Spain", "passed 52-48", "a 6-4, 7-5 win".

A score is one figure made of two small whole numbers joined by a hyphen, a dash, "to" or a
colon ("won 2:0", as much of Europe writes it; times such as "10:30" are dates, taken first). The
joined pair looks like a range ("ages 18-25"), an identifier ("Boeing 737-800") or a job idiom
("a 9-5 job"), so the context decides, never a list of team names:

- left: a verb of a contest or a vote a few words back ("beat Uruguay 3-1", "voted 52-48"), or
  "by" right before; or a name right before and nothing that counts after ("Arsenal 2-1");
- right: a noun of a result within three words ("a 3-1 home win", "in a 52-48 Senate vote").

Whatever the left side says, the words after the pair must not make it a count or a measure
("won 3-5 seats", "lost 10-15 kg", "3-4%"): only punctuation, a capitalised word or a word from
``SCORE_FOLLOWERS`` may follow. Pairs written one after another ("6-4, 3-6, 7-5") share their
context: each is its own score. Low and high hold the smaller and the larger number, so "3-1"
and "1-3" (some outlets write the loser first) are one result; ``score`` keeps the written order.
"""

from __future__ import annotations

import re

from .context import is_name_word, qualifier_before, words_before
from .lexicon import IDENT_NOUNS, SCORE_FOLLOWERS, SCORE_NOUNS, SCORE_VERBS
from .model import Quantity

_PAIR = re.compile(
    r"(?<![\w.,/:$€£¥#+\u2212\-\u2010\u2011\u2013\u2014])"
    r"(?P<a>\d{1,3})(?:[ \u00a0]?[-\u2010\u2011\u2013][ \u00a0]?|[ \u00a0]+to[ \u00a0]+|:)(?P<b>\d{1,3})"
    r"(?![\w%°‰\u2010\u2011\u2013\u2014/:-]|[.,]\d)"
)
# between two scores of one match: "6-4, 7-5", "6-4 7-5", "6-4 and 7-5"
_SEP = re.compile(r"(?:,[ \u00a0]*|[ \u00a0]+(?:and[ \u00a0]+)?)")
_WORD = re.compile(r"[ \u00a0]+([A-Za-z][A-Za-z.'’-]*)")
_VERB_REACH = 4  # "Spain beat hosts Uruguay 3-1": the verb may stand three words back
_NOUN_REACH = 3  # "a 3-1 home win", "a 52-48 party-line vote"
_NAME_MAX = 99  # after a bare name, three digits are a model number ("Boeing 737-800")


def find_scores(text: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Every score or tally in ``text`` outside the ``taken`` spans (dates), in order."""
    pairs = [m for m in _PAIR.finditer(text)
             if not any(s < m.end() and m.start() < e for s, e in taken)]
    out: list[Quantity] = []
    i = 0
    while i < len(pairs):
        group = [pairs[i]]
        while i + 1 < len(pairs) and _SEP.fullmatch(text, group[-1].end(), pairs[i + 1].start()):
            i += 1
            group.append(pairs[i])
        i += 1
        if _is_score(text, group):
            out.extend(_quantity(text, m) for m in group)
    return out


def _is_score(text: str, group: list[re.Match[str]]) -> bool:
    first, last = group[0], group[-1]
    nums = [int(m.group(k)) for m in group for k in "ab"]
    nxt = _WORD.match(text, last.end())
    after = nxt.group(1) if nxt else ""
    if after and not (after[0].isupper() or after.lower().rstrip(".") in SCORE_FOLLOWERS):
        # "won 3-5 seats", "lost 10-15 kg": a count or a measure; "the 2:0 final score": a result
        return _noun_after(text, last.end())
    if qualifier_before(text, first.start(), 0) is not None:
        return False  # "about 3-4", "up to 10-12": an estimate, not a result
    before = words_before(text, first.start(), 0, _VERB_REACH)
    lowered = [w.lower().rstrip(".,") for w, _ in before]
    if lowered and lowered[0] in ("from", "between") or lowered and lowered[0] in IDENT_NOUNS:
        return False  # "from 3 to 1" is a change; "pages 12-15", "article 5-2" are references
    if before and is_name_word(before[0][0]) and max(nums) > _NAME_MAX:
        return False  # "Boeing 737-800", "Airbus 330-200"
    for w in lowered:
        if any(ch.isdigit() for ch in w):
            break
        if w in SCORE_VERBS:
            return True
    if lowered and lowered[0] == "by":
        return True
    if _noun_after(text, last.end()):
        return True
    if before and is_name_word(before[0][0]) and max(nums) <= _NAME_MAX:
        # "Arsenal 2-1", "Uruguay 1-3 Spain": a loser-first pair needs a name on both sides,
        # or "Chapters 3-5" would be a score
        a, b = int(first.group("a")), int(first.group("b"))
        return a >= b or bool(after) and after[0].isupper()
    return False


def _noun_after(text: str, pos: int) -> bool:
    """A noun of a result within a few words: "a 3-1 home win", "a 52-48 Senate vote"."""
    for _ in range(_NOUN_REACH):
        m = _WORD.match(text, pos)
        if m is None:
            return False
        if m.group(1).lower().rstrip(".") in SCORE_NOUNS:
            return True
        pos = m.end()
    return False


def _quantity(text: str, m: re.Match[str]) -> Quantity:
    a, b = int(m.group("a")), int(m.group("b"))
    return Quantity(start=m.start(), end=m.end(), text=m.group(0), low=float(min(a, b)),
                    high=float(max(a, b)), kind="score", number_span=(m.start(), m.end()),
                    score=(a, b))
