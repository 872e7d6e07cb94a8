"""The HTML report in a real headless Chromium: clicks, filters, no script injection.

Needs the Debian packages ``chromium`` and ``chromium-driver`` and ``selenium``
(see ``chromium.py``). Skipped when they are missing, except under CI=true where a
missing browser fails.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from chromium import chrome, skip_or_fail_without_browser
from report_samples import IMG, SCRIPT, long_report, sample_report

from factdiff.report.html import render_html
from factdiff.report.write import write_output

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    skip_or_fail_without_browser()
    drv = chrome(tmp_path_factory.mktemp("chrome-profile"))
    try:
        yield drv
    finally:
        drv.quit()


def load(driver, tmp_path: Path, report, name: str = "report.html") -> None:
    path = tmp_path / name
    write_output(path, render_html(report))
    driver.get(path.resolve().as_uri())


@pytest.fixture(autouse=True)
def no_console_errors(driver) -> Iterator[None]:
    """Any script error or CSP violation in the page fails the test that caused it."""
    driver.get_log("browser")  # drop what earlier tests left
    yield
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []


def css(driver, selector: str):
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, selector)


def in_viewport(driver, element) -> bool:
    return driver.execute_script(
        "var r = arguments[0].getBoundingClientRect();"
        "return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;",
        element,
    )


def test_report_renders_with_rows_highlights_and_findings(driver, tmp_path: Path) -> None:
    report = sample_report()
    load(driver, tmp_path, report)
    assert not driver.execute_script("return document.documentElement.classList.contains('nojs')"), (
        "the inline script did not run (CSP hash mismatch?)"
    )
    from factdiff.report.diff import build_rows

    assert len(css(driver, "tr.row")) == len(build_rows(report))
    assert all(r.is_displayed() for r in css(driver, "tr.row"))
    assert len(css(driver, "li.finding")) == len(report.findings)
    marks = css(driver, "mark.hl")
    assert marks and all(m.is_displayed() for m in marks)
    assert css(driver, ".chg")
    # a highlight really is coloured (not transparent) on screen
    bg = driver.execute_script("return getComputedStyle(arguments[0]).backgroundColor", marks[0])
    assert bg not in ("rgba(0, 0, 0, 0)", "transparent")


def test_injected_markup_did_not_run_and_shows_as_text(driver, tmp_path: Path) -> None:
    load(driver, tmp_path, sample_report())
    assert driver.execute_script("return typeof window.__pwned") == "undefined"
    assert css(driver, "img") == []
    assert len(css(driver, "script")) == 1
    added = css(driver, "tr.row.added td.copy")[0]
    assert SCRIPT in added.text and IMG in added.text


def test_clicking_a_finding_scrolls_to_and_activates_its_row(driver, tmp_path: Path) -> None:
    report = long_report(60)
    load(driver, tmp_path, report)
    items = css(driver, "li.finding")
    last = items[-1]
    row_id = last.get_attribute("data-row")
    row = driver.find_element("id", row_id)
    assert not in_viewport(driver, row), "report too short to test scrolling"
    last.find_element("css selector", "a").click()
    assert "active" in row.get_attribute("class").split()
    assert "active" in last.get_attribute("class").split()
    assert in_viewport(driver, row)
    assert driver.execute_script("return window.scrollY") > 0
    assert len(css(driver, "tr.row.active")) == 1
    # the marks of that finding are emphasised too
    number = last.get_attribute("data-f")
    mine = css(driver, f'mark.hl[data-f~="{number}"]')
    assert len(mine) >= 2 and all("active" in m.get_attribute("class").split() for m in mine)
    assert css(driver, "mark.hl.active") == mine
    # clicking another finding moves the highlight
    items[0].find_element("css selector", "a").click()
    first_row = driver.find_element("id", items[0].get_attribute("data-row"))
    assert "active" in first_row.get_attribute("class").split()
    assert "active" not in row.get_attribute("class").split()
    assert in_viewport(driver, first_row)


def test_severity_filter_hides_lower_severities(driver, tmp_path: Path) -> None:
    from selenium.webdriver.support.ui import Select

    report = sample_report()
    load(driver, tmp_path, report)
    Select(css(driver, "#minsev")[0]).select_by_value("major")
    low, high = {"info", "minor"}, {"major", "critical"}
    for li in css(driver, "li.finding"):
        assert li.is_displayed() == (li.get_attribute("data-sev") in high)
    for fm in css(driver, "a.fm"):
        assert fm.is_displayed() == (fm.get_attribute("data-sev") in high)
    sev_of = {li.get_attribute("data-f"): li.get_attribute("data-sev") for li in css(driver, "li.finding")}
    for mark in css(driver, "mark.hl[data-f]"):
        shown = any(sev_of[n] in high for n in mark.get_attribute("data-f").split())
        assert ("off" not in mark.get_attribute("class").split()) == shown
    expected = sum(1 for f in report.findings if f.severity.label in high)
    assert css(driver, "#shown")[0].text == f"Showing {expected} of {len(report.findings)} findings"
    # back to everything
    Select(css(driver, "#minsev")[0]).select_by_value("info")
    assert all(li.is_displayed() for li in css(driver, "li.finding"))
    assert low <= {fm.get_attribute("data-sev") for fm in css(driver, "a.fm") if fm.is_displayed()}


def test_kind_filter_and_only_rows_with_findings(driver, tmp_path: Path) -> None:
    report = sample_report()
    load(driver, tmp_path, report)
    box = next(b for b in css(driver, "input[name=kind]") if b.get_attribute("value") == "number_changed")
    box.click()
    for li in css(driver, "li.finding"):
        assert li.is_displayed() == (li.get_attribute("data-kind") != "number_changed")
    css(driver, "#onlyrows")[0].click()
    shown_rows = [r for r in css(driver, "tr.row") if r.is_displayed()]
    assert 0 < len(shown_rows) < len(css(driver, "tr.row"))
    # the headline row only had the number finding: now hidden
    assert not driver.find_element("id", "row-1").is_displayed()


def test_print_shows_everything_without_controls(driver, tmp_path: Path) -> None:
    from selenium.webdriver.support.ui import Select

    load(driver, tmp_path, sample_report())
    Select(css(driver, "#minsev")[0]).select_by_value("critical")
    css(driver, "#onlyrows")[0].click()
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert all(li.is_displayed() for li in css(driver, "li.finding"))
        assert all(r.is_displayed() for r in css(driver, "tr.row"))
        assert not css(driver, ".filters")[0].is_displayed()
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
