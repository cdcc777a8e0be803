"""The site's name, tagline and publisher, the search's type labels and the share cards in the page's
language (core/site_identity.py)."""

import pytest
from bs4 import BeautifulSoup

from wagtail.models import Locale, Site

from core.models import SiteSettings
from sharing.share_cards.content import card_content
from tests.factories import ConferencePageFactory, SessionPageFactory, SpeakerPageFactory, publish

pytestmark = pytest.mark.django_db

CHINESE_IDENTITY = {"site_name": "会议报告", "tagline": "SMM 产业会议报告", "publisher": ""}


@pytest.fixture
def identity(chinese_skeleton):
    site = Site.objects.get(is_default_site=True)
    settings = SiteSettings.for_site(site)
    settings.tagline = "Reports from SMM industry conferences"
    settings.publisher = "SMM"
    settings.identity_translations = {"zh-hans": CHINESE_IDENTITY}
    settings.save()
    return site


def chrome(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return {
        "title": soup.title.get_text(),
        "brand": soup.select_one(".brand__name").get_text(),
        "tagline": soup.select_one(".brand__tagline").get_text(),
        "footer": soup.select_one(".site-footer__about").get_text(" ", strip=True),
    }


def test_chinese_pages_carry_the_chinese_identity_and_english_pages_the_english_one(client, identity):
    chinese, english = chrome(client, "/zh-hans/speakers/"), chrome(client, "/speakers/")

    assert (chinese["brand"], chinese["tagline"]) == ("会议报告", "SMM 产业会议报告")
    assert chinese["title"].endswith(" · 会议报告")
    # A blank translated field shows the default language's.
    assert "SMM" in chinese["footer"] and "会议报告" in chinese["footer"]
    assert (english["brand"], english["tagline"]) == (identity.site_name, "Reports from SMM industry conferences")
    assert english["title"].endswith(f" · {identity.site_name}")


def test_editors_give_the_identity_per_language_in_the_settings_form(admin_client, identity):
    url = f"/admin/settings/core/sitesettings/{identity.pk}/"
    form = admin_client.get(url)
    assert "In 简体中文" in form.content.decode()

    response = admin_client.post(
        url,
        {
            "tagline": "Reports",
            "publisher": "SMM",
            "contact_email": "",
            "footer_text": "",
            "site_name__zh_hans": " 报告 ",
            "tagline__zh_hans": "",
            "publisher__zh_hans": "上海有色网",
            "footer_text__zh_hans": "",
        },
    )

    assert response.status_code == 302
    assert SiteSettings.for_site(identity).identity_translations == {
        "zh-hans": {"site_name": "报告", "publisher": "上海有色网"}
    }
    assert chrome(admin_client, "/zh-hans/speakers/")["tagline"] == "Reports"


def test_chinese_search_names_each_results_type_in_chinese(client, chinese_skeleton):
    chinese = Locale.objects.get(language_code="zh-hans")
    conference = ConferencePageFactory(title="白银大会")
    session = SessionPageFactory(parent=conference, title="白银市场")
    publish(conference.copy_for_translation(chinese))
    publish(session.copy_for_translation(chinese))

    soup = BeautifulSoup(client.get("/zh-hans/search/?q=白银").content, "html.parser")

    assert {label.get_text() for label in soup.select(".search-result .eyebrow")} == {"会议", "议程"}
    assert soup.select_one("#search-q")["placeholder"] == "例如：光伏银浆"
    assert soup.title.get_text().startswith("搜索：白银")


def test_a_chinese_pages_share_card_is_written_in_chinese(identity):
    chinese = Locale.objects.get(language_code="zh-hans")
    speaker = SpeakerPageFactory()
    conference = ConferencePageFactory(edition_number=6)
    chinese_speaker = speaker.copy_for_translation(chinese, copy_parents=True)
    chinese_conference = conference.copy_for_translation(chinese, copy_parents=True)

    assert card_content(chinese_speaker, "会议报告").kicker == "演讲嘉宾"
    assert card_content(speaker, "Conference Reports").kicker == "Speaker"
    card = card_content(chinese_conference, "会议报告")
    assert card.kicker == "第6届"
    assert card.date_line.startswith(f"{conference.start_date.year}年")
