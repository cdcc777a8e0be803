"""Markup that assistive technology relies on: heading levels that do not skip, search landmarks
with distinct names, a skip link on every page including the 404, a copy button that only shows
when JavaScript can make it work."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import ConferencePageFactory


def soup_of(client, url):
    return BeautifulSoup(client.get(url).content.decode(), "html.parser")


def heading_jumps(soup):
    """Places where the outline goes down more than one level, e.g. h1 then h3."""
    levels = [int(tag.name[1]) for tag in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])]
    return [(before, after) for before, after in zip(levels, levels[1:], strict=False) if after > before + 1]


@pytest.fixture
def conference(db):
    return ConferencePageFactory(title="2025 Silver Conference", slug="silver-2025")


def test_events_index_does_not_skip_heading_levels(client, conference):
    soup = soup_of(client, "/events/")

    assert soup.find("h3", class_="edition-card__title")
    assert heading_jumps(soup) == []


@pytest.mark.parametrize("url", ["/", "/events/", "/search/?q=silver", "/no-such-page/", "CONFERENCE"])
def test_search_landmarks_have_distinct_names(client, conference, url):
    soup = soup_of(client, conference.url if url == "CONFERENCE" else url)

    landmarks = soup.find_all(attrs={"role": "search"}) + soup.find_all("search")
    names = [landmark.get("aria-label", "").strip() for landmark in landmarks]
    assert landmarks
    assert all(names), names
    assert len(set(names)) == len(names), names


@pytest.mark.parametrize(
    "url", ["/", "/no-such-page/", "/p/999999/", "/events/no-such-event/calendar.ics", "/search/", "CONFERENCE"]
)
def test_every_page_starts_with_a_skip_link_to_the_main_content(client, conference, url):
    soup = soup_of(client, conference.url if url == "CONFERENCE" else url)

    first_link = soup.body.find("a")
    assert first_link["href"] == "#main"
    assert "skip" in first_link.get_text().lower()
    assert soup.find("main", id="main")


def test_copy_button_waits_for_javascript_and_the_link_stays_readable(client, conference):
    soup = soup_of(client, conference.url)

    share = soup.find(attrs={"data-share": True})
    assert share.find("button", attrs={"data-share-copy": True}).has_attr("hidden")
    link = share.find("a", attrs={"data-share-link": True})
    assert link.get_text() == link["href"]
