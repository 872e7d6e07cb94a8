"""factdiff on public, human-made data, beside a digit-and-entity baseline.

Reads the dev halves in ``../shared/datasets`` (or ``--data DIR``; the README there gives
provenance, licences, fields and the metric definitions used here) and prints, per set and
group, factdiff's figure beside the baseline's and the target:

* a pair is **flagged** when it gets at least one ``critical`` or ``major`` finding;
* **recall** = flag rate on items labelled ``FLAG``; **false alarms** = flag rate on ``QUIET``;
* **located** = share of the ``FLAG`` items whose changed text is known that get a critical/major
  finding whose span overlaps it (copy side, or the original side for what the copy lost): the
  raters' spans (MQM; omissions have none and are left out), the planted change (cross-language)
  or the word-level difference (DEMETR, SummEdits);
* documents: a finding is *placed* on the sentence holding the midpoint of its span (copy side
  when it has one, else the original side) and a change counts as found when a critical/major
  finding is placed on its sentence (DEMETR documents; MQM documents: error segments);
* the **baseline**: a major finding for each digit number (thousands separators stripped) whose
  count differs between the two texts, and each spaCy PERSON/ORG/GPE/NORP entity string present
  on one side only; on documents, sentence i against sentence i. For the cross-language set the
  baseline compares digits only (an English pipeline's entities mean nothing in other languages).

The text of the data sets is read by path, never copied into the project.

Usage::

    python benchmarks/public.py                       # every item of every set (~15-25 min, 2 cores)
    python benchmarks/public.py --per-group 120       # a seeded sample of 120 items a group
    python benchmarks/public.py --set demetr-pairs --group critical_id7_antonym --show
    python benchmarks/public.py --json out.json       # every row, and every miss and false alarm
"""

from __future__ import annotations

import argparse
import datetime as _dt
import difflib
import json
import os
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "datasets"
SERIOUS = frozenset({"critical", "major"})
BASELINE_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
CYRILLIC_LANGS = frozenset({"rus", "ukr"})
LATIN_LANGS = frozenset({"ind", "fra", "spa", "deu", "por", "ita", "nld"})

Span = tuple[int, int]


# ------------------------------------------------------------------ targets
@dataclass(frozen=True)
class Target:
    op: str  # ">=" or "<="
    value: float
    issue: int

    def met(self, rate: float) -> bool:
        return rate >= self.value if self.op == ">=" else rate <= self.value

    def __str__(self) -> str:
        return f"{self.op} {self.value:g}"


def _t(op: str, value: float, issue: int = 10) -> Target:
    return Target(op, value, issue)


