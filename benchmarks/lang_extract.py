"""How well the language profiles extract facts that survive translation, and how fast.

On the cross-language dev set (../shared/datasets/xlang.dev.jsonl, NTREX rows, read by path):

* quiet pairs (an unchanged professional translation): for each language, the share of the
  foreign side's numbers whose value the English side also has (and the reverse), the same for
  month dates (by month) and names (name_similarity >= 0.85): how often the two extractions agree;
* planted changes (number, scale word, name, month): the share where a fact of the right kind
  covers the planted span ("located"), and where its key is absent from the other side ("differs":
  what a cross-language check needs to flag it);
* speed: facts per second and ms per text over every text extracted.

    nice -n 10 .venv/bin/python benchmarks/lang_extract.py [--limit N]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path

from factdiff.lang import fact_name_similarity, get_profile, is_latin

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "datasets" / "xlang.dev.jsonl"
ISO = {"deu": "de", "fra": "fr", "ind": "id", "ita": "it", "nld": "nl", "por": "pt", "rus": "ru",
       "spa": "es", "ukr": "uk", "arb": "ar", "zho-CN": "zh"}
KIND = {"number": "number", "scale": "number", "name": "name", "month": "date"}


def _agree(mine: list, theirs: list, kind: str) -> tuple[int, int]:
    """(how many of ``mine`` have a counterpart in ``theirs``, how many there are)."""
    if kind == "name":
        hits = sum(1 for f in mine if any(fact_name_similarity(f, g) >= 0.85 for g in theirs))
    elif kind == "date":
        months = {f.month for f in theirs if f.month}
        mine = [f for f in mine if f.month]
        hits = sum(1 for f in mine if f.month in months)
    else:
        values = {f.value for f in theirs}
        hits = sum(1 for f in mine if f.value in values)
    return hits, len(mine)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=0, help="rows per language and group (0: all)")
    ap.add_argument("--show-misses", help="print the planted changes of this kind not located")
    args = ap.parse_args()
    rows = [json.loads(line) for line in args.data.open(encoding="utf-8")]
    rows = [r for r in rows if r["set"] == "xlang-ntrex"]
    seen: dict[tuple[str, str], int] = defaultdict(int)
    agree: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    planted: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    n_facts = n_texts = 0
    n_chars = 0
    elapsed = 0.0
    en = get_profile("en")
    for r in rows:
        code = ISO.get(r["lang"], r["lang"])
        group = r["group"]
        if args.limit and seen[(code, group)] >= args.limit:
            continue
        seen[(code, group)] += 1
        direction, kind = group.split(":")
        orig_p, copy_p = (en, get_profile(code)) if direction == "en>xx" else (get_profile(code), en)
        t0 = time.perf_counter()
        of, cf = orig_p.facts(r["original"]), copy_p.facts(r["copy"])
        elapsed += time.perf_counter() - t0
        n_facts += len(of) + len(cf)
        n_texts += 2
        n_chars += len(r["original"]) + len(r["copy"])
        for f in (*of, *cf):
            assert (r["original"] if f in of else r["copy"])[f.start:f.end] == f.text
        if kind == "quiet":
            foreign, english = (cf, of) if direction == "en>xx" else (of, cf)
            for k in ("number", "date", "name"):
                fo = [f for f in foreign if f.kind == k]
                ee = [f for f in english if f.kind == k]
                h, n = _agree(fo, ee, k)
                agree[(code, k, "foreign->en")][0] += h
                agree[(code, k, "foreign->en")][1] += n
                h, n = _agree(ee, fo, k)
                agree[(code, k, "en->foreign")][0] += h
                agree[(code, k, "en->foreign")][1] += n
        elif kind in KIND and r["plant"]:
            p = r["plant"]
            want = KIND[kind]
            side = f"{'foreign' if (direction == 'en>xx') else 'en'}"
            kinds = {"number", "date"} if want == "number" else {want}  # a changed year is a date
            cover = [f for f in cf if f.kind in kinds and f.start < p["end"] and p["start"] < f.end]
            stat = planted[(f"{code}:{side}", kind)]
            stat[0] += 1
            if not cover and args.show_misses == kind:
                text = r["copy"]
                print(f"MISS {code} {direction}: {text[max(0, p['start'] - 50):p['start']]!r} "
                      f"[{text[p['start']:p['end']]!r}] {text[p['end']:p['end'] + 30]!r}")
            if cover:
                stat[1] += 1
                f = cover[0]
                other = [g for g in of if g.kind in kinds]
                if f.kind == "number":
                    differs = f.value not in {g.value for g in other}
                elif want == "number":
                    differs = f.year not in {g.year for g in other}
                elif want == "date":
                    differs = f.month not in {g.month for g in other}
                else:
                    # same script: another spelling; across scripts: below a faithful transliteration
                    differs = all(fact_name_similarity(f, g) < (0.9 if is_latin(f.text) != is_latin(g.text)
                                                                else 0.999) for g in other)
                stat[2] += differs
    print("## agreement on unchanged translations (share of facts with a counterpart on the other side)")
    print(f"{'lang':5s} {'kind':7s} {'foreign->en':>16s} {'en->foreign':>16s}")
    for code in sorted({c for c, _, _ in agree}):
        for k in ("number", "date", "name"):
            a = agree[(code, k, "foreign->en")]
            b = agree[(code, k, "en->foreign")]
            fa = f"{a[0] / a[1]:.0%} of {a[1]}" if a[1] else "-"
            fb = f"{b[0] / b[1]:.0%} of {b[1]}" if b[1] else "-"
            print(f"{code:5s} {k:7s} {fa:>16s} {fb:>16s}")
    print("\n## planted changes: covered by a fact of the right kind / its key absent from the other side")
    print(f"{'lang:changed side':20s} {'kind':7s} {'n':>5s} {'located':>8s} {'differs':>8s}")
    for (cs, kind), (n, loc, dif) in sorted(planted.items()):
        print(f"{cs:20s} {kind:7s} {n:5d} {loc / n:8.0%} {dif / n:8.0%}")
    tot = [sum(v[i] for v in planted.values()) for i in range(3)]
    if tot[0]:
        print(f"{'all':20s} {'':7s} {tot[0]:5d} {tot[1] / tot[0]:8.0%} {tot[2] / tot[0]:8.0%}")
    print("\n## speed on one long text per language (the unchanged foreign sides joined; warm profile)")
    from factdiff.lang import base

    for code in sorted({c for c, _, _ in agree}):
        texts = [r["copy"] if r["group"].startswith("en>") else r["original"] for r in rows
                 if ISO.get(r["lang"], r["lang"]) == code and r["group"].endswith(":quiet")]
        long_text = "\n\n".join(dict.fromkeys(texts))[:100_000]
        prof = get_profile(code)
        base._sentences.cache_clear()
        base._doc_stats.cache_clear()
        base._sentence_starts.cache_clear()
        t0 = time.perf_counter()
        facts = prof.facts(long_text)
        dt = time.perf_counter() - t0
        t0 = time.perf_counter()
        prof.sentences(long_text + " ")
        ds = time.perf_counter() - t0
        print(f"{code:5s} {len(long_text):7d} chars {len(facts):5d} facts in {dt * 1000:6.0f} ms: "
              f"{len(facts) / dt:7.0f} facts/s, {len(long_text) / dt / 1000:6.0f} k chars/s "
              f"(sentence split alone {ds * 1000:.0f} ms)")
    print(f"\n## speed: {n_texts} texts, {n_chars / n_texts:.0f} chars each, {n_facts} facts in "
          f"{elapsed:.2f} s: {n_facts / elapsed:.0f} facts/s, {elapsed / n_texts * 1000:.1f} ms/text "
          f"(first calls include loading each profile)")


if __name__ == "__main__":
    main()
