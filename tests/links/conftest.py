"""A small published conference for the links tests, built through the shared factories."""

import datetime

import pytest

from conference.choices import SponsorRole
from tests.factories import (
    ConferencePageFactory,
    ImageFactory,
    OrganisationPageFactory,
    SessionPageFactory,
    SessionParticipantFactory,
    SpeakerPageFactory,
    SponsorshipFactory,
    TrackFactory,
)

SENTINEL = "SENTINEL-not-for-readers-7f3a"
SUMMARY = [("paragraph", "<p>What was said.</p>")]


def publish(page):
    """Publish the page's current state through a revision, as the admin does (fires page_published)."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def conference(db):
    conference = ConferencePageFactory(
        title="2025 Silver Conference",
        slug="silver-2025",
        venue="Ningbo Marriott",
        city="Ningbo, Zhejiang",
        country="China",
        teaser="The silver industry met in Ningbo.",
        start_date=datetime.date(2025, 5, 15),
        end_date=datetime.date(2025, 5, 16),
    )
    host = OrganisationPageFactory(title="SMM Information & Technology Co., Ltd.", website="https://www.smm.cn")
    sponsor = OrganisationPageFactory(title="Zijin Precious Metals Co., Ltd.", website="https://zijin.example.com")
    SponsorshipFactory(conference=conference, organisation=host, role=SponsorRole.HOST)
    SponsorshipFactory(conference=conference, organisation=sponsor, role=SponsorRole.SPONSOR)
    return publish(conference)


@pytest.fixture
def speaker(db):
    employer = OrganisationPageFactory(title="Shandong Zhaojin Gold & Silver Refinery Co., Ltd.")
    return publish(
        SpeakerPageFactory(
            given_name="Yonghui",
            family_name="Liang",
            title="Liang Yonghui",
            position="Deputy General Manager",
            organisation=employer,
            photo=ImageFactory(title="Portrait"),
        )
    )


def make_session(conference, speaker=None, **fields):
    fields.setdefault("summary", SUMMARY)
    track = fields.pop("track", None) or TrackFactory(conference=conference, name="Silver Panorama Forum")
    session = SessionPageFactory(parent=conference, track=track, date=datetime.date(2025, 5, 16), **fields)
    if speaker is not None:
        SessionParticipantFactory(session=session, speaker=speaker)
    return publish(session)


@pytest.fixture
def session(conference, speaker):
    return make_session(
        conference,
        speaker,
        title="Analysis of Silver and Gold Price Trends",
        slug="silver-gold-prices",
        start_time=datetime.time(9, 30),
        end_time=datetime.time(10, 0),
        room="Hall A",
        teaser="Silver follows copper.",
    )