#: (set, row name, metric) -> target; rows without an entry are printed for information.
TARGETS: dict[tuple[str, str, str], Target] = {
    ("demetr-pairs", "critical_id10_numbers_replaced", "recall"): _t(">=", 98),
    ("demetr-pairs", "critical_id9_ne_replaced", "recall"): _t(">=", 98),
    ("demetr-pairs", "critical_id25_ne_removed", "recall"): _t(">=", 95),
    ("demetr-pairs", "critical_id8_negation", "recall"): _t(">=", 97),
    ("demetr-pairs", "critical_id7_antonym", "recall"): _t(">=", 85),
    ("demetr-pairs", "minor_id26_misspelled:name_or_figure", "recall"): _t(">=", 90),
    ("demetr-pairs", "minor_id27_char_removed:name_or_figure", "recall"): _t(">=", 90),
    ("demetr-pairs", "minor_id1_repeat2", "false alarms"): _t("<=", 1),
    ("demetr-pairs", "minor_id2_repeat4", "false alarms"): _t("<=", 1),
    ("demetr-pairs", "minor_id26_misspelled:other", "false alarms"): _t("<=", 1),
    ("demetr-pairs", "minor_id27_char_removed:other", "false alarms"): _t("<=", 1),
    ("demetr-pairs", "minor_id29_punc_addition", "false alarms"): _t("<=", 1),
    ("demetr-pairs", "control:paraphrase (same facts)", "false alarms"): _t("<=", 5),
    ("demetr-pairs", "control:paraphrase (all)", "false alarms"): _t("<=", 15),
    ("demetr-docs", "critical changes", "recall"): _t(">=", 90),
    ("demetr-docs", "critical/major findings", "precision"): _t(">=", 90),
    ("mqm-zhen-pairs", "positive (all)", "recall"): _t(">=", 75),
    ("mqm-zhen-pairs", "positive (all)", "located"): _t(">=", 70),
    ("mqm-zhen-pairs", "negative:both_clean", "false alarms"): _t("<=", 10),
    ("mqm-zhen-docs", "error segments", "recall"): _t(">=", 75),
    ("summedits-news", "entity_modification", "recall"): _t(">=", 85),
    ("summedits-news", "antonym_swap", "recall"): _t(">=", 85),
    ("summedits-news", "negation_insertion_removal", "recall"): _t(">=", 85),
    ("summedits-news", "quiet:consistent", "false alarms"): _t("<=", 8),
    # cross-language (issue 11)
    ("xlang", "ntrex en>xx:quiet", "false alarms"): _t("<=", 5, 11),
    ("xlang", "ntrex xx>en:quiet", "false alarms"): _t("<=", 5, 11),
    ("xlang", "ntrex number", "located"): _t(">=", 95, 11),
    ("xlang", "ntrex scale", "located"): _t(">=", 90, 11),
    ("xlang", "ntrex name (Latin script)", "located"): _t(">=", 90, 11),
    ("xlang", "ntrex name (Cyrillic)", "located"): _t(">=", 80, 11),
    ("xlang", "ntrex month", "located"): _t(">=", 90, 11),
    ("xlang", "ntrex dropped", "located"): _t(">=", 90, 11),
    ("xlang", "demetr critical_id10_numbers_replaced", "recall"): _t(">=", 95, 11),
    ("xlang", "demetr critical_id9_ne_replaced", "recall"): _t(">=", 80, 11),
    ("xlang", "demetr critical_id25_ne_removed", "recall"): _t(">=", 70, 11),
    ("xlang", "demetr quiet:mt_sent", "false alarms"): _t("<=", 5, 11),
    ("xlang", "demetr quiet:eng_sent", "false alarms"): _t("<=", 5, 11),
}


# ------------------------------------------------------------------ results
@dataclass
class Outcome:
    """What one system said about one pair: its serious findings' spans, for scoring."""

    flagged: bool
    serious: list[dict[str, Any]] = field(default_factory=list)  # {kind, severity, original, copy, message}

    def spans(self, side: str) -> list[Span]:
        return [(f[side][0], f[side][1]) for f in self.serious if f.get(side)]


@dataclass
class Row:
    set: str
    name: str
    metric: str
    n: int
    factdiff: float
    baseline: float | None
    target: str = ""
    met: bool | None = None
    issue: int | None = None


# ------------------------------------------------------------------ spans and sentences
def overlaps(a: Span, b: Span) -> bool:
    if a[0] == a[1]:
        return b[0] <= a[0] <= b[1]
    if b[0] == b[1]:
        return a[0] <= b[0] <= a[1]
    return a[0] < b[1] and b[0] < a[1]


def any_overlap(found: Iterable[Span], wanted: Iterable[Span]) -> bool:
    wanted = list(wanted)
    return any(overlaps(f, w) for f in found for w in wanted)


_TOKEN = re.compile(r"\w+|[^\w\s]")


