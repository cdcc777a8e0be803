"""The cached list of restricted paths (delivery/restricted_pages.py) answers privacy questions without
queries, and never lets a restricted page, its children or an alias of it through."""

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from delivery import generations, restricted_pages
from tests.factories import ConferencePageFactory, SessionPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def session(db):
    conference = ConferencePageFactory(title="2025 Silver Conference", slug="silver-2025")
    return SessionPageFactory(parent=conference, title="Silver price outlook", slug="price-outlook")


def asks_for_password(response):
    return response.status_code == 200 and b'name="password"' in response.content


def restrict(page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret")


def test_unrestricted_page_needs_no_privacy_query(session, django_assert_num_queries):
    generations.start_request_memo()  # within a request, its generations are read once
    try:
        session.get_view_restrictions()  # fills the cached list

        with django_assert_num_queries(0):
            restrictions = list(session.get_view_restrictions())
    finally:
        generations.end_request_memo()

    assert restrictions == []


def test_restriction_added_after_the_list_was_cached_takes_effect(client, session, django_capture_on_commit_callbacks):
    before = client.get(session.url)

    restrict(session.get_parent(), django_capture_on_commit_callbacks)

    assert (asks_for_password(before), asks_for_password(client.get(session.url))) == (False, True)


def test_alias_of_a_page_restricted_later_asks_too(client, session, django_capture_on_commit_callbacks):
    # The alias sits under a public conference and carries no restriction of its own: only its
    # source does, which its path does not show.
    public_conference = ConferencePageFactory(title="2024 Silver Conference", slug="silver-2024")
    with django_capture_on_commit_callbacks(execute=True):
        alias = session.create_alias(parent=public_conference, update_slug="outlook-alias")
    before = client.get(alias.url)

    restrict(session, django_capture_on_commit_callbacks)

    assert (asks_for_password(before), asks_for_password(client.get(alias.url))) == (False, True)


def test_restricted_page_asks_even_when_the_cache_is_unreachable(client, session, monkeypatch):
    PageViewRestriction.objects.create(
        page=session.get_parent(), restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    monkeypatch.setattr(cache, "get", lambda *args, **kwargs: None)
    monkeypatch.setattr(cache, "set", lambda *args, **kwargs: None)

    assert asks_for_password(client.get(session.url))


def test_a_request_reads_its_generations_once(db):
    keys = [generations.RESTRICTIONS]
    first = generations.stamp_of(keys)
    generations.start_request_memo()
    try:
        seen_at_start = generations.stamp_of(keys)
        generations.Generation.objects.create(key=generations.RESTRICTIONS, value=1)  # another server, meanwhile
        seen_later = generations.stamp_of(keys)
    finally:
        generations.end_request_memo()

    assert (seen_at_start, seen_later == first, generations.stamp_of(keys) == first) == (first, True, False)


def test_the_list_of_restricted_paths_is_read_again_after_its_time(session, monkeypatch):

    restricted_pages.restricted_paths()
    monkeypatch.setattr(restricted_pages, "_load_restricted_paths", lambda: ("0001",))
    fresh = restricted_pages.restricted_paths()
    monkeypatch.setattr(restricted_pages._seen, "max_age", 0)

    assert (fresh == ("0001",), restricted_pages.restricted_paths()) == (False, ("0001",))


def test_a_process_without_the_list_reads_it_with_the_generations(session, django_capture_on_commit_callbacks):
    restrict(session, django_capture_on_commit_callbacks)
    url = session.url
    generations.StampMemo.clear_all()
    generations.start_request_memo()
    try:
        with CaptureQueriesContext(connection) as queries:
            generations.read_for_request(url)
            restricted = restricted_pages.is_restricted(session)
    finally:
        generations.end_request_memo()

    assert (len(queries), restricted) == (1, True)
    assert "pageviewrestriction" in queries[0]["sql"] and "delivery_generation" in queries[0]["sql"]
