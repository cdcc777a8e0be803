"""Each page type answers 200 and shows the fields an editor filled in."""

import datetime

import pytest

from conference.choices import ParticipantRole, SponsorRole
from tests.factories import (
    AwardPageFactory,
    AwardRecipientFactory,
    ConferencePageFactory,
    OrganisationPageFactory,
    SessionPageFactory,
    SessionParticipantFactory,
    SpeakerPageFactory,
    SponsorshipFactory,
    TrackFactory,
)


@pytest.fixture
def report(db):
    """A small published report: one conference, a forum, a session with two people, an award."""
    host = OrganisationPageFactory(title="SMM Information & Technology Co., Ltd.", website="https://www.smm.cn")
    refinery = OrganisationPageFactory(title="Shandong Zhaojin Gold & Silver Refinery Co., Ltd.")
    speaker = SpeakerPageFactory(
        given_name="Yonghui",
        family_name="Liang",
        position="Deputy General Manager",
        organisation=refinery,
        biography="<p>Leads precious metals trading.</p>",
    )
    moderator = SpeakerPageFactory(given_name="Xiaolei", family_name="Liu", name_order="given_first")
    conference = ConferencePageFactory(
        title="2025 SMM (6th) Silver Industry Chain Innovation Conference",
        series="SMM Silver Industry Chain Innovation Conference",
        edition_number=6,
        venue="Ningbo Conference Centre",
        introduction="<p>The industry met in Ningbo.</p>",
        contact_name="Lemon Zhao",
        contact_email="lemonzhao@smm.cn",
    )
    SponsorshipFactory(conference=conference, organisation=host, role=SponsorRole.HOST)
    forum = TrackFactory(conference=conference, name="Silver Panorama Forum", day=datetime.date(2025, 5, 16))
    session = SessionPageFactory(
        parent=conference,
        title="Analysis of Silver and Gold Price Trends",
        track=forum,
        teaser="Why silver follows copper.",
        room="Hall A",
        summary=[("heading", {"text": "Logic of price analysis", "level": "h2"})],
    )
    SessionParticipantFactory(session=session, speaker=speaker, role=ParticipantRole.SPEAKER, sort_order=0)
    SessionParticipantFactory(session=session, speaker=moderator, role=ParticipantRole.MODERATOR, sort_order=1)
    award = AwardPageFactory(
        parent=conference, title="2025 Silver Glory Award", description="<p>Top silver traders.</p>"
    )
    AwardRecipientFactory(award=award, organisation=refinery, citation="For steady pricing.")
    return {
        "conference": conference,
        "session": session,
        "speaker": speaker,
        "moderator": moderator,
        "refinery": refinery,
        "award": award,
    }


def visible(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return response.content.decode()


@pytest.mark.django_db
def test_home_page_shows_latest_conference(client, report, home):
    html = visible(client, home)

    assert "2025 SMM (6th) Silver Industry Chain Innovation Conference" in html


@pytest.mark.django_db
def test_conference_page_shows_facts_agenda_sponsors_awards_and_contact(client, report):
    html = visible(client, report["conference"])

    expected = [
        "Ningbo, Zhejiang",
        "Ningbo Conference Centre",
        "The industry met in Ningbo.",
        "Silver Panorama Forum",
        "Analysis of Silver and Gold Price Trends",
        "Why silver follows copper.",
        "Liang Yonghui",
        "SMM Information &amp; Technology Co., Ltd.",
        "2025 Silver Glory Award",
        "lemonzhao@smm.cn",
        report["session"].url,
        report["award"].url,
    ]
    assert [text for text in expected if text not in html] == []


@pytest.mark.django_db
def test_session_page_shows_participants_as_of_the_session_and_summary(client, report):
    html = visible(client, report["session"])

    expected = [
        "Analysis of Silver and Gold Price Trends",
        "Silver Panorama Forum",
        "Hall A",
        "Liang Yonghui",
        "Deputy General Manager",
        "Shandong Zhaojin Gold &amp; Silver Refinery Co., Ltd.",
        "Xiaolei Liu",
        "Moderator",
        "Logic of price analysis",
    ]
    assert [text for text in expected if text not in html] == []


@pytest.mark.django_db
def test_speaker_page_lists_sessions_and_biography(client, report):
    html = visible(client, report["speaker"])

    expected = [
        "Liang Yonghui",
        "Deputy General Manager",
        "Leads precious metals trading.",
        "Analysis of Silver and Gold Price Trends",
        report["session"].url,
    ]
    assert [text for text in expected if text not in html] == []


@pytest.mark.django_db
def test_organisation_page_lists_speakers_and_awards(client, report):
    html = visible(client, report["refinery"])

    expected = ["Shandong Zhaojin Gold &amp; Silver Refinery Co., Ltd.", "Liang Yonghui", "2025 Silver Glory Award"]
    assert [text for text in expected if text not in html] == []


@pytest.mark.django_db
def test_award_page_shows_description_and_recipients(client, report):
    html = visible(client, report["award"])

    expected = ["2025 Silver Glory Award", "Top silver traders.", "Shandong Zhaojin", "For steady pricing."]
    assert [text for text in expected if text not in html] == []


@pytest.mark.django_db
def test_index_pages_list_their_children(client, report, events_index, speakers_index, organisations_index):
    pages = {
        "events": visible(client, events_index),
        "speakers": visible(client, speakers_index),
        "organisations": visible(client, organisations_index),
    }

    assert [
        "2025 SMM (6th) Silver Industry Chain Innovation Conference" in pages["events"],
        "Liang Yonghui" in pages["speakers"] and "Xiaolei Liu" in pages["speakers"],
        "Shandong Zhaojin Gold &amp; Silver Refinery Co., Ltd." in pages["organisations"],
    ] == [True, True, True]
