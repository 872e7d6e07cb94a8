"""A small, lazy reader for the Princeton WordNet 3.0 database files.

Why not NLTK: it cannot open Debian's ``wordnet-base`` folder (no ``lexnames``
file) and it parses whole files at start-up.  WordNet's own C library shows a
cheaper way: the index.* and *.exc files are sorted, so a lemma is found by
binary search over the file (here: an mmap), and a synset is one line read at
its byte offset in data.*.  Opening costs a few ``open``/``mmap`` calls; every
lookup is cached, so repeated questions are dictionary hits.
"""

from __future__ import annotations

import mmap
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# Short WordNet part-of-speech letters, as used in the index files.
POS_LETTERS = ("n", "v", "a", "r")
_POS_FILE = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}
# The POS letter of a synset key: satellites are read from data.adj like heads.
_KEY_POS = {"n": "n", "v": "v", "a": "a", "s": "a", "r": "r"}
# Sense-key ``ss_type`` digits (cntlist.rev); adjective satellites are 5.
_SS_TYPE = {"n": ("1",), "v": ("2",), "a": ("3", "5"), "r": ("4",)}
_UPOS = {
    "NOUN": "n",
    "PROPN": "n",
    "VERB": "v",
    "AUX": "v",
    "ADJ": "a",
    "ADV": "r",
    "N": "n",
    "V": "v",
    "A": "a",
    "S": "a",
    "R": "r",
}

# The detachment rules of WordNet's morph.c (suffix, replacement), tried in order.
_DETACH = {
    "n": (
        ("s", ""), ("ses", "s"), ("ves", "f"), ("xes", "x"), ("zes", "z"),
        ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y"),
    ),
    "v": (
        ("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"),
        ("ed", ""), ("ing", "e"), ("ing", ""),
    ),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "r": (),
}


def normalize_pos(pos: str | None) -> str | None:
    """Map a WordNet letter or a spaCy UPOS tag to "n"/"v"/"a"/"r" (None if neither)."""
    if pos is None:
        return None
    p = pos.strip()
    if p in POS_LETTERS:
        return p
    if p == "s":
        return "a"
    return _UPOS.get(p.upper())


def normalize_lemma(word: str) -> str:
    """WordNet's lemma spelling: lower case, spaces as underscores."""
    return "_".join(word.strip().lower().split())


@dataclass(frozen=True, slots=True)
class Pointer:
    """One relation arc of a synset (``source``/``target`` 0 = whole synset)."""

    symbol: str
    offset: int
    pos: str
    source: int
    target: int


