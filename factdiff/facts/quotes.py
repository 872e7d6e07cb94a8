"""Find direct quotations in any quote-mark style.

Wire copy often leaves a quote open at the end of a paragraph when the quote
continues in the next one; such a quote runs to the end of its paragraph.
"""

from __future__ import annotations

import re

_PAIRS = {"“": "”", "«": "»", "„": "“", "‹": "›", "‘": "’", '"': '"', "「": "」"}
_OPENERS = re.compile(r"[“«„‹‘\"「]")
_MIN_WORDS = 3


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Content spans (marks excluded) of the quotations in ``text[start:end]``."""
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        m = _OPENERS.search(text, pos, end)
        if not m:
            break
        opener = m.group()
        o = m.start()
        if opener in {"‘", '"'} and o > start and text[o - 1].isalnum():
            pos = o + 1  # an apostrophe or inch mark, not a quote
            continue
        closer = _PAIRS[opener]
        c = _find_closer(text, o + 1, end, closer)
        if c is None:  # a typo'd closer ("“...“", "«...«"): any mark that closes a word
            c = _closing_mark(text, o + 1, end)
        qs, qe = o + 1, (c if c is not None else end)
        while qs < qe and text[qs].isspace():
            qs += 1
        while qe > qs and text[qe - 1].isspace():
            qe -= 1
        if len(text[qs:qe].split()) >= _MIN_WORDS:
            out.append((qs, qe))
        pos = (c + 1) if c is not None else end
    return out


def _find_closer(text: str, pos: int, end: int, closer: str) -> int | None:
    while True:
        c = text.find(closer, pos, end)
        if c < 0:
            return None
        # a closing single quote followed by a letter is an apostrophe ("don’t")
        if closer == "’" and c + 1 < end and text[c + 1].isalpha():
            pos = c + 1
            continue
        return c


_MARKS = frozenset("“”«»„‹›\"「」")


def _closing_mark(text: str, pos: int, end: int) -> int | None:
    """The first quote mark that ends a word and is not followed by one: it closes, whatever its shape."""
    for c in range(pos, end):
        if text[c] in _MARKS and c > pos and not text[c - 1].isspace() and (c + 1 >= end or not text[c + 1].isalnum()):
            return c
    return None
