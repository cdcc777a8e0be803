"""What Editors, Moderators and anonymous visitors may do."""

import pytest

from django.urls import reverse

from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from conference.models import SessionPage
from speakers.models import SpeakerPage
from tests.factories import ConferencePageFactory, SessionPageFactory


@pytest.mark.django_db
def test_editor_can_create_in_sections_but_not_publish(editor, home, events_index, speakers_index):
    session = SessionPageFactory(parent=ConferencePageFactory())

    assert [
        events_index.permissions_for_user(editor).can_add_subpage(),
        speakers_index.permissions_for_user(editor).can_add_subpage(),
        home.permissions_for_user(editor).can_add_subpage(),
        session.permissions_for_user(editor).can_edit(),
        session.permissions_for_user(editor).can_publish(),
    ] == [True, True, False, True, False]


@pytest.mark.django_db
def test_moderator_can_publish_anywhere(moderator, home):
    session = SessionPageFactory(parent=ConferencePageFactory())

    assert [
        session.permissions_for_user(moderator).can_publish(),
        home.permissions_for_user(moderator).can_publish(),
    ] == [True, True]


@pytest.mark.django_db
def test_events_section_is_under_the_moderation_workflow(events_index):
    conference = ConferencePageFactory()

    assert conference.get_workflow().name == "Conference report review"
    assert [task.specific.groups.get().name for task in conference.get_workflow().tasks] == ["Moderators"]


@pytest.mark.django_db
def test_editor_creates_speaker_in_admin_with_title_from_names(client, editor, speakers_index):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:add", args=("speakers", "speakerpage", speakers_index.pk))
    data = nested_form_data(
        {
            "given_name": "Yonghui",
            "family_name": "Liang",
            "name_order": "family_first",
            "other_names": "Yonghui Liang",
            "position": "Deputy General Manager",
            "biography": rich_text(""),
            "slug": "",
        }
    )

    response = client.post(url, data)

    speaker = SpeakerPage.objects.get()
    assert response.status_code == 302
    assert (speaker.title, speaker.slug, speaker.live) == ("Liang Yonghui", "liang-yonghui", False)


@pytest.mark.django_db
def test_editor_submits_session_and_moderator_publishes(client, editor, moderator):
    conference = ConferencePageFactory()
    client.force_login(editor)
    add_url = reverse("wagtailadmin_pages:add", args=("conference", "sessionpage", conference.pk))
    data = nested_form_data(
        {
            "title": "Analysis of Silver and Gold Price Trends",
            "slug": "silver-and-gold-price-trends",
            "kind": "keynote",
            "track": "",
            "date": "2025-05-16",
            "start_time": "10:00",
            "end_time": "",
            "room": "",
            "teaser": "Why silver follows copper.",
            "summary": streamfield([("heading", {"text": "Price logic", "level": "h2"})]),
            "participants": inline_formset([]),
            "links": inline_formset([]),
            "video_url": "",
            "action-submit": "Submit for moderation",
        }
    )

    client.post(add_url, data)
    session = SessionPage.objects.get()
    state_after_submit = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(session.pk))

    client.force_login(moderator)
    task_state = state_after_submit.current_task_state
    approve_url = reverse("wagtailadmin_pages:workflow_action", args=(session.pk, "approve", task_state.pk))
    client.post(approve_url, {"comment": ""})
    session.refresh_from_db()

    assert state_after_submit.status == "in_progress"
    assert (session.live, session.url) == (True, f"{conference.url}silver-and-gold-price-trends/")


@pytest.mark.django_db
def test_anonymous_visitor_cannot_see_draft_preview_or_admin(client):
    draft = SessionPageFactory(parent=ConferencePageFactory(), live=False, slug="secret-draft")
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=(draft.pk,))

    draft_response = client.get(f"{draft.get_parent().url}secret-draft/")
    preview_response = client.get(preview_url)
    admin_response = client.get("/admin/")

    assert draft_response.status_code == 404
    assert (preview_response.status_code, preview_response["Location"].split("?")[0]) == (302, "/admin/login/")
    assert (admin_response.status_code, admin_response["Location"].split("?")[0]) == (302, "/admin/login/")


@pytest.mark.django_db
def test_revision_round_trip_restores_earlier_content():
    session = SessionPageFactory(parent=ConferencePageFactory(), teaser="First teaser")
    first = session.save_revision()
    session.teaser = "Second teaser"
    session.save_revision().publish()

    restored = first.as_object()

    assert (restored.teaser, SessionPage.objects.get(pk=session.pk).teaser) == ("First teaser", "Second teaser")
    assert Page.objects.get(pk=session.pk).revisions.count() == 2
