"""factdiff's performance benchmark: ratios against a floor, measured side by side.

Machines are noisy, so every result is a RATIO of two things measured in the same
run, interleaved (A, B, A, B...), each side taken as the median of several
repetitions. The floor for a spaCy-based tool is spaCy itself: parsing the same
two texts with the same pipeline.

Sections (``--only a,b,...``):

a  warm time per comparison vs the bare ``nlp.pipe([original, copy])``   target <= 1.2
b  cold ``python -m factdiff compare ... --format json`` vs a process that only
   imports spaCy, loads the pipeline and parses both files                target <= 1.25
   ``python -m factdiff --help``                                          target < 0.5 s
   and the ``-X importtime`` breakdown of the heaviest modules
c  batch throughput, ``factdiff batch`` with 1 job and with all cores     target >= 1.7x (2 cores)
d  time and peak memory as generated documents grow from 10 to 5,000
   sentences, each size in a fresh process                                targets: 500->5,000
                                                                          <= 12x, <= 1 GB at 5,000
e  peak memory (whole process tree) of a 1,000-comparison batch           target <= 1 GB
f  a generated feed of 5,000 articles (500 stories x 1-30 copies + 1,000
   singletons): grouping vs parsing them with spaCy                       target <= 0.1
   story purity and completeness against the generator's truth            targets >= 99 %
   the whole ``factdiff feed`` run: peak memory of the process tree       target <= 1 GB
   and its CPU time vs parsing the feed                                   (real feeds: <= 0.5)
g  the paragraph cache: ``factdiff batch`` of 100 copies of one 30-paragraph
   story (80-95 % of the paragraphs verbatim), --jobs 1, vs a process that
   parses all 101 documents with a bare ``nlp.pipe``                      target <= 0.3
h  ``factdiff serve`` on the bundled pair, 1 and 2 workers: p50/p95 latency at
   1 request in flight vs the warm in-process ``factdiff.compare``       target p50 <= 1.3x
   and requests/s under load (2 requests in flight per worker)           target 2 vs 1 >= 1.7x
x  cross-language: ``factdiff.compare`` of the English original with the bundled Indonesian
   and Spanish copies vs the English pipeline's parse of the original plus a spaCy
   tokenisation (``spacy.blank``) of the copy                            target <= 1.3x
s  where the time goes: inclusive time of the pipeline's stages (segment,
   spaCy, extraction, alignment, entity matching, each check...) on the bundled
   pair and on generated documents, with the growth of each stage

Usage: ``python benchmarks/performance.py [--quick] [--only a,b] [--reps N] [--json out.json]``.
``--quick`` uses tiny sizes and one repetition (the test suite runs it so this
script cannot rot); its numbers mean nothing.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import platform
import random
import re
import resource
import shlex
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
ROOT = Path(__file__).resolve().parents[1]
ORIGINAL = ROOT / "data" / "original.txt"
COPY = ROOT / "data" / "copy.txt"
SECTIONS = "abcdefghsx"
SCALE_SIZES = (10, 50, 100, 500, 1000, 2000, 5000)
QUICK_SCALE_SIZES = (10, 40)
STAGE_SIZES = (500, 5000)
QUICK_STAGE_SIZES = (20, 40)


# =========================================================== results and targets
@dataclass
class Target:
    """One measured value next to its target."""

    name: str
    value: float | None
    limit: float
    op: str  # "<=", "<", ">="
    unit: str = ""

    @property
    def passed(self) -> bool | None:
        if self.value is None:
            return None
        return {
            "<=": self.value <= self.limit,
            "<": self.value < self.limit,
            ">=": self.value >= self.limit,
        }[self.op]

    def line(self) -> str:
        verdict = {True: "PASS", False: "FAIL", None: "SKIP"}[self.passed]
        value = "n/a" if self.value is None else f"{self.value:.3g}{self.unit}"
        return f"  [{verdict}] {self.name}: {value}  (target {self.op} {self.limit:g}{self.unit})"

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "value": self.value,
            "target": f"{self.op} {self.limit:g}{self.unit}",
            "limit": self.limit,
            "op": self.op,
            "unit": self.unit,
            "passed": self.passed,
        }


@dataclass
class Results:
    sections: dict[str, dict[str, Any]] = field(default_factory=dict)
    targets: list[Target] = field(default_factory=list)

    def section(self, key: str, title: str) -> dict[str, Any]:
        print(f"\n== {key}) {title}", flush=True)
        return self.sections.setdefault(key, {"title": title})

    def target(self, t: Target) -> None:
        self.targets.append(t)
        print(t.line(), flush=True)

    def skip(self, key: str, reason: str) -> None:
        self.sections[key]["skipped"] = reason
        print(f"  SKIPPED: {reason}", flush=True)


def median(xs: Sequence[float]) -> float:
    return statistics.median(xs)


def interleaved(a: Callable[[], T], b: Callable[[], T], reps: int) -> tuple[list[T], list[T]]:
    """Run ``a`` and ``b`` alternately ``reps`` times each; alternate who goes first."""
    ta: list[T] = []
    tb: list[T] = []
    for k in range(reps):
        if k % 2 == 0:
            ta.append(a())
            tb.append(b())
        else:
            tb.append(b())
            ta.append(a())
    return ta, tb


def timed(fn: Callable[[], Any]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def cpu_timed(fn: Callable[[], Any]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process): CPU time is what other load on the machine
    disturbs least, so it is printed next to every wall-clock ratio as a cross-check."""
    t0, c0 = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - t0, time.process_time() - c0


# =========================================================== generated documents
FIRST = (
    "Anna Boris Carlos Dmitri Elena Farid Grace Hiroshi Ingrid Javier Katya Liam Marta Nikolai Olga "
    "Pedro Quentin Rosa Sergei Tomas Ursula Viktor Wanda Yusuf Zofia Amara Bruno Chen Dalia Emil"
).split()
LAST = (
    "Abramov Becker Castillo Dawson Eriksen Fischer Gonzalez Hoffmann Ivanova Jensen Kowalski Lindqvist "
    "Moreau Novak Okafor Petrov Quinn Rossi Sato Tanaka Umarov Varga Weber Yilmaz Zielinski Haddad "
    "Mensah Oliveira Brennan Kovacs"
).split()
ORGS = (
    "the World Bank",
    "the European Commission",
    "the Red Cross",
    "NATO",
    "the United Nations",
    "Siemens",
    "the central bank",
    "Amnesty International",
    "the Interior Ministry",
    "Gazprom",
    "the International Monetary Fund",
    "Oxfam",
    "the health ministry",
    "Toyota",
    "the Finance Ministry",
)
PLACES = (
    "Berlin",
    "Warsaw",
    "Kyiv",
    "Ankara",
    "Lagos",
    "Lima",
    "Oslo",
    "Hanoi",
    "Nairobi",
    "Manila",
    "Quito",
    "Dhaka",
    "Tbilisi",
    "Riga",
    "Vilnius",
    "Madrid",
    "Cairo",
    "Jakarta",
    "Bogota",
    "Seoul",
)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
GROUPS = (
    "workers",
    "protesters",
    "soldiers",
    "students",
    "refugees",
    "patients",
    "farmers",
    "journalists",
)
# (original wording, a paraphrase a translation could produce); slots in braces
TEMPLATES = (
    (
        "{P}, a spokesperson for {O}, said on {WD} that {N} {G} had been detained in {PL}.",
        "{P}, who speaks for {O}, said on {WD} that {N} {G} were detained in {PL}.",
    ),
    (
        "{O} said its revenue rose {PCT} percent to ${AMT} million in the third quarter.",
        "{O} said revenue climbed {PCT} percent to ${AMT} million in the third quarter.",
    ),
    (
        "About {N} people gathered in {PL} on {MONTH} {DAY}, police said.",
        "Police said about {N} people gathered in {PL} on {MONTH} {DAY}.",
    ),
    (
        "{P} told reporters that the talks would resume in {MONTH} {YEAR}.",
        "The talks will resume in {MONTH} {YEAR}, {P} told reporters.",
    ),
    (
        "The ministry did not confirm the figure, according to {P}.",
        "According to {P}, the ministry did not confirm the figure.",
    ),
    (
        "More than {N} {G} were evacuated from {PL} after the floods, {O} said.",
        "{O} said more than {N} {G} were evacuated from {PL} after the floods.",
    ),
    (
        "Prices in {PL} climbed {PCT}% in {MONTH}, the highest level since {YEAR}.",
        "Prices in {PL} rose {PCT}% in {MONTH}, the highest since {YEAR}.",
    ),
    (
        '"We will not accept these terms," {P} said in a statement on {WD}.',
        '"We will not accept these terms," {P} said in a statement on {WD}.',
    ),
    (
        "{P} met {P2} in {PL} to discuss a {AMT} billion euro loan.",
        "{P} and {P2} met in {PL} to talk about a {AMT} billion euro loan.",
    ),
    (
        "The {G} had been waiting for {SMALL} days, {P} added.",
        "The {G} had waited {SMALL} days, {P} added.",
    ),
)


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _slots(rng: random.Random) -> dict[str, str]:
    return {
        "P": _person(rng),
        "P2": _person(rng),
        "O": rng.choice(ORGS),
        "PL": rng.choice(PLACES),
        "WD": rng.choice(WEEKDAYS),
        "MONTH": rng.choice(MONTHS),
        "DAY": str(rng.randint(1, 28)),
        "YEAR": str(rng.randint(1995, 2023)),
        "N": f"{rng.randint(12, 4000):,}",
        "SMALL": str(rng.randint(2, 9)),
        "PCT": f"{rng.randint(1, 40)}.{rng.randint(0, 9)}",
        "AMT": str(rng.randint(2, 900)),
        "G": rng.choice(GROUPS),
    }


