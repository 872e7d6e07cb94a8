"""factdiff's lexical-semantic resource: WordNet lookups for polarity and replacements.

* :func:`lemmas_for` - base forms (WordNet morphy: exception lists + suffix rules);
* :func:`are_antonyms` - polarity flips ("rose"/"fell"), see :mod:`.polarity`;
* :func:`relation` / :func:`rank_replacements` - how suspicious replacing one
  content word by another is (issue #3), see :mod:`.relation`.

Importing this package reads no file: the Princeton WordNet 3.0 folder
(FACTDIFF_WORDNET, /usr/share/wordnet, /usr/local/share/wordnet,
<sys.prefix>/share/wordnet) is located and mmap'ed on the first lookup.
Without it every function degrades to "unknown"/False/[] instead of raising,
and :func:`wordnet_available` says so.  Call :func:`reset` after changing
FACTDIFF_WORDNET at run time.
"""

from __future__ import annotations

from .locate import find_wordnet
from .lookup import are_antonyms, lemmas_for, wordnet_available
from .relation import KINDS, Relation, rank_replacements, relation
from .resource import reset

__all__ = [
    "KINDS",
    "Relation",
    "are_antonyms",
    "find_wordnet",
    "lemmas_for",
    "rank_replacements",
    "relation",
    "reset",
    "wordnet_available",
]
