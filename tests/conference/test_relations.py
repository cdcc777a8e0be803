"""Participants and the reverse listings that come from relations."""

import datetime

import pytest

from awards.contributions import organisation_awards
from conference.choices import ParticipantRole, SponsorRole
from conference.contributions import organisation_roles, speaker_sessions
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


@pytest.mark.django_db
def test_participant_keeps_position_as_of_the_session_when_speaker_moves_on():
    old_employer = OrganisationPageFactory(title="Old Employer Co., Ltd.")
    speaker = SpeakerPageFactory(position="Analyst", organisation=old_employer)
    session = SessionPageFactory(parent=ConferencePageFactory())
    participant = SessionParticipantFactory(session=session, speaker=speaker)

    speaker.position = "Chief Analyst"
    speaker.organisation = OrganisationPageFactory(title="New Employer Co., Ltd.")
    speaker.save()
    participant.refresh_from_db()

    assert (participant.position, participant.organisation) == ("Analyst", old_employer)


@pytest.mark.django_db
def test_participants_keep_their_roles_in_order():
    session = SessionPageFactory(parent=ConferencePageFactory())
    roles = [ParticipantRole.MODERATOR, ParticipantRole.PANELIST, ParticipantRole.PANELIST]
    for order, role in enumerate(roles):
        SessionParticipantFactory(session=session, role=role, sort_order=order)

    assert [p.get_role_display() for p in session.participants.all()] == ["Moderator", "Panelist", "Panelist"]


@pytest.mark.django_db
def test_speaker_sessions_span_conferences_and_skip_drafts():
    speaker = SpeakerPageFactory()
    earlier = SessionPageFactory(parent=ConferencePageFactory(), date=datetime.date(2024, 5, 16))
    later = SessionPageFactory(parent=ConferencePageFactory(), date=datetime.date(2025, 5, 16))
    draft = SessionPageFactory(parent=ConferencePageFactory(), live=False)
    for session in (earlier, later, draft):
        SessionParticipantFactory(session=session, speaker=speaker)

    assert [item.session for item in speaker_sessions(speaker).items] == [later, earlier]


@pytest.mark.django_db
def test_organisation_lists_its_speakers_sponsorships_and_awards():
    organisation = OrganisationPageFactory()
    speakers = [
        SpeakerPageFactory(family_name="Zhou", organisation=organisation),
        SpeakerPageFactory(family_name="Ai", organisation=organisation),
    ]
    SpeakerPageFactory(family_name="Other")
    conference = ConferencePageFactory()
    sponsorship = SponsorshipFactory(conference=conference, organisation=organisation, role=SponsorRole.HOST)
    award = AwardPageFactory(parent=conference)
    recipient = AwardRecipientFactory(award=award, organisation=organisation)

    assert list(organisation.live_speakers()) == [speakers[1], speakers[0]]
    assert list(organisation_roles(organisation).items) == [sponsorship]
    assert list(organisation_awards(organisation).items) == [recipient]


@pytest.mark.django_db
def test_agenda_groups_live_sessions_by_day_then_forum():

    conference = ConferencePageFactory()
    forum = TrackFactory(conference=conference, name="Silver Panorama Forum")
    visit = SessionPageFactory(parent=conference, date=datetime.date(2025, 5, 15), start_time=None)
    welcome = SessionPageFactory(parent=conference, start_time=datetime.time(9, 0))
    keynote = SessionPageFactory(parent=conference, track=forum, start_time=datetime.time(10, 0))
    SessionPageFactory(parent=conference, track=forum, live=False)

    assert conference.agenda() == [
        (datetime.date(2025, 5, 15), [(None, [visit])]),
        (datetime.date(2025, 5, 16), [(None, [welcome]), (forum, [keynote])]),
    ]


@pytest.mark.django_db
def test_session_neighbours_follow_agenda_order():
    conference = ConferencePageFactory()
    first, second, third = (
        SessionPageFactory(parent=conference, start_time=datetime.time(hour, 0)) for hour in (9, 10, 11)
    )

    assert [first.neighbours(), second.neighbours(), third.neighbours()] == [
        (None, second),
        (first, third),
        (second, None),
    ]
