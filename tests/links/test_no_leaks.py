"""Nothing here shows a draft, a private page or a preview: permanent links, feeds, sitemap,
metadata and share cards expose only live public pages. Each test plants a sentinel string where
only an unpublished or private page has it, and looks for it everywhere a reader could."""

import pytest

from django.urls import reverse

from wagtail.models import PageViewRestriction

from conference.models import SessionPage
from sharing.models import ShareCard
from sharing.share_cards.content import card_content
from tests.factories import ConferencePageFactory, SessionPageFactory, SessionParticipantFactory, SpeakerPageFactory

from .conftest import SENTINEL, SUMMARY, make_session, publish


def public_surfaces(client, conference, *pages):
    """Every public answer a reader or crawler could get about the report, as text."""
    urls = [
        "/sitemap.xml",
        "/feeds/reports.rss",
        "/feeds/reports.atom",
        f"/feeds/events/{conference.pk}/reports.rss",
        f"/feeds/events/{conference.pk}/reports.atom",
        conference.url,
        "/",
    ]
    urls += [page.url for page in pages]
    return {url: client.get(url).content.decode() for url in urls}


def leaks(surfaces):
    return [url for url, body in surfaces.items() if SENTINEL in body]


def test_draft_session_is_nowhere(client, conference, session):
    draft = SessionPageFactory(parent=conference, title=SENTINEL, slug="draft", live=False, summary=SUMMARY)

    surfaces = public_surfaces(client, conference, session)

    assert leaks(surfaces) == []
    assert [client.get(f"/p/{draft.pk}/").status_code, client.get(f"/p/{draft.pk}/card.png").status_code] == [404, 404]


def test_private_session_is_nowhere(client, conference, session):
    private = make_session(conference, title=SENTINEL, slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    surfaces = public_surfaces(client, conference, session)

    assert leaks(surfaces) == []
    assert [client.get(f"/p/{private.pk}/").status_code, client.get(f"/p/{private.pk}/card.png").status_code] == [
        404,
        404,
    ]


def test_unpublished_changes_of_live_session_are_nowhere(client, conference, session):
    session.title = SENTINEL
    session.teaser = SENTINEL
    session.save_revision()  # a draft on top of the live page, as an editor's "Save draft" does

    surfaces = public_surfaces(client, conference, SessionPage.objects.get(pk=session.pk))
    card = card_content(SessionPage.objects.get(pk=session.pk), "Brand")

    assert leaks(surfaces) == []
    assert SENTINEL not in (card.title, card.subtitle)


def test_preview_leaves_no_trace(client, superuser, conference, session, django_capture_on_commit_callbacks):
    client.force_login(superuser)
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[session.pk])
    form = {
        "title": SENTINEL,
        "slug": session.slug,
        "kind": session.kind,
        "date": "2025-05-16",
        "teaser": SENTINEL,
        "summary-count": "0",
        "participants-TOTAL_FORMS": "0",
        "participants-INITIAL_FORMS": "0",
        "participants-MIN_NUM_FORMS": "0",
        "participants-MAX_NUM_FORMS": "1000",
        "links-TOTAL_FORMS": "0",
        "links-INITIAL_FORMS": "0",
        "links-MIN_NUM_FORMS": "0",
        "links-MAX_NUM_FORMS": "1000",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
    }
    with django_capture_on_commit_callbacks(execute=True):
        stored = client.post(preview_url, form)
        preview = client.get(preview_url)
    client.logout()

    surfaces = public_surfaces(client, conference, session)

    assert (stored.json()["is_valid"], SENTINEL in preview.content.decode()) == (True, True)
    assert leaks(surfaces) == []
    assert ShareCard.objects.filter(page=session).count() == 0


def test_sessions_of_draft_conference_are_not_in_site_feed(client, conference, session):
    draft_conference = ConferencePageFactory(title=SENTINEL, slug="draft-conference", live=False)
    make_session(draft_conference, title="A session published too early")

    rss = client.get("/feeds/reports.rss").content.decode()

    assert ("A session published too early" in rss, SENTINEL in rss) == (False, False)


def test_draft_speaker_is_left_out_of_session_metadata_and_card(client, conference, session):
    draft_speaker = SpeakerPageFactory(given_name="Sentinel", family_name=SENTINEL, title=SENTINEL, live=False)
    SessionParticipantFactory(session=session, speaker=draft_speaker)

    head = client.get(session.url).content.decode().split("</head>")[0]
    card = card_content(SessionPage.objects.get(pk=session.pk), "Brand")

    assert (SENTINEL in head, [person.name for person in card.people]) == (False, ["Liang Yonghui"])


@pytest.mark.parametrize("surface", ["/feeds/reports.rss", "/sitemap.xml", "/feeds/events/{conference}/reports.atom"])
def test_unpublished_session_leaves_feeds_and_sitemap(client, conference, session, surface):
    url = surface.format(conference=conference.pk)
    marker = SENTINEL.lower()  # in the title for the feeds, in the URL for the sitemap
    session.title, session.slug = SENTINEL, marker
    publish(session)
    before = client.get(url).content.decode().lower()

    session.unpublish()

    assert (marker in before, marker in client.get(url).content.decode().lower()) == (True, False)
