"""Each home page shows the editions in its own language."""

import pytest

from wagtail.models import Locale

from tests.factories import ConferencePageFactory, publish

pytestmark = pytest.mark.django_db


def test_each_home_page_leads_to_the_latest_edition_in_its_language(client, chinese_skeleton):
    conference = ConferencePageFactory(slug="silver-2025", title="2025 Silver Conference")
    chinese = conference.copy_for_translation(Locale.objects.get(language_code="zh-hans"))
    chinese.title = "2025 白银大会"
    publish(chinese)

    english_home = client.get("/").content.decode()
    chinese_home = client.get("/zh-hans/").content.decode()

    assert 'href="/events/silver-2025/"' in english_home
    assert "/zh-hans/events/silver-2025/" not in english_home
    assert 'href="/zh-hans/events/silver-2025/"' in chinese_home
    assert "2025 白银大会" in chinese_home
    assert 'href="/events/silver-2025/"' not in chinese_home.split("<footer")[0].split('id="main"')[1]
