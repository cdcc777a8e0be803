"""A speaker is stored once per role in a session: the form, the database and overlapping saves."""

import pytest

from django.db import IntegrityError, connection, transaction
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

from conference.models import SessionParticipant
from tests.factories import ConferencePageFactory, SessionPageFactory, SpeakerPageFactory

from .session_form import edit_form, participant

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft_session():
    return SessionPageFactory(parent=ConferencePageFactory(), live=False, title="Silver and Gold Price Trends")


def test_database_refuses_a_speaker_twice_in_one_role(draft_session):
    speaker = SpeakerPageFactory()
    SessionParticipant.objects.create(session=draft_session, speaker=speaker, role="panelist")
    SessionParticipant.objects.create(session=draft_session, speaker=speaker, role="moderator")

    with pytest.raises(IntegrityError), transaction.atomic():
        SessionParticipant.objects.create(session=draft_session, speaker=speaker, role="panelist")


def test_form_refuses_a_speaker_twice_in_one_role_and_keeps_what_was_typed(client, editor, draft_session):
    speaker = SpeakerPageFactory(title="Liang Yonghui")
    client.force_login(editor)
    rows = [participant(speaker, position="Deputy General Manager"), participant(speaker)]

    response = client.post(reverse("wagtailadmin_pages:edit", args=(draft_session.pk,)), edit_form(draft_session, rows))

    assert response.status_code == 200
    assert "duplicate" in response.content.decode().lower()
    assert 'value="Deputy General Manager"' in response.content.decode()
    assert draft_session.participants.count() == 0


def test_save_after_an_autosave_updates_the_row_the_autosave_stored(client, editor, draft_session):
    """The editor's "Save draft" left before the autosave's answer gave the new row its id."""
    speaker = SpeakerPageFactory()
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:edit", args=(draft_session.pk,))
    form = edit_form(draft_session, [participant(speaker)])

    autosave = client.post(url, form, headers={"accept": "application/json"})
    autosaved_pk = draft_session.participants.get().pk
    save_draft = client.post(url, form)

    assert (autosave.status_code, save_draft.status_code) == (200, 302)
    assert list(draft_session.participants.values_list("pk", "speaker")) == [(autosaved_pk, speaker.pk)]
    assert [row["speaker"] for row in draft_session.revisions.order_by("-pk").first().content["participants"]] == [
        speaker.pk
    ]


def test_a_revision_holding_a_speaker_twice_loads_with_one_row(draft_session):
    speaker = SpeakerPageFactory()
    revision = draft_session.save_revision()
    revision.content["participants"] = [
        {"pk": None, "session": draft_session.pk, "speaker": speaker.pk, "role": "speaker", "sort_order": order}
        for order in (0, 1)
    ]
    revision.save()

    revision.publish()

    assert list(draft_session.participants.values_list("speaker", "role")) == [(speaker.pk, "speaker")]


# serialized_rollback: the flush after a transactional test would otherwise take the site skeleton
# (and the content types as migrated) away from the tests that follow.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_migration_merges_the_rows_stored_twice_before_the_constraint():

    session = SessionPageFactory(parent=ConferencePageFactory())
    speaker = SpeakerPageFactory()
    before, after = (
        [("conference", "0004_help_text_and_examples")],
        [("conference", "0006_one_participant_per_speaker_and_role")],
    )
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    Historical = executor.loader.project_state(before).apps.get_model("conference", "SessionParticipant")
    for order, position in enumerate(["", "Analyst"]):
        Historical.objects.create(
            session_id=session.pk, speaker_id=speaker.pk, role="speaker", sort_order=order, position=position
        )
    Historical.objects.create(session_id=session.pk, speaker_id=speaker.pk, role="moderator", sort_order=2)

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(after)
    merged = list(
        executor.loader.project_state(after)
        .apps.get_model("conference", "SessionParticipant")
        .objects.filter(session_id=session.pk)
        .order_by("sort_order")
        .values_list("role", "position")
    )
    # Back to the latest schema, or every later test would run against conference 0006.
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    assert merged == [("speaker", "Analyst"), ("moderator", "")]
