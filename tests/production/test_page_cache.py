"""Whole pages for anonymous readers: stored once, served from the cache, dropped on any publish."""

import pytest

from tests.factories import ConferencePageFactory, SessionPageFactory

from .policy import PUBLIC_POLICY, policy_directives


@pytest.fixture
def conference(db):
    return ConferencePageFactory(title="2025 Silver Conference")


def get_page(client, page):
    response = client.get(page.url)
    return response.get("X-Page-Cache"), response.content.decode()


def test_anonymous_page_second_request_served_from_cache(client, conference, page_cache):
    first = get_page(client, conference)

    second = get_page(client, conference)

    assert (first[0], second[0], second[1]) == ("miss", "hit", first[1])


def test_cached_page_keeps_its_security_headers(client, conference, page_cache):
    client.get(conference.url)

    response = client.get(conference.url)

    assert (
        response["X-Page-Cache"],
        response["X-Frame-Options"],
        response["X-Content-Type-Options"],
        policy_directives(response["Content-Security-Policy"]),
    ) == ("hit", "DENY", "nosniff", policy_directives(PUBLIC_POLICY))


def test_publish_drops_cached_pages(client, conference, page_cache, django_capture_on_commit_callbacks):
    client.get(conference.url)
    conference.title = "2025 Silver Conference, revised"

    with django_capture_on_commit_callbacks(execute=True):
        conference.save_revision().publish()

    status, html = get_page(client, conference)
    assert (status, "2025 Silver Conference, revised" in html) == ("miss", True)


def test_publishing_a_session_drops_its_cached_conference_page(
    client, conference, page_cache, django_capture_on_commit_callbacks
):
    session = SessionPageFactory(parent=conference, title="Silver price outlook")
    client.get(conference.url)
    session.title = "Silver price outlook for 2026"

    with django_capture_on_commit_callbacks(execute=True):
        session.save_revision().publish()

    assert get_page(client, conference)[0] == "miss"


def test_unpublish_stops_serving_cached_page(client, conference, page_cache, django_capture_on_commit_callbacks):
    client.get(conference.url)

    with django_capture_on_commit_callbacks(execute=True):
        conference.unpublish()

    response = client.get(conference.url)
    assert (response.status_code, response.get("X-Page-Cache")) == (404, None)


def test_move_drops_cached_pages(client, conference, page_cache, django_capture_on_commit_callbacks):
    first = ConferencePageFactory(title="2024 Silver Conference")
    session = SessionPageFactory(parent=first, title="Moved session")
    client.get(first.url)

    with django_capture_on_commit_callbacks(execute=True):
        session.move(conference, pos="last-child")

    assert get_page(client, first)[0] == "miss"


def test_delete_drops_cached_pages(client, conference, page_cache, django_capture_on_commit_callbacks):
    session = SessionPageFactory(parent=conference, title="Deleted session")
    client.get(conference.url)

    with django_capture_on_commit_callbacks(execute=True):
        session.delete()

    status, html = get_page(client, conference)
    assert (status, "Deleted session" in html) == ("miss", False)


def test_saving_a_draft_keeps_cached_pages(client, conference, page_cache, django_capture_on_commit_callbacks):
    client.get(conference.url)
    conference.title = "Draft title"

    with django_capture_on_commit_callbacks(execute=True):
        conference.save_revision()

    status, html = get_page(client, conference)
    assert (status, "Draft title" in html) == ("hit", False)


def test_request_with_session_cookie_is_never_cached(client, conference, superuser, page_cache):
    client.force_login(superuser)

    statuses = [client.get(conference.url).get("X-Page-Cache") for _ in range(2)]

    assert statuses == [None, None]


def test_admin_is_never_cached(client, superuser, page_cache):
    client.force_login(superuser)
    client.logout()

    statuses = [client.get("/admin/login/").get("X-Page-Cache") for _ in range(2)]

    assert statuses == [None, None]


def test_page_cache_off_renders_every_time(client, conference, settings):
    settings.PAGE_CACHE_SECONDS = 0

    statuses = [client.get(conference.url).get("X-Page-Cache") for _ in range(2)]

    assert statuses == [None, None]


def test_cdn_seconds_mark_public_pages_for_shared_caches(client, conference, settings):
    settings.CDN_CACHE_SECONDS = 300

    response = client.get(conference.url)

    assert response["Cache-Control"] == "public, s-maxage=300"
