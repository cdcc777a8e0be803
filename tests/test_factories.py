"""Every factory builds a valid, saved object where it belongs."""

import pytest

from tests import factories


@pytest.mark.django_db
def test_factories_build_every_content_type():
    conference = factories.ConferencePageFactory()
    track = factories.TrackFactory(conference=conference)
    session = factories.SessionPageFactory(parent=conference, track=track)
    participant = factories.SessionParticipantFactory(session=session)
    award = factories.AwardPageFactory(parent=conference, presented_at=session)
    recipient = factories.AwardRecipientFactory(award=award)
    sponsorship = factories.SponsorshipFactory(conference=conference)
    image = factories.ImageFactory()
    document = factories.DocumentFactory()

    assert [conference.url, session.url, award.url] == [
        f"/events/{conference.slug}/",
        f"/events/{conference.slug}/{session.slug}/",
        f"/events/{conference.slug}/{award.slug}/",
    ]
    assert participant.speaker.url == f"/speakers/{participant.speaker.slug}/"
    assert recipient.organisation.url == f"/organisations/{recipient.organisation.slug}/"
    assert sponsorship.organisation.sponsorships.get() == sponsorship
    assert (image.width, image.height) == (640, 480)
    assert document.file.read() == b"%PDF-1.4 test"
