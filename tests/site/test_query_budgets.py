"""Pages run a fixed number of SQL queries, however many sessions, speakers and sponsors they list.

Each page is built with 10 and with 100 items, requested once (so image renditions and the cached
header, footer and breadcrumbs exist, as on a running site), then counted on the second request.
"""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from awards.models import AwardRecipient
from tests.factories import (
    AwardPageFactory,
    ConferencePageFactory,
    ImageFactory,
    OrganisationPageFactory,
    SessionPageFactory,
    SessionParticipantFactory,
    SpeakerPageFactory,
    SponsorshipFactory,
)

from .content import build_report

SMALL, LARGE = 10, 100
CONFERENCE_BUDGET = 15
PAGE_BUDGET = 12
TINY = {"file__width": 8, "file__height": 8}


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def conference_url(size):
    return build_report(size, image_size=(8, 8))["conference"].url


def session_url(size):
    """A session with `size` participants, each of whom also spoke at another session."""
    conference = ConferencePageFactory()
    session = SessionPageFactory(parent=conference, summary=[("paragraph", "<p>Summary.</p>")])
    for _ in range(size):
        speaker = SpeakerPageFactory(photo=ImageFactory(**TINY), organisation=OrganisationPageFactory())
        SessionParticipantFactory(session=session, speaker=speaker)
        SessionParticipantFactory(session=SessionPageFactory(parent=conference), speaker=speaker)
    return session.url


def speaker_url(size):
    """A speaker with `size` sessions."""
    speaker = SpeakerPageFactory(photo=ImageFactory(**TINY), organisation=OrganisationPageFactory())
    conference = ConferencePageFactory()
    for _ in range(size):
        SessionParticipantFactory(session=SessionPageFactory(parent=conference), speaker=speaker)
    return speaker.url


def organisation_url(size):
    """An organisation with `size` speakers, sponsorships and awards."""
    organisation = OrganisationPageFactory(logo=ImageFactory(**TINY))
    conference = ConferencePageFactory()
    for _ in range(size):
        SpeakerPageFactory(organisation=organisation, photo=ImageFactory(**TINY))
        SponsorshipFactory(conference=conference, organisation=organisation)
        AwardRecipient.objects.create(award=AwardPageFactory(parent=conference), organisation=organisation)
    return organisation.url


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("build_url", "budget"),
    [
        (conference_url, CONFERENCE_BUDGET),
        (session_url, PAGE_BUDGET),
        (speaker_url, PAGE_BUDGET),
        (organisation_url, PAGE_BUDGET),
    ],
    ids=["conference", "session", "speaker", "organisation"],
)
def test_page_queries_stay_fixed_and_within_budget_with_10_and_100_items(client, build_url, budget):
    small = count_queries(client, build_url(SMALL))
    large = count_queries(client, build_url(LARGE))

    assert small <= budget
    assert large == small