def _capital(s: str) -> str:
    return s[:1].upper() + s[1:]


def _misspell(name: str, rng: random.Random) -> str:
    first, last = name.split(" ", 1)
    if len(last) < 5:
        return name
    k = rng.randint(1, len(last) - 3)
    return f"{first} {last[:k]}{last[k + 1]}{last[k]}{last[k + 2 :]}"


def _perturb(slots: dict[str, str], rng: random.Random) -> dict[str, str]:
    """Change one fact of a sentence: a figure, a name's spelling or a weekday."""
    out = dict(slots)
    what = rng.choice(("N", "PCT", "AMT", "P", "WD"))
    if what == "N":
        out["N"] = f"{int(slots['N'].replace(',', '')) + rng.randint(3, 90):,}"
    elif what == "PCT":
        out["PCT"] = f"{float(slots['PCT']) + 1.5:.1f}"
    elif what == "AMT":
        out["AMT"] = str(int(slots["AMT"]) * 2)
    elif what == "P":
        out["P"] = _misspell(slots["P"], rng)
    else:
        out["WD"] = WEEKDAYS[(WEEKDAYS.index(slots["WD"]) + 1) % 7]
    return out


def make_pair(n_sentences: int, seed: int = 0) -> tuple[str, str]:
    """A generated news story of ``n_sentences`` body sentences and a drifted copy.

    The copy paraphrases about a fifth of the sentences, changes a fact in about
    3 %, drops 2 %, adds 1 % and swaps about 5 % of adjacent paragraphs: the
    shape of a syndicated copy, at any length.
    """
    rng = random.Random(seed)
    o_paras: list[list[str]] = []
    c_paras: list[list[str]] = []
    made = 0
    while made < n_sentences:
        o_para: list[str] = []
        c_para: list[str] = []
        for _ in range(min(rng.randint(1, 3), n_sentences - made)):
            orig, para = rng.choice(TEMPLATES)
            slots = _slots(rng)
            o_para.append(_capital(orig.format(**slots)))
            made += 1
            roll = rng.random()
            if roll < 0.02:
                continue  # dropped in the copy
            cslots = _perturb(slots, rng) if roll < 0.05 else slots
            c_para.append(_capital((para if rng.random() < 0.2 else orig).format(**cslots)))
            if rng.random() < 0.01:
                c_para.append(_capital(rng.choice(TEMPLATES)[0].format(**_slots(rng))))
        o_paras.append(o_para)
        c_paras.append(c_para)
    for k in range(len(c_paras) - 1):
        if rng.random() < 0.05:
            c_paras[k], c_paras[k + 1] = c_paras[k + 1], c_paras[k]
    headline = f"{rng.choice(PLACES)} prices climb as talks stall"

    def render(paras: list[list[str]]) -> str:
        return headline + "\n\n" + "\n\n".join(" ".join(p) for p in paras if p) + "\n"

    return render(o_paras), render(c_paras)


def drifted_copies(text: str, count: int, seed: int = 0) -> Iterator[str]:
    """Distinct variants of a copy: a few digits changed, a paragraph swapped or dropped."""
    rng = random.Random(seed)
    paras = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    for _ in range(count):
        ps = list(paras)
        if len(ps) > 3:
            k = rng.randrange(1, len(ps) - 1)
            if rng.random() < 0.5:
                ps[k], ps[k + 1] = ps[k + 1], ps[k]
            else:
                del ps[k]
        out = "\n\n".join(ps) + "\n"
        digits = [m.start() for m in re.finditer(r"\d", out)]
        for pos in rng.sample(digits, min(2, len(digits))):
            out = out[:pos] + str((int(out[pos]) + rng.randint(1, 8)) % 10) + out[pos + 1 :]
        yield out


# =========================================================== processes
ENV = dict(
    os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
)


@dataclass
class Run:
    seconds: float
    returncode: int
    maxrss_kb: int  # peak RSS of the largest single process of the tree
    cpu_s: float = 0.0  # user + system time of the process and the children it reaped
    tree_peak_kb: int = 0  # sum over the process tree, sampled
    stdout: str = ""
    stderr: str = ""
    timed_out: bool = False


def _status_kb(pid: int | str, field_name: str) -> int:
    """A ``kB`` field of /proc/PID/status (VmRSS, VmHWM), 0 when the process is gone."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith(field_name + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def peak_rss_self_kb() -> int:
    """This process's peak RSS. Not ``ru_maxrss``: after fork+exec Linux keeps the parent's
    high-water mark there, so a child of a big benchmark process would report the parent's size."""
    return _status_kb("self", "VmHWM")


def _tree_sample(root: int) -> tuple[int, int]:
    """(sum of VmRSS over ``root`` and its descendants, largest VmHWM among them), from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read().decode(errors="replace")
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    total = hwm = 0
    todo = [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, ()))
        total += _status_kb(pid, "VmRSS")
        hwm = max(hwm, _status_kb(pid, "VmHWM"))
    return total, hwm


def run_process(cmd: Sequence[str], *, capture: bool = False, timeout: float = 3600) -> Run:
    """Run a command: wall time, exit code, CPU time, and peak memory sampled from /proc every 20 ms
    (largest single process, and the sum over the process tree: batch workers included)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with tempfile.TemporaryFile(mode="w+") as errfile:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            list(cmd),
            cwd=ROOT,
            env=ENV,
            stderr=errfile,
            text=True,
            stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
        )
        tree_peak, hwm = [0], [0]
        stop = threading.Event()

        def sampler() -> None:
            while not stop.is_set():
                total, high = _tree_sample(proc.pid)
                tree_peak[0], hwm[0] = max(tree_peak[0], total), max(hwm[0], high)
                stop.wait(0.02)

        thread = threading.Thread(target=sampler, daemon=True)
        thread.start()
        timed_out = False
        try:
            stdout, _ = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()  # our own child, by its pid
            stdout, _ = proc.communicate()
            timed_out = True
        elapsed = time.perf_counter() - t0
        stop.set()
        thread.join()
        errfile.seek(0)
        stderr = errfile.read()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return Run(elapsed, proc.returncode, hwm[0], cpu, tree_peak[0], stdout or "", stderr, timed_out)


def python_cmd(*args: str) -> list[str]:
    return [sys.executable, *args]


def check_run(run: Run, what: str, ok: Sequence[int] = (0, 1)) -> None:
    if run.returncode not in ok:
        raise RuntimeError(f"{what} exited {run.returncode}: {run.stderr[-2000:]}")


# =========================================================== sections
def section_a(res: Results, reps: int) -> None:
    """Warm comparison vs bare spaCy parse of the same two texts."""
    sec = res.section("a", "warm time per comparison vs bare spaCy parse (pipeline loaded)")
    import factdiff
    from factdiff.nlp import load_pipeline, pipeline_name

    o, c = ORIGINAL.read_text(encoding="utf-8"), COPY.read_text(encoding="utf-8")
    nlp = load_pipeline(None)
    factdiff.compare(o, c)  # warm-up: lexicon, caches, lazy imports
    list(nlp.pipe([o, c]))
    r_cmp, r_bare = interleaved(
        lambda: cpu_timed(lambda: factdiff.compare(o, c)),
        lambda: cpu_timed(lambda: list(nlp.pipe([o, c]))),
        reps,
    )
    t_cmp, t_bare = [w for w, _ in r_cmp], [w for w, _ in r_bare]
    cpu_ratio = median([c for _, c in r_cmp]) / median([c for _, c in r_bare])
    ratios = [a / b for a, b in zip(t_cmp, t_bare, strict=True)]
    sec.update(
        pipeline=pipeline_name(None),
        reps=reps,
        compare_s=t_cmp,
        bare_parse_s=t_bare,
        compare_median_s=median(t_cmp),
        bare_median_s=median(t_bare),
        ratio=median(t_cmp) / median(t_bare),
        ratio_per_rep_median=median(ratios),
        cpu_ratio=cpu_ratio,
    )
    print(
        f"  factdiff.compare: {median(t_cmp) * 1000:.1f} ms   bare nlp.pipe: {median(t_bare) * 1000:.1f} ms"
        f"   (median of {reps}; per-rep ratios {min(ratios):.2f}..{max(ratios):.2f}; CPU-time ratio "
        f"{cpu_ratio:.2f})"
    )
    res.target(Target("warm compare / bare parse", sec["ratio"], 1.2, "<=", "x"))


