"""Labels that come from Python (kinds, roles) and dates are written in the page's language."""

from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup

from django.template.loader import render_to_string
from django.utils import translation

from wagtail.models import Locale

from tests.factories import (
    AwardPageFactory,
    ConferencePageFactory,
    SessionPageFactory,
    SessionParticipantFactory,
    SponsorshipFactory,
    publish,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def conference(chinese_skeleton):
    """A two-day conference with a keynote moderated by one person, hosted by two organisations."""
    conference = ConferencePageFactory(slug="silver", edition_number=6)
    SponsorshipFactory(conference=conference, role="host")
    SponsorshipFactory(conference=conference, role="host")
    session = SessionPageFactory(parent=conference, slug="keynote", kind="keynote")
    SessionParticipantFactory(session=session, role="moderator")
    publish(conference)
    publish(session)
    chinese = Locale.objects.get(language_code="zh-hans")
    for page in (conference, session):
        publish(page.copy_for_translation(chinese))
    return conference


def text_of(client, url):
    return client.get(url).content.decode()


def test_kinds_roles_and_dates_of_a_session(client, conference):
    chinese = text_of(client, "/zh-hans/events/silver/keynote/")
    english = text_of(client, "/events/silver/keynote/")

    assert "主旨演讲" in chinese and "主持人" in chinese and "2025年5月16日 星期五" in chinese
    assert "Keynote speech" not in chinese and "Moderator" not in chinese
    assert "Keynote speech" in english and "Moderator" in english and "Friday 16 May 2025" in english


def test_dates_sponsor_groups_and_edition_of_a_conference(client, conference):
    chinese = text_of(client, "/zh-hans/events/silver/")
    english = text_of(client, "/events/silver/")

    assert ">2025年5月15日</time>–<time" in chinese and ">16日</time>" in chinese
    assert "主办单位" in chinese and "第6届" in chinese
    assert "Hosts" not in chinese and "6th" not in chinese
    assert ">15</time>–<time" in english and ">16 May 2025</time>" in english
    assert "Hosts" in english and "6th" in english


def test_the_awards_section_of_a_chinese_conference_page_is_named_in_chinese(client, conference):
    chinese = Locale.objects.get(language_code="zh-hans")
    publish(AwardPageFactory(parent=conference, slug="glory").copy_for_translation(chinese))

    toc = BeautifulSoup(client.get("/zh-hans/events/silver/").content, "html.parser").select_one(".toc")

    assert "奖项" in toc.get_text() and "Awards" not in toc.get_text()


@pytest.mark.parametrize(
    ("language", "line"), [("en", "Chairman, Example Ltd."), ("zh-hans", "Chairman，Example Ltd.")]
)
def test_a_position_line_joins_its_parts_as_the_language_does(language, line):
    organisation = SimpleNamespace(title="Example Ltd.", live=False)
    with translation.override(language):
        rendered = render_to_string(
            "includes/position_line.html", {"position": "Chairman", "organisation": organisation}
        )

    assert rendered == line