class Synset:
    """One line of a data.* file; equal and hashed by :attr:`key`.

    Only the head (offset, words) is parsed when the line is read: a hub synset
    such as "person" has hundreds of hyponym arcs, and a hypernym walk passes
    through it needing just one.  Arcs are found per symbol on demand (one C
    regex scan of the pointer text), all pointers and the gloss only when asked.
    """

    __slots__ = ("offset", "pos", "lexname", "words", "lex_ids", "key", "_ptr_text", "_gloss", "_arcs", "_pointers")

    def __init__(self, line: str) -> None:
        text, _, gloss = line.partition(" | ")
        head = text.split(" ", 4)
        self.offset = int(head[0])
        self.lexname = int(head[1])
        self.pos: str = head[2]  # "n", "v", "a", "s" (adjective satellite) or "r"
        n_words = int(head[3], 16)
        f = head[4].split(" ", 2 * n_words + 1)
        words = []
        for w in f[0 : 2 * n_words : 2]:
            w = w.lower()
            if w.endswith(")") and "(" in w:  # adjective markers: big(a), galore(ip)
                w = w[: w.index("(")]
            words.append(w)
        self.words: tuple[str, ...] = tuple(words)  # lower-cased lemmas, underscores for spaces
        self.lex_ids: tuple[int, ...] = tuple(int(x, 16) for x in f[1 : 2 * n_words : 2])
        self.key: tuple[str, int] = (_KEY_POS[self.pos], self.offset)  # "a" for satellites too
        self._ptr_text = " " + f[2 * n_words + 1] if len(f) > 2 * n_words + 1 else ""  # "cnt sym off pos st ..."
        self._gloss = gloss
        self._arcs: dict[tuple[str, ...], tuple[tuple[str, int], ...]] = {}
        self._pointers: tuple[Pointer, ...] | None = None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Synset) and other.key == self.key

    def __hash__(self) -> int:
        return hash(self.key)

    def __repr__(self) -> str:
        return f"Synset({self.key!r}, {self.words!r})"

    @property
    def gloss(self) -> str:
        return self._gloss.strip()

    @property
    def pointers(self) -> tuple[Pointer, ...]:
        """Every relation arc, in file order."""
        if self._pointers is None:
            self._pointers = _pointers(_POINTER.findall(self._ptr_text))
        return self._pointers

    def pointers_of(self, *symbols: str) -> tuple[Pointer, ...]:
        """The arcs with one of *symbols*, in file order (word-to-word arcs included)."""
        return _pointers(_arc_pattern(symbols, True).findall(self._ptr_text))

    def related(self, *symbols: str) -> list[tuple[str, int]]:
        """Keys of the synsets reached by any of *symbols* (semantic or lexical arcs),
        grouped by symbol in the order given, file order within a symbol."""
        keys = self._arcs.get(symbols)
        if keys is None:
            found = _arc_pattern(symbols).findall(self._ptr_text)
            if len(symbols) > 1:
                rank = {sym: i for i, sym in enumerate(symbols)}
                found.sort(key=lambda m: rank[m[0]])
            keys = self._arcs[symbols] = tuple((_KEY_POS[pos], int(off)) for _sym, off, pos in found)
        return list(keys)

    def word_index(self, lemma: str) -> int:
        """1-based position of *lemma* in this synset (0 if absent), as pointers count."""
        try:
            return self.words.index(lemma) + 1
        except ValueError:
            return 0


# A pointer is four fields: symbol, 8-digit offset, POS letter, source/target hex.
_POINTER = re.compile(r" (\S+) (\d{8}) ([nvasr]) ([0-9a-f]{4})(?= |$)")


def _pointers(fields: list[tuple[str, str, str, str]]) -> tuple[Pointer, ...]:
    return tuple(Pointer(sym, int(off), pos, int(st[:2], 16), int(st[2:], 16)) for sym, off, pos, st in fields)


@lru_cache(maxsize=64)
def _arc_pattern(symbols: tuple[str, ...], ends: bool = False) -> re.Pattern[str]:
    """Pointers with one of *symbols*: groups (symbol, offset, POS letter[, source/target])."""
    alternatives = "|".join(re.escape(sym) for sym in sorted(set(symbols), key=len, reverse=True))
    st = "([0-9a-f]{4})" if ends else "[0-9a-f]{4}"
    return re.compile(r" (" + alternatives + r") (\d{8}) ([nvasr]) " + st + r"(?= |$)")


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """One line of an index.* file: a lemma's synsets, most frequent sense first."""

    lemma: str
    pos: str
    offsets: tuple[int, ...]
    tagged_senses: int  # how many of the leading senses occur in the tagged corpus
    pointer_symbols: tuple[str, ...]


def _line_at(buf: mmap.mmap, pos: int) -> tuple[int, int]:
    """(start, end) of the line containing byte *pos*."""
    start = buf.rfind(b"\n", 0, pos) + 1
    end = buf.find(b"\n", pos)
    return start, (len(buf) if end == -1 else end)


def _key(line: bytes) -> bytes:
    """First space-separated field (empty for the licence header lines)."""
    return line.split(b" ", 1)[0]