def word_diff(a: str, b: str) -> tuple[list[Span], list[Span]]:
    """Character ranges of the tokens that differ, in ``a`` and in ``b`` (difflib on tokens).
    A pure insertion or deletion gives an empty range at the insertion point on the other side."""
    ta = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(a)]
    tb = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(b)]
    sm = difflib.SequenceMatcher(None, [t[2] for t in ta], [t[2] for t in tb], autojunk=False)
    ra: list[Span] = []
    rb: list[Span] = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        ra.append((ta[i1][0], ta[i2 - 1][1]) if i2 > i1 else _point(ta, i1, len(a)))
        rb.append((tb[j1][0], tb[j2 - 1][1]) if j2 > j1 else _point(tb, j1, len(b)))
    return ra, rb


def _point(tokens: list[tuple[int, int, str]], i: int, n: int) -> Span:
    at = tokens[i][0] if i < len(tokens) else n
    return (at, at)


def sentence_at(spans: list[list[int]], pos: float) -> int | None:
    for i, (s, e) in enumerate(spans):
        if s <= pos < e or (pos == e and s < e):
            return i
    return None


def placed(f: dict[str, Any], orig_spans: list[list[int]], copy_spans: list[list[int]]) -> tuple[str, int] | None:
    """The sentence a finding is placed on: the midpoint of its copy span, else its original span."""
    for side, spans in (("copy", copy_spans), ("original", orig_spans)):
        sp = f.get(side)
        if sp:
            i = sentence_at(spans, (sp[0] + sp[1]) / 2)
            if i is not None:
                return side, i
    return None


# ------------------------------------------------------------------ running factdiff
def _compact(report: dict[str, Any]) -> Outcome:
    serious = [
        {
            "kind": f["kind"],
            "severity": f["severity"],
            "original": [f["original"]["start"], f["original"]["end"], f["original"]["text"]] if f["original"] else None,
            "copy": [f["copy"]["start"], f["copy"]["end"], f["copy"]["text"]] if f["copy"] else None,
            "message": f["message"],
        }
        for f in report["findings"]
        if f["severity"] in SERIOUS
    ]
    return Outcome(bool(serious), serious)


def _run_one(pair: tuple[str, str]) -> Outcome:
    import factdiff

    return _compact(factdiff.compare(pair[0], pair[1]).to_dict())


def run_factdiff(pairs: list[tuple[str, str]], jobs: int, progress: Callable[[int, int], None]) -> list[Outcome]:
    """factdiff.compare on every pair, in ``jobs`` forked workers sharing the loaded pipeline."""
    import factdiff
    from factdiff.nlp import load_pipeline

    load_pipeline(None)
    factdiff.compare("The pipeline is warm.", "The pipeline is warm now.")  # load lexicons before forking
    out: list[Outcome] = []
    if jobs <= 1 or len(pairs) < 20:
        for i, p in enumerate(pairs):
            out.append(_run_one(p))
            progress(i + 1, len(pairs))
        return out
    import multiprocessing as mp

    with mp.get_context("fork").Pool(jobs) as pool:
        for i, o in enumerate(pool.imap(_run_one, pairs, chunksize=8)):
            out.append(o)
            progress(i + 1, len(pairs))
    return out


# ------------------------------------------------------------------ the baseline
_DIGITS = re.compile(r"\d+(?:[,.\u00a0\u202f ]\d{3})*(?:[.,]\d+)?")
_SEPARATOR = re.compile(r"(?<=\d)[,.\u00a0\u202f ](?=\d{3}(?!\d))")


def digit_numbers(text: str) -> list[tuple[str, Span]]:
    """Digit numbers with thousands separators stripped ("1,403" = "1.403" = "1403")."""
    return [(_SEPARATOR.sub("", m.group()), m.span()) for m in _DIGITS.finditer(text)]


