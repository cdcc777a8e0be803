"""The page listing offers bulk Publish and Unpublish only to those who may publish."""

import pytest

from django.urls import reverse

from tests.factories import ConferencePageFactory, SessionPageFactory


def bulk_action_labels(client, user, page):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_explore", args=(page.pk,)))
    assert response.status_code == 200
    footer = response.content.decode().split('class="bulk-actions-buttons"')[1].split("</ul>")[0]
    labels = ("Publish selected pages", "Unpublish selected pages", "Move selected pages")
    return [label for label in labels if label in footer]


@pytest.mark.django_db
def test_editor_is_not_offered_bulk_publish(client, editor):
    conference = ConferencePageFactory()
    SessionPageFactory(parent=conference)

    assert bulk_action_labels(client, editor, conference) == ["Move selected pages"]


@pytest.mark.django_db
def test_moderator_is_offered_bulk_publish_and_may_use_it(client, moderator):
    conference = ConferencePageFactory()
    session = SessionPageFactory(parent=conference, live=False)

    assert bulk_action_labels(client, moderator, conference) == [
        "Publish selected pages",
        "Unpublish selected pages",
        "Move selected pages",
    ]
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    response = client.post(f"{url}?id={session.pk}", {"include_descendants": ""})
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.live
