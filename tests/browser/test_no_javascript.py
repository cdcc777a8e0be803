"""Without JavaScript the share box is a readable, selectable link and no dead "Copy link" button;
with JavaScript the button appears."""

import pytest

from tests.factories import ConferencePageFactory


def share_box(browser, url, javascript):
    """(is the copy button visible, the link's text, can the link's text be selected) at this URL."""
    context = browser.new_context(java_script_enabled=javascript, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(url)
    button_visible = page.locator("[data-share-copy]").is_visible()
    link = page.locator("[data-share-link]")
    text = link.inner_text()
    selectable = link.evaluate("element => getComputedStyle(element).userSelect !== 'none'")
    context.close()
    return button_visible, text, selectable


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_copy_button_shows_only_with_javascript(chromium, browser_site):
    conference = ConferencePageFactory(title="2025 Silver Conference", slug="silver-2025")
    url = browser_site.url + conference.url
    permanent_link = f"http://localhost/p/{conference.pk}/"

    assert chromium.run(share_box, url, False) == (False, permanent_link, True)
    assert chromium.run(share_box, url, True) == (True, permanent_link, True)