class Baseline:
    """The fifty-line check the issue measures factdiff against."""

    def __init__(self, entities: bool = True) -> None:
        self.entities = entities
        self._nlp = None
        self._cache: dict[str, list[tuple[str, Span]]] = {}

    def prime(self, texts: Iterable[str]) -> None:
        """Run spaCy once over every distinct text (batched)."""
        if not self.entities:
            return
        todo = sorted({t for t in texts if t not in self._cache})
        if not todo:
            return
        if self._nlp is None:
            from factdiff.nlp import load_pipeline

            self._nlp = load_pipeline(None)
        for text, doc in zip(todo, self._nlp.pipe(todo, batch_size=64), strict=True):
            self._cache[text] = [
                (e.text, (e.start_char, e.end_char)) for e in doc.ents if e.label_ in BASELINE_LABELS
            ]

    def facts(self, text: str) -> list[tuple[str, Span]]:
        found = [("#" + n, sp) for n, sp in digit_numbers(text)]
        if self.entities:
            self.prime([text])
            found += [("@" + s, sp) for s, sp in self._cache[text]]
        return found

    def compare(self, a: str, b: str, offset_a: int = 0, offset_b: int = 0) -> Outcome:
        fa, fb = self.facts(a), self.facts(b)
        ca, cb = Counter(k for k, _ in fa), Counter(k for k, _ in fb)
        serious: list[dict[str, Any]] = []
        for facts, other, side, off in ((fa, cb, "original", offset_a), (fb, ca, "copy", offset_b)):
            mine = Counter(k for k, _ in facts)
            for key, sp in facts:
                if key.startswith("#") and mine[key] > other[key] or key.startswith("@") and other[key] == 0:
                    serious.append({"kind": "baseline", "severity": "major", side: [sp[0] + off, sp[1] + off, key[1:]],
                                    "original" if side == "copy" else "copy": None, "message": f"{key[1:]} on one side"})
        return Outcome(bool(serious), serious)

    def compare_documents(self, item: dict[str, Any], orig_key: str, copy_key: str) -> Outcome:
        """Sentence i against sentence i."""
        o, c = item["original"], item["copy"]
        serious: list[dict[str, Any]] = []
        for (s1, e1), (s2, e2) in zip(item[orig_key], item[copy_key], strict=False):  # counts differ when a sentence is dropped
            serious += self.compare(o[s1:e1], c[s2:e2], s1, s2).serious
        return Outcome(bool(serious), serious)


# ------------------------------------------------------------------ data sets
@dataclass
class Case:
    """One comparison to run, with what the scorers need to know about it."""

    set: str
    groups: list[str]  # the rows it counts in
    label: str | None  # FLAG, QUIET or None (graded)
    original: str
    copy: str
    wanted: dict[str, list[Span]] = field(default_factory=dict)  # where the change is, per side
    item: dict[str, Any] = field(default_factory=dict)
    fd: Outcome | None = None
    base: Outcome | None = None

    @property
    def located_fd(self) -> bool:
        return located(self.fd, self.wanted)

    @property
    def located_base(self) -> bool:
        return located(self.base, self.wanted)


def located(outcome: Outcome | None, wanted: dict[str, list[Span]]) -> bool:
    if outcome is None or not outcome.flagged:
        return False
    return any(any_overlap(outcome.spans(side), wanted.get(side, [])) for side in ("original", "copy"))


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def sample(items: list[dict[str, Any]], key: Callable[[dict[str, Any]], str], per_group: int | None) -> list[dict[str, Any]]:
    """At most ``per_group`` items of each group, a seeded sample, in file order."""
    if per_group is None:
        return items
    groups: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        groups[key(it)].append(i)
    keep: set[int] = set()
    for idx in groups.values():
        keep.update(random.Random(0).sample(idx, min(per_group, len(idx))))
    return [it for i, it in enumerate(items) if i in keep]


def diff_wanted(original: str, copy: str) -> dict[str, list[Span]]:
    ra, rb = word_diff(original, copy)
    return {"original": ra, "copy": rb}


