"""`load_demo` also builds the demo in Simplified Chinese, as wagtail-localize translations of its pages."""

import html
import json
import re

import pytest
from wagtail_localize.models import Translation

from wagtail.models import Locale, Page

from awards.models import AwardPage
from conference.models import ConferencePage, SessionPage
from demo import BUNDLE_PATH
from speakers.models import OrganisationPage, SpeakerPage

from .test_load_demo import DETAILED

pytestmark = pytest.mark.django_db

CJK = re.compile(r"[\u3400-\u9fff]")
SLUG = "2025-smm-silver-conference"
NAME_FIELDS = ("given_name", "family_name", "native_name", "other_names", "title")


@pytest.fixture
def zh(loaded_demo, db):
    return Locale.objects.get(language_code="zh-hans")


@pytest.fixture
def demo(zh):
    return ConferencePage.objects.get(slug=SLUG, locale=Locale.get_default())


def translation_of(page, locale):
    return page.get_translation(locale).specific


def texts(value):
    """Every piece of text in a summary block's raw value (not its ids, levels, tones or images)."""
    if isinstance(value, str):
        yield re.sub(r"<[^>]+>", "", value)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in {"id", "type", "image", "level", "tone", "first_row_is_table_header"}:
                yield from texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from texts(item)


def test_the_conference_every_session_and_both_awards_are_live_in_chinese(demo, zh):
    conference = translation_of(demo, zh)
    assert (conference.url, conference.live) == (f"/zh-hans/events/{SLUG}/", True)
    assert conference.title == "2025 SMM（第六届）白银产业链创新大会"
    assert all(CJK.search(text) for text in (conference.teaser, conference.introduction, conference.city))
    pages = [*SessionPage.objects.child_of(demo), *AwardPage.objects.child_of(demo)]
    assert len(pages) == 23
    lacking = {}
    for page in pages:
        chinese = translation_of(page, zh)
        if not (chinese.live and CJK.search(chinese.title) and CJK.search(chinese.teaser)):
            lacking[page.slug] = (chinese.live, chinese.title, chinese.teaser)
    assert lacking == {}


def test_every_translation_of_the_demo_is_complete(demo, zh):
    translations = Translation.objects.filter(target_locale=zh).select_related("source")
    # 28 organisations, 22 speakers, the conference, 21 sessions and 2 awards.
    assert translations.count() == 74
    incomplete = {t.source.object_repr: t.get_progress() for t in translations if len(set(t.get_progress())) != 1}
    assert incomplete == {}


def test_the_seven_detailed_sessions_are_in_chinese_in_full(demo, zh):
    for slug in sorted(DETAILED):
        english = SessionPage.objects.get(slug=slug, locale=demo.locale)
        chinese = translation_of(english, zh).summary.raw_data
        assert [block["type"] for block in chinese] == [block["type"] for block in english.summary.raw_data]
        in_english = [text for block in chinese for text in texts(block["value"]) if text and not CJK.search(text)]
        # Numbers and names may stay as they are (a table cell "2030", "SMM1#"), but no sentence does.
        assert [text for text in in_english if len(text.split()) > 3] == [], slug


def test_speakers_positions_and_the_hosts_description_are_in_chinese(demo, zh):
    speakers = SpeakerPage.objects.filter(locale=demo.locale)
    assert {page.slug: bool(CJK.search(translation_of(page, zh).position)) for page in speakers} == {
        page.slug: True for page in speakers
    }
    smm = translation_of(OrganisationPage.objects.get(slug="smm", locale=demo.locale), zh)
    assert (smm.title, bool(CJK.search(smm.description))) == ("上海有色网信息科技股份有限公司", True)


def test_no_persons_name_is_written_in_chinese_characters_in_either_language(demo, zh):
    speakers = SpeakerPage.objects.all()
    assert speakers.count() == 44
    in_chinese = {
        (page.locale.language_code, page.slug, name): getattr(page, name)
        for page in speakers.select_related("locale")
        for name in NAME_FIELDS
        if CJK.search(getattr(page, name) or "")
    }
    assert in_chinese == {}


def test_the_demo_bundle_gives_no_person_a_chinese_name():
    bundle = json.loads(BUNDLE_PATH.read_text(encoding="utf-8"))
    names = [value for speaker in bundle["speakers"] for key in NAME_FIELDS for value in _strings(speaker.get(key))]
    assert names and not [name for name in names if CJK.search(name)]
    translated_keys = {key for entry in bundle["translations"]["zh-hans"]["speakers"].values() for key in entry}
    assert translated_keys <= {"position", "biography"}


def test_the_chinese_conference_page_shows_the_whole_agenda(demo, zh, client):
    response = client.get(f"/zh-hans/events/{SLUG}/")

    assert response.status_code == 200
    body = response.content.decode()
    missing = [
        page.title
        for page in SessionPage.objects.child_of(translation_of(demo, zh))
        if html.escape(page.title) not in body
    ]
    assert missing == []
    assert "白银全景论坛" in body


def test_every_chinese_page_of_the_demo_answers(demo, zh, client):
    chinese = Page.objects.filter(locale=zh, depth__gte=4).specific()
    answers = {page.url: client.get(page.url).status_code for page in chinese}

    assert len(answers) == 74
    assert {url: status for url, status in answers.items() if status != 200} == {}


def _strings(value):
    if isinstance(value, list):
        return value
    return [value] if value else []


def test_the_chinese_conference_has_its_own_calendar_and_schedules(demo, zh, client):
    conference = f"/zh-hans/events/{SLUG}/"
    paths = [f"{conference}{name}" for name in ("calendar.ics", "schedule.xml", "schedule.json")]
    paths.append(f"{conference}silver-and-gold-price-trends/calendar.ics")

    assert {path: client.get(path).status_code for path in paths} == dict.fromkeys(paths, 200)
    assert "金银价格走势分析" in client.get(paths[-1]).content.decode()
