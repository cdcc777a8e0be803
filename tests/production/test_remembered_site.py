"""Wagtail's site lookup answered from memory while the content version stands (delivery/sites.py)."""

import pytest

from django.core.cache import caches
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from wagtail.models import Site
from wagtail.models.sites import get_site_for_hostname

from core.models import HomePage
from delivery import sites
from delivery.generations import StampMemo
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


HOSTS = [("example.org", 80), ("example.org", 8080), ("other.example.org", 80), ("unknown.example.net", 443)]
SITE_SETS = {
    "default only": [("localhost", 80, True)],
    "host and default": [("localhost", 80, True), ("example.org", 80, False)],
    "host on two ports": [("localhost", 80, True), ("example.org", 80, False), ("example.org", 8080, False)],
    "default is the host": [("example.org", 443, True), ("other.example.org", 80, False)],
    "two ports, no default": [("example.org", 81, False), ("example.org", 82, False)],
    "default on another port": [("example.org", 443, True), ("example.org", 8443, False)],
}


@pytest.mark.parametrize("site_set", SITE_SETS, ids=list(SITE_SETS))
def test_the_site_chosen_for_a_host_is_the_one_wagtail_chooses(site_set):
    root = Site.objects.get(is_default_site=True).root_page
    Site.objects.all().delete()
    for hostname, port, is_default in SITE_SETS[site_set]:
        Site.objects.create(hostname=hostname, port=port, is_default_site=is_default, root_page=root)
    loaded = sites.load_sites()

    for hostname, port in HOSTS:
        try:
            expected = get_site_for_hostname(hostname, port)
        except Site.DoesNotExist:
            expected = None
        assert sites.choose_site(loaded, hostname, port) == expected, (hostname, port)


def test_one_query_brings_the_site_its_specific_root_page_and_the_root_paths(client):
    conference = ConferencePageFactory(title="2025 Silver Conference")
    StampMemo.clear_all()
    caches["default"].clear()

    queries = site_queries(client, conference.url)
    request = RequestFactory().get(conference.url)
    sites.RememberedSiteMiddleware(lambda request: None)(request)

    assert len(queries) == 1
    assert isinstance(request._wagtail_site.root_page, HomePage)
    assert request._wagtail_cached_site_root_paths == Site.get_site_root_paths()
