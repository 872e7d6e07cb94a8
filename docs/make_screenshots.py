"""Render a report to HTML and save a PNG screenshot of it with headless Chromium.

Usage::

    python docs/make_screenshots.py                 # bundled example (or the test sample)
    python docs/make_screenshots.py report.json     # a saved `factdiff --format json` report
    python docs/make_screenshots.py --out docs/report-html.png --html /tmp/report.html

Needs the Debian packages ``chromium`` and ``chromium-driver`` and ``pip install
selenium``. Selenium is pointed at /usr/bin/chromedriver explicitly, so Selenium
Manager never downloads a browser or driver.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def sample():
    """The hand-made sample report of the renderer tests."""
    sys.path.insert(0, str(ROOT / "tests"))
    from report_samples import sample_report

    return sample_report(copy_name="copy.txt")


def load_report(json_path: str | None, use_sample: bool = False):
    """The report to show: a JSON file, else the bundled example, else the test sample."""
    from factdiff.report.model import Report

    if json_path:
        return Report.from_json(Path(json_path).read_text(encoding="utf-8"))
    if use_sample:
        return sample()
    try:
        import factdiff

        original = (ROOT / "data" / "original.txt").read_text(encoding="utf-8")
        copy = (ROOT / "data" / "copy.txt").read_text(encoding="utf-8")
        report = factdiff.compare(original, copy)
        print("rendering the bundled example (data/original.txt vs data/copy.txt)")
        return report
    except Exception as exc:  # the pipeline may not exist yet: fall back to the hand-made sample
        print(f"factdiff.compare unavailable ({type(exc).__name__}: {exc}); using the test sample")
        return sample()


def screenshot(html_path: Path, png_path: Path, width: int, height: int) -> None:
    """Open ``html_path`` in headless Chromium and save the viewport as ``png_path``."""
    os.environ.setdefault("SE_OFFLINE", "true")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    with tempfile.TemporaryDirectory(prefix="factdiff-chrome-") as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for arg in (
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            f"--window-size={width},{height}",
            f"--user-data-dir={profile}",
        ):
            options.add_argument(arg)
        driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        try:
            driver.set_window_size(width, height)
            driver.get(html_path.resolve().as_uri())
            driver.save_screenshot(str(png_path))
        finally:
            driver.quit()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("json", nargs="?", help="a JSON report (default: run the bundled example)")
    parser.add_argument("--out", default=str(HERE / "report-html.png"), help="PNG to write")
    parser.add_argument("--html", help="also keep the rendered HTML at this path")
    parser.add_argument("--sample", action="store_true", help="render the test sample report")
    parser.add_argument("--width", type=int, default=1440)
    parser.add_argument("--height", type=int, default=900)
    args = parser.parse_args(argv)

    from factdiff.report.html import render_html
    from factdiff.report.write import write_output

    report = load_report(args.json, args.sample)
    with tempfile.TemporaryDirectory(prefix="factdiff-shot-") as tmp:
        html_path = Path(args.html) if args.html else Path(tmp) / "report.html"
        write_output(html_path, render_html(report))
        screenshot(html_path, Path(args.out), args.width, args.height)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
