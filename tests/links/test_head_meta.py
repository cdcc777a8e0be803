"""Canonical URL, permanent link, Open Graph, Twitter card and feed links in every page's <head>."""

import pytest

from wagtail.models import Page

from sharing.metadata import page_metadata
from tests.factories import SessionParticipantFactory, SpeakerPageFactory

from .conftest import make_session
from .html import head, json_ld, links, meta


def og_and_twitter(response):
    return {key: value for key, value in meta(response).items() if key.startswith(("og:", "twitter:", "article:"))}


def test_session_head_declares_canonical_and_shortlink(client, session):
    response = client.get(session.url)

    assert links(response, "canonical") == [(None, "http://localhost/events/silver-2025/silver-gold-prices/")]
    assert links(response, "shortlink") == [(None, f"http://localhost/p/{session.pk}/")]


def test_session_head_has_open_graph_and_twitter_card(client, session):
    response = client.get(session.url)

    card = f"http://localhost/p/{session.pk}/card.png?v={int(session.last_published_at.timestamp())}"
    assert og_and_twitter(response) == {
        "og:site_name": "Conference Reports",
        "og:locale": "en_GB",
        "og:type": "article",
        "og:title": "Analysis of Silver and Gold Price Trends",
        "og:description": "Silver follows copper.",
        "og:url": "http://localhost/events/silver-2025/silver-gold-prices/",
        "og:image": card,
        "og:image:type": "image/png",
        "og:image:width": "1200",
        "og:image:height": "630",
        "og:image:alt": "Analysis of Silver and Gold Price Trends: share card",
        "twitter:card": "summary_large_image",
        "twitter:title": "Analysis of Silver and Gold Price Trends",
        "twitter:description": "Silver follows copper.",
        "twitter:image": card,
        "twitter:image:alt": "Analysis of Silver and Gold Price Trends: share card",
        "article:published_time": session.first_published_at.isoformat(),
        "article:modified_time": session.last_published_at.isoformat(),
        "article:section": "2025 Silver Conference",
    }


def test_speaker_head_is_a_profile_described_by_position(client, speaker):
    fields = meta(client.get(speaker.url))

    assert (fields["og:type"], fields["profile:first_name"], fields["profile:last_name"], fields["og:description"]) == (
        "profile",
        "Yonghui",
        "Liang",
        "Deputy General Manager, Shandong Zhaojin Gold & Silver Refinery Co., Ltd.",
    )


def test_search_description_wins_over_teaser(client, conference):
    session = make_session(conference, title="Topic", teaser="The teaser.", search_description="Written for search.")

    response = client.get(session.url)

    assert (meta(response)["og:description"], meta(response)["twitter:description"]) == (
        "Written for search.",
        "Written for search.",
    )


def feeds(response):
    """The feeds among the alternates (the language alternates, `hreflang`, have no type)."""
    return [link for link in links(response, "alternate") if link[0]]


def test_session_head_declares_site_and_conference_feeds(client, conference, session):
    response = client.get(session.url)

    assert feeds(response) == [
        ("application/rss+xml", "http://localhost/feeds/reports.rss"),
        ("application/atom+xml", "http://localhost/feeds/reports.atom"),
        ("application/rss+xml", f"http://localhost/feeds/events/{conference.pk}/reports.rss"),
        ("application/atom+xml", f"http://localhost/feeds/events/{conference.pk}/reports.atom"),
    ]


def test_home_head_declares_site_feeds_and_website(client, db):
    response = client.get("/")

    assert feeds(response) == [
        ("application/rss+xml", "http://localhost/feeds/reports.rss"),
        ("application/atom+xml", "http://localhost/feeds/reports.atom"),
    ]
    assert json_ld(response) == [
        {
            "@context": "https://schema.org",
            "@type": "WebSite",
            "name": "Conference Reports",
            "url": "http://localhost/",
            "inLanguage": "en",
        }
    ]


def test_search_page_without_page_has_feeds_but_no_canonical(client, db):
    response = client.get("/search/?q=silver")

    assert links(response, "canonical") == []
    # From the Site's address, not the host the request named.
    assert links(response, "alternate") == [
        ("application/rss+xml", "http://localhost/feeds/reports.rss"),
        ("application/atom+xml", "http://localhost/feeds/reports.atom"),
    ]


def test_json_ld_cannot_close_its_script_element(client, conference):
    hostile = 'Prices </script><script src="https://evil.example/x.js"></script> & <!-- more'
    session = make_session(conference, title=hostile)

    response = client.get(session.url)

    scripts = head(response).find_all("script")
    assert [script.get("src") for script in scripts if script.get("src", "").startswith("https://evil")] == []
    assert json_ld(response)[0]["name"] == hostile


def panel_with_speakers(conference, count, title="Panel"):
    session = make_session(conference, title=title)
    for _ in range(count):
        SessionParticipantFactory(session=session, speaker=SpeakerPageFactory())
    return session


def page_context(client, page_id):
    """The page as served, its context built, and the site's root paths loaded as any render does."""
    request = client.get("/").wsgi_request
    page = Page.objects.get(pk=page_id).specific
    page.get_url(request)
    context = page.get_context(request)
    # The page's own queries are lazy (they are skipped when its body is cached): run them here,
    # so what follows measures only what the metadata adds.
    for value in context.values():
        bool(value)
    return {"page": page, "request": request}, context


@pytest.mark.parametrize("count", [1, 3])
def test_conference_metadata_uses_page_context_without_extra_queries(
    client, conference, count, django_assert_num_queries
):
    for index in range(count):
        panel_with_speakers(conference, 1, title=f"Topic {index}")
    _bare, context = page_context(client, conference.pk)

    with django_assert_num_queries(0):
        data = page_metadata(context).structured_data

    assert len(data["subEvent"]) == count


@pytest.mark.parametrize("count", [1, 3])
def test_session_metadata_uses_page_context_without_extra_queries(client, conference, count, django_assert_num_queries):
    session = panel_with_speakers(conference, count)
    _bare, context = page_context(client, session.pk)

    with django_assert_num_queries(0):
        data = page_metadata(context).structured_data

    assert (len(data["performer"]), data["superEvent"]["name"]) == (count, "2025 Silver Conference")


@pytest.mark.parametrize("count", [1, 3])
def test_session_metadata_alone_makes_two_queries_whatever_the_participants(
    client, conference, count, django_assert_num_queries
):
    session = panel_with_speakers(conference, count)
    bare, _context = page_context(client, session.pk)

    # The conference above the session, and the participants with speakers and organisations.
    with django_assert_num_queries(2):
        data = page_metadata(bare).structured_data

    assert len(data["performer"]) == count
