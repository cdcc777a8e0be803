import datetime

import pytest

from conference.choices import SponsorRole
from conference.models import SessionPage
from tests.factories import SessionPageFactory, SponsorshipFactory

from .html import attributes, texts


@pytest.mark.django_db
def test_conference_page_shows_key_facts(client, report):
    response = client.get(report["conference"].url)

    assert texts(response, ".facts dt") == ["Edition", "Dates", "Venue", "Host"]
    assert texts(response, ".facts dd") == [
        "6th",
        "15–16 May 2025",
        "Ningbo Marriott, Ningbo, Zhejiang, China",
        report["organisations"][0].title,
    ]


@pytest.mark.django_db
def test_conference_page_groups_agenda_by_day_and_forum(client, report):
    conference = report["conference"]
    SessionPageFactory(parent=conference, title="Enterprise visit", date=datetime.date(2025, 5, 15), track=None)

    response = client.get(conference.url)

    assert texts(response, ".agenda-day__title") == ["Thursday 15 May 2025", "Friday 16 May 2025"]
    assert texts(response, ".agenda-track__title") == ["Plenary", "Photovoltaic Forum", "Silver Panorama Forum"]
    assert texts(response, ".session-card__title") == [
        "Enterprise visit",
        "Session topic 0",
        "Session topic 2",
        "Session topic 1",
    ]


@pytest.mark.django_db
def test_conference_page_session_card_shows_speakers_and_details_link(client, report):
    session = report["sessions"][0]
    speaker = session.participants.order_by("sort_order").first()

    response = client.get(report["conference"].url)

    first_card_people = texts(response, ".agenda-list li:first-child .session-card__people li")
    assert first_card_people[0] == f"{speaker.speaker.title} Analyst, {speaker.organisation.title}"
    in_agenda_order = [report["sessions"][number] for number in (0, 2, 1)]
    assert texts(response, ".session-card__more a") == [f"View speech details: {s.title}" for s in in_agenda_order]
    assert attributes(response, ".session-card__more a", "href") == [s.url for s in in_agenda_order]


@pytest.mark.django_db
def test_conference_page_lists_awards_with_details_link(client, report):
    response = client.get(report["conference"].url)

    assert texts(response, ".award-card__title") == ["Silver Glory Award 2025"]
    assert texts(response, ".award-card a.link-arrow") == ["View award details: Silver Glory Award 2025"]


@pytest.mark.django_db
def test_conference_page_groups_sponsors_by_role_then_tier(client, report):
    conference = report["conference"]
    SponsorshipFactory(conference=conference, role=SponsorRole.MEDIA_PARTNER)
    SponsorshipFactory(conference=conference, role=SponsorRole.CO_ORGANISER)

    response = client.get(conference.url)

    assert texts(response, ".sponsor-group__title") == ["Host", "Co-organiser", "Sponsors", "Media partner"]
    assert texts(response, ".sponsor-group__tier") == ["Gold"]
    assert len(texts(response, ".logo-card")) == 5


@pytest.mark.django_db
def test_conference_page_shows_highlights_video_report_and_contact(client, report):
    response = client.get(report["conference"].url)

    assert attributes(response, ".gallery__image", "alt") == ["Highlight 0", "Highlight 1", "Highlight 2"]
    assert attributes(response, ".key-facts__links a", "href") == [
        "https://video.example.com/summit",
        "https://news.example.com/special",
    ]
    assert texts(response, "#contact p") == ["Lemon Zhao: lemon@example.com"]


@pytest.mark.django_db
def test_conference_page_leaves_out_draft_sessions(client, report):
    SessionPage.objects.filter(title="Session topic 1").update(live=False)

    response = client.get(report["conference"].url)

    assert texts(response, ".session-card__title") == ["Session topic 0", "Session topic 2"]