def demetr_pairs(items: list[dict[str, Any]]) -> list[Case]:
    cases = []
    for it in items:
        g = it["group"]
        groups = [g]
        if g == "control:paraphrase":
            groups = ["control:paraphrase (all)"] + (["control:paraphrase (same facts)"] if it["meta"].get("same_facts") else [])
        label = it["label"] or ("QUIET" if g == "control:paraphrase" else None)
        cases.append(Case("demetr-pairs", groups, label, it["original"], it["copy"], diff_wanted(it["original"], it["copy"]), it))
    return cases


def mqm_pairs(items: list[dict[str, Any]]) -> list[Case]:
    cases = []
    for it in items:
        groups = [it["group"]] + (["positive (all)"] if it["label"] == "FLAG" else [])
        wanted = {"copy": [tuple(s) for s in it["meta"].get("copy_spans") or []]}
        cases.append(Case("mqm-zhen-pairs", groups, it["label"], it["original"], it["copy"], wanted, it))
    return cases


SUMMEDITS_TYPES = ("entity_modification", "antonym_swap", "negation_insertion_removal", "hallucinated_fact_insertion")


def summedits(items: list[dict[str, Any]]) -> list[Case]:
    cases = []
    for it in items:
        if it["label"] == "QUIET":
            groups = [it["group"]]
        else:
            types = it["group"].split(":", 1)[1].split("+")
            groups = ["flag (all)"] + [t for t in SUMMEDITS_TYPES if t in types]
        cases.append(Case("summedits-news", groups, it["label"], it["original"], it["copy"], diff_wanted(it["original"], it["copy"]), it))
    return cases


def xlang(items: list[dict[str, Any]]) -> list[Case]:
    cases = []
    for it in items:
        if it["set"] == "xlang-ntrex":
            direction, kind = it["group"].split(":")
            if kind == "quiet":
                groups = [f"ntrex {it['group']}"]
            elif kind == "name":
                script = "Cyrillic" if it["lang"] in CYRILLIC_LANGS else "Latin script" if it["lang"] in LATIN_LANGS else "other scripts"
                groups = [f"ntrex name ({script})", f"ntrex {it['group']}"]
            else:
                groups = [f"ntrex {kind}", f"ntrex {it['group']}"]
            plant = it.get("plant") or {}
            wanted = {plant["side"]: [(plant["start"], plant["end"])]} if plant else {}
        else:
            groups = [f"demetr {it['group']}"]
            wanted = {}
        cases.append(Case("xlang", groups, it["label"], it["original"], it["copy"], wanted, it))
    return cases


def group_key(it: dict[str, Any]) -> str:
    return f"{it.get('set', '')}/{it.get('group', '')}/{it.get('lang', '') if it.get('set') == 'xlang-ntrex' else ''}"


PAIR_SETS: dict[str, tuple[str, Callable[[list[dict[str, Any]]], list[Case]]]] = {
    "demetr-pairs": ("demetr-pairs.dev.jsonl", demetr_pairs),
    "mqm-zhen-pairs": ("mqm-zhen-pairs.dev.jsonl", mqm_pairs),
    "summedits-news": ("summedits-news.dev.jsonl", summedits),
    "xlang": ("xlang.dev.jsonl", xlang),
}
DOC_SETS = {"demetr-docs": "demetr-docs.dev.jsonl", "mqm-zhen-docs": "mqm-zhen-docs.dev.jsonl"}
ALL_SETS = ("demetr-pairs", "demetr-docs", "mqm-zhen-pairs", "mqm-zhen-docs", "summedits-news", "xlang")


# ------------------------------------------------------------------ scoring
def pct(k: int, n: int) -> float:
    return 100.0 * k / n if n else 0.0


