"""A translated edition is archived in both languages, each page linking to its translation inside
the archive, and Pagefind indexes each language apart."""

import json
import re
from io import StringIO

import pytest

from django.core.management import call_command

from wagtail.models import Locale

from site_setup.skeleton_translations import translate_skeleton
from tests.factories import ConferencePageFactory, SessionPageFactory

from .crawl import broken_links

pytestmark = pytest.mark.django_db

SLUG = "bilingual-edition"


def publish_translation(page, locale, title):
    copy = page.copy_for_translation(locale)
    copy.title = title
    copy.save_revision().publish()
    return copy


@pytest.fixture
def archive(tmp_path):
    translate_skeleton("zh-hans")
    chinese = Locale.objects.get(language_code="zh-hans")
    conference = ConferencePageFactory(slug=SLUG, title="Bilingual Edition")
    opening = SessionPageFactory(parent=conference, slug="opening", title="Opening address")
    SessionPageFactory(parent=conference, slug="outlook", title="Market outlook")
    publish_translation(conference, chinese, "双语会议")
    publish_translation(opening, chinese, "开幕致辞")
    out = tmp_path / "archive"
    call_command("export_static", SLUG, "--out", str(out), stdout=StringIO(), stderr=StringIO())
    return out


def test_both_languages_are_archived_and_every_link_resolves(archive):
    english = archive / f"events/{SLUG}/opening/index.html"
    chinese = archive / f"zh-hans/events/{SLUG}/opening/index.html"

    assert [english.is_file(), chinese.is_file(), (archive / f"zh-hans/events/{SLUG}/index.html").is_file()] == [
        True,
        True,
        True,
    ]
    assert '<html lang="zh-hans"' in chinese.read_text()
    assert broken_links(archive) == []


def test_a_page_links_to_its_translation_inside_the_archive(archive):
    english = (archive / f"events/{SLUG}/opening/index.html").read_text()
    chinese = (archive / f"zh-hans/events/{SLUG}/opening/index.html").read_text()

    assert re.search(rf'href="(\.\./)+zh-hans/events/{SLUG}/opening/index\.html"', english)
    assert re.search(rf'href="(\.\./)+events/{SLUG}/opening/index\.html"', chinese)
    assert re.search(r'action="(\.\./)+search/index\.html"', chinese)  # the archive's own search


def test_untranslated_pages_stay_in_their_own_language(archive):
    assert (archive / f"events/{SLUG}/outlook/index.html").is_file()
    assert not (archive / f"zh-hans/events/{SLUG}/outlook").exists()


def test_pagefind_indexes_each_language_apart(archive):
    entry = json.loads((archive / "pagefind/pagefind-entry.json").read_text())

    assert {"en", "zh-hans"} <= set(entry["languages"])
