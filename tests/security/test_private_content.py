"""Private stays private: drafts, unpublished edits, restricted pages and their children, private media.

Every public surface is fetched as an anonymous visitor and searched for every sentinel word.
"""

import pytest

from django.urls import reverse

from wagtail.models import Page
from wagtail.search.index import insert_or_update_object

from . import figures
from .private import SENTINELS, build_private_content
from .probes import leaked

pytestmark = pytest.mark.django_db

PRIVATE_PAGES = [
    "draft",
    "password conference",
    "password session",
    "login conference",
    "login session",
    "group speaker",
]


@pytest.fixture
def private(db):
    return build_private_content()


def public_surfaces(private):
    public = private["public"]
    urls = [
        "/",
        "/events/",
        "/speakers/",
        "/organisations/",
        public.url,
        private["pending"].url,
        private["speaker"].url,
        private["sponsor"].url,
        f"{public.url}public-session/",
        f"{public.url}calendar.ics",
        f"{public.url}schedule.xml",
        f"{public.url}schedule.json",
        "/sitemap.xml",
        reverse("reports_rss"),
        reverse("reports_atom"),
        reverse("conference_reports_rss", args=[public.pk]),
        "/api/v2/pages/?limit=20",
        "/api/v2/pages/?limit=20&fields=*",
        "/api/v2/pages/?type=conference.SessionPage&fields=*&limit=20",
        f"/api/v2/pages/{private['pending'].pk}/",
        "/api/v2/images/?limit=20",
        "/api/v2/documents/?limit=20",
    ]
    return urls


def private_addresses(private):
    """The private things' own addresses: each answers without showing its content."""
    urls = []
    for key in PRIVATE_PAGES:
        page = private[key]
        urls += [page.url or f"/events/{page.slug}/", reverse("permalink", args=[page.pk]), f"/api/v2/pages/{page.pk}/"]
    for key in ("password conference", "login conference"):
        urls += [f"{private[key].url}calendar.ics", f"{private[key].url}schedule.json"]
        urls += [reverse("conference_reports_rss", args=[private[key].pk])]
    urls += [private["document"].url, f"/api/v2/images/{private['image'].pk}/"]
    urls += [f"/api/v2/documents/{private['document'].pk}/"]
    return urls


def test_no_public_surface_shows_private_content(probe, private):
    findings = {}
    for url in public_surfaces(private):
        response = probe.get(url)
        findings[url] = (response.status_code, leaked(response.content, SENTINELS.values()))

    assert findings == {url: (200, []) for url in findings}


def test_private_addresses_answer_without_the_content(probe, private):
    findings = {}
    for url in private_addresses(private):
        response = probe.get(url)
        body = b"" if response.streaming else response.content
        findings[url] = (response.status_code in (200, 302, 401, 403, 404), leaked(body, SENTINELS.values()))

    assert findings == {url: (True, []) for url in findings}


def test_search_and_directories_find_no_private_content(probe, private):
    # Every page indexed, drafts and restricted ones included (the index is otherwise updated by
    # a task after the commit). The query is shown back on the page; a leak is any mention beyond
    # what a word that matches nothing gets.
    for page in Page.objects.specific():
        insert_or_update_object(page)
    baseline = probe.get("/search/?q=sntlnothing").content.count(b"sntlnothing")
    directory_baseline = probe.get("/speakers/?q=sntlnothing").content.count(b"sntlnothing")
    findings = {}
    for word in SENTINELS.values():
        mentions = probe.get(f"/search/?q={word}").content.count(word.encode()) - baseline
        directory = probe.get(f"/speakers/?q={word}").content.count(word.encode()) - directory_baseline
        findings[word] = (figures.count("leaks", mentions), figures.count("leaks", directory))

    assert (baseline, findings) == (3, dict.fromkeys(SENTINELS.values(), (0, 0)))


def test_restricted_pages_ask_for_a_password_or_a_login(probe, private):
    password = probe.get(private["password conference"].url)
    login = probe.get(private["login conference"].url)
    child = probe.get(private["login session"].url)
    group = probe.get(private["group speaker"].url)

    assert (password.status_code, b'name="password"' in password.content) == (200, True)
    assert [response.status_code for response in (login, child, group)] == [302, 302, 302]
    assert [response["Location"].split("?")[0] for response in (login, child, group)] == ["/_util/login/"] * 3
