"""One public address: DJANGO_SITE_URL, written into the default Site by `migrate`, is where every
absolute URL the site emits points, in pages, the admin, feeds, sitemap, calendars, frab exports,
JSON-LD, share cards and the API. Checked for a development address and a production one."""

import re
from urllib.parse import urlsplit

import pytest

from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.test import override_settings

from wagtail.models import Site

from core.site_url import PublicAddress, apply_site_url, check_site_url, parse_site_url
from tests.factories import AwardPageFactory, AwardRecipientFactory

from .conftest import publish

DEV = "http://127.0.0.1:8141"
PRODUCTION = "https://reports.example.org"
# Addresses that are not ours: standards' namespaces and the fixtures' organisation websites.
FOREIGN_HOSTS = {
    "schema.org",
    "www.w3.org",
    "www.sitemaps.org",
    "www.google.com",
    "purl.org",
    "c3voc.de",
    "www.smm.cn",
    "zijin.example.com",
    "example.com",
}
ABSOLUTE_URL = re.compile(r"""https?://[^\s"'<>\\)]+""")


def default_site():
    return Site.objects.get(is_default_site=True)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://reports.example.org", PublicAddress("reports.example.org", 443)),
        ("https://reports.example.org/", PublicAddress("reports.example.org", 443)),
        ("http://127.0.0.1:8000", PublicAddress("127.0.0.1", 8000)),
        ("http://reports.example.org", PublicAddress("reports.example.org", 80)),
    ],
)
def test_parse_site_url(url, expected):
    assert parse_site_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "reports.example.org",
        "ftp://reports.example.org",
        "https://reports.example.org/reports/",
        "https://reports.example.org:8443",
        "http://reports.example.org:443",
        "https://reports.example.org?x=1",
        "http://127.0.0.1:port",
    ],
)
def test_parse_site_url_refuses_what_wagtail_cannot_serve(url):
    with pytest.raises(ImproperlyConfigured, match="DJANGO_SITE_URL"):
        parse_site_url(url)


@pytest.mark.parametrize(("url", "root_url"), [(DEV, DEV), (PRODUCTION, PRODUCTION)])
def test_migrate_writes_the_address_into_the_default_site(db, url, root_url):
    with override_settings(SITE_URL=url):
        call_command("migrate", verbosity=0, skip_checks=True)
    assert default_site().root_url == root_url


def test_empty_address_leaves_the_site_alone(db):
    before = default_site().root_url
    with override_settings(SITE_URL=""):
        apply_site_url()
    assert default_site().root_url == before


def test_check_warns_while_the_database_disagrees(db):
    with override_settings(SITE_URL=PRODUCTION):
        assert [message.id for message in check_site_url()] == ["core.W001"]
        apply_site_url()
        assert check_site_url() == []


def test_check_reports_an_address_it_cannot_use(db):
    with override_settings(SITE_URL="https://reports.example.org/reports/"):
        assert [message.id for message in check_site_url()] == ["core.E001"]


@pytest.fixture
def award(conference, speaker):
    award = AwardPageFactory(parent=conference, title="Silver Glory Award 2025", slug="glory")
    AwardRecipientFactory(award=award, organisation=speaker.organisation)
    return publish(award)


def public_answers(client, conference, session, speaker, award):
    """Every page type and export a reader, crawler, calendar or API client gets."""
    organisation = speaker.organisation
    urls = [
        "/",
        "/events/",
        conference.url,
        session.url,
        award.url,
        "/speakers/",
        speaker.url,
        "/organisations/",
        organisation.url,
        "/search/?q=silver",
        "/no-such-page/",
        f"{conference.url}calendar.ics",
        f"{session.url}calendar.ics",
        f"{conference.url}schedule.xml",
        f"{conference.url}schedule.json",
        "/feeds/reports.rss",
        "/feeds/reports.atom",
        f"/feeds/events/{conference.pk}/reports.rss",
        f"/feeds/events/{conference.pk}/reports.atom",
        "/sitemap.xml",
        "/robots.txt",
        "/api/v2/pages/",
        f"/api/v2/pages/{session.pk}/",
        f"/api/v2/pages/{conference.pk}/",
        f"/api/v2/pages/{award.pk}/",
        f"/api/v2/pages/{speaker.pk}/",
        "/api/v2/images/",
    ]
    answers = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        # iCalendar folds long lines; unfolded, a URL reads in one piece (RFC 5545 3.1).
        answers[url] = response.content.decode().replace("\r\n ", "")
    redirect = client.get(f"/p/{session.pk}/")
    answers["/p/ Location"] = redirect["Location"]
    return answers


def foreign_or_elsewhere(answers, address):
    """Absolute URLs that neither start with the address nor belong to someone else."""
    wrong = []
    for url, body in answers.items():
        for found in ABSOLUTE_URL.findall(body):
            if found.startswith(address + "/") or found == address:
                continue
            if urlsplit(found).hostname not in FOREIGN_HOSTS:
                wrong.append((url, found))
    return wrong


@pytest.mark.parametrize("address", [DEV, PRODUCTION])
def test_every_absolute_url_starts_with_the_address(client, conference, session, speaker, award, address):
    with override_settings(SITE_URL=address):
        apply_site_url()
        answers = public_answers(client, conference, session, speaker, award)

    assert foreign_or_elsewhere(answers, address) == []
    # The ones that must be there are there.
    conference_page, session_page = answers[conference.url], answers[session.url]
    assert f'<link rel="canonical" href="{address}{session.url}">' in session_page
    assert f'<meta property="og:url" content="{address}{session.url}">' in session_page
    assert f'content="{address}/p/{session.pk}/card.png' in session_page
    assert f'<link rel="shortlink" href="{address}/p/{session.pk}/">' in session_page
    assert f"data-share-link>{address}/p/{session.pk}/</a>" in session_page
    assert f'"url": "{address}{conference.url}"' in conference_page or f'"url":"{address}' in conference_page
    assert f"<loc>{address}{session.url}</loc>" in answers["/sitemap.xml"]
    assert f"URL:{address}{session.url}" in answers[f"{conference.url}calendar.ics"]
    assert f"{address}/api/v2/pages/{session.pk}/" in answers["/api/v2/pages/"]
    assert answers["/p/ Location"] in (session.url, f"{address}{session.url}")


@pytest.mark.parametrize("address", [DEV, PRODUCTION])
def test_calendar_uids_name_the_host_and_stay_stable(client, conference, session, address):
    with override_settings(SITE_URL=address):
        apply_site_url()
        first = client.get(f"{conference.url}calendar.ics").content.decode()
        again = client.get(f"{session.url}calendar.ics").content.decode()
    uid = f"UID:session-{session.pk}@{urlsplit(address).hostname}"
    assert uid in first
    assert uid in again


@pytest.mark.parametrize("address", [DEV, PRODUCTION])
def test_admin_permanent_link_uses_the_address(client, superuser, session, address):
    with override_settings(SITE_URL=address):
        apply_site_url()
        client.force_login(superuser)
        body = client.get(f"/admin/pages/{session.pk}/edit/").content.decode()
    assert f'href="{address}/p/{session.pk}/"' in body
    assert "http://localhost/" not in body
