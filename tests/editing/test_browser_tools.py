"""The report tools in a real browser: a speaker created inside the chooser, a report scheduled."""

import datetime

import pytest

from django.utils import timezone

from conference.models import ConferencePage, SessionPage
from speakers.models import SpeakerPage
from tests.chromium import requires_chromium
from tests.factories import ConferencePageFactory, SessionPageFactory

from .screenshots import save_for_docs

pytestmark = [pytest.mark.browser, requires_chromium, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_editor_creates_missing_speaker_without_leaving_the_session(sign_in, editor):
    session = SessionPageFactory(parent=ConferencePageFactory(), title="Photovoltaic silver demand")
    page = sign_in("editor")
    page.goto(f"/admin/pages/{session.pk}/edit/")
    page.get_by_role("tab", name="Participants").click()

    page.get_by_role("button", name="Add participant").click()
    modal = page.locator(".modal-dialog")
    modal.get_by_role("tab", name="New speaker").click()
    modal.locator("#id_given_name").fill("Hongmei")
    modal.locator("#id_family_name").fill("Xu")
    modal.locator("#id_position").fill("Senior Analyst")
    save_for_docs(page, "speaker-chooser-create")
    modal.get_by_role("button", name="Create speaker").click()
    modal.wait_for(state="detached")
    chosen_title = page.locator("#id_participants-0-speaker-chooser [data-chooser-title]").inner_text()
    prefilled_position = page.input_value("#id_participants-0-position")
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_url(f"**/admin/pages/{session.pk}/edit/")

    speaker = SpeakerPage.objects.get(title="Xu Hongmei")
    draft = SessionPage.objects.get(pk=session.pk).get_latest_revision_as_object()
    assert (chosen_title, prefilled_position) == ("Xu Hongmei", "Senior Analyst")
    assert (speaker.live, speaker.get_parent().url_path) == (False, "/home/speakers/")
    assert [participant.speaker_id for participant in draft.participants.all()] == [speaker.pk]


def test_moderator_schedules_the_whole_report(sign_in, moderator):
    conference = ConferencePageFactory(title="2025 SMM (6th) Silver Industry Chain Innovation Conference")
    drafts = [
        SessionPageFactory(parent=conference, title=title, live=False)
        for title in ("Welcome speech", "Silver market outlook", "Photovoltaic silver demand")
    ]
    go_live_at = timezone.localtime(timezone.now() + datetime.timedelta(days=1)).replace(
        hour=9, minute=0, second=0, microsecond=0
    )
    page = sign_in("moderator")
    page.goto(f"/admin/conference-reports/{conference.pk}/schedule/")

    page.fill("#id_go_live_at", go_live_at.strftime("%Y-%m-%d %H:%M"))
    page.keyboard.press("Escape")
    save_for_docs(page, "schedule-report")
    page.get_by_role("button", name="Schedule 3 pages").click()
    page.wait_for_url(f"**/admin/conference-reports/{conference.pk}/progress/")
    states = page.locator("tbody td:nth-child(3) .w-status").all_inner_texts()  # the State column

    assert [state.lower() for state in states] == ["scheduled", "scheduled", "scheduled"]
    assert [SessionPage.objects.get(pk=draft.pk).live for draft in drafts] == [False, False, False]


def test_editor_starts_the_next_edition(sign_in, editor):
    conference = ConferencePageFactory(
        title="2025 SMM (6th) Silver Industry Chain Innovation Conference",
        edition_number=6,
        start_date=datetime.date(2025, 5, 15),
        end_date=datetime.date(2025, 5, 16),
    )
    SessionPageFactory(parent=conference, title="Welcome speech")
    page = sign_in("editor")
    page.goto(f"/admin/pages/{conference.pk}/edit/")

    page.get_by_role("button", name="Actions").first.click()
    page.get_by_role("link", name="Copy as next edition").click()
    page.wait_for_url("**/next-edition/")
    save_for_docs(page, "next-edition")
    page.get_by_role("button", name="Create the next edition").click()
    page.wait_for_url("**/edit/")

    copy = ConferencePage.objects.get(edition_number=7)
    assert (page.locator("#id_title").input_value(), copy.live) == (
        "2026 SMM (7th) Silver Industry Chain Innovation Conference",
        False,
    )
    assert SessionPage.objects.child_of(copy).count() == 0
