"""No public page links to a page that is not live, whatever links to it (every page type)."""

import pytest
from bs4 import BeautifulSoup

from wagtail.models import Page

from conference.models import SessionParticipant, Sponsorship
from tests.factories import (
    AwardPageFactory,
    AwardRecipientFactory,
    ConferencePageFactory,
    OrganisationPageFactory,
    SessionPageFactory,
    SpeakerPageFactory,
)

pytestmark = pytest.mark.django_db


def unpublished(page):
    page.unpublish()
    return page


@pytest.fixture
def drafts_linked_from_live_pages():
    conference = ConferencePageFactory(slug="2025-silver")
    live_organisation = OrganisationPageFactory(title="SMM Information & Technology Co., Ltd.")
    draft_organisation = unpublished(OrganisationPageFactory(title="Shandong Zhaojin Co., Ltd."))
    live_speaker = SpeakerPageFactory(title="Zhang Wei", organisation=draft_organisation)
    draft_speaker = unpublished(SpeakerPageFactory(title="Liang Yonghui", organisation=live_organisation))
    session = SessionPageFactory(parent=conference)
    draft_session = unpublished(SessionPageFactory(parent=conference))
    for page in (session, draft_session):
        SessionParticipant.objects.create(session=page, speaker=draft_speaker, organisation=draft_organisation)
        SessionParticipant.objects.create(session=page, speaker=live_speaker, role="moderator")
    Sponsorship.objects.create(conference=conference, organisation=draft_organisation, role="sponsor")
    award = AwardPageFactory(parent=conference)
    AwardRecipientFactory(award=award, organisation=draft_organisation)
    AwardRecipientFactory(award=award, organisation=live_organisation)
    draft_award = unpublished(AwardPageFactory(parent=conference))
    AwardRecipientFactory(award=draft_award, organisation=live_organisation)
    return [draft_organisation, draft_speaker, draft_session, draft_award]


def links_on(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return {anchor["href"] for anchor in soup.select("a[href]")}


def test_no_live_page_links_to_an_unpublished_one(client, drafts_linked_from_live_pages):
    draft_urls = {page.url_path.removeprefix("/home") for page in drafts_linked_from_live_pages}
    live_pages = Page.objects.live().filter(depth__gt=1).specific()
    page_types = {type(page).__name__ for page in live_pages}

    found = {page.url: links_on(client, page.url) & draft_urls for page in live_pages}

    assert page_types == {
        "HomePage",
        "ConferenceIndexPage",
        "ConferencePage",
        "SessionPage",
        "AwardPage",
        "SpeakerIndexPage",
        "SpeakerPage",
        "OrganisationIndexPage",
        "OrganisationPage",
    }
    assert {url: links for url, links in found.items() if links} == {}
