"""Scheduling a whole conference report: its unpublished pages go live together at one time."""

import datetime

import pytest
import time_machine

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Revision

from conference.models import SessionPage
from tests.factories import AwardPageFactory, ConferencePageFactory, SessionPageFactory


def draft_session(conference, title, user):
    session = SessionPageFactory(parent=conference, title=title, live=False)
    session.save_revision(user=user)
    return session


def schedule_form(go_live_at):
    return {"go_live_at": go_live_at.strftime("%Y-%m-%d %H:%M")}


@pytest.mark.django_db
def test_moderator_schedules_every_unpublished_page_of_the_report(client, editor, moderator):
    conference = ConferencePageFactory()
    first = draft_session(conference, "First", editor)
    second = draft_session(conference, "Second", editor)
    second.get_workflow().start(second, editor)
    already_live = SessionPageFactory(parent=conference, title="Already live")
    award = AwardPageFactory(parent=conference, live=False)
    award.save_revision(user=editor)
    go_live_at = (timezone.now() + datetime.timedelta(days=2)).replace(second=0, microsecond=0)
    client.force_login(moderator)

    response = client.post(reverse("conference_editing:schedule", args=(conference.pk,)), schedule_form(go_live_at))

    scheduled = Revision.page_revisions.filter(approved_go_live_at__isnull=False)
    assert response["Location"] == reverse("conference_editing:progress", args=(conference.pk,))
    assert sorted((int(revision.object_id), revision.approved_go_live_at) for revision in scheduled) == sorted(
        [(first.pk, go_live_at), (second.pk, go_live_at), (award.pk, go_live_at)]
    )
    assert [SessionPage.objects.get(pk=page.pk).live for page in (first, second, already_live)] == [False, False, True]
    assert second.current_workflow_state is None


@pytest.mark.django_db
def test_scheduled_report_goes_live_together_when_its_time_comes(editor, moderator, client):
    conference = ConferencePageFactory()
    sessions = [draft_session(conference, title, editor) for title in ("First", "Second", "Third")]
    go_live_at = timezone.now() + datetime.timedelta(hours=1)
    client.force_login(moderator)
    client.post(reverse("conference_editing:schedule", args=(conference.pk,)), schedule_form(go_live_at))
    before = [SessionPage.objects.get(pk=session.pk).live for session in sessions]

    with time_machine.travel(go_live_at + datetime.timedelta(minutes=5)):
        call_command("publish_scheduled", verbosity=0)

    published = SessionPage.objects.filter(pk__in=[session.pk for session in sessions])
    assert before == [False, False, False]
    assert [page.live for page in published.order_by("path")] == [True, True, True]


@pytest.mark.django_db
def test_editor_cannot_schedule_the_report(client, editor):
    conference = ConferencePageFactory()
    session = draft_session(conference, "Draft", editor)
    client.force_login(editor)
    url = reverse("conference_editing:schedule", args=(conference.pk,))

    get_response = client.get(url)
    post_response = client.post(url, schedule_form(timezone.now() + datetime.timedelta(days=1)))

    assert [get_response["Location"], post_response["Location"]] == ["/admin/", "/admin/"]
    assert Revision.page_revisions.filter(object_id=str(session.pk), approved_go_live_at__isnull=False).count() == 0


@pytest.mark.django_db
def test_schedule_refuses_a_time_in_the_past(client, editor, moderator):
    conference = ConferencePageFactory()
    draft_session(conference, "Draft", editor)
    client.force_login(moderator)

    response = client.post(
        reverse("conference_editing:schedule", args=(conference.pk,)),
        schedule_form(timezone.now() - datetime.timedelta(days=1)),
    )

    assert list(response.context["form"].errors) == ["go_live_at"]
    assert Revision.page_revisions.filter(approved_go_live_at__isnull=False).count() == 0
