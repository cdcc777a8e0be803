"""Awards: recipients are organisations or people, and link back to the ceremony."""

import pytest

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from awards.models import AwardRecipient
from conference.choices import SessionKind
from tests.factories import (
    AwardPageFactory,
    AwardRecipientFactory,
    ConferencePageFactory,
    SessionPageFactory,
    SpeakerPageFactory,
)


@pytest.mark.django_db
def test_recipient_without_organisation_or_person_is_refused():
    award = AwardPageFactory(parent=ConferencePageFactory())
    recipient = AwardRecipient(award=award, citation="For nothing in particular.")

    with pytest.raises(ValidationError) as error:
        recipient.clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        recipient.save()

    assert error.value.messages == ["Choose the organisation or the person who received the award."]


@pytest.mark.django_db
def test_recipients_keep_rank_order_and_mix_people_and_organisations():
    award = AwardPageFactory(parent=ConferencePageFactory())
    person = SpeakerPageFactory()
    first = AwardRecipientFactory(award=award, rank=1, sort_order=0)
    second = AwardRecipientFactory(award=award, organisation=None, speaker=person, rank=2, sort_order=1)

    assert [(r.recipient, r.rank) for r in award.recipients_list()] == [(first.organisation, 1), (person, 2)]
    assert list(person.award_recipients.all()) == [second]


@pytest.mark.django_db
def test_award_links_to_the_ceremony_where_it_was_presented():
    conference = ConferencePageFactory()
    ceremony = SessionPageFactory(parent=conference, kind=SessionKind.AWARD_CEREMONY)
    awards = [AwardPageFactory(parent=conference, presented_at=ceremony) for _ in range(2)]

    assert list(ceremony.awards_presented.order_by("path")) == awards
