"""Headless Chromium for the browser tests (selenium), one definition of its flags.

Needs the Debian packages ``chromium`` and ``chromium-driver`` and ``selenium``.
Selenium is given /usr/bin/chromedriver explicitly so Selenium Manager never downloads.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")


def missing() -> str | None:
    """Why a browser test cannot run here, or None when it can."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install selenium)"
    if not (os.path.exists(CHROMEDRIVER) and os.access(CHROMEDRIVER, os.X_OK)):
        return f"chromedriver not found at {CHROMEDRIVER} (apt-get install chromium-driver)"
    if not any(shutil.which(n) for n in CHROMIUM_NAMES):
        return "chromium not found (apt-get install chromium)"
    return None


def skip_or_fail_without_browser() -> None:
    """Skip when the browser is missing, except under CI=true where that is a failure."""
    import pytest

    reason = missing()
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but the browser test cannot run: {reason}")
        pytest.skip(reason)


def chrome(profile: Path, width: int = 1280, height: int = 900, downloads: Path | None = None):
    """A headless Chromium driver with its own profile (and download folder)."""
    os.environ.setdefault("SE_OFFLINE", "true")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = next(shutil.which(n) for n in CHROMIUM_NAMES if shutil.which(n))
    for arg in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--window-size={width},{height}",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(arg)
    if downloads is not None:
        options.add_experimental_option("prefs", {
            "download.default_directory": str(downloads),
            "download.prompt_for_download": False,
            "safebrowsing.enabled": False,
        })
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_window_size(width, height)
    if downloads is not None:
        driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    return driver
