"""Browser fixtures for the editing tests: Debian's Chromium driven by Playwright's sync API.

Playwright's sync API runs an event loop in the test thread, so Django's "async unsafe" guard is
relaxed for this test process (the ORM is still used from one thread only). While that loop runs,
Django's per-context connection handler hands out a fresh connection object, which lacks the
serialized copy of the migrated data that `serialized_rollback` restores from; so the browser is
started per test, after the database has been restored, and stopped before it is flushed.
"""

import os

import pytest

from tests.chromium import CHROMIUM, CHROMIUM_ARGS

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def admin_browser(transactional_db):
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 — playwright loads only when a browser test runs

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def sign_in(admin_browser, live_server, settings):
    """Opens a fresh browser session signed in to the admin as `username`; returns its page.

    The editor's background requests (autosave every half second, editing-session pings) are
    switched off: on SQLite the live server's threads share one in-memory database, and a request
    that overlaps another fails with "database table is locked".
    """
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    settings.WAGTAIL_EDITING_SESSION_PING_INTERVAL = 3_600_000
    contexts = []

    def open_as(username):
        context = admin_browser.new_context(viewport={"width": 1280, "height": 900}, base_url=live_server.url)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.goto("/admin/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", "pass-for-tests")
        page.click("button[type=submit]")
        page.wait_for_url(f"{live_server.url}/admin/")
        return page

    yield open_as
    for context in contexts:
        context.close()
