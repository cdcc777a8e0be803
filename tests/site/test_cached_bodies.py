"""The home page and the directories keep their body in the fragment cache, like the report pages:
a repeat visit runs none of their listing queries, a filtered directory is never served from it,
and a publish shows at once."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ConferencePageFactory, OrganisationPageFactory, SpeakerPageFactory

pytestmark = pytest.mark.django_db


def tables_queried(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return {table for query in queries for table in LISTING_TABLES if f'"{table}"' in query["sql"]}


LISTING_TABLES = ("conference_conferencepage", "speakers_speakerpage", "speakers_organisationpage")


@pytest.fixture
def listed(db):
    organisation = OrganisationPageFactory(title="Ningbo Silver Co., Ltd.")
    SpeakerPageFactory(given_name="Yonghui", family_name="Liang", title="Liang Yonghui", organisation=organisation)
    SpeakerPageFactory(given_name="Wei", family_name="Zhang", title="Zhang Wei")
    ConferencePageFactory(title="2025 Silver Conference")


@pytest.mark.parametrize("url", ["/", "/speakers/", "/organisations/"])
def test_repeat_visit_runs_no_listing_query(client, listed, url):
    first = tables_queried(client, url)

    second = tables_queried(client, url)

    assert (bool(first), second) == (True, set())


def test_filtered_directory_is_never_served_from_the_cached_body(client, listed):
    client.get("/speakers/")

    html = client.get("/speakers/?q=yonghui liang").content.decode()

    assert ("Liang Yonghui" in html, "Zhang Wei" in html) == (True, False)


def test_published_speaker_shows_in_the_cached_directory_at_once(client, listed, django_capture_on_commit_callbacks):
    client.get("/speakers/")
    speaker = SpeakerPageFactory(given_name="Min", family_name="Chen", title="Chen Min", live=False)

    with django_capture_on_commit_callbacks(execute=True):
        speaker.save_revision().publish()

    assert "Chen Min" in client.get("/speakers/").content.decode()
