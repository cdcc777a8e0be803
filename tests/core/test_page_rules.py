"""Each page type can be created only where it belongs."""

import pytest

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from awards.models import AwardPage
from conference.models import ConferenceIndexPage, ConferencePage, SessionPage
from core.models import HomePage
from speakers.models import OrganisationIndexPage, OrganisationPage, SpeakerIndexPage, SpeakerPage

ALL_TYPES = {
    HomePage,
    ConferenceIndexPage,
    ConferencePage,
    SessionPage,
    AwardPage,
    SpeakerIndexPage,
    SpeakerPage,
    OrganisationIndexPage,
    OrganisationPage,
}


def allowed_children(page_type):
    return {model for model in ALL_TYPES if page_type in model.allowed_parent_page_models()}


class PageTypeRulesTest(WagtailPageTestCase):
    def test_parent_child_rules_match_the_content_model(self):
        expected = {
            HomePage: {ConferenceIndexPage, SpeakerIndexPage, OrganisationIndexPage},
            ConferenceIndexPage: {ConferencePage},
            ConferencePage: {SessionPage, AwardPage},
            SessionPage: set(),
            AwardPage: set(),
            SpeakerIndexPage: {SpeakerPage},
            SpeakerPage: set(),
            OrganisationIndexPage: {OrganisationPage},
            OrganisationPage: set(),
        }
        self.assertEqual({page_type: allowed_children(page_type) for page_type in ALL_TYPES}, expected)

    def test_allowed_subpage_types_of_conference(self):
        self.assertAllowedSubpageTypes(ConferencePage, {SessionPage, AwardPage})

    def test_session_cannot_be_created_outside_a_conference(self):
        self.assertCanNotCreateAt(ConferenceIndexPage, SessionPage)
        self.assertCanNotCreateAt(HomePage, SessionPage)
        self.assertCanCreateAt(ConferencePage, SessionPage)

    def test_speaker_cannot_be_created_under_organisations(self):
        self.assertCanNotCreateAt(OrganisationIndexPage, SpeakerPage)
        self.assertCanCreateAt(SpeakerIndexPage, SpeakerPage)


@pytest.mark.django_db
def test_singletons_cannot_be_created_twice(home):
    # The migrations built one of each; max_count keeps it that way.
    assert [
        HomePage.can_create_at(Page.get_first_root_node()),
        ConferenceIndexPage.can_create_at(home),
        SpeakerIndexPage.can_create_at(home),
        OrganisationIndexPage.can_create_at(home),
    ] == [False, False, False, False]


@pytest.mark.django_db
def test_site_skeleton_serves_the_sections_at_their_urls(home):
    sections = [(child.specific_class.__name__, child.url) for child in home.get_children()]

    assert sections == [
        ("ConferenceIndexPage", "/events/"),
        ("SpeakerIndexPage", "/speakers/"),
        ("OrganisationIndexPage", "/organisations/"),
    ]
