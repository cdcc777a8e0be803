"""Exports carry live, public sessions only, and follow the conference's own publication and privacy."""

import pytest

from wagtail.models import PageViewRestriction

from tests import factories

from .conftest import SENTINEL

pytestmark = pytest.mark.django_db

EXPORT_FILES = ["calendar.ics", "schedule.xml", "schedule.json"]


@pytest.mark.parametrize("file_name", EXPORT_FILES)
def test_export_leaves_out_draft_and_private_sessions(client, sample, file_name):
    response = client.get(f"{sample.conference.url}{file_name}")

    assert response.status_code == 200
    assert sample.keynote.title.encode() in response.content
    assert SENTINEL.encode() not in response.content


@pytest.mark.parametrize("file_name", EXPORT_FILES)
def test_export_leaves_out_sessions_a_signed_in_reader_may_see(client, sample, superuser, file_name):
    members_only = factories.SessionPageFactory(parent=sample.conference, title=f"Members {SENTINEL}")
    PageViewRestriction.objects.create(page=members_only, restriction_type=PageViewRestriction.LOGIN)
    client.force_login(superuser)

    response = client.get(f"{sample.conference.url}{file_name}")

    assert response.status_code == 200
    assert SENTINEL.encode() not in response.content


@pytest.mark.parametrize("file_name", EXPORT_FILES)
def test_export_of_a_draft_conference_is_not_found(client, file_name):
    draft = factories.ConferencePageFactory(live=False)
    factories.SessionPageFactory(parent=draft, title=SENTINEL)

    response = client.get(f"/events/{draft.slug}/{file_name}")

    assert response.status_code == 404
    assert SENTINEL.encode() not in response.content


@pytest.mark.parametrize("file_name", EXPORT_FILES)
def test_export_of_a_private_conference_asks_for_a_login(client, file_name):
    private = factories.ConferencePageFactory()
    factories.SessionPageFactory(parent=private, title=SENTINEL)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    response = client.get(f"{private.url}{file_name}")

    assert (response.status_code, response["Location"].split("?")[0]) == (302, "/_util/login/")
    assert SENTINEL.encode() not in response.content


@pytest.mark.parametrize("file_name", EXPORT_FILES)
def test_export_allows_reading_from_other_sites(client, sample, file_name):
    response = client.get(f"{sample.conference.url}{file_name}")

    assert (response.status_code, response["Access-Control-Allow-Origin"]) == (200, "*")
