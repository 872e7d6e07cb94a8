"""factdiff's labelled accuracy benchmark.

Runs ``factdiff.compare`` on every labelled sentence pair and document in
``benchmarks/data/`` and prints, per finding kind and per negative category:

* recall at severity >= major on positives: a positive is *found* when a
  finding of the expected kind (or an accepted alias, see ``ALIASES``) at
  >= major quotes a span overlapping the expected substring;
* false-alarm rate at severity >= major on negatives: any finding >= major of
  a fact kind (``FACT_KINDS``) counts;
* for mistranslation cases, whether the truly wrong replacement ranks first
  among the pair's wording_changed findings (highest severity, then confidence);
* two baselines that need no NLP: a difflib word-diff ratio and chrF, each
  "flagging" a pair whose score is under a threshold, at thresholds chosen to
  give the same false-alarm rate as factdiff on the same negatives, and at
  fixed documented thresholds.

Usage: ``python benchmarks/accuracy.py [--limit N] [--kind K] [--show-misses]
[--json out.json]``. Scoring functions are importable so tests can check them
with a fake ``compare``.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import difflib
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SENTENCES = HERE / "data" / "sentences.jsonl"
DOCUMENTS = HERE / "data" / "documents.jsonl"

MAJOR = 2  # Severity.MAJOR; IntEnum compares equal to its value

#: Kinds whose findings are claims that a fact differs (structure-only kinds excluded).
FACT_KINDS = frozenset({
    "negation_changed", "number_changed", "qualifier_changed", "unit_changed", "date_changed",
    "name_spelling", "entity_changed", "attribution_changed", "quote_changed", "fact_missing",
    "fact_added", "wording_changed", "sentence_missing", "sentence_added",
})

#: Finding kinds accepted for each expected kind. Why each alias is fair:
#: a name swapped for a differently spelled one is both a new entity and a
#: misspelling; a changed speaker of a quote is an attribution change and
#: vice versa; a changed source named as an organisation is an entity change;
#: a dropped attribution is also a changed attribution; a dropped or added
#: figure or date may be reported by the number/date check with one side
#: empty, or (in documents) as a whole missing/added sentence; a changed
#: currency or measurement unit may be reported as a number change of the
#: quantity; a changed year or clock time may be parsed as a number.
ALIASES: dict[str, frozenset[str]] = {
    "number_changed": frozenset({"number_changed", "date_changed"}),
    "qualifier_changed": frozenset({"qualifier_changed", "number_changed"}),
    "unit_changed": frozenset({"unit_changed", "number_changed"}),
    "date_changed": frozenset({"date_changed", "number_changed"}),
    "name_spelling": frozenset({"name_spelling", "entity_changed"}),
    "entity_changed": frozenset({"entity_changed", "name_spelling", "attribution_changed", "quote_changed"}),
    "negation_changed": frozenset({"negation_changed"}),
    "fact_missing": frozenset({"fact_missing", "attribution_changed", "sentence_missing",
                               "number_changed", "date_changed", "entity_changed"}),
    "fact_added": frozenset({"fact_added", "attribution_changed", "sentence_added",
                             "number_changed", "date_changed", "entity_changed"}),
    "attribution_changed": frozenset({"attribution_changed", "quote_changed", "entity_changed",
                                      "fact_missing", "fact_added"}),
    "quote_changed": frozenset({"quote_changed", "attribution_changed", "entity_changed", "name_spelling"}),
    "wording_changed": frozenset({"wording_changed"}),
}

#: Negative categories whose false alarms are held to a target (translit is reported apart).
NEGATIVE_CATEGORIES = ("punctuation", "casing", "tokenisation", "number_format", "conversion",
                       "name_variant", "paraphrase", "reorder")
#: (label, kinds or categories, comparison, target) printed next to the measured numbers.
TARGETS: list[tuple[str, tuple[str, ...], str, float]] = [
    ("changed numbers recall", ("number_changed",), ">=", 0.97),
    ("changed dates recall", ("date_changed",), ">=", 0.97),
    ("changed entities recall", ("entity_changed",), ">=", 0.97),
    ("changed negations recall", ("negation_changed",), ">=", 0.97),
    ("dropped entity/figure/attribution recall", ("fact_missing",), ">=", 0.95),
    ("punctuation/casing/tokenisation/number-format/conversion false alarms",
     ("punctuation", "casing", "tokenisation", "number_format", "conversion"), "<=", 0.01),
    ("paraphrase false alarms", ("paraphrase",), "<=", 0.05),
    ("mistranslation rank-1", ("wording_changed",), ">=", 0.80),
]
#: Fixed baseline thresholds (flag a pair whose score is below): documented in docs/accuracy.md.
FIXED_THRESHOLDS = {"difflib": 0.90, "chrF": 0.90}

Compare = Callable[[str, str], Any]


# ------------------------------------------------------------------ loading
def load_jsonl(path: Path) -> list[dict[str, Any]]:
    """Read one JSON object per line."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def group_of(case: dict[str, Any]) -> str:
    """The kind of a positive, the category of a negative."""
    return case["kind"] if case["label"] == "positive" else case["category"]


