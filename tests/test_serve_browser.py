"""The served page in a real headless Chromium, against a live ``factdiff serve``.

Paste the bundled pair, compare, see the changed name highlighted, filter, download
the JSON (it must equal the API's answer); the batch view of three copies; hostile
input; the keyboard; a laptop-sized window; no resource from elsewhere; and the
screenshot tooling behind docs/serve.png.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from chromium import chrome, skip_or_fail_without_browser

from factdiff.serve.testing import LiveServer, serve_extra_missing

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[1]


def _screenshots_module():
    spec = importlib.util.spec_from_file_location("factdiff_make_screenshots", ROOT / "docs" / "make_screenshots.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


shots = _screenshots_module()  # the same helpers take docs/serve.png


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    why = serve_extra_missing()
    if why:
        pytest.skip(why)
    skip_or_fail_without_browser()
    with LiveServer("--workers", "2") as live:
        yield live


@pytest.fixture(scope="module")
def downloads(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def driver(server, tmp_path_factory, downloads):
    drv = chrome(tmp_path_factory.mktemp("chrome-profile"), width=1280, height=800, downloads=downloads)
    try:
        yield drv
    finally:
        drv.quit()


@pytest.fixture(autouse=True)
def no_console_errors(driver) -> Iterator[None]:
    """A script error, a CSP violation or a failed load (a 404) fails the test."""
    driver.get_log("browser")
    yield
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []


def css(driver, selector: str):
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, selector)


def wait(driver, condition, timeout: float = 120.0):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(condition)


def wait_for_file(folder: Path, name: str, timeout: float = 30.0) -> Path:
    path = folder / name
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and not list(folder.glob("*.crdownload")):
            return path
        time.sleep(0.1)
    raise AssertionError(f"{name} was not downloaded: {sorted(p.name for p in folder.iterdir())}")


# ---------------------------------------------------------------- one copy
def test_paste_compare_highlight_filter_and_download_the_json(driver, server, downloads):
    from selenium.webdriver.support.ui import Select

    original, copy = shots.bundled_texts()
    shots.fill_form(driver, server.url, original, [copy])
    shots.submit(driver)
    assert not driver.execute_script("return document.documentElement.classList.contains('nojs')"), (
        "the report's script did not run (CSP?)"
    )
    # the misspelled name is highlighted in the copy, in a major finding's colour
    marks = [m for m in css(driver, "td.copy mark.hl") if "Lutsina" in m.text]
    assert marks and marks[0].is_displayed()
    assert marks[0].get_attribute("data-sev") == "major"
    background = driver.execute_script("return getComputedStyle(arguments[0]).backgroundColor", marks[0])
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    # filter to major: only major and critical findings stay visible
    items = css(driver, "li.finding")
    Select(css(driver, "#minsev")[0]).select_by_value("major")
    shown = [li for li in items if li.is_displayed()]
    assert shown and all(li.get_attribute("data-sev") in {"major", "critical"} for li in shown)
    assert len(shown) < len(items)
    api = server.post_json("/api/compare", {"original": original, "copy": copy}).json()
    assert len(shown) == sum(f["severity"] in {"major", "critical"} for f in api["findings"])
    # the JSON download is the API's answer for the same texts
    css(driver, "#dl-json")[0].click()
    downloaded = wait_for_file(downloads, "factdiff-report.json")
    assert json.loads(downloaded.read_text(encoding="utf-8")) == api
    downloaded.unlink()


def test_options_of_the_form_reach_the_report(driver, server, downloads):
    original, copy = shots.bundled_texts()
    shots.fill_form(driver, server.url, original, [copy])
    from selenium.webdriver.support.ui import Select

    Select(css(driver, "#min_severity")[0]).select_by_value("major")
    Select(css(driver, "#fail_on")[0]).select_by_value("major")
    next(b for b in css(driver, "input[name=only]") if b.get_attribute("value") == "name_spelling").click()
    shots.submit(driver)
    kinds = {li.get_attribute("data-kind") for li in css(driver, "li.finding")}
    assert kinds == {"name_spelling"}
    assert "FAIL" in css(driver, "#gate")[0].text
    css(driver, "#dl-md")[0].click()
    markdown = wait_for_file(downloads, "factdiff-report.md").read_text(encoding="utf-8")
    assert "Lutsina" in markdown and "qualifier changed" not in markdown


# ---------------------------------------------------------------- several copies
def test_the_batch_view_of_three_copies(driver, server):
    original, copy = shots.bundled_texts()
    copies = shots.three_copies(copy)
    shots.fill_form(driver, server.url, original, copies)
    # "Add another copy" kept everything typed so far
    assert driver.execute_script("return document.getElementById('original').value") == original
    assert driver.execute_script("return document.getElementById('copy-1').value") == copy
    shots.submit(driver)
    rows = css(driver, "tr.copyrow")
    assert [r.find_element("css selector", "th").text for r in rows] == ["copy-1", "copy-2", "copy-3"]
    header = [th.text.replace("\n", " ") for th in css(driver, "#matrix thead th")]
    spelling = header.index("name spelling")
    cells = [r.find_elements("css selector", "th, td")[spelling] for r in rows]
    assert [c.text for c in cells] == ["1", "1", "·"]
    assert cells[0].get_attribute("data-sev") == "major" and cells[2].get_attribute("data-sev") is None
    facts = [li.text for li in css(driver, "#facts li")]
    assert any(f.startswith("'Kseniya Lutskina' spelled 'Kseniya Lutsina' in 2 of 3 copies") for f in facts), facts
    assert any(f.startswith("'1,403' changed to 'about 1,430' in 1 of 3 copies") for f in facts), facts
    # each copy's report is one click away, and back
    rows[1].find_element("css selector", "th a").click()
    wait(driver, lambda d: "/copies/2" in d.current_url and css(d, "li.finding"))
    assert any("1,430" in m.text for m in css(driver, "td.copy mark.hl"))
    css(driver, "#back")[0].click()
    wait(driver, lambda d: css(d, "#matrix"))


# ---------------------------------------------------------------- safety, keyboard, screen
def test_a_hostile_copy_renders_as_text(driver, server):
    script = "<script>window.__pwned=1</script>"
    img = '<img src=x onerror="window.__pwned=2">'
    original = "The council said on Monday that 12 new homes were built in May."
    copy = f"The council said on Monday that 14 new homes were built in May. Readers wrote {script} {img} in."
    shots.fill_form(driver, server.url, original, [copy])
    shots.submit(driver)
    assert driver.execute_script("return typeof window.__pwned") == "undefined"
    assert css(driver, "img") == []
    assert [s.get_attribute("src").rsplit("/", 1)[-1] for s in css(driver, "script")] == ["report.js"]
    assert script in driver.page_source.replace("&lt;", "<").replace("&gt;", ">")
    assert any(script in td.text and img in td.text for td in css(driver, "td.copy"))


def test_the_form_works_with_the_keyboard_alone(driver, server):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    driver.get(server.url)
    assert driver.switch_to.active_element.get_attribute("id") == "original"  # focus starts in the first box
    # every control has a label a screen reader can read
    unlabeled = driver.execute_script(
        "return Array.from(document.querySelectorAll('textarea, select, input')).filter("
        "function (e) { return !(e.labels && e.labels.length) && !e.getAttribute('aria-label'); }).length"
    )
    assert unlabeled == 0
    keys = ActionChains(driver)
    keys.send_keys("It rained 5 mm in Oslo on Monday, the institute said.").perform()
    order = []
    for _ in range(40):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        active = driver.switch_to.active_element
        order.append(active.get_attribute("id") or active.get_attribute("name"))
        if order[-1] == "copy-1":
            ActionChains(driver).send_keys("It rained 7 mm in Oslo on Monday, the institute said.").perform()
        if order[-1] == "compare":
            break
    assert order.index("original-file") < order.index("copy-1") < order.index("min_severity") < order.index("compare")
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    wait(driver, lambda d: "/results/" in d.current_url and css(d, "li.finding"))
    # the report's finding list is links: Enter on one activates its row
    first = css(driver, "li.finding a")[0]
    first.send_keys(Keys.ENTER)
    item = css(driver, "li.finding")[0]
    assert "active" in item.get_attribute("class").split()
    row = driver.find_element("id", item.get_attribute("data-row"))
    assert "active" in row.get_attribute("class").split()


def test_readable_on_a_laptop_screen_and_nothing_from_elsewhere(driver, server):
    original, copy = shots.bundled_texts()
    shots.fill_form(driver, server.url, original, [copy])
    width = driver.execute_script("return window.innerWidth")
    assert driver.execute_script("return document.documentElement.scrollWidth") <= width  # no sideways scrolling
    boxes = [driver.execute_script("return arguments[0].getBoundingClientRect().width", css(driver, f"#{i}")[0])
             for i in ("original", "copy-1")]
    assert min(boxes) >= 400  # side by side, each wide enough to read
    size = driver.execute_script("return parseFloat(getComputedStyle(document.getElementById('original')).fontSize)")
    assert size >= 12
    shots.submit(driver)
    assert driver.execute_script("return document.documentElement.scrollWidth") <= width
    resources = driver.execute_script("return performance.getEntriesByType('resource').map(function (e) { return e.name; })")
    assert resources and all(r.startswith(server.url) for r in resources), resources
    assert server.get("/").headers["content-security-policy"].startswith("default-src 'none'")


def test_the_screenshot_tooling_takes_the_readme_pictures(driver, server, tmp_path):
    pngs = shots.serve_screenshots(driver, server.url, tmp_path)
    for png in pngs:
        data = png.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    assert css(driver, "#matrix")  # the second picture is the batch view
