"""The sitemap lists both languages, each translated page with its alternates and x-default."""

import pytest
from lxml import etree

from tests.factories import ConferencePageFactory

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def sitemap(client):
    root = etree.fromstring(client.get("/sitemap.xml").content)
    return {
        url.findtext(f"{SITEMAP}loc"): [
            (link.get("hreflang"), link.get("href")) for link in url.findall(f"{XHTML}link")
        ]
        for url in root.findall(f"{SITEMAP}url")
    }


def test_both_languages_are_listed_with_their_alternates(client, chinese_skeleton):
    ConferencePageFactory(slug="2025-silver")

    entries = sitemap(client)

    events = [
        ("en", "http://localhost/events/"),
        ("zh-hans", "http://localhost/zh-hans/events/"),
        ("x-default", "http://localhost/events/"),
    ]
    assert sorted(entries) == [
        "http://localhost/",
        "http://localhost/events/",
        "http://localhost/events/2025-silver/",
        "http://localhost/organisations/",
        "http://localhost/speakers/",
        "http://localhost/zh-hans/",
        "http://localhost/zh-hans/events/",
        "http://localhost/zh-hans/organisations/",
        "http://localhost/zh-hans/speakers/",
    ]
    assert entries["http://localhost/events/"] == events
    assert entries["http://localhost/zh-hans/events/"] == events
    assert entries["http://localhost/events/2025-silver/"] == []
