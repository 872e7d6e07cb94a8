"""Left context of a number: preceding words, qualifier, currency marker, name detection.

Plain string scanning instead of end-anchored regex searches: looking back a few words is
the hot path of parse_quantities and this keeps it in the microseconds.
"""

from __future__ import annotations

from .lexicon import FUNCTION_WORDS, IDENT_NOUNS
from .patterns import CURRENCY_SYMBOLS, QUALIFIER_MAX_WORDS, QUALIFIERS, SPACES, SYMBOL_QUALIFIERS
from .units import prefix_currency

_OPENERS = "([{\"'“‘«—–"
# Words that may stand between a qualifier and its number without changing what it qualifies.
_TRANSPARENT: tuple[tuple[str, ...], ...] = (("the", "age", "of"), ("age",))
_MAX_TRANSPARENT = max(len(t) for t in _TRANSPARENT)


def words_before(text: str, pos: int, floor: int, n: int) -> list[tuple[str, int]]:
    """Up to ``n`` whitespace-separated words before ``pos`` (nearest first): (word, start).

    Stops at ``floor``, at opening punctuation and after a word that ends in punctuation other
    than an abbreviation's period, so a qualifier is never read across a comma ("said, about").
    """
    lo = max(floor, pos - 64)
    seg = text[lo:pos]
    if not seg or not seg[-1].isspace():
        return []
    parts = seg.split()
    if not parts:
        return []
    if lo > 0 and lo != floor and not text[lo - 1].isspace() and not seg[0].isspace():
        parts = parts[1:]  # the first part may be cut in the middle of a word
    out: list[tuple[str, int]] = []
    end = len(seg)
    for word in reversed(parts[-n:]):
        k = seg.rfind(word, 0, end)
        end = k
        lead = 0
        while lead < len(word) and word[lead] in _OPENERS:
            lead += 1
        if lead:
            if lead < len(word):
                out.append((word[lead:], lo + k + lead))
            break
        if out and word[-1] in ",;:!?)]}\"”’":
            break
        out.append((word, lo + k))
    return out


def prev_word(text: str, pos: int, floor: int = 0) -> tuple[str, int] | None:
    """The word directly before ``pos`` (only spaces in between)."""
    ws = words_before(text, pos, floor, 1)
    return ws[0] if ws else None


def qualifier_before(text: str, pos: int, floor: int) -> tuple[str, tuple[int, int]] | None:
    """Qualifier phrase ending right before ``pos``: (normalised class, span)."""
    if pos > floor:
        # symbols: "~500", "> 500", ">=5"
        j = pos
        if text[j - 1] in SPACES and j - 1 > floor:
            j -= 1
        ch = text[j - 1]
        if ch in SYMBOL_QUALIFIERS or ch == "=":
            if ch == "=" and j - 2 >= floor and text[j - 2] in "<>":
                return ("at_least" if text[j - 2] == ">" else "at_most"), (j - 2, j)
            if ch in SYMBOL_QUALIFIERS:
                return SYMBOL_QUALIFIERS[ch], (j - 1, j)
    ws = words_before(text, pos, floor, QUALIFIER_MAX_WORDS + _MAX_TRANSPARENT)
    if not ws or text[pos - 1] not in SPACES:
        return None
    lowered = [w.lower() for w, _ in ws]
    # "over the age of 60" means "over 60": look past the transparent words
    for phrase_words in _TRANSPARENT:
        k = len(phrase_words)
        if tuple(reversed(lowered[:k])) == phrase_words and len(ws) > k:
            ws, lowered = ws[k:], lowered[k:]
            break
    ws, lowered = ws[:QUALIFIER_MAX_WORDS], lowered[:QUALIFIER_MAX_WORDS]
    for n in range(len(ws), 0, -1):
        phrase = " ".join(reversed(lowered[:n]))
        cls = QUALIFIERS.get(phrase)
        if cls is not None:
            start = ws[n - 1][1]
            end = ws[0][1] + len(ws[0][0])
            return cls, (start, end)
    return None


def currency_before(text: str, pos: int, floor: int) -> tuple[str, tuple[int, int]] | None:
    """Currency marker directly before ``pos`` ("$", "US$", "Rs ", "USD "): (unit, span)."""
    j = pos
    if j > floor and text[j - 1] in SPACES:
        j -= 1
    if j <= floor:
        return None
    k = j
    while k > floor and not text[k - 1].isspace() and text[k - 1] not in _OPENERS \
            and text[k - 1] not in "-\u2212":
        k -= 1
    token = text[k:j]
    if not token:
        return None
    spaced = j != pos
    for off in range(len(token)):
        marker = token[off:]
        if off and token[off - 1].isalpha():
            continue
        cu = prefix_currency(marker)
        if cu is None:
            continue
        # letter codes need a space unless they end in a symbol: "USD 5", "Rs 100", "Rs.100"
        if not spaced and marker[-1] not in CURRENCY_SYMBOLS and not marker.endswith("."):
            continue
        return cu, (k + off, j)
    return None


def is_name_word(word: str) -> bool:
    """True if ``word`` right before a number makes the number part of a name.

    "Boeing 737", "Windows 10", "Article 5", "No. 2", "flight 370" are names/identifiers;
    capitalised function words ("About 500", "In 2020") and month/weekday names are not.
    """
    if word[-1] in ",;:!?)]}\"”’'":
        return False  # "as of May, 254": punctuation separates the word from the number
    lw = word.lower()
    if lw in ("no.", "nos.", "nr.") or word in ("No", "Nos"):
        return True
    bare = lw.rstrip(".")
    if bare in FUNCTION_WORDS or lw in FUNCTION_WORDS:
        return False
    if bare in IDENT_NOUNS:
        return True
    if not word[0].isalpha():
        return False
    if lw.endswith(("'s", "’s", "s'", "s’")):
        return False  # possessive: "Trump's 232 votes"
    letters = word.replace(".", "")
    if letters.isupper() and (len(letters) <= 3 or "." in word):
        return False  # "the U.S. 10-year yield", "EU 27", "UK 30-year gilts"
    return word[0].isupper() or any(c.isupper() for c in word[1:])
