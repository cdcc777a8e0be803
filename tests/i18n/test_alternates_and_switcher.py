"""Every page declares its language, its translations (hreflang) and offers the other language."""

import re

import pytest

from tests.factories import ConferencePageFactory

pytestmark = pytest.mark.django_db


def head_alternates(html):
    return re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html)


def switcher(html):
    nav = re.search(r'<nav class="language-switcher.*?</nav>', html, re.S)
    if nav is None:
        return None
    links = re.findall(r'<a class="language-switcher__link" href="([^"]+)"[^>]*>([^<]+)</a>', nav.group())
    notes = re.findall(r'<span class="language-switcher__note"[^>]*>([^<]+)</span>', nav.group())
    return links, notes


def test_a_translated_page_links_both_languages_and_x_default(client, chinese_skeleton):
    html = client.get("/zh-hans/events/").content.decode()

    assert '<html lang="zh-hans"' in html
    assert head_alternates(html) == [
        ("en", "http://localhost/events/"),
        ("zh-hans", "http://localhost/zh-hans/events/"),
        ("x-default", "http://localhost/events/"),
    ]
    assert switcher(html) == ([("/events/", "English")], [])


def test_the_english_home_page_switches_to_the_chinese_one(client, chinese_skeleton):
    html = client.get("/").content.decode()

    assert '<html lang="en"' in html
    assert switcher(html) == ([("/zh-hans/", "简体中文")], [])


def test_an_untranslated_page_switches_to_its_nearest_translated_ancestor_saying_so(client, chinese_skeleton):
    conference = ConferencePageFactory(slug="2025-silver")

    html = client.get(conference.url).content.decode()

    assert head_alternates(html) == [
        ("en", "http://localhost/events/2025-silver/"),
        ("x-default", "http://localhost/events/2025-silver/"),
    ]
    assert switcher(html) == (
        [("/zh-hans/events/", "简体中文")],
        ["此页面尚无中文版本，链接将前往最近的有中文版本的上级页面。"],
    )


def test_a_chinese_page_without_english_switches_up_saying_so_in_english(client, chinese_skeleton):
    events = chinese_skeleton["events"]
    chinese_only = events.add_child(instance=ConferencePageFactory.build(slug="2026-zh", title="2026 白银大会"))
    chinese_only.save_revision().publish()

    html = client.get("/zh-hans/events/2026-zh/").content.decode()

    assert switcher(html) == (
        [("/events/", "English")],
        ["This page is not yet available in English; the link goes to the nearest page above it that is."],
    )


def test_without_a_translation_anywhere_there_is_no_switcher(client):
    html = client.get("/events/").content.decode()

    assert switcher(html) is None
    assert head_alternates(html) == [("en", "http://localhost/events/"), ("x-default", "http://localhost/events/")]
