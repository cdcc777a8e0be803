"""The public site's interface strings in Simplified Chinese (locale/zh_Hans/LC_MESSAGES/django.po)."""

from pathlib import Path

import polib
import pytest

from django.conf import settings

from wagtail.models import Locale

from tests.factories import ConferencePageFactory, OrganisationPageFactory, SessionPageFactory, SpeakerPageFactory

pytestmark = pytest.mark.django_db

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po"


def test_every_string_of_the_catalogue_is_translated():
    catalogue = polib.pofile(str(CATALOGUE))

    assert [entry.msgid for entry in catalogue if not entry.translated()] == []
    assert len(catalogue) >= 40


def test_chinese_pages_speak_chinese_and_english_pages_english(client, chinese_skeleton):
    chinese = client.get("/zh-hans/").content.decode()
    english = client.get("/").content.decode()

    assert ("跳到正文", "联系我们", "搜索会议报告") == tuple(
        text for text in ("跳到正文", "联系我们", "搜索会议报告") if text in chinese
    )
    assert "Skip to main content" not in chinese
    assert ("Skip to main content", "Contact", "Search the reports") == tuple(
        text for text in ("Skip to main content", "Contact", "Search the reports") if text in english
    )
    assert "联系我们" not in english


def test_the_footer_links_the_sections_in_the_page_language(client, chinese_skeleton):
    chinese = client.get("/zh-hans/").content.decode()

    assert '<a href="/zh-hans/events/">会议</a>' in chinese
    assert '<a href="/events/">Conferences</a>' in client.get("/").content.decode()


def shown(html, *labels):
    return [label for label in labels if label in html]


def test_a_chinese_session_and_speaker_page_label_their_parts_in_chinese(client, chinese_skeleton):
    chinese_locale = Locale.objects.get(language_code="zh-hans")
    conference = ConferencePageFactory(slug="labels")
    session = SessionPageFactory(parent=conference, slug="opening", summary=[])
    speaker = SpeakerPageFactory(slug="zhang-san")
    for page in (conference, session, speaker):
        page.copy_for_translation(chinese_locale).save_revision().publish()

    chinese_session = client.get("/zh-hans/events/labels/opening/").content.decode()
    english_session = client.get("/events/labels/opening/").content.decode()
    chinese_speaker = client.get("/zh-hans/speakers/zhang-san/").content.decode()

    chinese_labels = ("日期", "添加到日历", "本场报告正在撰写中", "返回议程")
    english_labels = ("Date", "Add to calendar", "is being written", "Back to the agenda")
    assert shown(chinese_session, *chinese_labels) == list(chinese_labels)
    assert shown(english_session, *english_labels) == list(english_labels)
    assert shown(chinese_speaker, "演讲嘉宾", "尚未发布这位嘉宾的议程报告") == [
        "演讲嘉宾",
        "尚未发布这位嘉宾的议程报告",
    ]


def test_a_chinese_conference_and_organisation_page_label_their_parts_in_chinese(client, chinese_skeleton):
    chinese_locale = Locale.objects.get(language_code="zh-hans")
    conference = ConferencePageFactory(slug="labels")
    SessionPageFactory(parent=conference, slug="opening")
    organisation = OrganisationPageFactory(slug="smm")
    for page in (conference, organisation):
        page.copy_for_translation(chinese_locale).save_revision().publish()

    chinese_conference = client.get("/zh-hans/events/labels/").content.decode()
    english_conference = client.get("/events/labels/").content.decode()
    chinese_organisation = client.get("/zh-hans/organisations/smm/").content.decode()

    assert shown(chinese_conference, "基本信息", "日历与日程", "联系我们") == ["基本信息", "日历与日程", "联系我们"]
    assert shown(english_conference, "Key facts", "Calendar and schedule") == ["Key facts", "Calendar and schedule"]
    assert shown(chinese_organisation, "机构") == ["机构"]
