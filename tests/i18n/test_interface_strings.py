"""The public site's interface strings in Simplified Chinese (locale/zh_Hans/LC_MESSAGES/django.po)."""

from pathlib import Path

import polib
import pytest

from django.conf import settings

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
