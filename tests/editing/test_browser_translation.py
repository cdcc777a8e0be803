"""An editor translates a whole report in a real browser and follows it in the language column."""

import pytest

from wagtail.models import Page

from site_setup.skeleton_translations import translate_skeleton
from tests.chromium import requires_chromium
from tests.factories import ConferencePageFactory, SessionPageFactory, SessionParticipantFactory

from .screenshots import save_for_docs

pytestmark = [pytest.mark.browser, requires_chromium, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_editor_translates_the_report_and_sees_each_session_in_translation(sign_in, editor):
    translate_skeleton("zh-hans")
    conference = ConferencePageFactory(title="2025 SMM (6th) Silver Industry Chain Innovation Conference")
    for title in ("Welcome speech", "Silver market outlook"):
        SessionParticipantFactory(session=SessionPageFactory(parent=conference, title=title))
    page = sign_in("editor")
    page.goto(f"/admin/conference-reports/{conference.pk}/progress/")

    page.get_by_role("link", name="Translate the report").click()
    summary = page.locator("tbody td").nth(1).inner_text()
    save_for_docs(page, "translate-report")
    page.locator("main").get_by_role("button", name="Translate the report").click()
    page.wait_for_url(f"**/admin/conference-reports/{conference.pk}/progress/")
    message = page.locator(".messages").inner_text()
    states = page.locator("tbody td:nth-child(5) .w-status").all_inner_texts()
    save_for_docs(page, "progress-languages")

    assert summary == "5 pages: 2 speakers, 1 conference, 2 sessions"
    assert message.strip().startswith("5 pages are now drafts in 简体中文")
    assert [state.lower() for state in states] == ["in translation, 0%", "in translation, 0%"]
    assert Page.objects.filter(locale__language_code="zh-hans", depth__gt=3, live=False).count() == 5
