"""Share cards are drawn by a background task: enqueued when a page is published, run by the worker."""

import pytest
from django_tasks_db.models import DBTaskResult
from PIL import Image

from django.core.management import call_command
from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from sharing.share_cards.models import ShareCard
from sharing.share_cards.tasks import refresh_share_card
from tests.factories import ConferencePageFactory, SessionPageFactory

CARD_TASK = "sharing.share_cards.tasks.refresh_share_card"


def publish_form(session):
    """The session editor's form as the admin posts it, with the Publish button pressed."""
    return nested_form_data(
        {
            "title": session.title,
            "slug": session.slug,
            "kind": session.kind,
            "date": session.date.isoformat(),
            "teaser": "Published from the admin.",
            "summary": streamfield([]),
            "participants": inline_formset([]),
            "links": inline_formset([]),
            "comments": inline_formset([]),
        }
    ) | {"action-publish": "action-publish"}


@pytest.mark.django_db
def test_the_task_draws_and_stores_the_card():
    session = SessionPageFactory(parent=ConferencePageFactory(), title="Silver price outlook")

    refresh_share_card.enqueue(session.pk)

    card = ShareCard.objects.get(page=session)
    with card.image.open("rb") as handle:
        assert Image.open(handle).size == (1200, 630)


@pytest.mark.django_db
def test_publishing_in_the_admin_enqueues_the_card_and_does_not_draw_it(
    client, moderator, database_tasks, django_capture_on_commit_callbacks
):
    session = SessionPageFactory(parent=ConferencePageFactory(), live=False)
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtailadmin_pages:edit", args=(session.pk,)), publish_form(session))

    queued = DBTaskResult.objects.filter(task_path=CARD_TASK)
    assert response.status_code == 302
    assert session.__class__.objects.get(pk=session.pk).live
    assert [(task.status, task.args_kwargs["args"]) for task in queued] == [("READY", [session.pk])]
    assert not ShareCard.objects.filter(page=session).exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_worker_runs_a_queued_card(database_tasks, own_signal_handlers):
    session = SessionPageFactory(parent=ConferencePageFactory())
    refresh_share_card.enqueue(session.pk)
    queued_before = ShareCard.objects.filter(page=session).exists()

    call_command("run_worker", "--batch", "--no-schedule", "--no-startup-delay", verbosity=0)

    assert queued_before is False
    assert ShareCard.objects.filter(page=session).exists()
    assert list(DBTaskResult.objects.filter(task_path=CARD_TASK).values_list("status", flat=True)) == ["SUCCESSFUL"]
