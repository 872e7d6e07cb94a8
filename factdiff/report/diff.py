"""Word-level differences between aligned passages, and the rows renderers draw.

Every renderer (terminal, Markdown, HTML) shows the alignment the same way: one
row per aligned group, the words that changed picked out, each finding pinned to
the row its span lives in. That logic lives here once, working only from a
:class:`~factdiff.report.model.Report`, so the views cannot drift apart.

All ranges are ``(start, end)`` character offsets into the text as given, so
``text[start:end]`` is exactly the highlighted words (offsets are sacred).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from .model import AlignedGroup, DocumentInfo, Report, Span

Range = tuple[int, int]

# A word keeps its inner connectors ("1,403", "U.S.", "re-election", "don't");
# currency and percent signs are words of their own because they carry facts.
# Masked markup (a zero-width FILL, see ingest.markup) inside a word is part of it.
_W = "\\w+(?:\u200b+\\w+)*"
_TOKEN = re.compile(f"{_W}(?:\u200b*[-‐‑–.,'’ʼ/:]\u200b*{_W})*|[$€£¥%‰°#&+=§]")

# Typographic variants that must not count as a change.
_FOLD = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "‚": "'",
        "′": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "″": '"',
        "‐": "-",
        "‑": "-",
        "–": "-",
        "—": "-",
    }
)


def normalize_token(token: str) -> str:
    """Comparison key: case- and quote-insensitive, dash variants folded."""
    return token.translate(_FOLD).replace("\u200b", "").casefold()


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """Word tokens of ``text`` as ``(start, end, comparison key)``."""
    return [(m.start(), m.end(), normalize_token(m.group())) for m in _TOKEN.finditer(text)]


def token_diff(a: str, b: str) -> tuple[list[Range], list[Range]]:
    """Character ranges of the words that differ between sentence texts ``a`` and ``b``.

    Returns ``(ranges_in_a, ranges_in_b)``. Consecutive changed words form one
    range (so "not too distant" is one highlight, not three); punctuation and
    whitespace alone never count, nor do case or curly-vs-straight quotes.
    """
    ta, tb = tokenize(a), tokenize(b)
    matcher = SequenceMatcher(None, [t[2] for t in ta], [t[2] for t in tb], autojunk=False)
    out_a: list[Range] = []
    out_b: list[Range] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        if i2 > i1:
            out_a.append((ta[i1][0], ta[i2 - 1][1]))
        if j2 > j1:
            out_b.append((tb[j1][0], tb[j2 - 1][1]))
    return out_a, out_b


def group_diff(
    a_parts: Sequence[str], b_parts: Sequence[str]
) -> tuple[list[list[Range]], list[list[Range]]]:
    """:func:`token_diff` over several sentences per side, ranges given per sentence.

    An aligned group may join two sentences on one side to one on the other, so
    the words are compared across the whole group and each range is then cut
    back to the sentence it falls in (offsets local to that sentence).
    """
    sep = "\n"
    a_all, b_all = sep.join(a_parts), sep.join(b_parts)
    ra, rb = token_diff(a_all, b_all)
    return _split(ra, a_parts, len(sep)), _split(rb, b_parts, len(sep))


def _split(ranges: list[Range], parts: Sequence[str], sep_len: int) -> list[list[Range]]:
    out: list[list[Range]] = [[] for _ in parts]
    base = 0
    for k, part in enumerate(parts):
        lo, hi = base, base + len(part)
        for s, e in ranges:
            s2, e2 = max(s, lo) - lo, min(e, hi) - lo
            if s2 < e2 and (s2, e2) != (s - lo, e - lo):
                # cut at a sentence edge: shrink back to whole words of this sentence
                toks = tokenize(part[s2:e2])
                s2, e2 = (s2 + toks[0][0], s2 + toks[-1][1]) if toks else (s2, s2)
            if s2 < e2:
                out[k].append((s2, e2))
        base = hi + sep_len
    return out


# ----------------------------------------------------------------- rows
@dataclass(frozen=True)
class Row:
    """One line of the side-by-side view: an aligned group, or an unpaired sentence.

    ``original_diff`` / ``copy_diff`` hold, per sentence of the row, the changed
    word ranges as absolute offsets into that document's text. ``moved_after``
    is, for a moved row, the number of the row that precedes it in the copy
    (0 when it opens the copy), so a reader can see where it went.
    """

    number: int
    original: tuple[int, ...]
    copy: tuple[int, ...]
    score: float
    moved: bool
    original_diff: tuple[tuple[Range, ...], ...]
    copy_diff: tuple[tuple[Range, ...], ...]
    moved_after: int | None = None

    @property
    def status(self) -> str:
        """'paired', 'dropped' (original only) or 'added' (copy only)."""
        if self.original and self.copy:
            return "paired"
        return "dropped" if self.original else "added"

    @property
    def id(self) -> str:
        return f"row-{self.number}"


@dataclass(frozen=True)
class Placement:
    """Where one finding is drawn: the row of each of its spans (None if nowhere)."""

    original_row: int | None
    copy_row: int | None

    @property
    def row(self) -> int | None:
        """The row a reader is sent to: the original's, else the copy's."""
        return self.original_row if self.original_row is not None else self.copy_row


def sentence_at(doc: DocumentInfo, offset: int) -> int | None:
    """Index of the sentence containing ``offset`` (or the nearest one before it)."""
    if not doc.sentences:
        return None
    starts = [s.start for s in doc.sentences]
    k = bisect_right(starts, offset) - 1
    if k < 0:
        return 0
    return k


def _groups(report: Report) -> list[AlignedGroup]:
    """The alignment, plus a one-sided group for any sentence it left out.

    A renderer must show all the text, even from a hand-made or partial report,
    so a forgotten sentence is placed right after the row holding its predecessor.
    """
    groups = [
        AlignedGroup(
            tuple(i for i in g.original if 0 <= i < len(report.original.sentences)),
            tuple(i for i in g.copy if 0 <= i < len(report.copy.sentences)),
            g.score,
            g.moved,
        )
        for g in report.alignment
    ]
    groups = [g for g in groups if g.original or g.copy]
    for side in ("original", "copy"):
        n = len(getattr(report, side).sentences)
        covered = {i for g in groups for i in getattr(g, side)}
        missing = [i for i in range(n) if i not in covered]
        if not missing:
            continue
        # after[v]: the last group holding a sentence before v on this side (-1: none)
        after = [-1] * (n + 1)
        for k, g in enumerate(groups):
            idx = getattr(g, side)
            if idx:
                v = min(idx) + 1
                after[v] = max(after[v], k)
        for v in range(1, n + 1):
            after[v] = max(after[v], after[v - 1])
        buckets: dict[int, list[AlignedGroup]] = {}
        for i in missing:
            one: tuple[int, ...] = (i,)
            new = AlignedGroup(one, (), 0.0) if side == "original" else AlignedGroup((), one, 0.0)
            buckets.setdefault(after[i], []).append(new)
        merged = list(buckets.get(-1, []))
        for k, g in enumerate(groups):
            merged.append(g)
            merged += buckets.get(k, [])
        groups = merged
    return groups


def build_rows(report: Report) -> list[Row]:
    """The side-by-side rows of ``report``, numbered from 1, with word diffs."""
    rows: list[Row] = []
    orig, copy = report.original, report.copy
    groups = _groups(report)
    for n, g in enumerate(groups, start=1):
        a_parts = [orig.sentence_text(i) for i in g.original]
        b_parts = [copy.sentence_text(i) for i in g.copy]
        if a_parts and b_parts and report.mode != "cross-language":  # no word diff across languages
            da, db = group_diff(a_parts, b_parts)
        else:
            da, db = [[] for _ in a_parts], [[] for _ in b_parts]
        rows.append(
            Row(
                number=n,
                original=g.original,
                copy=g.copy,
                score=g.score,
                moved=g.moved,
                original_diff=_absolute(orig, g.original, da),
                copy_diff=_absolute(copy, g.copy, db),
            )
        )
    # Where does a moved row sit in the copy? After the row holding the copy sentence before it.
    copy_row = {i: r.number for r in rows for i in r.copy}
    out = []
    for r in rows:
        if r.moved and r.copy:
            before = min(r.copy) - 1
            r = replace(r, moved_after=copy_row.get(before, 0))
        out.append(r)
    return out


def _absolute(
    doc: DocumentInfo, indices: tuple[int, ...], local: list[list[Range]]
) -> tuple[tuple[Range, ...], ...]:
    return tuple(
        tuple((doc.sentences[i].start + s, doc.sentences[i].start + e) for s, e in ranges)
        for i, ranges in zip(indices, local, strict=True)
    )


def place_findings(report: Report, rows: Sequence[Row]) -> list[Placement]:
    """For each finding (same order as ``report.findings``), the rows its spans fall in."""
    by_orig = {i: r.number for r in rows for i in r.original}
    by_copy = {i: r.number for r in rows for i in r.copy}

    def where(span: Span | None, doc: DocumentInfo, index: dict[int, int]) -> int | None:
        if span is None:
            return None
        s = span.sentence
        if s is None or not (
            0 <= s < len(doc.sentences)
            and doc.sentences[s].start <= span.start <= doc.sentences[s].end
        ):
            s = sentence_at(doc, span.start)
        return index.get(s) if s is not None else None

    return [
        Placement(
            where(f.original, report.original, by_orig), where(f.copy, report.copy, by_copy)
        )
        for f in report.findings
    ]


# ---------------------------------------------------------------- pieces
@dataclass(frozen=True)
class Piece:
    """A run of one sentence with uniform highlighting.

    ``changed``: the words differ from the other side. ``findings``: numbers
    (1-based, report order) of the findings whose span covers the run.
    ``markers``: findings whose span ends here, so a numbered marker follows.
    A piece may be empty when it only carries markers.
    """

    start: int
    end: int
    changed: bool
    findings: tuple[int, ...]
    markers: tuple[int, ...] = ()


#: Per sentence index: (finding number, start, end, marker here?) clipped to that sentence.
SentenceMarks = dict[int, list[tuple[int, int, int, bool]]]


def marks_by_sentence(report: Report, side: str) -> SentenceMarks:
    """Clip every finding span on ``side`` ('original' or 'copy') to the sentences it covers.

    The numbered marker goes after the last piece of the span, so a span running
    over two sentences is highlighted in both but numbered once.
    """
    doc: DocumentInfo = getattr(report, side)
    out: SentenceMarks = {}
    for number, finding in enumerate(report.findings, start=1):
        span: Span | None = getattr(finding, side)
        if span is None or not doc.sentences:
            continue
        hits = []
        for sent in doc.sentences:
            s, e = max(span.start, sent.start), min(span.end, sent.end)
            if s < e or (span.start == span.end and sent.start <= span.start <= sent.end):
                hits.append((sent.index, s, max(s, e)))
        if not hits:  # the span lies between sentences: mark the nearest one's end
            k = sentence_at(doc, span.start)
            if k is None:
                continue
            end = doc.sentences[k].end
            hits = [(k, end, end)]
        for n, (k, s, e) in enumerate(hits):
            out.setdefault(k, []).append((number, s, e, n == len(hits) - 1))
    return out


def pieces(
    start: int,
    end: int,
    changed: Sequence[Range],
    marks: Sequence[tuple[int, int, int, bool]] = (),
) -> list[Piece]:
    """Cut the sentence ``[start, end)`` into runs of uniform highlighting."""
    cuts = {start, end}
    for s, e in changed:
        cuts.update((min(max(s, start), end), min(max(e, start), end)))
    for _, s, e, _ in marks:
        cuts.update((s, e))
    points = sorted(c for c in cuts if start <= c <= end)
    out: list[Piece] = []
    ends_at: dict[int, list[int]] = {}
    for number, _, e, last in marks:
        if last:
            ends_at.setdefault(e, []).append(number)
    if ends_at.get(start) and start < end:
        out.append(Piece(start, start, False, (), tuple(ends_at.pop(start))))
    for a, b in zip(points, points[1:], strict=False):
        covered = tuple(n for n, s, e, _ in marks if s <= a and b <= e)
        is_changed = any(s <= a and b <= e for s, e in changed)
        out.append(Piece(a, b, is_changed, covered, tuple(ends_at.pop(b, ()))))
    if not out:
        out.append(Piece(start, end, False, (), tuple(ends_at.pop(start, ()))))
    return out
