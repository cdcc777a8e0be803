"""Fragments are kept per Site and never shared with previews (delivery/templatetags/fragment_tags.py)."""

import pytest

from wagtail.models import Site

from core.models import SiteSettings
from tests.factories import ConferencePageFactory, SessionPageFactory

pytestmark = pytest.mark.django_db


def test_each_site_shows_its_own_header_and_footer(client, home, settings):
    settings.ALLOWED_HOSTS = ["*"]
    first = Site.objects.get(is_default_site=True)
    first.site_name = "Silver Reports"
    first.save()
    second = Site.objects.create(hostname="gold.example.org", port=80, root_page=home, site_name="Gold Reports")
    SiteSettings.objects.update_or_create(site=second, defaults={"publisher": "Gold Association"})

    client.get("/", HTTP_HOST="localhost")
    html = client.get("/", HTTP_HOST="gold.example.org").content.decode()

    assert ("Gold Reports" in html, "Gold Association" in html, "Silver Reports" in html) == (True, True, False)


def test_a_second_preview_shows_the_new_draft_title_in_its_breadcrumb(db):
    conference = ConferencePageFactory(title="2025 Silver Conference")
    session = SessionPageFactory(parent=conference, title="Silver price outlook")

    session.title = "First draft title"
    session.make_preview_request()
    session.title = "Second draft title"
    html = session.make_preview_request().content.decode()

    breadcrumb = html[html.index('class="breadcrumbs"') :]
    breadcrumb = breadcrumb[: breadcrumb.index("</nav>")]
    assert ("Second draft title" in breadcrumb, "First draft title" in breadcrumb) == (True, False)


def test_a_preview_leaves_no_fragment_for_readers(client, db):
    conference = ConferencePageFactory(title="2025 Silver Conference")
    session = SessionPageFactory(parent=conference, title="Silver price outlook")
    session.title = "Unpublished draft title"

    session.make_preview_request()

    assert "Unpublished draft title" not in client.get(session.url).content.decode()