def bin_search(buf: mmap.mmap, key: bytes) -> bytes | None:
    """The line whose first field equals *key* in a sorted file, or None."""
    lo, hi = 0, len(buf)
    while lo < hi:
        start, end = _line_at(buf, (lo + hi) // 2)
        k = _key(buf[start:end])
        if k == key:
            return buf[start:end]
        if k < key:
            lo = end + 1
        else:
            hi = start
    return None


def prefix_lines(buf: mmap.mmap, prefix: bytes) -> list[bytes]:
    """All lines of a sorted file whose first field starts with *prefix*."""
    lo, hi = 0, len(buf)
    while lo < hi:
        start, end = _line_at(buf, (lo + hi) // 2)
        if _key(buf[start:end]) < prefix:
            lo = end + 1
        else:
            hi = start
    out = []
    while lo < len(buf):
        start, end = _line_at(buf, lo)
        line = buf[start:end]
        if not line.startswith(prefix):
            break
        out.append(line)
        lo = end + 1
    return out


def _parse_synset(line: bytes) -> Synset:
    return Synset(line.decode("utf-8", "replace"))


class WordNet:
    """Lazy access to one WordNet database folder.

    Files are mmap'ed on first use; parsed synsets and lookups are cached per
    instance (the module keeps one instance per folder).
    """

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._maps: dict[str, mmap.mmap | None] = {}

    def _buf(self, name: str) -> mmap.mmap | None:
        if name not in self._maps:
            path = self.root / name
            try:
                with open(path, "rb") as fh:
                    self._maps[name] = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
            except (OSError, ValueError):  # missing or empty file
                self._maps[name] = None
        return self._maps[name]

    def close(self) -> None:
        """Release the mmaps (tests; the module instance lives for the process)."""
        for buf in self._maps.values():
            if buf is not None:
                buf.close()
        self._maps.clear()
        self.index.cache_clear()
        self.synset.cache_clear()
        self.exceptions.cache_clear()
        self.lemma_count.cache_clear()
        self.sense_count.cache_clear()

    # -- raw lookups ---------------------------------------------------------

    @lru_cache(maxsize=65536)  # noqa: B019 - one long-lived instance per folder
    def index(self, lemma: str, pos: str) -> IndexEntry | None:
        """The index entry of a lemma (already normalised) for pos "n"/"v"/"a"/"r"."""
        buf = self._buf(f"index.{_POS_FILE[pos]}")
        if buf is None or not lemma:
            return None
        line = bin_search(buf, lemma.encode("utf-8"))
        if line is None:
            return None
        f = line.decode("utf-8").split()
        n_ptr = int(f[3])
        tagged = int(f[5 + n_ptr])
        return IndexEntry(
            lemma=f[0],
            pos=f[1],
            offsets=tuple(int(x) for x in f[6 + n_ptr :]),
            tagged_senses=tagged,
            pointer_symbols=tuple(f[4 : 4 + n_ptr]),
        )

    @lru_cache(maxsize=131072)  # noqa: B019
    def synset(self, pos: str, offset: int) -> Synset | None:
        """The synset at byte *offset* of data.<pos> ("s" is read from data.adj)."""
        buf = self._buf(f"data.{_POS_FILE[pos]}")
        if buf is None or offset >= len(buf):
            return None
        end = buf.find(b"\n", offset)
        try:
            return _parse_synset(buf[offset : len(buf) if end == -1 else end])
        except (ValueError, IndexError):  # not a synset line: corrupt offset
            return None

    @lru_cache(maxsize=65536)  # noqa: B019
    def exceptions(self, word: str, pos: str) -> tuple[str, ...]:
        """Irregular base forms from <pos>.exc ("geese" -> ("goose",))."""
        buf = self._buf(f"{_POS_FILE[pos]}.exc")
        if buf is None or not word:
            return ()
        line = bin_search(buf, word.encode("utf-8"))
        return tuple(line.decode("utf-8").split()[1:]) if line else ()

    @lru_cache(maxsize=65536)  # noqa: B019
    def lemma_count(self, lemma: str, pos: str) -> int:
        """Tagged-corpus frequency of a lemma in one POS (sum over its senses).

        From cntlist.rev (SemCor counts); 0 when the lemma never occurs there
        or the file is missing.
        """
        buf = self._buf("cntlist.rev")
        if buf is None or not lemma:
            return 0
        total = 0
        for digit in _SS_TYPE[pos]:
            for line in prefix_lines(buf, f"{lemma}%{digit}:".encode()):
                parts = line.split()
                if len(parts) >= 3 and parts[2].isdigit():
                    total += int(parts[2])
        return total

    def sense_key(self, lemma: str, s: Synset) -> str | None:
        """WordNet sense key of *lemma* in synset *s* ("rise%2:38:00::"), None if absent."""
        i = s.word_index(lemma)
        if not i:
            return None
        digit = {"n": "1", "v": "2", "a": "3", "r": "4", "s": "5"}[s.pos]
        head = ""
        if s.pos == "s":
            heads = s.related("&")
            h = self.get(heads[0]) if heads else None
            if h is None:
                return None
            head = f"{h.words[0]}:{h.lex_ids[0]:02d}"
        else:
            head = ":"
        return f"{lemma}%{digit}:{s.lexname:02d}:{s.lex_ids[i - 1]:02d}:{head}"

    @lru_cache(maxsize=65536)  # noqa: B019
    def sense_count(self, lemma: str, s: Synset) -> int:
        """Tagged-corpus count of one sense (cntlist.rev); 0 if never tagged."""
        buf = self._buf("cntlist.rev")
        key = self.sense_key(lemma, s)
        if buf is None or key is None:
            return 0
        line = bin_search(buf, key.encode("utf-8"))
        parts = line.split() if line else []
        return int(parts[2]) if len(parts) >= 3 and parts[2].isdigit() else 0

    # -- convenience ---------------------------------------------------------

    def synsets(self, lemma: str, pos: str) -> tuple[Synset, ...]:
        """The synsets of an exact lemma, in WordNet's sense (frequency) order."""
        entry = self.index(lemma, pos)
        if entry is None:
            return ()
        out = []
        for off in entry.offsets:
            s = self.synset(pos, off)
            if s is not None:
                out.append(s)
        return tuple(out)

    def get(self, key: tuple[str, int]) -> Synset | None:
        """Synset by its (pos, offset) key."""
        return self.synset(key[0], key[1])

    def morphy(self, word: str, pos: str) -> list[str]:
        """Base forms of *word* that exist in WordNet for *pos*, likeliest first.

        Exception-list forms come first ("fell" -> "fall" before the verb
        "fell"), then the word itself, then the regular detachment rules.  For
        collocations, the head is inflected: the first word of a verb
        ("smashing up" -> "smash_up"), the last word of a noun.
        """
        form = normalize_lemma(word)
        if not form:
            return []
        candidates = list(self._morph_one(form, pos))
        if "_" in form:
            parts = form.split("_")
            head = 0 if pos == "v" else len(parts) - 1
            for base in self._morph_one(parts[head], pos):
                parts2 = list(parts)
                parts2[head] = base
                candidates.append("_".join(parts2))
        out: list[str] = []
        for c in candidates:
            if c not in out and self.index(c, pos) is not None:
                out.append(c)
        return out

    def _morph_one(self, form: str, pos: str) -> list[str]:
        exc = list(self.exceptions(form, pos))
        if exc:
            return exc + [form]
        out = [form]
        if pos == "n" and (form.endswith("ss") or len(form) <= 2):
            return out
        if pos == "n" and form.endswith("ful"):  # "boxesful" -> "boxful"
            return out + [b + "ful" for b in self._morph_one(form[:-3], pos)]
        for suffix, repl in _DETACH[pos]:
            if form.endswith(suffix) and len(form) > len(suffix):
                out.append(form[: len(form) - len(suffix)] + repl)
        return out


__all__ = [
    "IndexEntry",
    "POS_LETTERS",
    "Pointer",
    "Synset",
    "WordNet",
    "bin_search",
    "normalize_lemma",
    "normalize_pos",
    "prefix_lines",
]
