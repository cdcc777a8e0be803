"""Wagtail's site lookup answered from memory while the content version stands (delivery/sites.py)."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Site

from delivery import sites
from tests.factories import ConferencePageFactory

pytestmark = pytest.mark.django_db


def site_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in queries if '"wagtailcore_site"' in query["sql"]]


def test_second_request_does_not_look_the_site_up_again(client):
    conference = ConferencePageFactory(title="2025 Silver Conference")
    first = site_queries(client, conference.url)

    second = site_queries(client, conference.url)

    assert (len(first) > 0, second) == (True, [])


def test_a_changed_site_is_looked_up_again(client, django_capture_on_commit_callbacks):
    conference = ConferencePageFactory(title="2025 Silver Conference")
    client.get(conference.url)
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Silver Reports"

    with django_capture_on_commit_callbacks(execute=True):
        site.save()

    assert len(site_queries(client, conference.url)) > 0


def test_memory_stays_bounded_whatever_hosts_are_asked_for(client, settings):
    settings.ALLOWED_HOSTS = ["*"]

    for number in range(sites.MAX_REMEMBERED_HOSTS * 2):
        client.get("/", HTTP_HOST=f"host{number}.example.org")

    assert 0 < len(sites._remembered) <= sites.MAX_REMEMBERED_HOSTS
