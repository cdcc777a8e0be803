"""The preview panel and the Checks panel in a real browser, on every page type and preview size.

Wagtail renders a preview by running a dummy request for the page's public URL through the
middleware; the content security policy must let the admin frame it, and the Checks panel must be
able to read it (its word count stays "-" when it cannot).
"""

import pytest

from wagtail.models import Locale

from conference.models import ConferenceIndexPage
from speakers.models import OrganisationIndexPage, SpeakerIndexPage
from tests.chromium import requires_chromium
from tests.factories import (
    AwardPageFactory,
    ConferencePageFactory,
    OrganisationPageFactory,
    SessionPageFactory,
    SpeakerPageFactory,
    home_page,
)

pytestmark = [pytest.mark.browser, requires_chromium, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PREVIEW_SIZES = ["Preview in mobile size", "Preview in tablet size", "Preview in desktop size"]


@pytest.fixture
def one_page_of_each_type(moderator):
    conference = ConferencePageFactory(slug="2025-silver")
    organisation = OrganisationPageFactory(title="Shandong Zhaojin Gold and Silver Refinery Co., Ltd.")
    return [
        home_page(),
        ConferenceIndexPage.objects.get(locale=Locale.get_default()),
        conference,
        SessionPageFactory(parent=conference, title="Silver and Gold Price Trends"),
        AwardPageFactory(parent=conference, title="Silver Glory Award 2025"),
        SpeakerIndexPage.objects.get(locale=Locale.get_default()),
        SpeakerPageFactory(given_name="Yonghui", family_name="Liang", title="Liang Yonghui", organisation=organisation),
        OrganisationIndexPage.objects.get(locale=Locale.get_default()),
        organisation,
    ]


def preview_and_checks(page, page_id):
    """Opens the page's preview in each size, then the Checks panel; returns what the panels showed."""
    page.goto(f"/admin/pages/{page_id}/edit/")
    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("#w-preview-iframe")
    headings = []
    for size in PREVIEW_SIZES:
        page.get_by_label(size).check()
        headings.append(preview.locator("h1").first.inner_text())
    page.get_by_role("button", name="Toggle checks").click()
    word_count = page.locator("[data-content-word-count]")
    page.wait_for_function("element => element.textContent.trim() !== '-'", arg=word_count.element_handle())
    return headings, int(word_count.inner_text().replace(",", ""))


def test_preview_and_checks_panels_work_on_every_page_type_under_the_csp(sign_in, one_page_of_each_type):
    page = sign_in("moderator")
    console = []
    page.on("console", lambda message: console.append(message.text))

    shown = {type(each).__name__: preview_and_checks(page, each.pk) for each in one_page_of_each_type}

    assert [message for message in console if "Content Security Policy" in message] == []
    for name, (headings, word_count) in shown.items():
        assert all(headings), name
        assert word_count > 0, name
