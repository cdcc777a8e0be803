"""Approving a session publishes its never-published speakers and organisations, after saying which."""

import pytest

from django.urls import reverse

from wagtail.models import WorkflowState

from conference.models import SessionParticipant
from tests.factories import ConferencePageFactory, OrganisationPageFactory, SessionPageFactory, SpeakerPageFactory

pytestmark = pytest.mark.django_db


def draft(page):
    page.live = False
    page.save()
    page.save_revision()
    return page


@pytest.fixture
def session_with_new_speaker(editor):
    organisation = draft(OrganisationPageFactory(title="Shandong Zhaojin Gold and Silver Refinery Co., Ltd."))
    speaker = draft(SpeakerPageFactory(title="Liang Yonghui", organisation=organisation))
    session = SessionPageFactory(parent=ConferencePageFactory(), live=False)
    SessionParticipant.objects.create(session=session, speaker=speaker)
    session.save_revision(user=editor)
    return session, speaker, organisation


def submit_and_approve(client, editor, moderator, session):
    workflow = session.get_workflow()
    workflow.start(session, editor)
    state = WorkflowState.objects.get(object_id=str(session.pk), status="in_progress")
    client.force_login(moderator)
    url = reverse("wagtailadmin_pages:workflow_action", args=(session.pk, "approve", state.current_task_state.pk))
    return client.post(url, {"comment": ""})


def test_moderator_is_told_which_pages_go_live_with_the_session(client, editor, moderator, session_with_new_speaker):
    session, speaker, organisation = session_with_new_speaker
    edit_url = reverse("wagtailadmin_pages:edit", args=(session.pk,))

    client.force_login(editor)
    editor_page = client.get(edit_url).content.decode()
    client.force_login(moderator)
    moderator_page = client.get(edit_url).content.decode()

    assert "also publishes these pages" not in editor_page
    assert "also publishes these pages" in moderator_page
    for page in (speaker, organisation):
        assert f'<a href="{reverse("wagtailadmin_pages:edit", args=(page.pk,))}">{page.title}</a>' in moderator_page


def test_approval_publishes_the_never_published_speaker_and_organisation(
    client, editor, moderator, session_with_new_speaker
):
    session, speaker, organisation = session_with_new_speaker

    submit_and_approve(client, editor, moderator, session)

    for page in (session, speaker, organisation):
        page.refresh_from_db()
    assert (session.live, speaker.live, organisation.live) == (True, True, True)
    assert client.get(speaker.url).status_code == 200


def test_a_speaker_taken_down_on_purpose_stays_down(client, editor, moderator, session_with_new_speaker):
    session, speaker, organisation = session_with_new_speaker
    speaker.save_revision().publish()
    speaker.refresh_from_db()
    speaker.unpublish()

    submit_and_approve(client, editor, moderator, session)

    speaker.refresh_from_db()
    organisation.refresh_from_db()
    assert (speaker.live, organisation.live) == (False, True)
