"""A conference with every shape of session an export meets, plus unpublished ones it must hide."""

import datetime
from types import SimpleNamespace

import pytest

from wagtail.models import PageViewRestriction

from conference.choices import ParticipantRole, SessionKind
from tests import factories

# Appears only in sessions that must never leave the site.
SENTINEL = "Sentinel-7f3a-not-public"


@pytest.fixture
def conference(db):
    return factories.ConferencePageFactory(
        title="2025 SMM (6th) Silver Industry Chain Innovation Conference",
        slug="2025-smm-silver",
        start_date=datetime.date(2025, 5, 15),
        end_date=datetime.date(2025, 5, 16),
        time_zone="Asia/Shanghai",
        venue="Ningbo Marriott Hotel",
        teaser="The silver industry chain met in Ningbo.",
    )


@pytest.fixture
def sample(conference):
    """A keynote with its time, a roundtable without an end, a visit known only by its date."""
    forum = factories.TrackFactory(conference=conference, name="Silver Panorama Forum")
    refinery = factories.OrganisationPageFactory(title="Shandong Zhaojin Gold & Silver Refinery Co., Ltd.")
    smm = factories.OrganisationPageFactory(title="SMM Information & Technology Co., Ltd.")
    liang = factories.SpeakerPageFactory(
        given_name="Yonghui", family_name="Liang", title="Liang Yonghui", other_names="Yonghui Liang"
    )
    zhou = factories.SpeakerPageFactory(given_name="Bai", family_name="Zhou", title="Zhou Bai")
    keynote = factories.SessionPageFactory(
        parent=conference,
        title="Analysis of Silver and Gold Price Trends",
        slug="silver-and-gold-price-trends",
        kind=SessionKind.KEYNOTE,
        track=forum,
        date=datetime.date(2025, 5, 16),
        start_time=datetime.time(10, 0),
        end_time=datetime.time(10, 30),
        room="Grand Ballroom",
        teaser="Silver follows copper in the short run and gold in the long run.",
    )
    factories.SessionParticipantFactory(
        session=keynote, speaker=liang, position="Deputy General Manager", organisation=refinery
    )
    factories.SessionLinkFactory(session=keynote, title="Full transcript", url="https://news.example.com/silver")
    roundtable = factories.SessionPageFactory(
        parent=conference,
        title="Roundtable: Where Silver Demand Goes Next",
        slug="roundtable-silver-demand",
        kind=SessionKind.ROUNDTABLE,
        track=forum,
        date=datetime.date(2025, 5, 16),
        start_time=datetime.time(14, 0),
        end_time=None,
        room="Grand Ballroom",
        teaser="Four producers on photovoltaic demand.",
    )
    factories.SessionParticipantFactory(
        session=roundtable,
        speaker=zhou,
        role=ParticipantRole.MODERATOR,
        position="Executive Vice President",
        organisation=smm,
    )
    factories.SessionParticipantFactory(session=roundtable, speaker=liang, role=ParticipantRole.PANELIST)
    visit = factories.SessionPageFactory(
        parent=conference,
        title="Visit to Ningbo Haoshun Precious Metals",
        slug="enterprise-visit",
        kind=SessionKind.ENTERPRISE_VISIT,
        date=datetime.date(2025, 5, 15),
        start_time=None,
        end_time=None,
        room="",
        teaser="A tour of the refinery.",
    )
    draft = factories.SessionPageFactory(
        parent=conference, title=f"Draft {SENTINEL}", teaser=SENTINEL, live=False, start_time=datetime.time(11, 0)
    )
    private = factories.SessionPageFactory(
        parent=conference, title=f"Private {SENTINEL}", teaser=SENTINEL, start_time=datetime.time(12, 0)
    )
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret")
    return SimpleNamespace(
        conference=conference,
        forum=forum,
        keynote=keynote,
        roundtable=roundtable,
        visit=visit,
        draft=draft,
        private=private,
        liang=liang,
        zhou=zhou,
        refinery=refinery,
    )