def section_x(res: Results, reps: int) -> None:
    """Cross-language comparison vs the English parse of the English side + tokenising the other."""
    sec = res.section("x", "cross-language compare vs English parse of the original + spaCy tokenisation of the copy")
    import spacy

    import factdiff
    from factdiff.nlp import load_pipeline

    o = ORIGINAL.read_text(encoding="utf-8")
    nlp = load_pipeline(None)
    ratios: dict[str, float] = {}
    for code in ("id", "es"):
        path = ROOT / "data" / f"copy.{code}.txt"
        if not path.exists():
            continue
        c = path.read_text(encoding="utf-8")
        blank = spacy.blank(code)
        report = factdiff.compare(o, c)  # warm-up: profiles, detection model, lexicons
        blank(c)
        list(nlp.pipe([o]))
        r_x, r_floor = interleaved(
            lambda c=c: cpu_timed(lambda: factdiff.compare(o, c)),
            lambda c=c, blank=blank: cpu_timed(lambda: (list(nlp.pipe([o])), blank(c))),
            reps,
        )
        t_x, t_floor = [w for w, _ in r_x], [w for w, _ in r_floor]
        ratio = median(t_x) / median(t_floor)
        cpu_ratio = median([c_ for _, c_ in r_x]) / median([c_ for _, c_ in r_floor])
        ratios[code] = ratio
        sec[code] = {
            "mode": report.mode,
            "languages": list(report.languages),
            "compare_s": t_x,
            "floor_s": t_floor,
            "compare_median_s": median(t_x),
            "floor_median_s": median(t_floor),
            "ratio": ratio,
            "cpu_ratio": cpu_ratio,
        }
        print(
            f"  en -> {code}: factdiff.compare {median(t_x) * 1000:.1f} ms   English parse + {code} tokenisation "
            f"{median(t_floor) * 1000:.1f} ms   ratio {ratio:.2f} (CPU-time ratio {cpu_ratio:.2f}; {report.mode})"
        )
    if not ratios:
        res.skip("x", "no bundled cross-language copies (data/copy.id.txt, data/copy.es.txt)")
        return
    sec["ratio"] = max(ratios.values())
    res.target(Target("cross-language compare / (English parse + tokenisation)", sec["ratio"], 1.3, "<=", "x"))


BARE_PARSE = (
    "import sys, spacy\n"
    "nlp = spacy.load(sys.argv[1])\n"
    "texts = [open(p, encoding='utf-8').read() for p in sys.argv[2:]]\n"
    "docs = list(nlp.pipe(texts))\n"
)


def importtime_top(stderr: str, n: int = 12) -> list[tuple[str, float, float]]:
    """Heaviest top-level imports from ``-X importtime``: (module, cumulative s, self s)."""
    rows = []
    for line in stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)", line)
        if (
            m and len(m.group(3)) <= 2
        ):  # top-level (or one level down: what `import factdiff.x` pulls in)
            rows.append((m.group(4), int(m.group(2)) / 1e6, int(m.group(1)) / 1e6))
    return sorted(rows, key=lambda r: -r[1])[:n]


def ensure_bytecode() -> str:
    """Compile factdiff's modules when their bytecode is missing or stale.

    spaCy, installed from wheels, starts from compiled bytecode; an editable
    install of factdiff in a shell with PYTHONDONTWRITEBYTECODE=1 would be
    recompiled from source on every start, which is not how users run it
    (``scripts/setup.sh`` compiles it, as installing a wheel does).
    """
    import compileall
    import importlib.util

    import factdiff

    root = Path(factdiff.__file__).parent
    stale = [
        py
        for py in root.rglob("*.py")
        if not Path(importlib.util.cache_from_source(str(py))).exists()
        or Path(importlib.util.cache_from_source(str(py))).stat().st_mtime < py.stat().st_mtime
    ]
    if not stale:
        state = "factdiff bytecode: compiled and up to date"
    else:
        compileall.compile_dir(str(root), quiet=1)
        state = f"factdiff bytecode: compiled {len(stale)} stale or missing modules first (as a wheel install does)"
    print("  " + state)
    return state


def section_b(res: Results, reps: int) -> None:
    """Cold whole-process runs."""
    sec = res.section("b", "cold process: factdiff compare vs import spaCy + load + parse")
    from factdiff.nlp import pipeline_name

    name = pipeline_name(None) or "en_core_web_sm"
    sec["bytecode"] = ensure_bytecode()
    compare_cmd = python_cmd(
        "-m", "factdiff", "compare", "data/original.txt", "data/copy.txt", "--format", "json"
    )
    bare_cmd = python_cmd("-c", BARE_PARSE, name, "data/original.txt", "data/copy.txt")
    help_cmd = python_cmd("-m", "factdiff", "--help")
    runs: dict[str, list[Run]] = {"compare": [], "bare": [], "help": []}
    run_process(help_cmd)  # warm the OS file cache
    for k in range(reps):
        order = ("compare", "bare", "help") if k % 2 == 0 else ("bare", "compare", "help")
        for what in order:
            cmd = {"compare": compare_cmd, "bare": bare_cmd, "help": help_cmd}[what]
            run = run_process(cmd)
            check_run(run, shlex.join(cmd))
            runs[what].append(run)
    med = {k: median([r.seconds for r in v]) for k, v in runs.items()}
    cpu = {k: median([r.cpu_s for r in v]) for k, v in runs.items()}
    rss = {k: max(r.maxrss_kb for r in v) / 1024 for k, v in runs.items()}
    sec.update(
        reps=reps,
        commands={
            "compare": shlex.join(compare_cmd[1:]),
            "bare": f"python -c <import spacy; load {name}; pipe both files>",
            "help": shlex.join(help_cmd[1:]),
        },
        seconds={k: [r.seconds for r in v] for k, v in runs.items()},
        median_s=med,
        peak_rss_mb=rss,
        cpu_median_s=cpu,
        ratio=med["compare"] / med["bare"],
        cpu_ratio=cpu["compare"] / cpu["bare"],
    )
    for k in ("compare", "bare", "help"):
        print(
            f"  {k:8s} {med[k]:.3f} s wall, {cpu[k]:.3f} s CPU  (median of {reps})  peak RSS {rss[k]:.0f} MB"
        )
    print(f"  CPU-time ratio compare / bare: {sec['cpu_ratio']:.2f}")
    res.target(Target("cold compare / cold bare parse", sec["ratio"], 1.25, "<=", "x"))
    res.target(Target("python -m factdiff --help", med["help"], 0.5, "<", " s"))

    run = run_process(python_cmd(str(Path(__file__).resolve()), "--child-cold"), capture=True)
    check_run(run, "cold stage child", ok=(0,))
    cold = json.loads(run.stdout.strip().splitlines()[-1])
    sec["cold_steps"] = cold
    print("  one CLI comparison in a fresh process, step by step (in-process timers):")
    for step, secs in cold["steps"].items():
        print(f"    {secs * 1000:8.1f} ms  {step}")
    print_stages("first comparison, by stage", cold)

    for label, cmd in (("--help", help_cmd), ("compare", compare_cmd)):
        run = run_process([cmd[0], "-X", "importtime", *cmd[1:]], capture=True)
        check_run(run, "importtime " + label)
        top = importtime_top(run.stderr)
        sec.setdefault("importtime", {})[label] = [
            {"module": m, "cumulative_s": c, "self_s": s} for m, c, s in top
        ]
        print(f"  import time, {label} (cumulative, top-level modules):")
        for m, c, own in top[:10]:
            print(f"    {c * 1000:8.1f} ms  (self {own * 1000:6.1f} ms)  {m}")
        heavy = [
            m
            for m, _, _ in top
            if m.split(".")[0] in {"spacy", "thinc", "torch", "numpy", "trafilatura"}
        ]
        if label == "--help":
            sec["help_imports_heavy"] = heavy
            print(f"    heavy modules imported by --help: {', '.join(heavy) or 'none'}")


def _batch_available() -> str | None:
    """None when ``factdiff batch`` is usable, else why not."""
    try:
        import factdiff.batch  # noqa: F401
        from factdiff.batch import cli  # noqa: F401
    except ImportError as exc:
        return f"factdiff.batch is not available yet ({exc})"
    return None


