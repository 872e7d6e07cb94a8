"""Synthetic republications of public documents: do trims and page lines stay quiet?

Real republished wire copy ends early, leaves out paragraphs and carries page furniture
(photo counters, share labels, page stamps, newsletter prompts) that the agency text does
not have; none of that is a difference of fact. This script takes the originals of the
public DEMETR pseudo-documents (``../shared/datasets/demetr-docs.dev.jsonl``: text nobody
here wrote) and makes, from each original itself, copies that differ only that way:

* ``tail``: the last third of the paragraphs cut (at least one);
* ``middle``: one paragraph from the middle left out;
* ``page-lines``: page lines between the paragraphs (the lines are this script's own);
* ``all``: the three together;
* ``all+digit``: the three, plus one digit changed in a figure of a kept paragraph, which
  must still be found (a critical or major finding whose copy span covers it).

For each kind it prints the share of copies with a critical or major finding (false alarms,
for the first four) and the findings per copy; for ``all+digit`` the share of plants found.

Usage::

    python benchmarks/republication.py [--data DIR] [--docs N] [--show]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "datasets"
PAGE_LINES = [
    "Photo 1 of 6",
    "Share",
    "Comments 14",
    "Last updated 09:12 GMT",
    "Sign up for our morning newsletter",
    "Advertisement",
    "2 of 6",
    "Share on Facebook",
    "Read more: Our coverage of the week",
    "4 min read",
]
KINDS = ("tail", "middle", "page-lines", "all", "all+digit")


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def _cut_tail(paras: list[str]) -> list[str]:
    keep = max(1, len(paras) - max(1, len(paras) // 3))
    return paras[:keep]


def _cut_middle(paras: list[str]) -> list[str]:
    if len(paras) < 3:
        return paras
    mid = len(paras) // 2
    return paras[:mid] + paras[mid + 1 :]


def _with_lines(paras: list[str], rng: random.Random) -> list[str]:
    out: list[str] = []
    lines = iter(rng.sample(PAGE_LINES, len(PAGE_LINES)) * 4)
    for n, p in enumerate(paras):
        if n == 0 or rng.random() < 0.6:
            out.append(next(lines))
        out.append(p)
    out.append(next(lines))
    return out


def _plant_digit(paras: list[str], rng: random.Random) -> tuple[list[str], tuple[int, int] | None]:
    """One digit changed in a figure of a kept paragraph; its span in the joined copy."""
    spots = []
    offset = 0
    for n, p in enumerate(paras):
        if not re.match(r"^(?:Photo|Share|Comments|Last|Sign|Advert|\d of|Read|\d min)", p):
            for m in re.finditer(r"\d[\d,.]*", p):
                spots.append((n, offset + m.start(), offset + m.end(), m))
        offset += len(p) + 2
    if not spots:
        return paras, None
    n, start, end, m = rng.choice(spots)
    digits = [k for k, ch in enumerate(m.group()) if ch.isdigit()]
    k = digits[-1]
    old = m.group()[k]
    new = str((int(old) + rng.randint(1, 8)) % 10)
    text = "\n\n".join(paras)
    at = start + k
    text = text[:at] + new + text[at + 1 :]
    return text.split("\n\n"), (start, end)


def make_copies(original: str, seed: int) -> dict[str, tuple[str, tuple[int, int] | None]]:
    rng = random.Random(seed)
    paras = _paragraphs(original)
    tail = _cut_tail(paras)
    middle = _cut_middle(paras)
    both = _cut_middle(_cut_tail(paras)) if len(paras) >= 5 else _cut_tail(paras)
    out = {
        "tail": ("\n\n".join(tail), None),
        "middle": ("\n\n".join(middle), None),
        "page-lines": ("\n\n".join(_with_lines(paras, rng)), None),
        "all": ("\n\n".join(_with_lines(both, rng)), None),
    }
    planted, span = _plant_digit(_with_lines(both, rng), rng)
    out["all+digit"] = ("\n\n".join(planted), span)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--docs", type=int, default=None, help="at most N documents (file order)")
    ap.add_argument("--show", action="store_true", help="print the serious findings of quiet copies")
    args = ap.parse_args(argv)
    path = args.data / "demetr-docs.dev.jsonl"
    if not path.exists():
        print(f"no data at {path}", file=sys.stderr)
        return 2
    import factdiff

    docs = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()][: args.docs]
    t0 = time.perf_counter()
    stats = {k: {"n": 0, "flagged": 0, "findings": 0, "serious": 0, "found": 0, "planted": 0} for k in KINDS}
    for d in docs:
        copies = make_copies(d["original"], seed=len(d["original"]))  # deterministic, per document
        for kind, (copy, span) in copies.items():
            report = factdiff.compare(d["original"], copy)
            serious = report.at_least("major")
            st = stats[kind]
            st["n"] += 1
            st["findings"] += len(report.findings)
            st["serious"] += len(serious)
            if span is not None:
                st["planted"] += 1
                st["found"] += any(f.copy and f.copy.start < span[1] and span[0] < f.copy.end for f in serious)
            elif serious:
                st["flagged"] += 1
                if args.show:
                    print(f"{d['id']} {kind}:")
                    for f in serious:
                        print(f"   {f.severity.label} {f.kind}: {f.message[:150]}")
    print(f"synthetic republications of {len(docs)} public originals ({time.perf_counter() - t0:.0f} s)")
    print(f"{'copy':12} {'n':>4} {'flagged %':>10} {'serious/copy':>13} {'findings/copy':>14} {'plants found %':>15}")
    for kind in KINDS:
        st = stats[kind]
        n = max(1, st["n"])
        found = f"{100 * st['found'] / st['planted']:.1f}" if st["planted"] else "-"
        flagged = f"{100 * st['flagged'] / n:.1f}" if kind != "all+digit" else "-"
        print(f"{kind:12} {st['n']:>4} {flagged:>10} {st['serious'] / n:>13.2f} {st['findings'] / n:>14.2f} {found:>15}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
