"""Every public page type at phone and desktop widths: no console errors, broken or oversized
images, horizontal scrolling or serious accessibility problems. Screenshots go to test-artifacts/."""

import pytest

from speakers.models import SpeakerPage
from tests.site.content import build_report

from .checks import run_all

WIDTHS = (390, 1280)
PAGE_TYPES = (
    "home",
    "conference_index",
    "conference",
    "session",
    "award",
    "speaker_index",
    "speaker",
    "organisation_index",
    "organisation",
    "search",
    "not_found",
)


def page_urls(report):
    """The path of one page of each type in the report."""
    return {
        "home": "/",
        "conference_index": "/events/",
        "conference": report["conference"].url,
        "session": report["sessions"][0].url,
        "award": report["award"].url,
        "speaker_index": "/speakers/",
        "speaker": SpeakerPage.objects.order_by("id").first().url,
        "organisation_index": "/organisations/",
        "organisation": report["organisations"][0].url,
        "search": "/search/?q=session",
        "not_found": "/no-such-page/",
    }


def visit(browser, url, width, screenshot_path):
    """Problems found on the page at this width, console errors included (runs in the browser thread)."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(f"console: {message.text}"))
    page.on("pageerror", lambda error: errors.append(f"script error: {error}"))
    page.goto(url)
    problems = run_all(page)
    page.screenshot(path=str(screenshot_path), full_page=True)
    context.close()
    # The 404 page's own status is reported on the console by Chromium; it is the page we asked for.
    errors = [error for error in errors if "404" not in error or not url.endswith("/no-such-page/")]
    return errors + problems


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_public_page_passes_browser_checks_at_phone_and_desktop_width(page_type, chromium, browser_site, artifacts_dir):
    url = browser_site.url + page_urls(build_report())[page_type]

    problems = {width: chromium.run(visit, url, width, artifacts_dir / f"{page_type}-{width}.png") for width in WIDTHS}

    assert problems == {width: [] for width in WIDTHS}
