"""RSS and Atom feeds of newly published session reports, site-wide and per conference."""

import pytest
from lxml import etree

from tests.factories import ConferencePageFactory, SessionParticipantFactory, SpeakerPageFactory

from .conftest import make_session, publish

ATOM = "{http://www.w3.org/2005/Atom}"


def rss_items(response):
    channel = etree.fromstring(response.content).find("channel")
    return [
        (item.findtext("title"), item.findtext("link"), item.findtext("guid"), item.findtext("description"))
        for item in channel.findall("item")
    ]


def atom_entries(response):
    feed = etree.fromstring(response.content)
    return [(entry.findtext(f"{ATOM}title"), entry.findtext(f"{ATOM}id")) for entry in feed.findall(f"{ATOM}entry")]


def test_site_feed_lists_session_reports_newest_first(client, conference, session):
    later = make_session(conference, title="Photovoltaic Demand", slug="pv-demand", teaser="Demand grows.")

    response = client.get("/feeds/reports.rss")

    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    assert rss_items(response) == [
        (
            "Photovoltaic Demand",
            "http://localhost/events/silver-2025/pv-demand/",
            f"http://localhost/p/{later.pk}/",
            "Demand grows.",
        ),
        (
            "Analysis of Silver and Gold Price Trends",
            "http://localhost/events/silver-2025/silver-gold-prices/",
            f"http://localhost/p/{session.pk}/",
            "Silver follows copper.",
        ),
    ]


def test_session_without_summary_is_not_a_report_yet(client, conference, session):
    make_session(conference, title="Agenda placeholder", summary=[])

    response = client.get("/feeds/reports.rss")

    assert [item[0] for item in rss_items(response)] == ["Analysis of Silver and Gold Price Trends"]


def test_conference_feed_lists_only_its_sessions(client, conference, session):
    other = publish(ConferencePageFactory(title="2026 Silver Conference", slug="silver-2026"))
    make_session(other, title="Next Year's Keynote")

    response = client.get(f"/feeds/events/{conference.pk}/reports.atom")

    feed = etree.fromstring(response.content)
    assert feed.findtext(f"{ATOM}title") == "2025 Silver Conference: session reports"
    assert atom_entries(response) == [("Analysis of Silver and Gold Price Trends", f"http://localhost/p/{session.pk}/")]


def test_feed_names_speakers_as_authors(client, conference, session):
    response = client.get("/feeds/reports.atom")

    feed = etree.fromstring(response.content)
    authors = [author.findtext(f"{ATOM}name") for author in feed.iter(f"{ATOM}author")]
    assert authors == ["Liang Yonghui"]


def test_conference_feed_of_draft_conference_is_not_found(client, db):
    draft = ConferencePageFactory(title="Draft Conference", live=False)

    response = client.get(f"/feeds/events/{draft.pk}/reports.rss")

    assert (response.status_code, b"Draft Conference" in response.content) == (404, False)


@pytest.mark.parametrize("count", [1, 3])
def test_feed_queries_do_not_grow_with_items(client, conference, count, django_assert_num_queries):
    for index in range(count):
        session = make_session(conference, title=f"Topic {index}")
        SessionParticipantFactory(session=session, speaker=SpeakerPageFactory())
    client.get("/feeds/reports.rss")  # warm the site root paths cache and the remembered site

    # The cache generations (delivery/generations.py), sessions, their participants; view
    # restrictions for public().
    with django_assert_num_queries(4):
        response = client.get("/feeds/reports.rss")

    assert len(rss_items(response)) == count
