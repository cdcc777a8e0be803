"""A conference page links its series' previous and next editions and lists forums that have no
sessions; an award page links the same award in the other editions, newest first."""

import datetime
import json
from pathlib import Path

import pytest

from django.conf import settings

from wagtail.models import PageViewRestriction

from tests.factories import AwardPageFactory, ConferencePageFactory, SessionPageFactory, TrackFactory

DEMO_BUNDLE = Path(settings.BASE_DIR) / "demo" / "smm-silver-2025" / "conference.json"


def edition(year, series="SMM Silver Industry Chain Innovation Conference", **fields):
    fields.setdefault("slug", f"silver-{year}")
    return ConferencePageFactory(
        title=f"{year} Silver Conference",
        series=series,
        start_date=datetime.date(year, 5, 15),
        end_date=datetime.date(year, 5, 16),
        **fields,
    )


@pytest.fixture
def editions(db):
    pages = {year: edition(year) for year in (2022, 2023, 2025)}
    pages["draft"] = edition(2024, live=False, slug="draft-2024")
    pages["other series"] = edition(2024, series="SMM Copper Conference", slug="copper-2024")
    # The same series spelled with other case and spaces is the same series.
    pages[2026] = edition(2026, series="  smm silver industry chain innovation conference ")
    return pages


def pager(client, page):
    content = client.get(page.url).content.decode()
    start = content.find('aria-label="Previous and next editions"')
    return content[start : content.find("</nav>", start)] if start >= 0 else ""


def test_edition_links_previous_and_next_of_its_series(client, editions):
    nav = pager(client, editions[2025])

    assert f'rel="prev" href="{editions[2023].url}"' in nav
    assert f'rel="next" href="{editions[2026].url}"' in nav
    assert editions["draft"].url not in nav
    assert editions["other series"].url not in nav


def test_first_and_last_editions_link_one_way(client, editions):
    assert 'rel="prev"' not in pager(client, editions[2022])
    assert f'rel="next" href="{editions[2023].url}"' in pager(client, editions[2022])
    assert 'rel="next"' not in pager(client, editions[2026])


def test_private_edition_is_not_linked(client, editions):
    PageViewRestriction.objects.create(page=editions[2023], restriction_type="login")

    assert f'rel="prev" href="{editions[2022].url}"' in pager(client, editions[2025])


def test_forum_without_sessions_is_in_the_agenda_with_its_description(client, db):
    conference = edition(2025)
    busy = TrackFactory(conference=conference, name="Silver Panorama Forum")
    SessionPageFactory(parent=conference, track=busy, title="Silver prices")
    quiet = TrackFactory(
        conference=conference,
        name="Silver Market Supply and Demand Summit Forum",
        day=datetime.date(2025, 5, 16),
        description="Buyers and sellers along the chain met.",
    )
    drafted = TrackFactory(conference=conference, name="Forum with a draft only")
    SessionPageFactory(parent=conference, track=drafted, title="Not yet published", live=False)

    content = client.get(conference.url).content.decode()

    other_forums = content[content.find('id="other-forums"') :]
    assert quiet.name in other_forums
    assert "Buyers and sellers along the chain met." in other_forums
    assert '<time datetime="2025-05-16">' in other_forums
    assert drafted.name in other_forums
    assert busy.name not in other_forums


def test_conference_with_only_quiet_forums_still_has_an_agenda(client, db):
    conference = edition(2025)
    TrackFactory(conference=conference, name="Summit Forum", description="Only a forum.")

    content = client.get(conference.url).content.decode()

    assert 'href="#agenda"' in content
    assert "Summit Forum" in content


def test_demo_bundle_names_the_supply_and_demand_forum_without_sessions():
    bundle = json.loads(DEMO_BUNDLE.read_text())
    forums = {forum["id"]: forum for forum in bundle["conference"]["tracks"]}
    forum = forums["supply-and-demand-summit-forum"]
    assert forum["name"] == "Silver Market Supply and Demand Summit Forum"
    assert forum["description"]
    assert not [session for session in bundle["sessions"] if session.get("track") == forum["id"]]


def test_award_links_the_same_award_in_other_editions_newest_first(client, editions):
    awards = {
        year: AwardPageFactory(parent=editions[year], title=f"Silver Glory Award {year}", slug="glory")
        for year in (2022, 2023, 2025, 2026)
    }
    AwardPageFactory(parent=editions[2023], title="Another award", slug="another", series="Innovation Award")
    AwardPageFactory(parent=editions["draft"], title="Silver Glory Award 2024", slug="glory", live=False)

    content = client.get(awards[2025].url).content.decode()

    section = content[content.find('id="other-editions-heading"') :]
    found = [url for url in (awards[year].url for year in (2026, 2023, 2022)) if url in section]
    assert found == [awards[2026].url, awards[2023].url, awards[2022].url]
    assert [section.find(url) for url in found] == sorted(section.find(url) for url in found)
    assert "Another award" not in section
    assert "Silver Glory Award 2024" not in section
    assert f'href="{awards[2025].url}"' not in section