def pair_rows(cases: list[Case], set_name: str, with_baseline: bool) -> list[Row]:
    by_group: dict[str, list[Case]] = defaultdict(list)
    for c in cases:
        for g in c.groups:
            by_group[g].append(c)
    rows: list[Row] = []
    for g in sorted(by_group, key=_group_order):
        cs = by_group[g]
        label = cs[0].label
        n = len(cs)

        def base(k: int, n: int = n) -> float | None:
            return pct(k, n) if with_baseline else None

        flags_fd = sum(c.fd.flagged for c in cs)
        flags_b = sum(bool(c.base and c.base.flagged) for c in cs)
        if label == "FLAG":
            rows.append(Row(set_name, g, "recall", len(cs), pct(flags_fd, len(cs)), base(flags_b)))
            spanned = [c for c in cs if any(c.wanted.values())]  # items whose changed text is known
            if spanned:
                rows.append(Row(set_name, g, "located", len(spanned), pct(sum(c.located_fd for c in spanned), len(spanned)),
                                base(sum(c.located_base for c in spanned), len(spanned))))
        elif label == "QUIET":
            rows.append(Row(set_name, g, "false alarms", len(cs), pct(flags_fd, len(cs)), base(flags_b)))
        else:
            rows.append(Row(set_name, g, "flag rate", len(cs), pct(flags_fd, len(cs)), base(flags_b)))
    return rows


def _group_order(g: str) -> tuple[int, str]:
    rank = 0 if g.startswith(("critical", "positive", "flag", "entity", "antonym", "negation", "halluc")) else 1
    if g.startswith(("minor", "major")) or "quiet" in g or "negative" in g:
        rank = 2
    if g.startswith("control"):
        rank = 3
    return rank, g


def demetr_doc_rows(docs: list[dict[str, Any]], fd: list[Outcome], base: list[Outcome]) -> list[Row]:
    def score(outs: list[Outcome]) -> tuple[int, int, int, int]:
        found = total = good = serious = 0
        for d, o in zip(docs, outs, strict=True):
            marks = [placed(f_, d["orig_spans"], d["copy_spans"]) for f_ in o.serious]
            crit = [ch for ch in d["changes"] if ch["critical"]]
            targets = set()
            for ch in crit:
                want = {(side, ch[key]) for side, key in (("copy", "copy"), ("original", "orig")) if ch.get(key) is not None}
                targets |= want
                total += 1
                found += any(m in want for m in marks)
            serious += len(marks)
            good += sum(m in targets for m in marks)
        return found, total, good, serious

    f1, t1, g1, s1 = score(fd)
    f2, t2, g2, s2 = score(base)
    return [
        Row("demetr-docs", "critical changes", "recall", t1, pct(f1, t1), pct(f2, t2)),
        Row("demetr-docs", "critical/major findings", "precision", s1, pct(g1, s1), pct(g2, s2)),
        Row("demetr-docs", "documents", "count", len(docs), float(len(docs)), None),
    ]


def mqm_doc_rows(docs: list[dict[str, Any]], fd: list[Outcome], base: list[Outcome]) -> list[Row]:
    def score(outs: list[Outcome]) -> tuple[int, int, int, int]:
        found = total = clean_hit = clean = 0
        for d, o in zip(docs, outs, strict=True):
            marks = {placed(f_, d["orig_spans"], d["copy_spans"]) for f_ in o.serious}
            hit_segments = {i for m in marks if m for i in [m[1]]}
            for i, lab in enumerate(d["seg_labels"]):
                if lab == "pos":
                    total += 1
                    found += i in hit_segments
                elif lab == "clean":
                    clean += 1
                    clean_hit += i in hit_segments
        return found, total, clean_hit, clean

    f1, t1, c1, n1 = score(fd)
    f2, t2, c2, n2 = score(base)
    return [
        Row("mqm-zhen-docs", "error segments", "recall", t1, pct(f1, t1), pct(f2, t2)),
        Row("mqm-zhen-docs", "both-clean segments", "false alarms", n1, pct(c1, n1), pct(c2, n2)),
    ]


def attach_targets(rows: list[Row]) -> None:
    for r in rows:
        t = TARGETS.get((r.set, r.name, r.metric))
        if t is not None:
            r.target, r.met, r.issue = str(t), t.met(r.factdiff), t.issue


