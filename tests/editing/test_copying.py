"""Copying a conference as its next edition, and a session with Wagtail's own copy action."""

import datetime

import pytest

from django.urls import reverse

from awards.models import AwardPage
from conference.models import ConferencePage, SessionPage
from tests.factories import (
    AwardPageFactory,
    AwardRecipientFactory,
    ConferencePageFactory,
    ImageFactory,
    SessionPageFactory,
    SponsorshipFactory,
    TrackFactory,
)


def next_edition_form(**overrides):
    return {
        "title": "2026 SMM (7th) Silver Conference",
        "slug": "",
        "edition_number": "7",
        "start_date": "2026-05-14",
        "end_date": "2026-05-15",
        **overrides,
    }


@pytest.fixture
def conference_2025():
    conference = ConferencePageFactory(
        title="2025 SMM (6th) Silver Conference",
        edition_number=6,
        start_date=datetime.date(2025, 5, 15),
        end_date=datetime.date(2025, 5, 16),
        hero_image=ImageFactory(),
        summit_video_url="https://video.example.com/2025",
    )
    TrackFactory(conference=conference, name="Silver Panorama Forum", day=datetime.date(2025, 5, 16), sort_order=0)
    TrackFactory(conference=conference, name="Photovoltaic Forum", day=None, sort_order=1)
    SponsorshipFactory(conference=conference, role="host", sort_order=0)
    SponsorshipFactory(conference=conference, role="sponsor", sort_order=1)
    SessionPageFactory(parent=conference, title="Opening speech")
    award = AwardPageFactory(parent=conference, title="Silver Glory Award", teaser="The industry's award.")
    AwardRecipientFactory(award=award)
    return conference


@pytest.mark.django_db
def test_next_edition_copies_forums_sponsors_and_awards_but_not_sessions(client, editor, conference_2025):
    client.force_login(editor)

    response = client.post(reverse("conference_editing:next_edition", args=(conference_2025.pk,)), next_edition_form())

    copy = ConferencePage.objects.get(slug="2026-smm-7th-silver-conference")
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=(copy.pk,))
    assert (copy.title, copy.edition_number, copy.start_date, copy.live, copy.owner) == (
        "2026 SMM (7th) Silver Conference",
        7,
        datetime.date(2026, 5, 14),
        False,
        editor,
    )
    assert [(track.name, track.day) for track in copy.tracks.order_by("sort_order")] == [
        ("Silver Panorama Forum", datetime.date(2026, 5, 15)),
        ("Photovoltaic Forum", None),
    ]
    assert [item.role for item in copy.sponsorships.order_by("sort_order")] == ["host", "sponsor"]
    assert [(copy.hero_image, copy.summit_video_url)] == [(None, "")]
    assert SessionPage.objects.child_of(copy).count() == 0
    awards = AwardPage.objects.child_of(copy)
    assert [(award.title, award.teaser, award.live, award.recipients.count()) for award in awards] == [
        ("Silver Glory Award", "The industry's award.", False, 0)
    ]
    assert [conference_2025.tracks.count(), SessionPage.objects.child_of(conference_2025).count()] == [2, 1]


@pytest.mark.django_db
def test_next_edition_form_suggests_the_following_year(client, editor, conference_2025):
    client.force_login(editor)

    response = client.get(reverse("conference_editing:next_edition", args=(conference_2025.pk,)))

    assert response.context["form"].initial == {
        "title": "2026 SMM (7th) Silver Conference",
        "edition_number": 7,
        "start_date": datetime.date(2026, 5, 15),
        "end_date": datetime.date(2026, 5, 16),
    }


@pytest.mark.django_db
def test_next_edition_refuses_an_address_in_use(client, editor, conference_2025):
    client.force_login(editor)

    response = client.post(
        reverse("conference_editing:next_edition", args=(conference_2025.pk,)),
        next_edition_form(slug=conference_2025.slug),
    )

    assert list(response.context["form"].errors) == ["slug"]
    assert ConferencePage.objects.count() == 1


@pytest.mark.django_db
def test_editor_copies_a_session_with_wagtails_copy_action(client, editor):
    conference = ConferencePageFactory()
    session = SessionPageFactory(parent=conference, title="Silver price outlook", teaser="Why silver follows copper.")
    client.force_login(editor)

    client.post(
        reverse("wagtailadmin_pages:copy", args=(session.pk,)),
        {
            "new_title": "Silver price outlook (2)",
            "new_slug": "silver-price-outlook-2",
            "new_parent_page": conference.pk,
        },
    )

    copy = SessionPage.objects.get(slug="silver-price-outlook-2")
    assert (copy.teaser, copy.live, copy.get_parent().pk) == ("Why silver follows copper.", False, conference.pk)


@pytest.mark.django_db
def test_next_edition_moves_the_year_in_award_titles_and_slugs(client, editor, conference_2025):
    AwardPageFactory(parent=conference_2025, title="Silver Glory Award 2025", slug="silver-glory-award-2025")
    AwardPageFactory(parent=conference_2025, title="SMM1 Price Accreditation 12025", slug="smm1-accreditation")
    client.force_login(editor)

    client.post(reverse("conference_editing:next_edition", args=(conference_2025.pk,)), next_edition_form())

    copy = ConferencePage.objects.get(slug="2026-smm-7th-silver-conference")
    assert [(award.title, award.draft_title, award.slug) for award in AwardPage.objects.child_of(copy)][1:] == [
        ("Silver Glory Award 2026", "Silver Glory Award 2026", "silver-glory-award-2026"),
        ("SMM1 Price Accreditation 12025", "SMM1 Price Accreditation 12025", "smm1-accreditation"),
    ]
