"""The session-report feeds are per language: /feeds/ lists English reports, /zh-hans/feeds/ Chinese ones."""

from lxml import etree

from wagtail.models import Locale

from delivery.generations import page_key
from delivery.invalidation import Invalidation
from tests.factories import ConferencePageFactory, SessionPageFactory

SUMMARY = [("paragraph", "<p>What was said.</p>")]


def feed_titles(client, path):
    channel = etree.fromstring(client.get(path).content).find("channel")
    return [item.findtext("title") for item in channel.findall("item")]


def translated_session(chinese_skeleton):
    chinese = Locale.objects.get(language_code="zh-hans")
    conference = ConferencePageFactory(slug="feeds")
    session = SessionPageFactory(parent=conference, slug="outlook", title="Market outlook", summary=SUMMARY)
    conference.copy_for_translation(chinese).save_revision().publish()
    copy = session.copy_for_translation(chinese)
    copy.title = "市场展望"
    copy.save_revision().publish()
    return conference


def test_each_language_has_its_own_site_feed(client, chinese_skeleton):
    translated_session(chinese_skeleton)

    assert feed_titles(client, "/feeds/reports.rss") == ["Market outlook"]
    assert feed_titles(client, "/zh-hans/feeds/reports.rss") == ["市场展望"]


def test_a_chinese_page_announces_the_chinese_feed(client, chinese_skeleton):
    translated_session(chinese_skeleton)

    html = client.get("/zh-hans/events/feeds/outlook/").content.decode()

    assert 'href="http://localhost/zh-hans/feeds/reports.rss"' in html or 'href="/zh-hans/feeds/reports.rss"' in html


def test_a_publish_makes_both_languages_feeds_stale(chinese_skeleton):
    change = Invalidation()
    change.listings()

    assert {page_key("/feeds/reports.rss"), page_key("/zh-hans/feeds/reports.rss")} <= change.keys