# ------------------------------------------------------------------ printing
def render(rows: list[Row], header: list[str]) -> str:
    out = list(header)
    out.append("")
    out.append(f"{'set':15} {'group':46} {'metric':12} {'n':>5} {'factdiff':>9} {'baseline':>9}  {'target':8} ")
    last = None
    for r in rows:
        if r.metric == "count":
            continue
        if last and last != r.set:
            out.append("")
        last = r.set
        base = f"{r.baseline:9.1f}" if r.baseline is not None else f"{'-':>9}"
        status = "" if r.met is None else ("ok" if r.met else "GAP")
        out.append(f"{r.set:15} {r.name[:46]:46} {r.metric:12} {r.n:5d} {r.factdiff:9.1f} {base}  {r.target:8} {status}")
    tgt = [r for r in rows if r.met is not None]
    by_issue: dict[int, list[Row]] = defaultdict(list)
    for r in tgt:
        by_issue[r.issue or 0].append(r)
    ahead = sum(1 for r in rows if r.baseline is not None and _better(r))
    compared = sum(1 for r in rows if r.baseline is not None and r.metric != "count")
    parts = [f"issue {i}: {sum(r.met for r in rs)} of {len(rs)} targets met" for i, rs in sorted(by_issue.items())]
    out.append("")
    out.append("summary: " + "; ".join(parts) + f"; factdiff ahead of the baseline on {ahead} of {compared} rows")
    return "\n".join(out)


def _better(r: Row) -> bool:
    assert r.baseline is not None
    if r.metric in ("false alarms",):
        return r.factdiff < r.baseline
    if r.metric == "flag rate":
        return False
    return r.factdiff > r.baseline


def show_cases(cases: list[Case], group: str | None, limit: int) -> str:
    """Misses (FLAG not flagged) and false alarms (QUIET flagged), with factdiff's serious findings."""
    lines: list[str] = []
    n = 0
    for c in cases:
        if group and not any(group in g for g in c.groups):
            continue
        bad = (c.label == "FLAG" and not c.fd.flagged) or (c.label == "QUIET" and c.fd.flagged)
        if c.label == "FLAG" and c.fd.flagged and c.wanted and not c.located_fd:
            bad = True
        if not bad:
            continue
        n += 1
        if n > limit:
            break
        what = "MISS" if c.label == "FLAG" and not c.fd.flagged else ("UNLOCATED" if c.label == "FLAG" else "FALSE ALARM")
        lines.append(f"--- {what} [{c.set} {', '.join(c.groups)}] {c.item.get('id') or c.item.get('meta', {}).get('id', '')}")
        lines.append(f"  O: {c.original}")
        lines.append(f"  C: {c.copy}")
        for f in c.fd.serious:
            o = f["original"][2] if f["original"] else None
            cp = f["copy"][2] if f["copy"] else None
            lines.append(f"  * {f['severity']} {f['kind']}: {o!r} -> {cp!r}  ({f['message']})")
    return "\n".join(lines)


