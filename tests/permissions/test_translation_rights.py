"""The Chinese tree has the English tree's group rights and review workflow, on existing databases
(migration 0003) and on pages translated later (translate_skeleton, wagtail-localize)."""

import importlib
from urllib.parse import urlencode

import pytest

from django.apps import apps
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import GroupPagePermission, Locale, Workflow, WorkflowPage

from conference.editing.translation_review import synced_translation
from tests.factories import ConferencePageFactory, SessionPageFactory

migration = importlib.import_module("site_setup.migrations.0003_rights_and_workflow_for_translations")


def rights_of(page):
    permissions = GroupPagePermission.objects.filter(page=page)
    return sorted(permissions.values_list("group__name", "permission__codename"))


@pytest.mark.django_db
def test_translated_skeleton_gets_the_groups_rights_and_the_review_workflow(
    chinese_skeleton, home, events_index, editor, moderator
):
    chinese_events = chinese_skeleton["events"]
    chinese_home = chinese_events.get_parent()
    chinese_conference = ConferencePageFactory(parent=chinese_events, locale=chinese_events.locale)

    assert [rights_of(chinese_home), rights_of(chinese_events)] == [rights_of(home), rights_of(events_index)]
    assert [
        chinese_events.permissions_for_user(editor).can_add_subpage(),
        chinese_home.permissions_for_user(editor).can_add_subpage(),
        chinese_conference.permissions_for_user(editor).can_publish(),
        chinese_home.permissions_for_user(moderator).can_publish(),
        chinese_conference.get_workflow().name,
    ] == [True, False, False, True, "Conference report review"]


@pytest.mark.django_db
def test_migration_gives_existing_translations_the_rights_they_lack(chinese_skeleton, events_index):
    chinese_events = chinese_skeleton["events"]
    GroupPagePermission.objects.filter(page__locale=chinese_events.locale).delete()
    WorkflowPage.objects.filter(page=chinese_events).delete()
    Group.objects.get(name="Editors").permissions.clear()

    migration.share_rights(apps, None)
    migration.share_rights(apps, None)  # a second run adds nothing

    assert rights_of(chinese_events) == rights_of(events_index)
    assert WorkflowPage.objects.get(page=chinese_events).workflow.name == "Conference report review"
    assert list(Group.objects.get(name="Editors").permissions.values_list("codename", flat=True)) == [
        "submit_translation"
    ]


@pytest.mark.django_db
def test_a_workflow_chosen_by_hand_for_a_translation_is_kept(chinese_skeleton):
    chinese_events = chinese_skeleton["events"]
    translators_review = Workflow.objects.create(name="Translators' review")
    WorkflowPage.objects.filter(page=chinese_events).update(workflow=translators_review)

    migration.share_rights(apps, None)

    assert WorkflowPage.objects.get(page=chinese_events).workflow == translators_review


@pytest.mark.django_db
def test_editor_translates_a_session_and_submits_it_then_a_moderator_approves_it(
    client, chinese_skeleton, editor, moderator
):
    conference = ConferencePageFactory()
    session = SessionPageFactory(parent=conference, title="Keynote")
    client.force_login(editor)
    client.post(reverse("conference_editing:translate", args=(conference.pk,)), {"locale": "zh-hans"})
    chinese_session = session.get_translation(Locale.objects.get(language_code="zh-hans")).specific
    translation = synced_translation(chinese_session)
    title = translation.source.stringsegment_set.get(context__path="title")

    editor_page = client.get(reverse("wagtailadmin_pages:edit", args=(chinese_session.pk,)))
    saved = client.put(
        reverse("wagtail_localize:edit_string_translation", args=(translation.pk, title.pk)),
        urlencode({"value": "主旨演讲"}),
        content_type="application/x-www-form-urlencoded",
    )
    submitted = client.post(reverse("conference_editing:submit_translation", args=(chinese_session.pk,)))
    task_state = chinese_session.current_workflow_task_state
    client.force_login(moderator)
    approved = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(chinese_session.pk, "approve", task_state.pk)),
        {"comment": ""},
    )
    chinese_session.refresh_from_db()

    assert [editor_page.status_code, saved.status_code, submitted.status_code, approved.status_code] == [
        200,
        201,
        302,
        302,
    ]
    assert task_state.workflow_state.workflow.name == "Conference report review"
    assert [chinese_session.live, chinese_session.title, chinese_session.url] == [
        True,
        "主旨演讲",
        f"/zh-hans/events/{conference.slug}/{session.slug}/",
    ]


@pytest.mark.django_db
def test_a_translation_in_moderation_cannot_be_submitted_twice(client, chinese_skeleton, editor):
    conference = ConferencePageFactory()
    client.force_login(editor)
    client.post(reverse("conference_editing:translate", args=(conference.pk,)), {"locale": "zh-hans"})
    chinese_conference = conference.get_translation(Locale.objects.get(language_code="zh-hans"))
    url = reverse("conference_editing:submit_translation", args=(chinese_conference.pk,))

    first, second = client.post(url), client.post(url)

    assert [first["Location"], second["Location"]] == [
        reverse("wagtailadmin_pages:edit", args=(chinese_conference.pk,)),
        "/admin/",  # Wagtail's answer to a refused permission
    ]
