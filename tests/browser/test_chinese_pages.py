"""Every public page type in Simplified Chinese, at phone and desktop widths, as a reader's
Chromium draws it with the CJK fonts installed: each Han character drawn by a font that has it, no
element reaching past the screen's edge, and the checks every English page passes (no horizontal
scrolling, broken or oversized images, serious accessibility problems). Screenshots go to
test-artifacts/zh-*.png."""

import pytest

from tests.i18n.chinese_report import build_chinese_report

from .checks import run_all
from .cjk import elements_wider_than_viewport, missing_glyphs

WIDTHS = (390, 1280)
# The agenda offers its filter from four sessions on (static/js/site.js).
AGENDA_FILTER_SESSIONS = 4


def page_urls(report):
    """The path of one Chinese page of each type."""
    return {
        "home": "/zh-hans/",
        "conference_index": "/zh-hans/events/",
        "conference": report["conference"].url,
        "agenda": report["conference"].url + "#agenda",
        "session": report["sessions"][0].url,
        "award": report["award"].url,
        "speaker_index": "/zh-hans/speakers/",
        "speaker": report["speakers"][0].url,
        "organisation_index": "/zh-hans/organisations/",
        "organisation": report["organisations"][0].url,
        "search": "/zh-hans/search/?q=白银",
    }


def visit(browser, url, width, screenshot_path):
    """Problems found on the Chinese page at this width (runs in the browser thread)."""
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="zh-CN")
    page = context.new_page()
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(f"console: {message.text}"))
    page.on("pageerror", lambda error: errors.append(f"script error: {error}"))
    response = page.goto(url)
    if response.status != 200:
        errors.append(f"status {response.status}")
    problems = run_all(page) + elements_wider_than_viewport(page) + missing_glyphs(page)
    page.screenshot(path=str(screenshot_path), full_page=True)
    context.close()
    return errors + problems


def agenda_filter(browser, url):
    """The agenda filter's label and placeholder, and its status once a word is typed (browser thread)."""
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    page.goto(url)
    label = page.inner_text(".agenda-filter label")
    placeholder = page.get_attribute("#agenda-filter-input", "placeholder")
    page.fill("#agenda-filter-input", "光伏银浆")
    status = page.inner_text(".agenda-filter__status")
    context.close()
    return label, placeholder, status


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_every_chinese_page_type_reads_well_at_phone_and_desktop_width(chromium, browser_site, artifacts_dir):
    """One translated report for all page types: translating it takes most of a minute."""
    report = build_chinese_report(size=AGENDA_FILTER_SESSIONS)
    urls = page_urls(report)

    problems = {
        (page_type, width): chromium.run(
            visit, browser_site.url + url, width, artifacts_dir / f"zh-{page_type}-{width}.png"
        )
        for page_type, url in urls.items()
        for width in WIDTHS
    }

    assert {key: found for key, found in problems.items() if found} == {}
    # The strings the page's script writes are in Chinese too (core/templatetags/script_strings.py).
    # Every Chinese session's title holds the word typed.
    sessions = len(report["sessions"])
    assert chromium.run(agenda_filter, browser_site.url + urls["conference"]) == (
        "筛选议程",
        "主题、演讲嘉宾或公司",
        f"共 {sessions} 场议程，显示 {sessions} 场",
    )