# ------------------------------------------------------------------ main
def progress_printer(label: str, quiet: bool) -> Callable[[int, int], None]:
    t0 = time.perf_counter()

    def report(i: int, n: int) -> None:
        if quiet or not sys.stderr.isatty():
            return
        if i == n or i % 25 == 0:
            print(f"\r{label}: {i}/{n} ({time.perf_counter() - t0:.0f} s)", end="\n" if i == n else "", file=sys.stderr)

    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of the public sets (default ../shared/datasets)")
    ap.add_argument("--set", action="append", choices=ALL_SETS, help="only these sets (repeatable)")
    ap.add_argument("--group", help="only groups whose name contains this (pair sets)")
    ap.add_argument("--per-group", type=int, default=None, help="a seeded sample of at most N items a group (documents: N documents)")
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    ap.add_argument("--no-baseline", action="store_true", help="skip the baseline (faster)")
    ap.add_argument("--show", action="store_true", help="print misses and false alarms with factdiff's findings")
    ap.add_argument("--show-limit", type=int, default=60)
    ap.add_argument("--json", type=Path, help="write the rows and every pair with factdiff's serious findings as JSON")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)

    if not args.data.is_dir():
        print(f"public.py: no data folder at {args.data} (use --data DIR)", file=sys.stderr)
        return 2
    import factdiff

    sets = args.set or list(ALL_SETS)
    t0 = time.perf_counter()
    sig = factdiff.compare("A text.", "A text.").signature
    cmd = "python benchmarks/public.py " + " ".join(argv if argv is not None else sys.argv[1:])
    header = [
        f"factdiff on public dev data, {_dt.datetime.now(_dt.UTC):%Y-%m-%d %H:%M} UTC",
        f"command:   {cmd.strip()}",
        f"signature: {sig}",
        f"data:      {args.data}" + (f" (seeded sample: {args.per_group} a group)" if args.per_group else " (every item)"),
        "flagged = a critical or major finding; recall/false alarms = flag rate on FLAG/QUIET items;",
        "located = share of FLAG items with a known changed span that get a critical/major finding on it",
    ]
    rows: list[Row] = []
    all_cases: list[Case] = []
    baseline_full = Baseline(entities=True)
    baseline_digits = Baseline(entities=False)
    for name in sets:
        if name in PAIR_SETS:
            fname, make = PAIR_SETS[name]
            path = args.data / fname
            if not path.exists():
                continue
            items = load_jsonl(path)
            if args.group:
                items = [it for it in items if args.group in it.get("group", "")]
            items = sample(items, group_key, args.per_group)
            cases = make(items)
            if not cases:
                continue
            outs = run_factdiff([(c.original, c.copy) for c in cases], args.jobs, progress_printer(name, args.quiet))
            for c, o in zip(cases, outs, strict=True):
                c.fd = o
            if not args.no_baseline:
                base = baseline_digits if name == "xlang" else baseline_full
                base.prime(t for c in cases for t in (c.original, c.copy))
                for c in cases:
                    c.base = base.compare(c.original, c.copy)
            rows += pair_rows(cases, name, not args.no_baseline)
            all_cases += cases
        else:
            path = args.data / DOC_SETS[name]
            if not path.exists() or args.group:
                continue
            docs = sample(load_jsonl(path), lambda it: "all", args.per_group)
            outs = run_factdiff([(d["original"], d["copy"]) for d in docs], args.jobs, progress_printer(name, args.quiet))
            if args.no_baseline:
                base_outs = [Outcome(False) for _ in docs]
            else:
                baseline_full.prime(d[k][s:e] for d in docs for k, sk in (("original", "orig_spans"), ("copy", "copy_spans")) for s, e in d[sk])
                base_outs = [baseline_full.compare_documents(d, "orig_spans", "copy_spans") for d in docs]
            score = demetr_doc_rows if name == "demetr-docs" else mqm_doc_rows
            new = score(docs, outs, base_outs)
            if args.no_baseline:
                for r in new:
                    r.baseline = None
            rows += new
    attach_targets(rows)
    header.append(f"time:      {time.perf_counter() - t0:.0f} s, {args.jobs} job(s)")
    print(render(rows, header))
    if args.show:
        print()
        print(show_cases(all_cases, args.group, args.show_limit))
    if args.json:
        payload = {
            "header": header,
            "signature": sig,
            "rows": [asdict(r) for r in rows],
            "cases": [
                {"set": c.set, "groups": c.groups, "label": c.label, "original": c.original, "copy": c.copy,
                 "factdiff": asdict(c.fd), "located": c.located_fd, "wanted": c.wanted,
                 "problem": (c.label == "FLAG") != c.fd.flagged or (c.label == "FLAG" and bool(c.wanted) and not c.located_fd)}
                for c in all_cases
            ],
        }
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
