"""The Chinese tree has the English tree's group rights and review workflow, on existing databases
(migration 0003) and on pages translated later (translate_skeleton, wagtail-localize)."""

import importlib

import pytest

from django.apps import apps
from django.contrib.auth.models import Group

from wagtail.models import GroupPagePermission, Workflow, WorkflowPage

from tests.factories import ConferencePageFactory

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