def _write_copies(tmp: Path, count: int, seed: int) -> list[str]:
    paths = []
    for k, text in enumerate(drifted_copies(COPY.read_text(encoding="utf-8"), count, seed)):
        p = tmp / f"copy-{k:04d}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(str(p))
    return paths


def _batch_cmd(copies: list[str], jobs: int, out: Path) -> list[str]:
    return python_cmd(
        "-m", "factdiff", "batch", str(ORIGINAL), *copies, "--jobs", str(jobs), "-o", str(out)
    )


def _count_lines(path: Path) -> int:
    with open(path, encoding="utf-8") as fh:
        return sum(1 for line in fh if line.strip())


def section_c(res: Results, reps: int, small: int, large: int) -> None:
    """Batch throughput, 1 job vs all cores.

    Throughput is comparisons per second once the batch is running. A batch
    process also pays a fixed start-up (Python, spaCy, the pipeline: ~1 s,
    serial whatever the number of jobs), so the throughput is measured as the
    difference of two batch sizes, (large - small) / (T(large) - T(small)),
    which cancels it. End-to-end speed-ups at both sizes are printed beside it.
    """
    cores = os.cpu_count() or 1
    sec = res.section("c", f"batch throughput: {small} and {large} comparisons, 1 job vs {cores}")
    why = _batch_available()
    if why:
        res.skip("c", why)
        return
    sizes = (small, large)
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        copies = _write_copies(tmp, large, seed=1)
        times: dict[tuple[int, int], list[float]] = {(j, n): [] for j in (1, cores) for n in sizes}
        cpu: dict[tuple[int, int], list[float]] = {key: [] for key in times}
        for k in range(reps):
            order = [(j, n) for n in sizes for j in (1, cores)]
            for jobs, n in order if k % 2 == 0 else order[::-1]:
                out = tmp / f"out-{jobs}-{n}-{k}.jsonl"
                run = run_process(_batch_cmd(copies[:n], jobs, out))
                check_run(run, f"factdiff batch --jobs {jobs} ({n} copies)")
                lines = _count_lines(out)
                if lines != n:
                    raise RuntimeError(f"factdiff batch --jobs {jobs} wrote {lines} lines for {n} copies")
                times[(jobs, n)].append(run.seconds)
                cpu[(jobs, n)].append(run.cpu_s)
    med = {key: median(v) for key, v in times.items()}
    cpu_med = {key: median(v) for key, v in cpu.items()}
    rate = {j: (large - small) / max(1e-9, med[(j, large)] - med[(j, small)]) for j in (1, cores)}
    startup = {j: med[(j, small)] - small / rate[j] for j in (1, cores)}
    ratio = rate[cores] / rate[1]
    end_to_end = {n: med[(1, n)] / med[(cores, n)] for n in sizes}
    # what a perfect pool would give end to end, with this start-up and 1-job rate
    bound = {n: med[(1, n)] / (startup[1] + n / rate[1] / cores) for n in sizes}
    sec.update(
        sizes=list(sizes),
        cores=cores,
        reps=reps,
        seconds={f"{j}x{n}": v for (j, n), v in times.items()},
        cpu_s={f"{j}x{n}": v for (j, n), v in cpu.items()},
        throughput_per_s={str(j): r for j, r in rate.items()},
        startup_s={str(j): v for j, v in startup.items()},
        speedup=ratio,
        end_to_end_speedup={str(n): v for n, v in end_to_end.items()},
        end_to_end_bound={str(n): v for n, v in bound.items()},
        cpu_overhead=cpu_med[(cores, large)] / cpu_med[(1, large)],
        command="python -m factdiff batch data/original.txt COPY... --jobs N -o out.jsonl",
    )
    for n in sizes:
        print(
            f"  {n:4d} copies: --jobs 1 {med[(1, n)]:.2f} s, --jobs {cores} {med[(cores, n)]:.2f} s"
            f"  (whole process, median of {reps}; end-to-end x{end_to_end[n]:.2f},"
            f" a perfect pool with this start-up: x{bound[n]:.2f})"
        )
    print(
        f"  throughput ({large} - {small} copies): --jobs 1 {rate[1]:.2f}/s, --jobs {cores} {rate[cores]:.2f}/s;"
        f" fixed start-up ~{startup[1]:.2f} s / {startup[cores]:.2f} s"
    )
    print(
        f"  CPU time at {large}: x{sec['cpu_overhead']:.2f} with {cores} jobs (the CPU cost of parallelism)"
    )
    if cores >= 2:
        # the target is stated for 2 jobs; with more cores, scale it
        res.target(
            Target(
                f"batch throughput, {cores} jobs vs 1",
                ratio,
                1.7 if cores == 2 else 0.85 * cores,
                ">=",
                "x",
            )
        )
    else:
        print("  one core: no speed-up to measure")


def section_e(res: Results, count: int) -> None:
    """Peak memory of a long batch (sum over the process tree)."""
    sec = res.section("e", f"peak memory of a {count}-comparison batch (all cores)")
    why = _batch_available()
    if why:
        res.skip("e", why)
        return
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        copies = _write_copies(tmp, count, seed=2)
        out = tmp / "out.jsonl"
        run = run_process(_batch_cmd(copies, cores, out))
        check_run(run, "factdiff batch")
        lines = _count_lines(out)
    sec.update(
        count=count,
        jobs=cores,
        seconds=run.seconds,
        tree_peak_mb=run.tree_peak_kb / 1024,
        largest_process_mb=run.maxrss_kb / 1024,
        lines=lines,
    )
    print(
        f"  {count} comparisons, --jobs {cores}: {run.seconds:.1f} s; peak RSS of the whole tree "
        f"{run.tree_peak_kb / 1024:.0f} MB, largest single process {run.maxrss_kb / 1024:.0f} MB"
    )
    if lines != count:
        raise RuntimeError(f"factdiff batch wrote {lines} lines for {count} copies")
    res.target(
        Target(
            f"peak RSS, {count}-comparison batch", run.tree_peak_kb / 1024 / 1024, 1.0, "<=", " GB"
        )
    )


