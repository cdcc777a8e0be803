"""Every public page type runs a fixed number of SQL queries with every cache empty.

Each page is built with 10 and with 100 items (sessions, participants, figures, photos, speakers…)
and counted on a cold render: Django's caches (the shared one and the worker-local fragment cache
in front of it), Wagtail's site root paths and our per-process memos (the remembered site, the
restricted paths) are all emptied first, so nothing comes from an earlier request. The first view
after the page is published is counted too. A count that grows with the content is an N+1.
"""

import pytest

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.images.models import Image

from awards.models import AwardPhoto, AwardRecipient
from conference.models import ConferenceHighlight
from delivery.generations import StampMemo
from tests.factories import (
    AwardPageFactory,
    AwardRecipientFactory,
    ConferencePageFactory,
    ImageFactory,
    OrganisationPageFactory,
    SessionPageFactory,
    SessionParticipantFactory,
    SpeakerPageFactory,
    SponsorshipFactory,
    home_page,
)

from .content import build_report

SMALL, LARGE = 10, 100
# Issue 15's budgets. Six queries of each count are the same on every page: the generations with the
# restricted paths (delivery/generations.py), the site with its specific root page and root paths
# (delivery/sites.py), routing by URL path and the page's specific object (core/routing.py), the site
# settings, and the menu with the breadcrumbs (core/templatetags/navigation_tags.py).
CONFERENCE_BUDGET = 15
SESSION_BUDGET = AWARD_BUDGET = PAGE_BUDGET = INDEX_BUDGET = HOME_BUDGET = 12
TINY = {"file__width": 8, "file__height": 8}

# As in production: fragments from a worker-local cache in front of the shared one.
PRODUCTION_LIKE_CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 10_000}},
    "template_fragments": {"BACKEND": "delivery.fragment_cache.LocalFirstCache", "OPTIONS": {"SHARED": "default"}},
}


@pytest.fixture(autouse=True)
def production_like_caches(settings):
    settings.CACHES = PRODUCTION_LIKE_CACHES


@pytest.fixture
def forget_everything():
    """Empty every cache and per-process memo a render could read from."""

    def forget():
        # Django's caches: pages, fragments, content version, Wagtail's site root paths, renditions.
        for cache in caches.all():
            cache.clear()
        # Our own per-process memos: the remembered site, the restricted paths.
        StampMemo.clear_all()

    return forget


def tiny_image():
    return ImageFactory(**TINY)


def figure(image):
    return ("figure", {"image": image, "alt_text": "A chart", "caption": "Caption", "credit": "SMM"})


def conference_page(size):
    """`size` sessions, speakers, sponsors and highlight photos."""
    return build_report(size, image_size=(8, 8))["conference"]


def session_page(size):
    """`size` participants (each also spoke at another session) and `size` figures with images."""
    conference = ConferencePageFactory(hero_image=tiny_image())
    session = SessionPageFactory(
        parent=conference,
        image=tiny_image(),
        summary=[("paragraph", "<p>Summary.</p>"), *(figure(tiny_image()) for _ in range(size))],
    )
    for _ in range(size):
        speaker = SpeakerPageFactory(photo=tiny_image(), organisation=OrganisationPageFactory(logo=tiny_image()))
        SessionParticipantFactory(session=session, speaker=speaker, organisation=speaker.organisation)
        SessionParticipantFactory(session=SessionPageFactory(parent=conference), speaker=speaker)
    return session


def speaker_page(size):
    """A speaker with `size` sessions, each with an image and figures."""
    speaker = SpeakerPageFactory(photo=tiny_image(), organisation=OrganisationPageFactory(logo=tiny_image()))
    conference = ConferencePageFactory()
    for _ in range(size):
        session = SessionPageFactory(parent=conference, image=tiny_image(), summary=[figure(tiny_image())])
        SessionParticipantFactory(session=session, speaker=speaker)
    return speaker


