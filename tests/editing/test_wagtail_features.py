"""Wagtail features the editors rely on, switched on and configured for this site."""

import json

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

from wagtail.admin.models import EditingSession
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from conference.editing.content_checks import REPORT_RULES
from conference.models import ConferencePage, SessionPage
from tests.factories import ConferencePageFactory, SessionPageFactory


@pytest.mark.django_db
def test_session_editor_offers_comments(client, editor):
    session = SessionPageFactory(parent=ConferencePageFactory())
    client.force_login(editor)

    response = client.get(reverse("wagtailadmin_pages:edit", args=(session.pk,)))

    assert "comments" in response.context["form"].formsets
    assert response.content.decode().count('id="comments-data"') == 1


@pytest.mark.django_db
def test_editor_is_warned_when_a_moderator_saved_a_newer_version(client, editor, moderator):
    session = SessionPageFactory(parent=ConferencePageFactory())
    opened_revision = session.save_revision(user=editor)
    client.force_login(editor)
    client.get(reverse("wagtailadmin_pages:edit", args=(session.pk,)))
    editor_session = EditingSession.objects.get(user=editor)
    # Meanwhile a moderator saves the page.
    newer = session.get_latest_revision_as_object()
    newer.teaser = "Rewritten by the moderator."
    newer_revision = newer.save_revision(user=moderator)

    response = client.post(
        reverse("wagtailadmin_editing_sessions:ping", args=("wagtailcore", "page", session.pk, editor_session.pk)),
        {"is_editing": "1", "revision_id": opened_revision.pk},
    )

    others = json.loads(response.content)["other_sessions"]
    assert [(other["user"], other["revision_id"]) for other in others] == [("moderator", newer_revision.pk)]


@pytest.mark.django_db
def test_preview_shows_the_unsaved_session_as_attendees_see_it(client, editor):
    session = SessionPageFactory(parent=ConferencePageFactory(), title="Silver price outlook")
    client.force_login(editor)
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=(session.pk,))
    form = nested_form_data(
        {
            "title": "Silver price outlook",
            "slug": session.slug,
            "kind": "keynote",
            "date": "2025-05-16",
            "teaser": "A teaser typed but not saved yet.",
            "summary": streamfield([("heading", {"text": "Price logic", "level": "h2"})]),
            "participants": inline_formset([]),
            "links": inline_formset([]),
            "comments": inline_formset([]),
        }
    )

    check = client.post(preview_url, form)
    response = client.get(preview_url)

    assert json.loads(check.content) == {"is_valid": True, "is_available": True}
    assert response.templates[0].name == "conference/session_page.html"
    assert [
        response.content.decode().count(text) > 0 for text in ("A teaser typed but not saved yet.", "Price logic")
    ] == [
        True,
        True,
    ]


# Marked: building a page reads the default locale from the database.
@pytest.mark.django_db
@pytest.mark.parametrize("model", [ConferencePage, SessionPage])
def test_previews_come_in_mobile_and_desktop_sizes(model):
    page = model()

    assert [size["name"] for size in page.preview_sizes] == ["mobile", "tablet", "desktop"]
    assert page.default_preview_size == "mobile"


@pytest.mark.django_db
def test_content_checks_in_the_editor_include_the_report_rules(client, editor):
    session = SessionPageFactory(parent=ConferencePageFactory())
    client.force_login(editor)

    response = client.get(reverse("wagtailadmin_pages:edit", args=(session.pk,)))

    configuration = json.loads(
        BeautifulSoup(response.content, "html.parser").find(id="checker-axe-configuration").string
    )
    assert configuration["options"]["runOnly"] == ContentCheckerItem.axe_run_only + REPORT_RULES


@pytest.mark.django_db
def test_slug_help_says_the_old_address_keeps_working(client, editor):
    session = SessionPageFactory(parent=ConferencePageFactory())
    client.force_login(editor)

    form = client.get(reverse("wagtailadmin_pages:edit", args=(session.pk,))).context["form"]

    assert "the old address keeps working and redirects here" in form.fields["slug"].help_text


@pytest.mark.django_db
def test_editor_page_hides_the_table_widgets_second_caption(client, editor):
    session = SessionPageFactory(parent=ConferencePageFactory())
    client.force_login(editor)

    page = client.get(reverse("wagtailadmin_pages:edit", args=(session.pk,))).content.decode()

    assert "admin_ext/table_caption.css" in page
