"""Text normalisation for MATCHING only.

Later stages compare strings with :func:`match_key` (and line texts up with
:func:`fold_quotes`), but every span they report is cut from ``Source.text`` as the
user gave it. Nothing returned here may ever be shown to the user as "their" text.
"""

from __future__ import annotations

import re
import unicodedata

# One character in, one character out, so offsets into a folded string are still
# offsets into the original.
_FOLD = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u02bc": "'", "\u00b4": "'", "\u0060": "'", "\u2039": "'", "\u203a": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"', "\u300c": '"', "\u300d": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2015": "-", "\u2212": "-", "\ufe58": "-", "\ufe63": "-", "\uff0d": "-",
        "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ",
        "\u2002": " ", "\u2003": " ", "\u3000": " ",
    }
)

_WS = re.compile(r"\s+")


def fold_quotes(s: str) -> str:
    """Fold typographic quotes, apostrophes, dashes and odd spaces to ASCII.

    The result has the SAME LENGTH as ``s`` (one code point per code point), so an
    index found in the folded string is valid in ``s``.
    """
    return s.translate(_FOLD)


def match_key(s: str) -> str:
    """A comparison key: NFKC, quotes/dashes folded, casefolded, whitespace collapsed.

    Not length-preserving: use it to decide *whether* two strings match, never to
    locate or display them.
    """
    s = unicodedata.normalize("NFKC", fold_quotes(s))
    s = fold_quotes(s).casefold()
    return _WS.sub(" ", s).strip()


__all__ = ["fold_quotes", "match_key"]


_PARSER_SPACES = {ord(c): " " for c in "\t\n\r\x0b\x0c\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\u2028\u2029\u0085"}
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


def parser_view(text: str) -> str:
    """The text as the parser and the figure reader should see it, SAME LENGTH.

    Inside a paragraph, tabs, line breaks and exotic spaces are plain spaces ("$3.5\\tmillion"
    is "$3.5 million"), and an invisible character next to a space is a space too. Offsets
    into the view are offsets into the text; reports always quote the text itself.
    """
    view = text.translate(_PARSER_SPACES)
    if any(c in view for c in _INVISIBLE):
        chars = list(view)
        for i, c in enumerate(chars):
            if c in _INVISIBLE and (i == 0 or chars[i - 1] == " " or i + 1 == len(chars) or chars[i + 1] in " .,;:!?"):
                chars[i] = " "
        view = "".join(chars)
    return view
