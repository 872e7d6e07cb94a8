"""How factdiff scales with document length: time and peak memory per size.

For each size (number of sentences) a document pair is generated from sentence
templates (names, figures, dates, places); the copy perturbs about 2% of the
facts (a figure, a name's spelling, a date, a negation) and moves a few
paragraphs. Each size runs in a fresh subprocess, so peak memory is that of one
comparison (plus the spaCy pipeline) and nothing is cached between sizes.

    python benchmarks/scale.py                      # 10, 100, 500, 1000, 5000 sentences
    python benchmarks/scale.py --sizes 100 1000     # a subset
    python benchmarks/scale.py --profile 1000       # cProfile one size: where the time goes
    python benchmarks/scale.py --json scale.json    # also save the numbers

Targets (issue #5): 500 -> 5,000 sentences at most 12x the time; peak memory at
5,000 sentences at most 1 GB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = (10, 100, 500, 1000, 5000)
TIME_RATIO_TARGET = 12.0
MEMORY_TARGET_MB = 1024

FIRST = ["Helen", "Omar", "Li", "Ana", "Pieter", "Marta", "Yusuf", "Carla", "Kofi", "Ingrid", "Rahul",
         "Sofia", "Tomasz", "Aiko", "Jean", "Fatima", "Diego", "Nadia", "Viktor", "Grace"]
LAST = ["Prescott", "Haddad", "Wei", "Souza", "Vries", "Lindqvist", "Demir", "Rossi", "Mensah", "Okafor",
        "Novak", "Tanaka", "Moreau", "Kowalski", "Castillo", "Petrova", "Brennan", "Achebe", "Larsen", "Quinn"]
PLACES = ["Riverton", "Lakeside", "Port Elmer", "Northbridge", "Calder", "Vantaa", "Grenmoor", "Ashby",
          "Marlow", "Kestrel Bay", "Dunmore", "Oakhaven"]
ORGS = ["the transport ministry", "Northwind Bank", "the Red Cross", "Calder Mining", "the city council",
        "the health agency", "Apex Airlines", "the central bank", "the electoral commission", "Orion Steel"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
TEMPLATES = [
    "{person} said on {weekday} that {n} people were injured in {place}.",
    "{org} reported a profit of ${m} million for {year}, up {pct}% from a year earlier.",
    "About {n} workers joined the strike in {place}, according to {org}.",
    "{person}, {age}, was not charged, police in {place} said.",
    "The company will cut {pct}% of its {n} jobs by {month} {year}, {person} told reporters.",
    "\"We will rebuild the bridge within {small} months,\" {person} said in {place}.",
    "{org} said it had evacuated {n} residents from {place} on {weekday}.",
    "Prices in {place} rose {pct} percent in {month}, the fastest pace since {year}.",
    "{person} won {small} of the {n} seats, the electoral commission said on {month} {day}.",
    "The {small} suspects were arrested in {place} on {month} {day}, {year}.",
    "More than {n} tonnes of grain left the port of {place} last week, {org} said.",
    "{person} did not attend the meeting in {place}, where {org} approved a ${m} billion budget.",
]


def _fields(rng: random.Random) -> dict[str, str]:
    return {
        "person": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "place": rng.choice(PLACES),
        "org": rng.choice(ORGS),
        "weekday": rng.choice(WEEKDAYS),
        "month": rng.choice(MONTHS),
        "n": f"{rng.randint(12, 95_000):,}",
        "m": rng.choice(["1.2", "3.5", "40", "250", "7.75", "12"]),
        "pct": str(rng.randint(1, 60)),
        "small": str(rng.randint(2, 12)),
        "age": str(rng.randint(18, 90)),
        "year": str(rng.randint(1990, 2030)),
        "day": str(rng.randint(1, 28)),
    }


def _capitalised(sentence: str) -> str:
    return sentence[0].upper() + sentence[1:]


def make_pair(sentences: int, seed: int = 5) -> tuple[str, str, int]:
    """(original, copy, number of perturbed facts) with ``sentences`` sentences each."""
    rng = random.Random(seed * 100_003 + sentences)
    paragraphs: list[list[str]] = []
    left = sentences
    while left > 0:
        k = min(left, rng.choice([1, 2, 2, 3]))
        paragraphs.append([_capitalised(rng.choice(TEMPLATES).format(**_fields(rng))) for _ in range(k)])
        left -= k
    original = "\n\n".join(" ".join(p) for p in paragraphs) + "\n"

    copy_pars = [list(p) for p in paragraphs]
    edits = max(1, round(sentences * 0.02))
    done = 0
    for _ in range(edits * 10):
        if done >= edits:
            break
        p = rng.randrange(len(copy_pars))
        s = rng.randrange(len(copy_pars[p]))
        sent = copy_pars[p][s]
        new = _perturb(sent, rng)
        if new != sent:
            copy_pars[p][s] = new
            done += 1
    for _ in range(max(1, len(copy_pars) // 100)):  # move ~1% of paragraphs
        if len(copy_pars) > 2:
            i, j = rng.sample(range(len(copy_pars)), 2)
            copy_pars.insert(j, copy_pars.pop(i))
    copy = "\n\n".join(" ".join(p) for p in copy_pars) + "\n"
    return original, copy, done


def _perturb(sentence: str, rng: random.Random) -> str:
    """Change one fact: a figure, a name's spelling, a weekday or month, or a negation."""
    choice = rng.randrange(4)
    if choice == 0:
        digits = [i for i, ch in enumerate(sentence) if ch.isdigit()]
        if digits:
            i = rng.choice(digits)
            return sentence[:i] + str((int(sentence[i]) + rng.randint(1, 8)) % 10) + sentence[i + 1:]
    if choice == 1:
        for last in LAST:
            if last in sentence and len(last) > 4:
                k = rng.randrange(1, len(last) - 1)
                return sentence.replace(last, last[:k] + last[k + 1:], 1)
    if choice == 2:
        for group in (WEEKDAYS, MONTHS):
            for word in group:
                if word in sentence:
                    return sentence.replace(word, rng.choice([w for w in group if w != word]), 1)
    if " was not " in sentence:
        return sentence.replace(" was not ", " was ", 1)
    if " did not " in sentence:
        return sentence.replace(" did not attend", " attended", 1)
    if " were injured" in sentence:
        return sentence.replace(" were injured", " were not injured", 1)
    return sentence


