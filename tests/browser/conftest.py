"""Headless Chromium through Playwright against pytest-django's live server.

Debian's /usr/bin/chromium is used (Playwright's own browser download is not available here);
without it every browser test is skipped with the reason.

Playwright's sync API runs an event loop in the thread that starts it. In the test thread that loop
would make Django treat ORM calls as async (SynchronousOnlyOperation) and hand out other database
connections, so Playwright lives in a worker thread of its own and tests send it work with `run`.
"""

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.chromium import CHROMIUM, CHROMIUM_ARGS

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def pytest_collection_modifyitems(config, items):
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(reason=f"{CHROMIUM} is not installed (apt-get install chromium)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


class BrowserThread:
    """Chromium driven from one worker thread; `run(function, *args)` calls function(browser, *args) there."""

    def __init__(self):
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="playwright")
        self.playwright = None
        self.browser = None
        self.executor.submit(self._start).result()

    def _start(self):
        from playwright.sync_api import sync_playwright  # noqa: PLC0415 — playwright loads only when a browser test runs

        self.playwright = sync_playwright().start()
        self.browser = self.playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)

    def _stop(self):
        self.browser.close()
        self.playwright.stop()

    def run(self, function, *args):
        return self.executor.submit(function, self.browser, *args).result()

    def close(self):
        self.executor.submit(self._stop).result()
        self.executor.shutdown()


@pytest.fixture(scope="session")
def chromium():
    browser_thread = BrowserThread()
    yield browser_thread
    browser_thread.close()


@pytest.fixture
def browser_site(settings, live_server):
    """The live server with media served, so uploaded images load as they would behind a CDN."""
    settings.ROOT_URLCONF = "tests.browser.urls"
    return live_server


@pytest.fixture(scope="session")
def artifacts_dir():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
