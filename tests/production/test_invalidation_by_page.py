"""Invalidation by page, not by site (delivery/invalidation.py): a publish clears the changed page and
the pages that show it, found from the tree and Wagtail's reference index; every other page stays cached."""

import pytest

from wagtail.models import Site

from tests.factories import ConferencePageFactory, SessionPageFactory, SessionParticipantFactory, SpeakerPageFactory


@pytest.fixture
def two_conferences(db):
    silver = ConferencePageFactory(title="2025 Silver Conference", slug="silver-2025")
    gold = ConferencePageFactory(title="2025 Gold Conference", slug="gold-2025")
    sessions = {
        name: SessionPageFactory(parent=conference, title=f"{name} session", slug=name)
        for conference, names in ((silver, ("outlook", "recycling")), (gold, ("mining", "refining")))
        for name in names
    }
    speaker = SpeakerPageFactory(given_name="Yonghui", family_name="Liang")
    SessionParticipantFactory(session=sessions["outlook"], speaker=speaker)
    return silver, gold, sessions, speaker


def cache_states(client, urls):
    return {url: client.get(url).get("X-Page-Cache") for url in urls}


def publish(page, django_capture_on_commit_callbacks):
    page.title += " (revised)"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()


def test_other_conference_stays_cached_after_a_session_is_published(
    client, two_conferences, page_cache, django_capture_on_commit_callbacks
):
    silver, gold, sessions, _ = two_conferences
    gold_urls = [
        gold.url,
        f"{gold.url}?page=2",
        f"{gold.url}calendar.ics",
        f"{gold.url}schedule.xml",
        sessions["mining"].url,
        sessions["refining"].url,
    ]
    cache_states(client, gold_urls)

    publish(sessions["outlook"], django_capture_on_commit_callbacks)

    assert cache_states(client, gold_urls) == dict.fromkeys(gold_urls, "hit")


def test_publishing_a_session_clears_the_pages_that_show_it(
    client, home, two_conferences, page_cache, django_capture_on_commit_callbacks
):
    silver, _, sessions, speaker = two_conferences
    showing = [
        sessions["outlook"].url,
        f"{sessions['outlook'].url}calendar.ics",
        silver.url,
        f"{silver.url}?page=2",
        f"{silver.url}schedule.json",
        sessions["recycling"].url,  # a neighbour: its previous/next links name the session
        speaker.url,  # from the reference index: the speaker's page lists the session
        "/events/",
        home.url,
        "/sitemap.xml",
        "/feeds/reports.rss",
    ]
    cache_states(client, showing)

    publish(sessions["outlook"], django_capture_on_commit_callbacks)

    assert cache_states(client, showing) == dict.fromkeys(showing, "miss")
    assert "outlook session (revised)" in client.get(speaker.url).content.decode()


def test_unpublishing_a_conference_clears_its_sessions_and_exports(
    client, two_conferences, page_cache, django_capture_on_commit_callbacks
):
    silver, gold, sessions, _ = two_conferences
    below = [sessions["recycling"].url, f"{silver.url}calendar.ics"]
    cache_states(client, [*below, gold.url])

    with django_capture_on_commit_callbacks(execute=True):
        silver.unpublish()

    # Whatever the pages below now answer, it is not the copy cached while the conference was live.
    states = cache_states(client, below)
    assert ("hit" in states.values(), client.get(gold.url).get("X-Page-Cache")) == (False, "hit")


def test_every_site_showing_the_page_is_cleared(
    client, home, two_conferences, page_cache, settings, django_capture_on_commit_callbacks
):

    settings.ALLOWED_HOSTS = ["*"]
    silver, _, sessions, _ = two_conferences
    # A second site whose root is the conference itself: the session lives at /outlook/ there.
    Site.objects.create(hostname="silver.example.org", port=80, root_page=silver, site_name="Silver")
    client.get("/outlook/", HTTP_HOST="silver.example.org")

    publish(sessions["outlook"], django_capture_on_commit_callbacks)

    response = client.get("/outlook/", HTTP_HOST="silver.example.org")
    assert (response.get("X-Page-Cache"), "(revised)" in response.content.decode()) == ("miss", True)
