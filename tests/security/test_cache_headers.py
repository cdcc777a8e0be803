"""Caching headers: public pages may sit in a CDN; the admin, previews, private pages and search never in a shared one.

Our choice for public pages (docs/security.md): no header that forbids caching, and
`Cache-Control: public, s-maxage=<CDN_CACHE_SECONDS>` when a CDN is configured.
"""

import pytest

from django.test import override_settings
from django.urls import reverse

from wagtail.models import PageViewRestriction

from tests.factories import ConferencePageFactory, SessionPageFactory

from . import figures

pytestmark = pytest.mark.django_db
FORBIDS_SHARED_CACHE = ("private", "no-store")


def directives(response):
    return {part.strip().split("=")[0] for part in response.get("Cache-Control", "").split(",") if part.strip()}


@pytest.fixture
def pages(db):
    public = ConferencePageFactory(slug="open-conference")
    private = ConferencePageFactory(slug="closed-conference")
    child = SessionPageFactory(parent=private, slug="closed-session")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="pw")
    return public, private, child


@override_settings(CDN_CACHE_SECONDS=300)
def test_public_pages_may_be_kept_by_a_cdn(probe, pages):
    public, _private, _child = pages

    answers = [probe.get(url) for url in ("/", "/events/", public.url, "/speakers/")]

    assert [(response.status_code, response["Cache-Control"]) for response in answers] == [
        (200, "public, s-maxage=300")
    ] * 4


@override_settings(CDN_CACHE_SECONDS=300)
def test_private_pages_and_search_are_never_cached_publicly(probe, pages):
    _public, private, child = pages

    answers = {url: probe.get(url) for url in (private.url, child.url, "/search/?q=silver")}

    assert {url: directives(response) & {"public", "private"} for url, response in answers.items()} == {
        private.url: {"private"},
        child.url: {"private"},
        "/search/?q=silver": {"private"},
    }
    assert [("no-store" in directives(response)) for response in answers.values()] == [True, True, False]


def test_search_is_private_in_every_language_whichever_is_asked_first(probe, pages):
    # The search's address differs per language (/search/, /zh-hans/search/): neither may be
    # mistaken for a public page because the other was looked up first.
    answers = [probe.get(url) for url in ("/zh-hans/search/?q=silver", "/search/?q=silver")]

    assert [directives(response) & {"public", "private"} for response in answers] == [{"private"}, {"private"}]


def test_private_page_after_the_password_is_never_stored(client, pages):
    _public, private, _child = pages
    restriction = private.get_view_restrictions().get()
    form_url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, private.pk])
    client.post(form_url, {"password": "pw", "return_url": private.url})

    response = figures.count_response(client.get(private.url))

    assert (response.status_code, {"private", "no-store"} <= directives(response)) == (200, True)


def test_admin_and_previews_are_never_cached(client, editor, pages):
    public, _private, _child = pages
    client.force_login(editor)
    urls = [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_pages:edit", args=[public.pk]),
        reverse("wagtailadmin_pages:preview_on_edit", args=[public.pk]) + "?mode=",
        reverse("wagtailadmin_pages:history", args=[public.pk]),
    ]

    answers = [figures.count_response(client.get(url)) for url in urls]

    assert [
        (response.status_code, {"private", "no-store", "no-cache"} <= directives(response)) for response in answers
    ] == [(200, True)] * 4