def organisation_page(size):
    """An organisation with `size` speakers, sponsorships and awards."""
    organisation = OrganisationPageFactory(logo=tiny_image())
    conference = ConferencePageFactory(hero_image=tiny_image())
    for _ in range(size):
        SpeakerPageFactory(organisation=organisation, photo=tiny_image())
        SponsorshipFactory(conference=conference, organisation=organisation)
        AwardRecipient.objects.create(award=AwardPageFactory(parent=conference), organisation=organisation)
    return organisation


def award_page(size):
    """An award with `size` recipients (organisations and people) and `size` photos."""
    conference = ConferencePageFactory(hero_image=tiny_image())
    session = SessionPageFactory(parent=conference)
    award = AwardPageFactory(parent=conference, presented_at=session)
    for number in range(size):
        if number % 2:
            AwardRecipientFactory(award=award, organisation=OrganisationPageFactory(logo=tiny_image()), rank=number)
        else:
            AwardRecipientFactory(
                award=award, organisation=None, speaker=SpeakerPageFactory(photo=tiny_image()), rank=number
            )
        AwardPhoto.objects.create(award=award, image=tiny_image(), caption=f"Photo {number}")
    return award


def home(size):
    """`size` conferences with hero images, each with a session and a highlight photo."""
    for _ in range(size):
        conference = ConferencePageFactory(hero_image=tiny_image())
        SessionPageFactory(parent=conference, image=tiny_image())
        ConferenceHighlight.objects.create(conference=conference, image=tiny_image(), caption="Highlight")
    return home_page()


def events_index(size):
    for _ in range(size):
        ConferencePageFactory(hero_image=tiny_image())
    return home_page().get_children().get(slug="events")


def speakers_index(size):
    for _ in range(size):
        SpeakerPageFactory(photo=tiny_image(), organisation=OrganisationPageFactory(logo=tiny_image()))
    return home_page().get_children().get(slug="speakers")


def organisations_index(size):
    for _ in range(size):
        OrganisationPageFactory(logo=tiny_image())
    return home_page().get_children().get(slug="organisations")


PAGES = [
    (conference_page, CONFERENCE_BUDGET),
    (session_page, SESSION_BUDGET),
    (speaker_page, PAGE_BUDGET),
    (organisation_page, PAGE_BUDGET),
    (award_page, AWARD_BUDGET),
    (home, HOME_BUDGET),
    (events_index, INDEX_BUDGET),
    (speakers_index, INDEX_BUDGET),
    (organisations_index, INDEX_BUDGET),
]
PAGE_IDS = [build.__name__ for build, _ in PAGES]


def count(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def cold_count(client, forget, url):
    client.get(url)  # renditions exist from now on, as on any site that has shown the page once
    forget()
    return count(client, url)


def count_after_publish(client, capture_on_commit, page):
    client.get(page.url)
    # The same starting point for every size, whatever time building the content took: the
    # per-process memos (bounded in time) are empty, as in a worker that has not seen the site yet.
    StampMemo.clear_all()
    with capture_on_commit(execute=True):
        page.save_revision().publish()
    return count(client, page.url)


@pytest.mark.django_db
@pytest.mark.parametrize(("build", "budget"), PAGES, ids=PAGE_IDS)
def test_queries_stay_fixed_with_10_and_100_items_cold_and_after_publish(
    client, forget_everything, django_capture_on_commit_callbacks, build, budget
):
    pages = {size: build(size).specific for size in (SMALL, LARGE)}
    cold = {size: cold_count(client, forget_everything, page.url) for size, page in pages.items()}
    published = {
        size: count_after_publish(client, django_capture_on_commit_callbacks, page) for size, page in pages.items()
    }

    assert cold[LARGE] == cold[SMALL], f"cold render queries grow with the content: {cold}"
    assert published[LARGE] == published[SMALL], f"queries after a publish grow with the content: {published}"
    assert max(*cold.values(), *published.values()) <= budget, (cold, published)


@pytest.mark.django_db
def test_forgetting_empties_the_caches_a_render_reads(client, forget_everything):
    """The budget above counts a cold render: without forgetting, the second view costs less."""
    url = conference_page(1).url
    client.get(url)
    warm = count(client, url)

    assert cold_count(client, forget_everything, url) > warm
    assert Image.get_rendition_model().objects.exists()