# ---------------------------------------------------------------- f: the server
def percentile(xs: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100), linear between closest ranks."""
    ordered = sorted(xs)
    if len(ordered) == 1:
        return ordered[0]
    pos = (len(ordered) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def _tree_cpu_s(pid: int) -> float:
    """CPU seconds (user + system) used so far by ``pid`` and its live children."""
    from factdiff.serve.testing import children

    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for p in (pid, *children(pid)):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / tick


def _load(server: Any, payload: bytes, count: int, in_flight: int) -> tuple[float, list[float]]:
    """``count`` requests, ``in_flight`` at a time: (requests per second, latencies)."""
    from concurrent.futures import ThreadPoolExecutor

    def one(_: int) -> float:
        resp = server.request("POST", "/api/compare", payload, {"Content-Type": "application/json"})
        if resp.status != 200:
            raise RuntimeError(f"factdiff serve answered {resp.status}: {resp.body[:300]!r}")
        return resp.seconds

    t0 = time.perf_counter()
    with ThreadPoolExecutor(in_flight) as pool:
        latencies = list(pool.map(one, range(count)))
    return count / (time.perf_counter() - t0), latencies


def section_h(res: Results, reps: int, count: int, rounds: int) -> None:
    """The HTTP API against the in-process API, and 2 workers against 1.

    Two servers (``--workers 1`` and ``--workers 2``) run side by side, idle but
    for the round being measured. Latency: one request in flight, interleaved with
    a warm in-process ``factdiff.compare`` of the same pair in this process (the
    server also renders the report as JSON and sends it over loopback HTTP).
    Throughput: ``count`` requests with two in flight per worker, rounds alternating
    between the servers.
    """
    sec = res.section("h", "factdiff serve: latency vs in-process compare, requests/s with 1 and 2 workers")
    from factdiff.serve.testing import LiveServer, serve_extra_missing

    why = serve_extra_missing()
    if why:
        res.skip("h", why)
        return
    import factdiff

    o, c = ORIGINAL.read_text(encoding="utf-8"), COPY.read_text(encoding="utf-8")
    payload = json.dumps({"original": o, "copy": c}).encode("utf-8")
    factdiff.compare(o, c)  # warm: pipeline, lexicon, caches
    servers = {w: LiveServer("--workers", str(w)) for w in (1, 2)}
    try:
        for server in servers.values():  # both start at once
            server.launch()
        for w, server in servers.items():
            server.wait_ready()
            _load(server, payload, 2 * w, w)  # warm the workers
        inproc: list[float] = []
        single: dict[int, list[float]] = {1: [], 2: []}
        for k in range(reps):
            order = [0, 1, 2] if k % 2 == 0 else [2, 1, 0]
            for what in order:
                if what == 0:
                    inproc.append(timed(lambda: factdiff.compare(o, c)))
                else:
                    single[what].append(_load(servers[what], payload, 1, 1)[1][0])
        rps: dict[int, list[float]] = {1: [], 2: []}
        loaded: dict[int, list[float]] = {1: [], 2: []}
        cpu: dict[int, list[float]] = {1: [], 2: []}
        for k in range(rounds):
            for w in (1, 2) if k % 2 == 0 else (2, 1):
                before = _tree_cpu_s(servers[w].pid)
                rate, latencies = _load(servers[w], payload, count, 2 * w)
                cpu[w].append((_tree_cpu_s(servers[w].pid) - before) / count)
                rps[w].append(rate)
                loaded[w].extend(latencies)
        health = {w: s.get("/healthz").json()["workers"] for w, s in servers.items()}
    finally:
        for server in servers.values():
            server.stop()
    t_in = median(inproc)
    p50 = {w: percentile(v, 50) for w, v in single.items()}
    p95 = {w: percentile(v, 95) for w, v in single.items()}
    rate = {w: median(v) for w, v in rps.items()}
    sec.update(
        reps=reps,
        requests_per_round=count,
        rounds=rounds,
        inprocess_compare_s=inproc,
        inprocess_median_s=t_in,
        latency_1_in_flight_s={str(w): v for w, v in single.items()},
        p50_s={str(w): v for w, v in p50.items()},
        p95_s={str(w): v for w, v in p95.items()},
        requests_per_s={str(w): v for w, v in rps.items()},
        loaded_p50_s={str(w): percentile(v, 50) for w, v in loaded.items()},
        loaded_p95_s={str(w): percentile(v, 95) for w, v in loaded.items()},
        start_method={str(w): h["start_method"] for w, h in health.items()},
        cpu_per_request_s={str(w): median(v) for w, v in cpu.items()},
        loadavg_1min=os.getloadavg()[0],
        ratio_p50_vs_inprocess=p50[1] / t_in,
        ratio_rps_2_vs_1=rate[2] / rate[1],
        command="python -m factdiff serve --port 0 --workers N; POST /api/compare with data/original.txt, data/copy.txt",
    )
    print(f"  warm in-process factdiff.compare: {t_in * 1000:.1f} ms (median of {reps})")
    for w in (1, 2):
        print(
            f"  --workers {w}: 1 in flight p50 {p50[w] * 1000:.1f} ms, p95 {p95[w] * 1000:.1f} ms"
            f" (x{p50[w] / t_in:.2f} in-process);  {2 * w} in flight: {rate[w]:.2f} requests/s,"
            f" p50 {sec['loaded_p50_s'][str(w)] * 1000:.0f} ms, p95 {sec['loaded_p95_s'][str(w)] * 1000:.0f} ms"
            f"  (median of {rounds} rounds of {count})"
        )
    cpu_req = {w: median(v) for w, v in cpu.items()}
    print(
        f"  CPU time of the server's process tree per request: {cpu_req[1] * 1000:.0f} ms with 1 worker,"
        f" {cpu_req[2] * 1000:.0f} ms with 2 (x{cpu_req[2] / cpu_req[1]:.2f}: the CPU cost of the second worker;"
        f" on {os.cpu_count()} cores at load {os.getloadavg()[0]:.1f}, requests/s can only scale as far as"
        " the machine has idle cores)"
    )
    res.target(Target("serve p50 at 1 in flight / warm in-process compare (1 worker)", p50[1] / t_in, 1.3, "<=", "x"))
    res.target(Target("serve requests/s, 2 workers vs 1", rate[2] / rate[1], 1.7, ">=", "x"))
# ---------------------------------------------------------------- f, g: feeds and the paragraph cache
def _feedgen() -> Any:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import feedgen

    return feedgen


def _feed_available() -> str | None:
    try:
        import datasketch  # noqa: F401

        import factdiff.feed  # noqa: F401
    except ImportError as exc:
        return f"factdiff feed is not available ({exc}): pip install 'factdiff[feed]'"
    return None


def section_g(res: Results, reps: int, copies: int, paragraphs: int, parallel_too: bool = True) -> None:
    """One story, many near-verbatim copies: the paragraph cache against a bare parse of everything."""
    sec = res.section("g", f"paragraph cache: batch of {copies} copies of one {paragraphs}-paragraph story vs bare parse")
    why = _batch_available()
    if why:
        res.skip("g", why)
        return
    import random as _random

    from factdiff.facts.extract import paragraph_keys
    from factdiff.ingest import source_from_text
    from factdiff.nlp import load_pipeline, pipeline_name

    fg = _feedgen()
    story = fg.make_story(_random.Random(2026), "bench", paragraphs)
    texts = fg.make_copies(story, copies, seed=2026)
    nlp = load_pipeline(None)
    keys = [k for t in [story.text(), *texts] for k in paragraph_keys(nlp, source_from_text(t))]
    name = pipeline_name(None) or "en_core_web_sm"
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        wire = tmp / "wire.txt"
        wire.write_text(story.text(), encoding="utf-8")
        paths = []
        for k, text in enumerate(texts):
            p = tmp / f"copy-{k:03d}.txt"
            p.write_text(text, encoding="utf-8")
            paths.append(str(p))
        out = tmp / "out.jsonl"
        batch = python_cmd("-m", "factdiff", "batch", str(wire), *paths, "--jobs", "1", "-o", str(out))
        bare = python_cmd("-c", BARE_PARSE, name, str(wire), *paths)
        runs: dict[str, list[Run]] = {"batch": [], "bare": []}
        for k in range(reps):
            for what in ("batch", "bare") if k % 2 == 0 else ("bare", "batch"):
                run = run_process(batch if what == "batch" else bare)
                check_run(run, what, ok=(0,))
                runs[what].append(run)
        if _count_lines(out) != copies:
            raise RuntimeError(f"factdiff batch wrote {_count_lines(out)} lines for {copies} copies")
        cores = os.cpu_count() or 1
        parallel = None
        if cores > 1 and parallel_too:
            parallel = run_process(batch[:-4] + ["--jobs", str(cores), "-o", str(out)])
            check_run(parallel, "batch --jobs N", ok=(0,))
    med = {k: median([r.seconds for r in v]) for k, v in runs.items()}
    cpu = {k: median([r.cpu_s for r in v]) for k, v in runs.items()}
    sec.update(
        copies=copies,
        paragraphs=paragraphs,
        paragraphs_total=len(keys),
        paragraphs_distinct=len(set(keys)),
        reps=reps,
        seconds={k: [r.seconds for r in v] for k, v in runs.items()},
        cpu_s={k: [r.cpu_s for r in v] for k, v in runs.items()},
        ratio=med["batch"] / med["bare"],
        cpu_ratio=cpu["batch"] / cpu["bare"],
        parallel_s=parallel.seconds if parallel else None,
        commands={
            "batch": "python -m factdiff batch wire.txt COPY... --jobs 1 -o out.jsonl",
            "bare": f"python -c <import spacy; load {name}; nlp.pipe over the 101 files>",
        },
    )
    print(
        f"  {len(keys)} body paragraphs, {len(set(keys))} distinct ({len(set(keys)) / len(keys):.0%}): "
        "the cache parses those only"
    )
    print(
        f"  factdiff batch --jobs 1: {med['batch']:.2f} s, bare nlp.pipe of all {copies + 1} documents: "
        f"{med['bare']:.2f} s (whole processes, median of {reps}); CPU-time ratio {sec['cpu_ratio']:.2f}"
    )
    if parallel:
        print(f"  factdiff batch --jobs {cores}: {parallel.seconds:.2f} s")
    res.target(Target(f"batch of {copies} near-verbatim copies / bare parse", sec["ratio"], 0.3, "<=", "x"))


def section_f(res: Results, reps: int, stories: int, copies: int, singletons: int, sample: int,
              jobs: int | None = None) -> None:
    """A day's feed: grouping cost and quality, the whole run's memory and cost."""
    total = stories + copies + singletons
    sec = res.section("f", f"feed of {total:,} articles: grouping vs parsing, purity, the whole run")
    why = _batch_available() or _feed_available()
    if why:
        res.skip("f", why)
        return
    import random as _random

    from factdiff.feed import plan_feed
    from factdiff.nlp import load_pipeline

    fg = _feedgen()
    feed_data = fg.make_feed(stories=stories, copies=copies, singletons=singletons, seed=2026)
    nlp = load_pipeline(None)
    texts = [a["text"] for a in feed_data.articles]
    picked = _random.Random(1).sample(texts, min(sample, len(texts)))
    scale = len(texts) / len(picked)
    words = sum(len(t.split()) for t in texts)
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        path = tmp / "feed.jsonl"
        path.write_text("".join(json.dumps(a) + "\n" for a in feed_data.articles), encoding="utf-8")
        plans: list[Any] = []

        def group() -> tuple[float, float]:
            wall, cpu = cpu_timed(lambda: plans.append(plan_feed([path])))
            return wall, cpu

        def parse() -> tuple[float, float]:
            wall, cpu = cpu_timed(lambda: list(nlp.pipe(picked)))
            return wall * scale, cpu * scale

        first = group()  # includes importing datasketch (and scipy), as one CLI run does
        r_group, r_parse = interleaved(group, parse, reps)
        plan = plans[-1]
        predicted = {a: s.id for s in plan.stories for a in s.members}
        predicted.update({a: a for a in plan.singletons})
        purity, completeness = fg.purity_completeness(predicted, feed_data.truth)
        right = sum(1 for s in plan.stories if s.original == feed_data.originals.get(feed_data.truth[s.original]))
        g_wall, g_cpu = median([w for w, _ in r_group]), median([c for _, c in r_group])
        p_wall, p_cpu = median([w for w, _ in r_parse]), median([c for _, c in r_parse])
        print(f"  {total:,} articles ({words:,} words): {len(plan.stories)} stories found ({stories} made), "
              f"{len(plan.singletons)} in no story ({singletons} made); purity {purity:.2%}, completeness "
              f"{completeness:.2%}; original = the wire story in {right} of {len(plan.stories)}")
        print(f"  grouping (read, shingles, MinHash LSH, pick originals): {g_wall:.2f} s, CPU {g_cpu:.2f} s "
              f"(first run, with the imports: {first[0]:.2f} s); "
              f"{plan.grouping.proposed if plan.grouping else 0} pairs proposed")
        print(f"  spaCy parse of all articles: {p_wall:.1f} s, CPU {p_cpu:.1f} s, extrapolated from {len(picked)} "
              f"(x{scale:.1f}); ratio {g_wall / p_wall:.3f}, CPU-time ratio {g_cpu / p_cpu:.3f}", flush=True)
        out = tmp / "rows.jsonl"
        cores = jobs or os.cpu_count() or 1
        run = run_process(python_cmd("-m", "factdiff", "feed", str(path), "-o", str(out), "--jobs", str(cores)),
                          timeout=7200)
        check_run(run, "factdiff feed", ok=(0,))
        rows = _count_lines(out)
    sec.update(
        articles=total,
        words=words,
        stories_true=stories,
        stories_found=len(plan.stories),
        singletons_found=len(plan.singletons),
        purity=purity,
        completeness=completeness,
        originals_right=right,
        grouping_first_s=first[0],
        grouping_s=[w for w, _ in r_group],
        parse_extrapolated_s=[w for w, _ in r_parse],
        parse_sample=len(picked),
        ratio=g_wall / p_wall,
        cpu_ratio=g_cpu / p_cpu,
        proposed_pairs=plan.grouping.proposed if plan.grouping else None,
        feed_seconds=run.seconds,
        feed_cpu_s=run.cpu_s,
        feed_rows=rows,
        feed_tree_peak_mb=run.tree_peak_kb / 1024,
        feed_largest_process_mb=run.maxrss_kb / 1024,
        feed_cpu_vs_parse=run.cpu_s / p_cpu,
        command=f"python -m factdiff feed feed.jsonl -o rows.jsonl --jobs {cores}",
    )
    print(f"  factdiff feed --jobs {cores}: {run.seconds:.1f} s wall, {run.cpu_s:.1f} s CPU for {rows} rows; "
          f"CPU vs parsing the feed {sec['feed_cpu_vs_parse']:.2f}; peak RSS of the tree "
          f"{sec['feed_tree_peak_mb']:.0f} MB (largest process {sec['feed_largest_process_mb']:.0f} MB)")
    if rows != copies:
        raise RuntimeError(f"factdiff feed wrote {rows} rows for {copies} copies")
    res.target(Target("feed grouping / spaCy parse of the feed", sec["ratio"], 0.1, "<=", "x"))
    res.target(Target("story purity", purity * 100, 99, ">=", " %"))
    res.target(Target("story completeness", completeness * 100, 99, ">=", " %"))
    res.target(Target(f"peak RSS, {total:,}-article feed", run.tree_peak_kb / 1024 / 1024, 1.0, "<=", " GB"))
    res.target(Target("whole feed CPU / spaCy parse CPU (generated feed)", sec["feed_cpu_vs_parse"], 0.5, "<=", "x"))


# ---------------------------------------------------------------- d: scaling (child)
def child_scale(n: int, bare: bool) -> dict[str, Any]:
    """Run in a fresh process: load, then time one comparison of generated n-sentence documents."""
    import factdiff
    from factdiff.nlp import load_pipeline

    o, c = make_pair(n, seed=n)
    rss0 = peak_rss_self_kb()
    t0 = time.perf_counter()
    nlp = load_pipeline(None)
    factdiff.compare("Warm up.", "Warm up now.")
    load = time.perf_counter() - t0
    rss_loaded = peak_rss_self_kb()
    t0 = time.perf_counter()
    report = factdiff.compare(o, c)
    t_compare = time.perf_counter() - t0
    rss_peak = peak_rss_self_kb()
    out: dict[str, Any] = {
        "sentences": n,
        "chars": len(o) + len(c),
        "load_s": load,
        "compare_s": t_compare,
        "findings": len(report.findings),
        "verdict": report.verdict,
        "rss_start_mb": rss0 / 1024,
        "rss_loaded_mb": rss_loaded / 1024,
        "rss_peak_mb": rss_peak / 1024,
    }
    del report
    if bare:
        paras = [p for t in (o, c) for p in re.split(r"\n\s*\n", t) if p.strip()]
        t0 = time.perf_counter()
        for _doc in nlp.pipe(paras, batch_size=64):
            pass
        out["bare_parse_s"] = time.perf_counter() - t0
    return out


def section_d(res: Results, sizes: Sequence[int], timeout: float) -> None:
    sec = res.section(
        "d",
        f"scaling: generated documents of {sizes[0]}..{sizes[-1]} sentences, fresh process each",
    )
    rows: list[dict[str, Any]] = []
    print(
        f"  {'sentences':>9} {'chars':>9} {'compare s':>10} {'bare s':>8} {'ratio':>6} {'peak MB':>8} "
        f"{'loaded MB':>9} findings"
    )
    for n in sizes:
        run = run_process(
            python_cmd(str(Path(__file__).resolve()), "--child-scale", str(n)),
            capture=True,
            timeout=timeout,
        )
        if run.timed_out:
            rows.append({"sentences": n, "timed_out": True, "compare_s": None, "limit_s": timeout})
            print(f"  {n:9d} did not finish in {timeout:.0f} s; larger sizes not run", flush=True)
            break
        check_run(run, f"scale child n={n}", ok=(0,))
        row = json.loads(run.stdout.strip().splitlines()[-1])
        rows.append(row)
        ratio = row["compare_s"] / row["bare_parse_s"] if row.get("bare_parse_s") else float("nan")
        print(
            f"  {n:9d} {row['chars']:9d} {row['compare_s']:10.3f} {row.get('bare_parse_s', 0):8.3f} {ratio:6.2f} "
            f"{row['rss_peak_mb']:8.0f} {row['rss_loaded_mb']:9.0f} {row['findings']}",
            flush=True,
        )
    sec["rows"] = rows
    by_n = {r["sentences"]: r for r in rows}
    small, big = (500, 5000) if 500 in sizes and 5000 in sizes else (sizes[-2], sizes[-1])
    limit = 12.0 if (small, big) == (500, 5000) else 1.2 * big / small
    if small in by_n and by_n[small].get("compare_s"):
        done = by_n.get(big, {})
        # a size that timed out: its time is at least the time limit, so the growth at least that
        t_big = done.get("compare_s") or timeout
        growth = t_big / by_n[small]["compare_s"]
        sec.update(
            time_growth=growth,
            time_growth_is_lower_bound=not done.get("compare_s"),
            growth_sizes=[small, big],
        )
        if done.get("bare_parse_s"):
            sec["bare_parse_growth"] = done["bare_parse_s"] / by_n[small]["bare_parse_s"]
            print(
                f"  {small}->{big} sentences: compare x{growth:.1f}, bare spaCy parse "
                f"x{sec['bare_parse_growth']:.1f} (size x{big / small:g})"
            )
        res.target(
            Target(f"compare time growth {small}->{big} sentences", growth, limit, "<=", "x")
        )
    else:
        res.target(Target(f"compare time growth {small}->{big} sentences", None, limit, "<=", "x"))
    peak = by_n.get(big, {}).get("rss_peak_mb")
    res.target(
        Target(f"peak RSS at {big} sentences", peak / 1024 if peak else None, 1.0, "<=", " GB")
    )


# ---------------------------------------------------------------- s: stages
# (label, module, attribute, parent label); inclusive times, nested under the parent
PROBES: tuple[tuple[str, str, str, str], ...] = (
    ("ingest.segment", "factdiff.facts.extract", "segment", ""),
    ("spaCy nlp.pipe", "", "", ""),  # wrapped on the pipeline object
    ("extract.build_document", "factdiff.facts.extract", "build_document", ""),
    ("extract._sentence", "factdiff.facts.extract", "_sentence", "extract.build_document"),
    (
        "extract._chunk_map (noun chunks)",
        "factdiff.facts.extract",
        "_chunk_map",
        "extract._sentence",
    ),
    ("numbers.parse_quantities", "factdiff.facts.extract", "parse_quantities", "extract._sentence"),
    ("numbers.parse_dates", "factdiff.facts.extract", "parse_dates", "extract._sentence"),
    ("extract._mentions", "factdiff.facts.extract", "_mentions", "extract._sentence"),
    ("extract._attributions", "factdiff.facts.extract", "_attributions", "extract._sentence"),
    (
        "extract._attach_quotes",
        "factdiff.facts.extract",
        "_attach_quotes",
        "extract.build_document",
    ),
    (
        "coref.resolve_mentions",
        "factdiff.facts.extract",
        "resolve_mentions",
        "extract.build_document",
    ),
    ("align", "factdiff.api", "align", ""),
    ("align.candidates", "factdiff.align", "Aligner.candidates", "align"),
    ("align._join_neighbours", "factdiff.align", "Aligner._join_neighbours", "align"),
    ("align._fill_gaps", "factdiff.align", "Aligner._fill_gaps", "align"),
    ("align._finish", "factdiff.align", "Aligner._finish", "align"),
    ("checks.run_checks", "factdiff.checks", "run_checks", ""),
    (
        "entity_matching.match_entities",
        "factdiff.checks.entity_matching",
        "match_entities",
        "checks.run_checks",
    ),
    (
        "entity_matching.equivalent",
        "factdiff.checks.entity_matching",
        "equivalent",
        "entity_matching.match_entities",
    ),
    (
        "entity_matching.present_in_text",
        "factdiff.checks.entity_matching",
        "present_in_text",
        "entity_matching.match_entities",
    ),
    (
        "entity_matching.spelling_similarity",
        "factdiff.checks.entity_matching",
        "spelling_similarity",
        "entity_matching.match_entities",
    ),
    (
        "entity_matching.name_runs",
        "factdiff.checks.entity_matching",
        "name_runs",
        "entity_matching.match_entities",
    ),
    (
        "entity_matching._variant_of",
        "factdiff.checks.entity_matching",
        "_variant_of",
        "entity_matching.match_entities",
    ),
    (
        "entity_matching._pair_replacements",
        "factdiff.checks.entity_matching",
        "_pair_replacements",
        "entity_matching.match_entities",
    ),
    (
        "check:*",
        "",
        "",
        "checks.run_checks",
    ),  # every registered check, wrapped through the registry
    (
        "lexicon.relation (wording)",
        "factdiff.checks.wording",
        "relation",
        "check:factdiff.wording.v1",
    ),
    (
        "lexicon.relation (negation)",
        "factdiff.checks.negation",
        "relation",
        "check:factdiff.negation.v1",
    ),
    (
        "lexicon.are_antonyms (negation)",
        "factdiff.checks.negation",
        "are_antonyms",
        "check:factdiff.negation.v1",
    ),
    (
        "replacements (wording)",
        "factdiff.checks.wording",
        "pair_replacements",
        "check:factdiff.wording.v1",
    ),
    (
        "numbers.compare_quantities",
        "factdiff.checks.numbers",
        "compare_quantities",
        "check:factdiff.numbers.v1",
    ),
    (
        "numbers._found_elsewhere",
        "factdiff.checks.numbers",
        "_found_elsewhere",
        "check:factdiff.numbers.v1",
    ),
    (
        "structure._orphan_facts",
        "factdiff.checks.structure",
        "_orphan_facts",
        "check:factdiff.structure.v1",
    ),
    ("checks.dedupe", "factdiff.checks", "dedupe", "checks.run_checks"),
    ("api._report (report model)", "factdiff.api", "_report", ""),
)


class Probe:
    """Inclusive wall time and call count of one function (re-entrant calls counted once)."""

    def __init__(self, label: str) -> None:
        self.label, self.seconds, self.calls, self.depth = label, 0.0, 0, 0

    def wrap(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        probe = self

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            probe.calls += 1
            probe.depth += 1
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                probe.depth -= 1
                if probe.depth == 0:
                    probe.seconds += time.perf_counter() - t0

        wrapper.__wrapped__ = fn  # type: ignore[attr-defined]
        return wrapper

    def wrap_iter(self, fn: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
        probe = self

        def wrapper(*args: Any, **kwargs: Any) -> Iterator[Any]:
            probe.calls += 1
            it = iter(fn(*args, **kwargs))
            while True:
                t0 = time.perf_counter()
                try:
                    item = next(it)
                except StopIteration:
                    probe.seconds += time.perf_counter() - t0
                    return
                probe.seconds += time.perf_counter() - t0
                yield item

        return wrapper


class _RegistryProxy:
    """Stands in for the check registry so each check is timed as it runs."""

    def __init__(self, registry: Any, probes: dict[str, Probe], order: list[str]) -> None:
        self._registry, self._probes, self._order = registry, probes, order

    def get(self, name: str) -> Any:
        fn = self._registry.get(name)
        label = f"check:{name}"
        if label not in self._probes:
            self._probes[label] = Probe(label)
            self._order.append(label)
        return self._probes[label].wrap(fn)

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._registry, attr)


class Instrumented:
    """Context manager: wrap the pipeline's stages with probes, restore on exit."""

    def __init__(self) -> None:
        self.probes: dict[str, Probe] = {}
        self.order: list[str] = []
        self.parents: dict[str, str] = {}
        self.missing: list[str] = []
        self._undo: list[Callable[[], None]] = []

    def __enter__(self) -> Instrumented:
        import importlib

        from factdiff.nlp import load_pipeline

        for label, module, attr, parent in PROBES:
            self.parents[label] = parent
            if label == "check:*":
                checks = importlib.import_module("factdiff.checks")
                original = checks.registry
                checks.registry = _RegistryProxy(original, self.probes, self.order)
                self._undo.append(lambda m=checks, o=original: setattr(m, "registry", o))
                continue
            probe = self.probes[label] = Probe(label)
            self.order.append(label)
            if not module:  # the spaCy pipeline's pipe method
                nlp = load_pipeline(None)
                nlp.pipe = probe.wrap_iter(type(nlp).pipe.__get__(nlp))  # type: ignore[method-assign]
                self._undo.append(lambda n=nlp: n.__dict__.pop("pipe", None))
                continue
            try:
                owner: Any = importlib.import_module(module)
                *path, name = attr.split(".")
                for part in path:
                    owner = getattr(owner, part)
                fn = owner.__dict__[name] if isinstance(owner, type) else getattr(owner, name)
            except (ImportError, AttributeError, KeyError):
                self.missing.append(f"{module}.{attr}")
                continue
            setattr(owner, name, probe.wrap(fn))
            self._undo.append(lambda o=owner, n=name, f=fn: setattr(o, n, f))
        return self

    def __exit__(self, *exc: object) -> None:
        for undo in reversed(self._undo):
            undo()

    def reset(self) -> None:
        for p in self.probes.values():
            p.seconds, p.calls = 0.0, 0

    def rows(self, total: float, runs: int) -> list[dict[str, Any]]:
        """Probes as a tree, in pipeline order, with share of the total."""

        def parent_of(label: str) -> str:
            if label.startswith("check:"):
                return self.parents.get(label, "checks.run_checks")
            return self.parents.get(label, "")

        def depth(label: str) -> int:
            d, p = 0, parent_of(label)
            while p:
                d, p = d + 1, parent_of(p)
            return d

        out: list[dict[str, Any]] = []

        def emit(parent: str) -> None:
            for label in self.order:
                if parent_of(label) == parent and label in self.probes and self.probes[label].calls:
                    p = self.probes[label]
                    out.append(
                        {
                            "stage": label,
                            "depth": depth(label),
                            "seconds": p.seconds / runs,
                            "calls": p.calls // runs,
                            "share": p.seconds / total if total else 0.0,
                        }
                    )
                    emit(label)

        emit("")
        return out


