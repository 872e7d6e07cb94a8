"""Changes planted into long copies: is each one found where it was planted?

The real-copy targets of issue 10 ("planted changes found >= 95% (digit), >= 90% (name)")
are measured on republished wire copy kept aside. This script measures the same thing on
the long texts at hand: the seed pair (a real wire story and its republication) and the
DEMETR pseudo-documents (5-12 sentences, reordered, paraphrased), read by path. Into each
copy it plants, one at a time:

* ``digit``: one digit of a number the original also writes, changed to another digit;
* ``name``: a letter dropped, doubled or two letters swapped in a capitalised word of
  five letters or more that the original also writes (a name: not the first word of a
  sentence);

and counts a plant as found when factdiff reports a critical or major finding whose copy
span overlaps it. Long copies repeat their years, names and round numbers, so a plant
whose old value still stands elsewhere in the copy is the case this measures: the aligned
sentences must be compared first. A plant where the unplanted copy already has a serious
finding on that spot says nothing and is skipped.

Usage::

    python benchmarks/planted.py                 # 60 plants of each kind, seeded
    python benchmarks/planted.py --plants 120 --docs 76 --show
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
sys.path.insert(0, str(HERE))

from public import DEFAULT_DATA, Baseline, Outcome, _run_one, overlaps  # noqa: E402

SEEDS = HERE.parent.parent / "shared" / "seeds"
_NUMBER = re.compile(r"\d+(?:[,.]\d+)*")
_NAME = re.compile(r"(?<![.!?\"“\n]\s)(?<=[ \u00a0])[A-Z][a-z]{4,}\b")


def pairs(data: Path, docs: int) -> list[tuple[str, str, str]]:
    """(name, original, copy): the seed pair, then DEMETR documents."""
    out = []
    seed = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if len(seed) >= 2:
        out.append(("seed", seed[0].read_text(encoding="utf-8"), seed[1].read_text(encoding="utf-8")))
    path = data / "demetr-docs.dev.jsonl"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines()[:docs]:
            item = json.loads(line)
            out.append((item["id"], item["original"], item["copy"]))
    return out


def _digit_plants(original: str, copy: str, rng: random.Random) -> list[tuple[str, int, int, int]]:
    """Copies with one digit changed: (planted copy, start and end of the planted number, its old end)."""
    known = {m.group() for m in _NUMBER.finditer(original)}
    out = []
    for m in _NUMBER.finditer(copy):
        if m.group() not in known:
            continue
        digits = [i for i in range(m.start(), m.end()) if copy[i].isdigit()]
        i = rng.choice(digits)
        new = rng.choice([d for d in "0123456789" if d != copy[i] and not (i == m.start() and d == "0")])
        out.append((copy[:i] + new + copy[i + 1 :], m.start(), m.end(), m.end()))
    return out


def _slip(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    how = rng.choice(("drop", "double", "swap"))
    if how == "drop":
        return word[:i] + word[i + 1 :]
    if how == "double":
        return word[: i + 1] + word[i] + word[i + 1 :]
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :] if word[i] != word[i + 1] else word[:i] + word[i + 1 :]


def _name_plants(original: str, copy: str, rng: random.Random) -> list[tuple[str, int, int, int]]:
    known = set(re.findall(r"\b[A-Z][a-z]{4,}\b", original))
    out = []
    for m in _NAME.finditer(copy):
        if m.group() not in known:
            continue
        new = _slip(m.group(), rng)
        out.append((copy[: m.start()] + new + copy[m.end() :], m.start(), m.start() + len(new), m.end()))
    return out


def _found(outcome: Outcome, start: int, end: int) -> bool:
    return any(overlaps(sp, (start, end)) for sp in outcome.spans("copy"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--docs", type=int, default=40, help="DEMETR documents to plant into (besides the seed pair)")
    ap.add_argument("--plants", type=int, default=60, help="plants of each kind (a seeded sample)")
    ap.add_argument("--seed", type=int, default=10)
    ap.add_argument("--show", action="store_true", help="print the plants that were missed")
    args = ap.parse_args(argv)

    rng = random.Random(args.seed)
    texts = pairs(args.data, args.docs)
    if not texts:
        print("no documents found", file=sys.stderr)
        return 2
    t0 = time.time()
    base = Baseline()
    unplanted = {name: _run_one((o, c)) for name, o, c in texts}
    rows = []
    for kind, planter in (("digit", _digit_plants), ("name", _name_plants)):
        candidates = [(name, o, c2, s, e, old_end, c) for name, o, c in texts for c2, s, e, old_end in planter(o, c, rng)]
        candidates = [x for x in candidates if not _found(unplanted[x[0]], x[3], x[5])]
        rng.shuffle(candidates)
        chosen = candidates[: args.plants]
        found = base_found = 0
        missed = []
        for name, o, c2, s, e, old_end, c in chosen:
            hit = _found(_run_one((o, c2)), s, e)
            found += hit
            base_found += _found(base.compare(o, c2), s, e)
            if not hit:
                missed.append((name, c[s:old_end], c2[s:e], c2[max(0, s - 80) : e + 80].replace("\n", " ")))
        n = len(chosen)
        rows.append((kind, n, 100 * found / max(1, n), 100 * base_found / max(1, n)))
        if args.show:
            for name, old, new, context in missed:
                print(f"missed {kind} in {name}: {old!r} -> {new!r}: ...{context}...")
    print(f"planted changes in {len(texts)} long copies ({time.time() - t0:.0f} s, seed {args.seed})")
    print(f"{'kind':8} {'n':>4} {'factdiff':>9} {'baseline':>9}")
    for kind, n, fd, bl in rows:
        print(f"{kind:8} {n:4d} {fd:9.1f} {bl:9.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
