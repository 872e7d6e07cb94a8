"""Which main-content extractor reads article pages best, once mapped back onto the page.

For each test page under tests/data/pages/ (pages written for this, following real news
sites' markup: menus, language menus, share and subscribe widgets, galleries, related
lists, comments, entities inside words, inline tags) its plain twin (NAME.txt) holds the
article an editor would read. Each method picks the page's blocks (ingest/markup.py:
the extractor's text decides which of the page's OWN blocks are kept), then the
paragraphs factdiff would compare are checked against the twin's paragraphs:

  recalled   article paragraphs found exactly (match key: case, quotes, spaces folded)
  leaked     paragraphs kept that are not article text (page furniture)
  exact      pages whose paragraphs equal the twin's
  ms/page    median time to mask one page (extractor imported beforehand)
  import ms  cold import of the extractor, in a fresh process (median of 3)

Usage: python benchmarks/html_extractors.py [--reps N]. readability-lxml is measured when
installed (pip install readability-lxml); it is not a dependency.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PAGES = ROOT / "tests" / "data" / "pages"
METHODS = {"heuristic": None, "trafilatura": "trafilatura", "readability": "readability"}


def paragraphs(src) -> list[str]:
    from factdiff.ingest import match_key, segment

    out: dict[int, list[str]] = {}
    for seg in segment(src):
        out.setdefault(seg.paragraph, []).append(src.text[seg.start:seg.end])
    return [match_key(" ".join(v).replace("\u200b", "")) for v in out.values()]


def gold(path: Path) -> list[str]:
    from factdiff.ingest import match_key

    return [match_key(p) for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]


def import_ms(module: str | None) -> float | None:
    if module is None:
        return 0.0
    times = []
    for _ in range(3):
        code = f"import time; t=time.perf_counter(); import {module}; print((time.perf_counter()-t)*1000)"
        run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        if run.returncode != 0:
            return None
        times.append(float(run.stdout))
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=5)
    args = ap.parse_args()
    from factdiff.ingest import source_from_text
    from factdiff.ingest.markup import mask_html

    pages = sorted(PAGES.glob("*.html"))
    print(f"{len(pages)} pages: {', '.join(p.stem for p in pages)}")
    print(f"{'method':12} {'recalled':>10} {'leaked':>7} {'exact':>6} {'ms/page':>8} {'import ms':>10}")
    for method, module in METHODS.items():
        imp = import_ms(module)
        if imp is None:
            print(f"{method:12} not installed")
            continue
        rec = total = leaked = exact = 0
        times = []
        for page in pages:
            raw = page.read_text(encoding="utf-8")
            mask_html(raw, "article", method)  # warm: imports, caches
            t = []
            for _ in range(args.reps):
                t0 = time.perf_counter()
                masked = mask_html(raw, "article", method)
                t.append(time.perf_counter() - t0)
            times.append(statistics.median(t) * 1000)
            src = replace(source_from_text(raw, page.name), text=masked.text)
            got, want = paragraphs(src), gold(page.with_suffix(".txt"))
            rec += sum(1 for w in want if w in got)
            total += len(want)
            leaked += sum(1 for g in got if g not in want)
            exact += got == want
        print(f"{method:12} {rec:>4}/{total:<5} {leaked:>7} {exact:>3}/{len(pages):<2} "
              f"{statistics.median(times):>8.1f} {imp:>10.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