def stage_profile(o: str, c: str, reps: int, unprobed: bool = True) -> dict[str, Any]:
    """Time a comparison with every stage probed.

    Probes cost about half a microsecond per call, which shows on functions called
    millions of times; ``unprobed`` also times one plain run for reference.
    """
    import factdiff

    factdiff.compare(*make_pair(6, seed=1))  # warm-up: pipeline, lexicon, lazy imports
    plain = None
    if unprobed:
        factdiff.compare(o, c)  # caches (lexicon lookups) as warm as in a long-running process
        plain = median([timed(lambda: factdiff.compare(o, c)) for _ in range(reps)])
    with Instrumented() as inst:
        t0 = time.perf_counter()
        for _ in range(reps):
            factdiff.compare(o, c)
        total = time.perf_counter() - t0
        rows = inst.rows(total, reps)
    return {"total_s": total / reps, "unprobed_s": plain, "rows": rows, "unprobed": inst.missing}


def child_cold_stages() -> dict[str, Any]:
    """In a fresh process: what the CLI's one comparison spends, from imports to rendered JSON."""
    steps: dict[str, float] = {}
    t0 = time.perf_counter()
    import factdiff.cli  # noqa: F401  typer, the CLI module

    steps["import factdiff.cli (typer)"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    import factdiff.api  # noqa: F401
    import factdiff.checks  # noqa: F401

    steps["import factdiff.api + checks"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    import spacy  # noqa: F401

    steps["import spacy"] = time.perf_counter() - t0
    from factdiff.nlp import load_pipeline

    t0 = time.perf_counter()
    load_pipeline(None)
    steps["load the pipeline (spacy.load)"] = time.perf_counter() - t0
    from factdiff.api import compare_files
    from factdiff.report.render import render

    with Instrumented() as inst:
        t0 = time.perf_counter()
        report = compare_files(ORIGINAL, COPY)
        total = time.perf_counter() - t0
        rows = inst.rows(total, 1)
    steps["first comparison (cold caches)"] = total
    t0 = time.perf_counter()
    render(report, "json")
    steps["render json"] = time.perf_counter() - t0
    return {"steps": steps, "rows": rows, "total_s": total, "unprobed": inst.missing}


def print_stages(title: str, prof: dict[str, Any]) -> None:
    plain = f", {prof['unprobed_s'] * 1000:.1f} ms unprobed" if prof.get("unprobed_s") else ""
    print(f"  {title}: {prof['total_s'] * 1000:.1f} ms per comparison probed{plain}")
    for r in prof["rows"]:
        print(
            f"    {'  ' * r['depth']}{r['stage']:<{44 - 2 * r['depth']}} {r['seconds'] * 1000:9.1f} ms "
            f"{r['share'] * 100:5.1f}%  {r['calls']:>7} calls"
        )
    if prof["unprobed"]:
        print(f"    (not found, not probed: {', '.join(prof['unprobed'])})")


def section_s(res: Results, reps: int, sizes: Sequence[int], timeout: float) -> None:
    sec = res.section("s", "where the time goes (inclusive time per stage; children indented)")
    o, c = ORIGINAL.read_text(encoding="utf-8"), COPY.read_text(encoding="utf-8")
    prof = stage_profile(o, c, reps)
    sec["bundled"] = prof
    print_stages("bundled pair (data/original.txt vs data/copy.txt)", prof)
    sec["generated"] = {}
    for n in sizes:
        run = run_process(
            python_cmd(str(Path(__file__).resolve()), "--child-stages", str(n)),
            capture=True,
            timeout=timeout,
        )
        if run.timed_out:
            print(f"  generated, {n} sentences: did not finish in {timeout:.0f} s")
            sec["generated"][str(n)] = {"timed_out": True}
            break
        check_run(run, f"stage child n={n}", ok=(0,))
        prof = json.loads(run.stdout.strip().splitlines()[-1])
        sec["generated"][str(n)] = prof
        print_stages(f"generated, {n} sentences", prof)
    if len(sizes) >= 2 and all(
        "rows" in sec["generated"].get(str(n), {}) for n in (sizes[0], sizes[-1])
    ):
        a, b = (sec["generated"][str(n)] for n in (sizes[0], sizes[-1]))
        first = {r["stage"]: r["seconds"] for r in a["rows"]}
        factor = sizes[-1] / sizes[0]
        growth = []
        for r in b["rows"]:
            if first.get(r["stage"]) and r["seconds"] > 0.01 * b["total_s"]:
                growth.append((r["stage"], r["seconds"] / first[r["stage"]], r["seconds"]))
        sec["growth"] = [{"stage": s, "growth": g, "seconds_at_largest": t} for s, g, t in growth]
        print(
            f"  growth {sizes[0]}->{sizes[-1]} sentences (size x{factor:g}); stages over 1% of the total:"
        )
        for s, g, t in sorted(growth, key=lambda x: -x[1]):
            flag = "  <-- super-linear" if g > 1.5 * factor else ""
            print(f"    x{g:7.1f}  {s:<44} {t:8.2f} s{flag}")


# =========================================================== main
def machine() -> dict[str, Any]:
    info: dict[str, Any] = {
        "date": _dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "nproc": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "loadavg_1min": os.getloadavg()[0],
        "command": shlex.join(["python", "benchmarks/performance.py", *sys.argv[1:]]),
    }
    try:
        import spacy

        info["spacy"] = spacy.__version__
        from factdiff.nlp import pipeline_name

        info["pipeline"] = pipeline_name(None)
    except ImportError:
        info["spacy"] = None
    try:
        import factdiff

        info["factdiff"] = factdiff.__version__
    except ImportError:
        pass
    return info


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--quick", action="store_true", help="tiny sizes, one repetition (a smoke test)"
    )
    ap.add_argument(
        "--only",
        default=",".join(SECTIONS),
        help=f"sections to run, comma-separated, from {','.join(SECTIONS)}",
    )
    ap.add_argument(
        "--reps", type=int, default=None, help="repetitions per measurement (default 7; quick 1)"
    )
    ap.add_argument(
        "--timeout",
        type=float,
        default=1800.0,
        help="seconds one generated-document process may take (sections d, s; default 1800)",
    )
    ap.add_argument("--json", type=Path, default=None, help="also write the results as JSON here")
    ap.add_argument("--child-scale", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--child-stages", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--child-cold", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child_scale is not None:
        print(json.dumps(child_scale(args.child_scale, bare=True)))
        return 0
    if args.child_cold:
        print(json.dumps(child_cold_stages()))
        return 0
    if args.child_stages is not None:
        o, c = make_pair(args.child_stages, seed=args.child_stages)
        print(json.dumps(stage_profile(o, c, 1, unprobed=False)))
        return 0
    only = [s for s in re.split(r"[,\s]+", args.only) if s]
    bad = [s for s in only if len(s) != 1 or s not in SECTIONS]
    if bad:
        ap.error(f"unknown section(s) {', '.join(bad)}; choose from {','.join(SECTIONS)}")
    reps = args.reps or (1 if args.quick else 7)
    res = Results()
    meta = machine()
    print(f"factdiff performance benchmark  {meta['date']}")
    print(
        f"machine: nproc={meta['nproc']} python={meta['python']} spacy={meta.get('spacy')} "
        f"pipeline={meta.get('pipeline')} ({meta['platform']})"
    )
    print(f"command: {meta['command']}")
    if meta["loadavg_1min"] > 0.5 * (meta["nproc"] or 1):
        print(
            f"WARNING: the machine is busy (load average {meta['loadavg_1min']:.1f} on {meta['nproc']} cores): "
            "wall-clock results, the batch speed-up above all, are unreliable; see the CPU-time ratios."
        )
    if "s" in only:
        section_s(
            res,
            2 if args.quick else 5,
            QUICK_STAGE_SIZES if args.quick else STAGE_SIZES,
            args.timeout,
        )
    if "a" in only:
        section_a(res, reps * 3 if not args.quick else 1)
    if "b" in only:
        section_b(res, reps)
    if "c" in only:
        section_c(res, 1 if args.quick else max(3, reps // 2), *((2, 4) if args.quick else (20, 100)))
    if "d" in only:
        section_d(res, QUICK_SCALE_SIZES if args.quick else SCALE_SIZES, args.timeout)
    if "e" in only:
        section_e(res, 10 if args.quick else 1000)
    if "g" in only:
        section_g(res, 1 if args.quick else max(2, reps // 2), *((4, 6) if args.quick else (100, 30)),
                  parallel_too=not args.quick)
    if "f" in only:
        section_f(res, 1 if args.quick else max(2, reps // 3),
                  *((5, 10, 5, 10) if args.quick else (500, 3500, 1000, 250)), jobs=1 if args.quick else None)
    if "x" in only:
        section_x(res, 1 if args.quick else reps * 3)
    if "h" in only:
        section_h(res, 2 if args.quick else reps * 2, 4 if args.quick else 24, 1 if args.quick else 3)
    print("\n== summary")
    for t in res.targets:
        print(t.line())
    if args.json:
        payload = {
            "meta": meta,
            "quick": args.quick,
            "sections": res.sections,
            "targets": [t.to_dict() for t in res.targets],
        }
        args.json.write_text(json.dumps(payload, indent=2, default=str) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
