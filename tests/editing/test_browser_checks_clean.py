"""The Checks panel has nothing to report on a session page: the site's own chrome (footer with the demo's
settings) passes its rules."""

import pytest

from wagtail.models import Site

from core.models import SiteSettings
from demo.management.commands.load_demo import SITE_SETTINGS
from tests.chromium import requires_chromium
from tests.factories import ConferencePageFactory, SessionPageFactory

from .test_browser_preview import preview_and_checks

pytestmark = [pytest.mark.browser, requires_chromium, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_checks_panel_reports_no_issue_on_a_session_page(sign_in, moderator):
    SiteSettings.objects.update_or_create(site=Site.objects.get(is_default_site=True), defaults=SITE_SETTINGS)
    session = SessionPageFactory(parent=ConferencePageFactory(), title="Silver and Gold Price Trends")
    page = sign_in("moderator")

    preview_and_checks(page, session.pk)
    page.wait_for_timeout(1000)

    issues = page.locator("[data-checks-panel] [data-content-checker-name]").all_inner_texts()
    assert (issues, page.locator("[data-content-checker-count]").first.inner_text()) == ([], "0")
