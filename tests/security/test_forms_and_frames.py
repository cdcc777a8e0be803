"""CSRF on the admin and the private-page form, framing rules, and `next` URLs that stay on the site."""

import pytest

from django.test import Client
from django.urls import reverse

from wagtail.models import PageViewRestriction

from tests.factories import ConferencePageFactory

from . import figures

pytestmark = pytest.mark.django_db

OFFSITE_NEXT = ["//evil.example", "https://evil.example", "/\\evil.example", "\\\\evil.example", "https:evil.example"]


@pytest.fixture
def csrf_client():
    return Client(enforce_csrf_checks=True)


@pytest.fixture
def password_page(db):
    page = ConferencePageFactory(slug="members-only")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="letmein"
    )
    return page, restriction


def password_form_url(page, restriction):
    return reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])


def test_admin_post_without_csrf_token_is_refused(csrf_client, editor):
    conference = ConferencePageFactory()
    csrf_client.force_login(editor)

    response = figures.count_response(
        csrf_client.post(reverse("wagtailadmin_pages:edit", args=[conference.pk]), {"title": "Changed"})
    )

    conference.refresh_from_db()
    assert (response.status_code, conference.title == "Changed", conference.revisions.count()) == (403, False, 0)


def test_admin_login_without_csrf_token_is_refused(csrf_client, editor):
    response = figures.count_response(
        csrf_client.post(reverse("wagtailadmin_login"), {"username": "editor", "password": "pass-for-tests"})
    )

    assert (response.status_code, "_auth_user_id" in csrf_client.session) == (403, False)


def test_private_page_password_form_without_csrf_token_is_refused(csrf_client, password_page):
    page, restriction = password_page

    response = figures.count_response(
        csrf_client.post(password_form_url(page, restriction), {"password": "letmein", "return_url": page.url})
    )

    assert (response.status_code, figures.count_response(csrf_client.get(page.url)).status_code) == (403, 200)
    assert b"password" in csrf_client.get(page.url).content.lower()


def test_public_pages_refuse_to_be_framed(probe, password_page):
    page, _restriction = password_page

    answers = [probe.get(url) for url in ("/", "/events/", "/search/?q=silver", page.url)]

    assert [response["X-Frame-Options"] for response in answers] == ["DENY"] * 4


def test_admin_refuses_framing_except_its_own_preview(client, editor):
    conference = ConferencePageFactory()
    client.force_login(editor)
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[conference.pk])

    dashboard = figures.count_response(client.get(reverse("wagtailadmin_home")))
    edit = figures.count_response(client.get(reverse("wagtailadmin_pages:edit", args=[conference.pk])))
    preview = figures.count_response(client.get(preview_url, {"mode": ""}))

    assert [dashboard["X-Frame-Options"], edit["X-Frame-Options"], preview["X-Frame-Options"]] == [
        "DENY",
        "DENY",
        "SAMEORIGIN",
    ]


def stays_on_site(location):
    return location.startswith("/") and not location.startswith(("//", "/\\"))


@pytest.mark.parametrize("next_url", OFFSITE_NEXT)
def test_admin_login_next_stays_on_the_site(client, editor, next_url):
    response = figures.count_response(
        client.post(
            reverse("wagtailadmin_login"), {"username": "editor", "password": "pass-for-tests", "next": next_url}
        )
    )

    assert (response.status_code, stays_on_site(response["Location"])) == (302, True)
    assert response["Location"] == reverse("wagtailadmin_home")


@pytest.mark.parametrize("next_url", OFFSITE_NEXT)
def test_private_page_form_return_url_stays_on_the_site(client, password_page, next_url):
    page, restriction = password_page

    response = figures.count_response(
        client.post(password_form_url(page, restriction), {"password": "letmein", "return_url": next_url})
    )

    assert (response.status_code, stays_on_site(response["Location"])) == (302, True)


def test_private_page_form_return_url_on_the_site_is_followed(client, password_page):
    page, restriction = password_page

    response = figures.count_response(
        client.post(password_form_url(page, restriction), {"password": "letmein", "return_url": page.url})
    )

    assert (response.status_code, response["Location"]) == (302, page.url)
