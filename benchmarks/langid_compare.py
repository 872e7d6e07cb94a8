"""Compare two language identifiers that ship their models in their wheels, on news text.

py3langid (langid.py's maintained fork) against lingua-language-detector (high- and
low-accuracy modes), on the cross-language dev set (../shared/datasets/xlang.dev.jsonl, read by
path): each foreign text as a LONG sample (the paragraph or document) and its first sentence
as a SHORT one, plus the English sides. Prints accuracy (ISO 639-1 code exact; "ms" counted as
"id" for both, as factdiff.lang.detect does) and milliseconds per text, and the load time.

    nice -n 10 .venv/bin/python benchmarks/langid_compare.py --per-lang 60
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "datasets" / "xlang.dev.jsonl"
ISO = {"deu": "de", "fra": "fr", "ind": "id", "ita": "it", "nld": "nl", "por": "pt", "rus": "ru",
       "spa": "es", "ukr": "uk", "arb": "ar", "zho-CN": "zh", "german": "de", "french": "fr",
       "japanese": "ja", "russian": "ru", "hindi": "hi", "eng": "en"}
_FIRST_SENTENCE = re.compile(r"(.{25,}?[.!?。！？])(?:\s|$)", re.S)


def samples(path: Path, per_lang: int) -> dict[str, list[tuple[str, str]]]:
    """{"long"|"short": [(code, text)]}, at most ``per_lang`` distinct texts per language and length."""
    seen: set[str] = set()
    out: dict[str, list[tuple[str, str]]] = {"headline": [], "short": [], "long": []}
    count: dict[tuple[str, str], int] = defaultdict(int)
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            code = ISO.get(row["lang"], row["lang"])
            foreign_first = row["set"] == "xlang-demetr" or row["group"].split(">")[0] != "en"
            pairs = [(code, row["original"]), ("en", row["copy"])] if foreign_first else \
                [("en", row["original"]), (code, row["copy"])]
            for lang, text in pairs:
                text = text.strip()
                if text in seen:
                    continue
                seen.add(text)
                para = text.split("\n\n")
                body = max(para, key=len)
                m = _FIRST_SENTENCE.match(body.strip())
                short = m.group(1) if m else body[:200]
                if len(body) >= 200 and count[(lang, "long")] < per_lang:
                    out["long"].append((lang, body))
                    count[(lang, "long")] += 1
                head = text.split("\n", 1)[0].strip()
                if "\n" in text and 15 <= len(head) <= 90 and count[(lang, "headline")] < per_lang:
                    out["headline"].append((lang, head))
                    count[(lang, "headline")] += 1
                if count[(lang, "short")] < per_lang and len(short) >= 25:
                    out["short"].append((lang, short))
                    count[(lang, "short")] += 1
    return out


def make_py3langid():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return lambda text: ident.classify(text)[0]


def make_lingua(low: bool):  # type: ignore[no-untyped-def]
    from lingua import LanguageDetectorBuilder

    builder = LanguageDetectorBuilder.from_all_languages()
    if low:
        builder = builder.with_low_accuracy_mode()
    det = builder.build()

    def detect(text: str) -> str:
        lang = det.detect_language_of(text)
        return lang.iso_code_639_1.name.lower() if lang else "und"

    return detect


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--per-lang", type=int, default=60, help="texts per language and length")
    ap.add_argument("--only", help="run this detector only (each runs in its own process, for a fair load time)")
    args = ap.parse_args()
    data = samples(args.data, args.per_lang)
    detectors = {"py3langid": lambda: make_py3langid(),
                 "lingua (high accuracy)": lambda: make_lingua(False),
                 "lingua (low accuracy)": lambda: make_lingua(True)}
    langs = sorted({c for rows in data.values() for c, _ in rows})
    if not args.only:
        print(f"texts: headline {len(data['headline'])}, short (one sentence) {len(data['short'])}, "
              f"long (paragraph) {len(data['long'])}; languages: {', '.join(langs)}")
        for name in detectors:
            subprocess.run([sys.executable, __file__, "--data", str(args.data), "--per-lang",
                            str(args.per_lang), "--only", name], check=True)
        return
    for name, factory in detectors.items():
        if name != args.only:
            continue
        t0 = time.perf_counter()
        fn = factory()
        fn("warm up: this loads the model")
        load = time.perf_counter() - t0
        line = [f"{name:24s} load {load * 1000:7.0f} ms"]
        wrong_by_lang: dict[str, int] = defaultdict(int)
        for kind in ("headline", "short", "long"):
            rows = data[kind]
            ok = 0
            t0 = time.perf_counter()
            for code, text in rows:
                got = fn(text)
                got = "id" if got == "ms" else got
                if got == code:
                    ok += 1
                else:
                    wrong_by_lang[f"{kind}:{code}"] += 1
            dt = time.perf_counter() - t0
            line.append(f"{kind} {ok / len(rows):6.1%} {dt / len(rows) * 1000:6.2f} ms/text")
        print(" | ".join(line))
        worst = sorted(wrong_by_lang.items(), key=lambda kv: -kv[1])[:8]
        print("    errors:", ", ".join(f"{k} {v}" for k, v in worst) or "none")


if __name__ == "__main__":
    main()
