"""Render a report to HTML and save a PNG screenshot of it with headless Chromium.

Usage::

    python docs/make_screenshots.py                 # bundled example (or the test sample)
    python docs/make_screenshots.py report.json     # a saved `factdiff --format json` report
    python docs/make_screenshots.py --out docs/report-html.png --html /tmp/report.html
    python docs/make_screenshots.py --serve         # the `factdiff serve` page: docs/serve.png, docs/serve-batch.png

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
    with tempfile.TemporaryDirectory(prefix="factdiff-chrome-") as profile:
        driver = _driver(Path(profile), width, height)
        try:
            driver.get(html_path.resolve().as_uri())
            driver.save_screenshot(str(png_path))
        finally:
            driver.quit()


# ---------------------------------------------------------------- factdiff serve
def bundled_texts() -> tuple[str, str]:
    return tuple((ROOT / "data" / name).read_text(encoding="utf-8") for name in ("original.txt", "copy.txt"))  # type: ignore[return-value]


def three_copies(copy: str) -> list[str]:
    """The bundled copy and two variants of it: another figure, and the name spelled right."""
    return [
        copy,
        copy.replace("about 1,403", "about 1,430"),
        copy.replace("Lutsina", "Lutskina"),
    ]


def fill(driver, element_id: str, text: str) -> None:
    """Put ``text`` in a form field as pasting would (without typing it key by key)."""
    from selenium.webdriver.common.by import By

    box = driver.find_element(By.ID, element_id)
    driver.execute_script(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
        box, text,
    )


def fill_form(driver, url: str, original: str, copies: list[str]) -> None:
    """Open the page and fill in the original and the copies (more boxes by 'Add another copy')."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(url)
    fill(driver, "original", original)
    for n, text in enumerate(copies, start=1):
        if n > 1:
            driver.find_element(By.ID, "add-copy").click()
            WebDriverWait(driver, 60).until(lambda d, n=n: d.find_elements(By.ID, f"copy-{n}"))
        fill(driver, f"copy-{n}", text)


def submit(driver, timeout: float = 180.0) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver.find_element(By.ID, "compare").click()
    WebDriverWait(driver, timeout).until(lambda d: "/results/" in d.current_url and d.find_elements(By.ID, "content"))


def serve_screenshots(driver, url: str, out_dir: Path) -> list[Path]:
    """The page with the bundled pair pasted in (serve.png), and the batch view of three
    copies (serve-batch.png)."""
    original, copy = bundled_texts()
    out_dir.mkdir(parents=True, exist_ok=True)
    shots = [out_dir / "serve.png", out_dir / "serve-batch.png"]
    fill_form(driver, url, original, [copy])
    driver.execute_script("window.scrollTo(0, 0)")
    driver.save_screenshot(str(shots[0]))
    fill_form(driver, url, original, three_copies(copy))
    submit(driver)
    driver.save_screenshot(str(shots[1]))
    return shots


def main_serve(out_dir: Path, width: int, height: int) -> int:
    from factdiff.serve.testing import LiveServer

    with LiveServer("--workers", "2") as server, tempfile.TemporaryDirectory(prefix="factdiff-chrome-") as profile:
        driver = _driver(Path(profile), width, height)
        try:
            for shot in serve_screenshots(driver, server.url, out_dir):
                print(f"wrote {shot}")
        finally:
            driver.quit()
    return 0


def _driver(profile: Path, width: int, height: int):
    os.environ.setdefault("SE_OFFLINE", "true")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", f"--window-size={width},{height}", f"--user-data-dir={profile}"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_window_size(width, height)
    return driver


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("json", nargs="?", help="a JSON report (default: run the bundled example)")
    parser.add_argument("--out", default=str(HERE / "report-html.png"), help="PNG to write")
    parser.add_argument("--html", help="also keep the rendered HTML at this path")
    parser.add_argument("--sample", action="store_true", help="render the test sample report")
    parser.add_argument("--width", type=int, default=1440)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--serve", action="store_true", help="screenshot the `factdiff serve` page instead")
    args = parser.parse_args(argv)
    if args.serve:
        return main_serve(Path(args.out).parent if args.out != str(HERE / "report-html.png") else HERE,
                          args.width, args.height)

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
