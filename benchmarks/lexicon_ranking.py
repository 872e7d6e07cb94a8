"""How well does factdiff.lexicon rank suspicious word replacements?

Reads benchmarks/data/replacements.tsv (hand-written pairs labelled harmless /
related / wrong, some grouped by imagined sentence pair) and prints:
mean suspicion per label, how often harmless < wrong (pairwise AUC), and for
each group whether the 'wrong' replacement is ranked first.

    python benchmarks/lexicon_ranking.py [--split dev|test|all] [--verbose]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent / "data" / "replacements.tsv"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout
LABELS = ("harmless", "related", "wrong")


@dataclass(frozen=True)
class Row:
    old: str
    new: str
    pos: str
    label: str
    group: str
    split: str


def load(path: Path = DATA) -> list[Row]:
    """The labelled rows (comment lines start with '#')."""
    rows = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("\t")
        f += [""] * (6 - len(f))
        rows.append(Row(f[0], f[1], f[2], f[3], f[4], f[5] or "dev"))
    return rows


def evaluate(rows: list[Row]) -> dict[str, object]:
    """Scores every row and returns summary numbers (also used by the tests)."""
    from factdiff.lexicon import rank_replacements, relation

    scores = [relation(r.old, r.new, r.pos) for r in rows]
    by_label: dict[str, list[float]] = defaultdict(list)
    for r, rel in zip(rows, scores, strict=True):
        by_label[r.label].append(rel.score)
    groups: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        if r.group:
            groups[r.group].append(i)
    hits, misses, lexical, lexical_hits = 0, [], 0, 0
    for gid, idx in sorted(groups.items()):
        pairs = [(rows[i].old, rows[i].new, rows[i].pos) for i in idx]
        ranked = rank_replacements(pairs)
        hit = rows[idx[ranked[0][0]]].label == "wrong"
        hits += hit
        if not hit:
            misses.append(gid)
        if not any(scores[i].kind == "antonym" for i in idx if rows[i].label == "wrong"):
            lexical += 1  # the harder groups: no polarity flip to spot
            lexical_hits += hit

    def auc(lo: str, hi: str) -> float:
        a, b = by_label.get(lo, []), by_label.get(hi, [])
        if not a or not b:
            return float("nan")
        wins = sum((y > x) + 0.5 * (y == x) for x in a for y in b)
        return wins / (len(a) * len(b))

    return {
        "scores": scores,
        "mean": {k: sum(v) / len(v) for k, v in by_label.items()},
        "count": {k: len(v) for k, v in by_label.items()},
        "groups": len(groups),
        "top1": hits / len(groups) if groups else float("nan"),
        "top1_no_antonym": lexical_hits / lexical if lexical else float("nan"),
        "groups_no_antonym": lexical,
        "misses": misses,
        "auc_harmless_wrong": auc("harmless", "wrong"),
        "auc_harmless_related": auc("harmless", "related"),
        "auc_related_wrong": auc("related", "wrong"),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "test", "all"), default="all")
    ap.add_argument("--verbose", "-v", action="store_true", help="print every row")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    import factdiff.lexicon as lex

    t_import = time.perf_counter() - t0
    if not lex.wordnet_available():
        print("WordNet not found (set FACTDIFF_WORDNET); nothing to evaluate.")
        return 1
    rows = [r for r in load() if args.split == "all" or r.split == args.split]
    t1 = time.perf_counter()
    lex.relation("prisoners", "detainees", "NOUN")
    t_first = time.perf_counter() - t1
    t2 = time.perf_counter()
    res = evaluate(rows)
    t_eval = time.perf_counter() - t2
    t3 = time.perf_counter()
    evaluate(rows)
    t_cached = time.perf_counter() - t3

    if args.verbose:
        for r, rel in zip(rows, res["scores"], strict=True):
            print(f"{r.group or '-':4} {r.label:8} {rel.score:5.2f} {rel.kind:10} "
                  f"{rel.similarity:4.2f}  {r.old} -> {r.new} ({r.pos})")
        print()
    print(f"split={args.split}  rows={len(rows)}  groups={res['groups']}")
    print(f"{'label':10} {'n':>4} {'mean score':>10}")
    for label in LABELS:
        if label in res["count"]:
            print(f"{label:10} {res['count'][label]:4d} {res['mean'][label]:10.3f}")
    kinds: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(LABELS, 0))
    for r, rel in zip(rows, res["scores"], strict=True):
        kinds[rel.kind][r.label] += 1
    print(f"{'kind':10} " + " ".join(f"{x:>8}" for x in LABELS))
    for kind, c in sorted(kinds.items(), key=lambda kc: lex.KINDS.index(kc[0])):
        print(f"{kind:10} " + " ".join(f"{c[x]:8d}" for x in LABELS))
    print(f"AUC harmless<wrong {res['auc_harmless_wrong']:.3f}   "
          f"harmless<related {res['auc_harmless_related']:.3f}   "
          f"related<wrong {res['auc_related_wrong']:.3f}")
    print(f"groups: wrong ranked first {res['top1']:.1%}  misses: {' '.join(res['misses']) or '-'}")
    print(f"groups whose wrong item is not an antonym ({res['groups_no_antonym']}): "
          f"wrong ranked first {res['top1_no_antonym']:.1%}")
    print(f"time: import {t_import * 1000:.1f} ms, first relation {t_first * 1000:.1f} ms, "
          f"{len(rows)} rows cold {t_eval * 1000:.0f} ms, cached {t_cached * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