# --------------------------------------------------------------------------- child


def child(sentences: int, seed: int, profile: bool) -> None:
    """Run one comparison and print one JSON line with its numbers."""
    t0 = time.perf_counter()
    from factdiff.api import _pipeline
    from factdiff.settings import Settings

    _pipeline(Settings())  # load spaCy outside the timed part
    load = time.perf_counter() - t0
    original, copy, edits = make_pair(sentences, seed)
    from factdiff import compare

    t1 = time.perf_counter()
    if profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        report = prof.runcall(compare, original, copy)
        stats = pstats.Stats(prof, stream=sys.stderr)
        stats.sort_stats("cumulative").print_stats(30)
        stats.sort_stats("tottime").print_stats(20)
    else:
        report = compare(original, copy)
    elapsed = time.perf_counter() - t1
    print(json.dumps({
        "sentences": sentences,
        "chars": len(original),
        "edits": edits,
        "seconds": round(elapsed, 3),
        "load_seconds": round(load, 3),
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "verdict": report.verdict,
        "findings": len(report.findings),
        "major_or_worse": sum(1 for f in report.findings if f.severity >= 2),
    }))


# --------------------------------------------------------------------------- parent


def run_size(sentences: int, seed: int, profile: bool = False) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(sentences), "--seed", str(seed)]
    if profile:
        cmd.append("--profile-child")
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"size {sentences} failed:\n{proc.stderr}")
    if profile:
        sys.stderr.write(proc.stderr)
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    # Peak RSS of the largest child so far, as the OS reports it to the parent.
    result["children_peak_mb"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--profile", type=int, metavar="SENTENCES", help="cProfile one size and print the top")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--profile-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child is not None:
        child(args.child, args.seed, args.profile_child)
        return 0
    if args.profile is not None:
        print(json.dumps(run_size(args.profile, args.seed, profile=True)))
        return 0

    results = []
    print(f"{'sentences':>9} {'chars':>9} {'edits':>5} {'compare s':>9} {'s/100 sent':>10} {'load s':>6} "
          f"{'peak MB':>8} {'verdict':>8} {'findings':>8} {'major+':>6}")
    for size in args.sizes:
        r = run_size(size, args.seed)
        results.append(r)
        print(f"{r['sentences']:>9} {r['chars']:>9} {r['edits']:>5} {r['seconds']:>9.2f} "
              f"{100 * r['seconds'] / r['sentences']:>10.3f} {r['load_seconds']:>6.2f} {r['peak_mb']:>8.0f} "
              f"{r['verdict']:>8} {r['findings']:>8} {r['major_or_worse']:>6}", flush=True)
    by_size = {r["sentences"]: r for r in results}
    ok = True
    if 500 in by_size and 5000 in by_size:
        ratio = by_size[5000]["seconds"] / max(by_size[500]["seconds"], 1e-9)
        ok &= ratio <= TIME_RATIO_TARGET
        print(f"time ratio 500 -> 5,000 sentences: {ratio:.1f}x (target <= {TIME_RATIO_TARGET:.0f}x; "
              f"linear would be 10x) {'OK' if ratio <= TIME_RATIO_TARGET else 'OVER'}")
    biggest = results[-1] if results else None
    if biggest is not None:
        over = biggest["peak_mb"] > MEMORY_TARGET_MB
        ok &= not over
        print(f"peak memory at {biggest['sentences']:,} sentences: {biggest['peak_mb']:.0f} MB "
              f"(parent's RUSAGE_CHILDREN: {biggest['children_peak_mb']:.0f} MB; target <= {MEMORY_TARGET_MB} MB) "
              f"{'OVER' if over else 'OK'}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
