"""Permanent links (/p/<id>/) and automatic redirects when a page is renamed or moved."""

import pytest

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import PageViewRestriction

from tests.factories import ConferencePageFactory, SessionPageFactory

from .conftest import SENTINEL, make_session, publish


def test_permalink_of_live_page_redirects_to_its_url(client, session):
    response = client.get(f"/p/{session.pk}/")

    assert (response.status_code, response["Location"]) == (302, "/events/silver-2025/silver-gold-prices/")


def test_permalink_of_draft_page_is_not_found(client, conference):
    draft = SessionPageFactory(parent=conference, title=SENTINEL, live=False)

    response = client.get(f"/p/{draft.pk}/")

    assert (response.status_code, response.has_header("Location")) == (404, False)


def test_permalink_of_unpublished_page_is_not_found(client, session):
    session.unpublish()

    response = client.get(f"/p/{session.pk}/")

    assert (response.status_code, response.has_header("Location")) == (404, False)


def test_permalink_of_private_page_is_not_found(client, session):
    PageViewRestriction.objects.create(page=session, restriction_type=PageViewRestriction.LOGIN)

    response = client.get(f"/p/{session.pk}/")

    assert (response.status_code, response.has_header("Location")) == (404, False)


def test_permalink_of_unknown_id_is_not_found(client, db):
    response = client.get("/p/999999/")

    assert (response.status_code, response.has_header("Location")) == (404, False)


def test_permalink_of_tree_root_is_not_found(client, db):
    response = client.get("/p/1/")

    assert response.status_code == 404


def test_renamed_then_moved_session_is_reached_from_first_url_and_permalink(
    client, conference, session, django_capture_on_commit_callbacks
):
    first_url = session.url
    other_conference = publish(ConferencePageFactory(title="2026 Silver Conference", slug="silver-2026"))

    with django_capture_on_commit_callbacks(execute=True):
        session.slug = "gold-silver-prices"
        publish(session)
    with django_capture_on_commit_callbacks(execute=True):
        session.move(other_conference, pos="last-child")

    session.refresh_from_db()
    old = client.get(first_url)
    renamed = client.get("/events/silver-2025/gold-silver-prices/")
    permanent = client.get(f"/p/{session.pk}/")
    current = client.get(session.url)
    assert session.url == "/events/silver-2026/gold-silver-prices/"
    assert [(r.status_code, r["Location"]) for r in (old, renamed, permanent)] == [
        (301, "/events/silver-2026/gold-silver-prices/"),
        (301, "/events/silver-2026/gold-silver-prices/"),
        (302, "/events/silver-2026/gold-silver-prices/"),
    ]
    assert current.context["page"].pk == session.pk


def test_rename_creates_automatic_redirect_for_editors_to_manage(
    conference, session, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        session.slug = "renamed"
        publish(session)

    fields = ("old_path", "redirect_page_id", "is_permanent", "automatically_created")
    redirects = list(Redirect.objects.values_list(*fields))

    assert redirects == [("/events/silver-2025/silver-gold-prices", session.pk, True, True)]


@pytest.mark.parametrize("slug", ["first-slug", "second-slug"])
def test_permalink_keeps_working_whatever_the_slug(client, conference, slug):
    session = make_session(conference, title="Topic", slug=slug)

    response = client.get(f"/p/{session.pk}/")

    assert response["Location"] == f"/events/silver-2025/{slug}/"