def select_cases(cases: list[dict[str, Any]], kind: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Keep cases of one kind/category (``kind``) and at most ``limit`` per group."""
    out: list[dict[str, Any]] = []
    seen: Counter[str] = Counter()
    for c in cases:
        g = group_of(c)
        if kind and kind not in (g, c.get("category")):
            continue
        if limit is not None and seen[g] >= limit:
            continue
        seen[g] += 1
        out.append(c)
    return out


# ----------------------------------------------------------- case texts
def case_texts(case: dict[str, Any]) -> tuple[str, str, int]:
    """Original and copy as compared, and the offset of the sentence in both.

    A ``context`` sentence (the earlier full mention of a name) is put in
    front of both versions, so a short mention has its antecedent.
    """
    ctx = case.get("context")
    if ctx:
        return f"{ctx} {case['original']}", f"{ctx} {case['copy']}", len(ctx) + 1
    return case["original"], case["copy"], 0


def expected_spans(case: dict[str, Any], offset: int = 0) -> dict[str, tuple[int, int] | None]:
    """Where, in the compared texts, the finding should point (per side)."""
    out: dict[str, tuple[int, int] | None] = {}
    spans = case.get("spans") or {}
    expect = case.get("expect") or {}
    for side in ("original", "copy"):
        sp = spans.get(side)
        if sp:
            out[side] = (sp[0] + offset, sp[1] + offset)
        elif expect.get(side):
            i = case[side].find(expect[side])
            out[side] = (i + offset, i + offset + len(expect[side])) if i >= 0 else None
        else:
            out[side] = None
    return out


def _span(f: Any, side: str) -> tuple[int, int] | None:
    sp = getattr(f, side, None)
    if sp is None:
        return None
    return (sp.start, sp.end)


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    if a is None or b is None:
        return False
    if a[0] == a[1]:  # an empty span (an insertion point) overlaps what touches it
        return b[0] <= a[0] <= b[1]
    if b[0] == b[1]:
        return a[0] <= b[0] <= a[1]
    return a[0] < b[1] and b[0] < a[1]


def finding_matches(f: Any, kinds: Iterable[str], expect: dict[str, tuple[int, int] | None]) -> bool:
    """A finding of an accepted kind at >= major that points at the expected spans.

    At least one side must overlap, and no side where both the finding and
    the expectation have a span may point elsewhere.
    """
    if f.kind not in set(kinds) or int(f.severity) < MAJOR:
        return False
    return points_at(f, expect)


def points_at(f: Any, expect: dict[str, tuple[int, int] | None]) -> bool:
    """At least one side overlaps its expected span and no side points elsewhere."""
    hit = False
    for side in ("original", "copy"):
        fs, es = _span(f, side), expect.get(side)
        if fs is None or es is None:
            continue
        if not _overlaps(fs, es):
            return False
        hit = True
    return hit


def score_positive(case: dict[str, Any], findings: Iterable[Any], offset: int = 0) -> dict[str, Any]:
    """Was the changed fact found (any accepted kind) and was it named exactly?"""
    exp = expected_spans(case, offset)
    kind = case["kind"]
    findings = list(findings)
    matched = [f for f in findings if finding_matches(f, ALIASES.get(kind, {kind}), exp)]
    return {
        "found": bool(matched),
        "exact": any(f.kind == kind for f in matched),
        "matched_kinds": sorted({f.kind for f in matched}),
    }


def false_alarms(findings: Iterable[Any]) -> list[Any]:
    """Findings an editor would be asked to look at (>= major) that claim a fact differs."""
    return [f for f in findings if f.kind in FACT_KINDS and int(f.severity) >= MAJOR]


def wording_rank1(case: dict[str, Any], findings: Iterable[Any], offset: int = 0) -> bool:
    """Does the truly wrong replacement come first among the pair's wording findings?"""
    exp = expected_spans(case, offset)
    wording = [f for f in findings if f.kind == "wording_changed"]
    if not wording:
        return False
    top = sorted(wording, key=lambda f: (-int(f.severity), -float(getattr(f, "confidence", 1.0))))[0]
    return points_at(top, exp)


# --------------------------------------------------------------- baselines
_WORD = re.compile(r"\w+|[^\w\s]")


def difflib_ratio(a: str, b: str) -> float:
    """Similarity of the word sequences (difflib), 1.0 for identical texts."""
    return difflib.SequenceMatcher(a=_WORD.findall(a.lower()), b=_WORD.findall(b.lower()), autojunk=False).ratio()


def _ngrams(text: str, n: int) -> Counter[str]:
    text = re.sub(r"\s+", "", text)
    return Counter(text[i : i + n] for i in range(len(text) - n + 1))


def chrf(hypothesis: str, reference: str, max_n: int = 6, beta: float = 2.0) -> float:
    """chrF (Popović 2015): character n-gram F-beta, averaged over n = 1..6, in 0..1."""
    precisions, recalls = [], []
    for n in range(1, max_n + 1):
        h, r = _ngrams(hypothesis, n), _ngrams(reference, n)
        if not h or not r:
            continue
        common = sum((h & r).values())
        precisions.append(common / sum(h.values()))
        recalls.append(common / sum(r.values()))
    if not precisions:
        return 1.0 if hypothesis == reference else 0.0
    p, r = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    if p + r == 0:
        return 0.0
    b2 = beta * beta
    return (1 + b2) * p * r / (b2 * p + r)


BASELINES: dict[str, Callable[[str, str], float]] = {"difflib": difflib_ratio, "chrF": lambda a, b: chrf(b, a)}


def matched_threshold(negative_scores: list[float], rate: float) -> float:
    """Largest threshold whose "score < threshold" flags at most ``rate`` of the negatives."""
    if not negative_scores:
        return 0.0
    ordered = sorted(negative_scores)
    allowed = int(rate * len(ordered) + 1e-9)
    if allowed >= len(ordered):
        return ordered[-1] + 1e-9
    return ordered[allowed]


# ---------------------------------------------------------------- running
def run_sentences(cases: list[dict[str, Any]], compare: Compare, progress: bool = False) -> list[dict[str, Any]]:
    """Compare every pair and score it; one result dict per case."""
    results = []
    for i, case in enumerate(cases):
        original, copy, offset = case_texts(case)
        res: dict[str, Any] = {"id": case["id"], "group": group_of(case), "label": case["label"],
                               "category": case.get("category"), "base": case.get("base")}
        try:
            report = compare(original, copy)
            findings = list(report.findings)
            res["signature"] = getattr(report, "signature", "")
        except Exception as exc:  # a crash is a miss, and is reported
            findings = []
            res["error"] = f"{type(exc).__name__}: {exc}"
        res["findings"] = [_finding_dict(f) for f in findings]
        if case["label"] == "positive":
            res.update(score_positive(case, findings, offset))
            if case["kind"] == "wording_changed":
                res["rank1"] = wording_rank1(case, findings, offset)
        else:
            res["false_alarms"] = len(false_alarms(findings))
        for name, fn in BASELINES.items():
            res[name] = fn(case["original"], case["copy"])
        results.append(res)
        if progress and (i + 1) % 100 == 0:
            print(f"  ... {i + 1}/{len(cases)} pairs", file=sys.stderr)
    return results


def run_documents(docs: list[dict[str, Any]], compare: Compare) -> list[dict[str, Any]]:
    """Compare every document pair; score each listed change and count unexplained alarms."""
    results = []
    for doc in docs:
        res: dict[str, Any] = {"id": doc["id"], "changes": []}
        try:
            report = compare(doc["original"], doc["copy"])
            findings = list(report.findings)
        except Exception as exc:
            findings = []
            res["error"] = f"{type(exc).__name__}: {exc}"
        explained: set[int] = set()
        for ch in doc["changes"]:
            exp = {side: tuple(ch["spans"][side]) if ch["spans"][side] else None for side in ("original", "copy")}
            kinds = ALIASES.get(ch["kind"], {ch["kind"]})
            matched = [i for i, f in enumerate(findings) if finding_matches(f, kinds, exp)]
            # any >= major fact finding touching the change is explained by it
            for i, f in enumerate(findings):
                if any(_overlaps(_span(f, s), exp[s]) for s in ("original", "copy")):
                    explained.add(i)
            res["changes"].append({"kind": ch["kind"], "found": bool(matched),
                                   "exact": any(findings[i].kind == ch["kind"] for i in matched),
                                   "original": ch["original"], "copy": ch["copy"]})
        alarms = [f for i, f in enumerate(findings)
                  if i not in explained and f.kind in FACT_KINDS and int(f.severity) >= MAJOR]
        res["false_alarms"] = [_finding_dict(f) for f in alarms]
        res["findings"] = [_finding_dict(f) for f in findings]
        results.append(res)
    return results


def _finding_dict(f: Any) -> dict[str, Any]:
    return {
        "kind": f.kind,
        "severity": getattr(f.severity, "label", str(f.severity)),
        "original": f.original.text if f.original is not None else None,
        "copy": f.copy.text if f.copy is not None else None,
        "confidence": round(float(getattr(f, "confidence", 1.0)), 3),
        "message": getattr(f, "message", ""),
    }


# ---------------------------------------------------------------- summary
def _rate(num: int, den: int) -> float | None:
    return num / den if den else None


def _pct(x: float | None) -> str:
    return "   -  " if x is None else f"{100 * x:5.1f}%"


def _ordered(kinds: Iterable[str]) -> list[str]:
    """Kinds in the order reports list them (factdiff's KINDS), unknown ones last."""
    order = list(ALIASES)
    return sorted(kinds, key=lambda k: (order.index(k) if k in order else len(order), k))


def summarise(results: list[dict[str, Any]], docs: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Recall, false alarms, rank-1 and baselines, as a JSON-able dict."""
    pos = [r for r in results if r["label"] == "positive"]
    neg = [r for r in results if r["label"] == "negative" and r["group"] in NEGATIVE_CATEGORIES]
    translit = [r for r in results if r["label"] == "negative" and r["group"] == "translit"]
    fa_rate = _rate(sum(1 for r in neg if r["false_alarms"]), len(neg)) or 0.0
    summary: dict[str, Any] = {"positives": {}, "negatives": {}, "baselines": {}}
    for kind in _ordered({r["group"] for r in pos}):
        rs = [r for r in pos if r["group"] == kind]
        entry = {"n": len(rs), "recall": _rate(sum(r["found"] for r in rs), len(rs)),
                 "exact_kind": _rate(sum(r["exact"] for r in rs), len(rs))}
        by_base = defaultdict(list)
        for r in rs:
            by_base[r.get("base") or "?"].append(r)
        entry["by_base"] = {b: _rate(sum(x["found"] for x in v), len(v)) for b, v in sorted(by_base.items())}
        if kind == "wording_changed":
            entry["rank1"] = _rate(sum(bool(r.get("rank1")) for r in rs), len(rs))
        summary["positives"][kind] = entry
    summary["positives"]["all"] = {"n": len(pos), "recall": _rate(sum(r["found"] for r in pos), len(pos)),
                                   "exact_kind": _rate(sum(r["exact"] for r in pos), len(pos))}
    for cat in NEGATIVE_CATEGORIES + ("translit",):
        rs = [r for r in results if r["label"] == "negative" and r["group"] == cat]
        if rs:
            summary["negatives"][cat] = {"n": len(rs), "false_alarm_rate": _rate(sum(1 for r in rs if r["false_alarms"]), len(rs))}
    summary["negatives"]["all (without translit)"] = {"n": len(neg), "false_alarm_rate": fa_rate if neg else None}
    summary["translit_flagged"] = _rate(sum(1 for r in translit if r["false_alarms"]), len(translit))
    # baselines: thresholds matched to factdiff's false-alarm rate, and fixed ones
    for name in BASELINES:
        neg_scores = [r[name] for r in neg]
        for mode, thr in (("matched", matched_threshold(neg_scores, fa_rate)), ("fixed", FIXED_THRESHOLDS[name])):
            per_kind = {}
            for kind in _ordered({r["group"] for r in pos}):
                rs = [r for r in pos if r["group"] == kind]
                per_kind[kind] = _rate(sum(r[name] < thr for r in rs), len(rs))
            per_cat = {}
            for cat in NEGATIVE_CATEGORIES + ("translit",):
                rs = [r for r in results if r["label"] == "negative" and r["group"] == cat]
                if rs:
                    per_cat[cat] = _rate(sum(r[name] < thr for r in rs), len(rs))
            summary["baselines"][f"{name}@{mode}"] = {
                "threshold": round(thr, 4),
                "recall": _rate(sum(r[name] < thr for r in pos), len(pos)),
                "false_alarm_rate": _rate(sum(r[name] < thr for r in neg), len(neg)),
                "recall_by_kind": per_kind,
                "false_alarm_by_category": per_cat,
            }
    # targets
    rows = []
    for label, groups, op, target in TARGETS:
        if groups == ("wording_changed",) and op == ">=" and "rank" in label:
            measured = summary["positives"].get("wording_changed", {}).get("rank1")
        elif op == ">=":
            rs = [r for r in pos if r["group"] in groups]
            measured = _rate(sum(r["found"] for r in rs), len(rs))
        else:
            rs = [r for r in results if r["label"] == "negative" and r["group"] in groups]
            measured = _rate(sum(1 for r in rs if r["false_alarms"]), len(rs))
        ok = None if measured is None else (measured >= target if op == ">=" else measured <= target)
        rows.append({"target": label, "op": op, "goal": target, "measured": measured, "met": ok})
    summary["targets"] = rows
    if docs is not None:
        changes = [c for d in docs for c in d["changes"]]
        by_kind = {}
        for kind in _ordered({c["kind"] for c in changes}):
            cs = [c for c in changes if c["kind"] == kind]
            by_kind[kind] = {"n": len(cs), "recall": _rate(sum(c["found"] for c in cs), len(cs))}
        clean = [d for d in docs if not d["changes"]]
        summary["documents"] = {
            "n": len(docs),
            "changes": len(changes),
            "change_recall": _rate(sum(c["found"] for c in changes), len(changes)),
            "change_recall_by_kind": by_kind,
            "false_alarms_per_document": _rate(sum(len(d["false_alarms"]) for d in docs), len(docs)),
            "documents_with_false_alarm": _rate(sum(1 for d in docs if d["false_alarms"]), len(docs)),
            "zero_change_documents": len(clean),
            "zero_change_documents_with_false_alarm": _rate(sum(1 for d in clean if d["false_alarms"]), len(clean)),
        }
    errors = [r for r in results if r.get("error")] + [d for d in (docs or []) if d.get("error")]
    summary["errors"] = len(errors)
    return summary


def render(summary: dict[str, Any], header: dict[str, str]) -> str:
    """The plain-text report printed by the script (and pasted into docs/accuracy.md)."""
    out = [f"factdiff accuracy benchmark — {header['date']}",
           f"signature: {header['signature']}",
           f"command:   {header['command']}",
           f"data:      {header['data']}", ""]
    b = summary["baselines"]
    dm, cm = b["difflib@matched"], b["chrF@matched"]
    out.append("Positives: recall at severity >= major (exact = reported under the expected kind itself)")
    out.append(f"  {'kind':22} {'n':>4} {'recall':>7} {'exact':>7}   {'difflib':>7} {'chrF':>7}   by base (verbatim/paraphrase/reorder)")
    for kind, e in summary["positives"].items():
        if kind == "all":
            continue
        bases = " ".join(f"{k[:4]}={_pct(v).strip()}" for k, v in e.get("by_base", {}).items())
        extra = f"  rank-1 {_pct(e['rank1']).strip()}" if "rank1" in e else ""
        out.append(f"  {kind:22} {e['n']:>4} {_pct(e['recall'])} {_pct(e['exact_kind'])}   "
                   f"{_pct(dm['recall_by_kind'].get(kind))} {_pct(cm['recall_by_kind'].get(kind))}   {bases}{extra}")
    a = summary["positives"]["all"]
    out.append(f"  {'ALL':22} {a['n']:>4} {_pct(a['recall'])} {_pct(a['exact_kind'])}   {_pct(dm['recall'])} {_pct(cm['recall'])}")
    out.append("")
    out.append("Negatives: false-alarm rate (any fact finding at severity >= major)")
    out.append(f"  {'category':22} {'n':>4} {'factdiff':>8}   {'difflib':>7} {'chrF':>7}")
    for cat, e in summary["negatives"].items():
        if cat.startswith("all"):
            continue
        note = "   (reported apart: transliteration variants)" if cat == "translit" else ""
        out.append(f"  {cat:22} {e['n']:>4} {_pct(e['false_alarm_rate']):>8}   "
                   f"{_pct(dm['false_alarm_by_category'].get(cat))} {_pct(cm['false_alarm_by_category'].get(cat))}{note}")
    e = summary["negatives"]["all (without translit)"]
    out.append(f"  {'ALL (no translit)':22} {e['n']:>4} {_pct(e['false_alarm_rate']):>8}   {_pct(dm['false_alarm_rate'])} {_pct(cm['false_alarm_rate'])}")
    out.append("")
    out.append("Baselines (flag a pair when its similarity is under the threshold)")
    for name, e in b.items():
        out.append(f"  {name:16} threshold {e['threshold']:.4f}: recall {_pct(e['recall'])}, false alarms {_pct(e['false_alarm_rate'])}")
    if "documents" in summary:
        d = summary["documents"]
        out.append("")
        out.append(f"Documents: {d['n']} pairs, {d['changes']} listed changes, {d['zero_change_documents']} with no change")
        out.append(f"  change recall {_pct(d['change_recall'])}; unexplained >= major findings per document "
                   f"{d['false_alarms_per_document'] if d['false_alarms_per_document'] is None else round(d['false_alarms_per_document'], 2)}; "
                   f"documents with one {_pct(d['documents_with_false_alarm']).strip()}; "
                   f"zero-change documents with one {_pct(d['zero_change_documents_with_false_alarm']).strip()}")
        for kind, e in d["change_recall_by_kind"].items():
            out.append(f"    {kind:22} {e['n']:>3} {_pct(e['recall'])}")
    out.append("")
    out.append("Targets")
    for row in summary["targets"]:
        mark = {True: "met", False: "NOT met", None: "n/a"}[row["met"]]
        out.append(f"  {row['target']:72} {row['op']} {100 * row['goal']:.0f}%  measured {_pct(row['measured']).strip():>6}  {mark}")
    if summary.get("errors"):
        out.append(f"\n{summary['errors']} comparisons raised an exception (counted as misses)")
    return "\n".join(out)


def show_misses(cases: list[dict[str, Any]], results: list[dict[str, Any]], docs: list[dict[str, Any]] | None = None,
                doc_results: list[dict[str, Any]] | None = None) -> str:
    """Every missed positive and every false alarm, with the findings, for debugging."""
    by_id = {c["id"]: c for c in cases}
    lines = []
    for r in results:
        c = by_id[r["id"]]
        bad = (r["label"] == "positive" and not r["found"]) or (r["label"] == "negative" and r["false_alarms"])
        if r["group"] == "wording_changed" and not r.get("rank1"):
            bad = True
        if not bad:
            continue
        what = "MISS" if r["label"] == "positive" else "FALSE ALARM"
        lines.append(f"[{what}] {r['id']} ({r['group']}, {r.get('base')})")
        if c.get("context"):
            lines.append(f"  context:  {c['context']}")
        lines.append(f"  original: {c['original']}")
        lines.append(f"  copy:     {c['copy']}")
        if c["label"] == "positive":
            lines.append(f"  expected: {c['kind']} {c['expect']['original']!r} -> {c['expect']['copy']!r}")
        if r.get("error"):
            lines.append(f"  error:    {r['error']}")
        for f in r["findings"]:
            lines.append(f"    - {f['kind']} [{f['severity']}] {f['original']!r} -> {f['copy']!r} ({f['confidence']}) {f['message']}")
        lines.append("")
    for d in doc_results or []:
        misses = [ch for ch in d["changes"] if not ch["found"]]
        if not misses and not d["false_alarms"]:
            continue
        lines.append(f"[DOCUMENT] {d['id']}")
        for ch in misses:
            lines.append(f"  missed {ch['kind']}: {ch['original']!r} -> {ch['copy']!r}")
        for f in d["false_alarms"]:
            lines.append(f"  false alarm {f['kind']} [{f['severity']}] {f['original']!r} -> {f['copy']!r} {f['message']}")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="factdiff labelled accuracy benchmark")
    parser.add_argument("--limit", type=int, default=None, help="at most N cases per kind/category (and N documents)")
    parser.add_argument("--kind", default=None, help="only this kind (positives) or category (negatives)")
    parser.add_argument("--show-misses", action="store_true", help="print misses and false alarms with findings")
    parser.add_argument("--json", dest="json_out", default=None, help="write summary and per-case results here")
    parser.add_argument("--sentences", type=Path, default=SENTENCES)
    parser.add_argument("--documents", type=Path, default=DOCUMENTS)
    parser.add_argument("--no-documents", action="store_true", help="skip the multi-paragraph documents")
    args = parser.parse_args(argv)

    if str(HERE.parent) not in sys.path:  # run from a checkout without installing
        sys.path.insert(0, str(HERE.parent))
    import factdiff  # lazily: loading spaCy is the slow part

    cases = select_cases(load_jsonl(args.sentences), args.kind, args.limit)
    docs: list[dict[str, Any]] | None = None
    if not args.no_documents and args.documents.exists() and not args.kind:
        docs = load_jsonl(args.documents)
        if args.limit is not None:
            docs = docs[: args.limit]
    start = time.perf_counter()
    results = run_sentences(cases, factdiff.compare, progress=True)
    doc_results = run_documents(docs, factdiff.compare) if docs else None
    elapsed = time.perf_counter() - start
    signature = next((r.get("signature") for r in results if r.get("signature")), "") or "?"
    summary = summarise(results, doc_results)
    header = {
        "date": _dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "signature": signature,
        "command": "python benchmarks/accuracy.py " + " ".join(argv if argv is not None else sys.argv[1:]),
        "data": f"{len(cases)} sentence pairs, {len(docs or [])} documents, {elapsed:.0f} s",
    }
    print(render(summary, header))
    if args.show_misses:
        print("\n" + show_misses(cases, results, docs, doc_results))
    if args.json_out:
        Path(args.json_out).write_text(json.dumps({"header": header, "summary": summary, "results": results,
                                                   "documents": doc_results}, ensure_ascii=False, indent=1),
                                       encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
