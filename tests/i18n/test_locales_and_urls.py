"""The two languages: English keeps today's URLs, Chinese lives under /zh-hans/ with the same tree."""

import importlib

import pytest

from django.apps import apps as django_apps
from django.core.management import call_command

from wagtail.models import Locale, Page

from tests.factories import ConferencePageFactory

pytestmark = pytest.mark.django_db


def test_the_locales_are_english_and_simplified_chinese():
    assert sorted(Locale.objects.values_list("language_code", flat=True)) == ["en", "zh-hans"]
    assert set(Page.objects.filter(depth__gte=2).values_list("locale__language_code", flat=True)) == {"en"}


def test_english_pages_keep_their_unprefixed_urls(client):
    conference = ConferencePageFactory(slug="2025-silver")

    response = client.get("/events/2025-silver/")

    assert (conference.url, response.status_code, response["Content-Language"]) == ("/events/2025-silver/", 200, "en")


def test_the_chinese_skeleton_answers_under_zh_hans(client, chinese_skeleton):
    answers = {url: client.get(url) for url in ("/zh-hans/", "/zh-hans/events/", "/zh-hans/speakers/")}

    assert {url: (r.status_code, r["Content-Language"]) for url, r in answers.items()} == {
        "/zh-hans/": (200, "zh-hans"),
        "/zh-hans/events/": (200, "zh-hans"),
        "/zh-hans/speakers/": (200, "zh-hans"),
    }
    assert sorted(page.url for page in chinese_skeleton.values()) == [
        "/zh-hans/",
        "/zh-hans/events/",
        "/zh-hans/organisations/",
        "/zh-hans/speakers/",
    ]


def test_an_english_page_is_not_served_under_the_chinese_prefix(client, chinese_skeleton):
    ConferencePageFactory(slug="2025-silver")

    assert client.get("/zh-hans/events/2025-silver/").status_code == 404


def test_translating_the_skeleton_twice_changes_nothing(chinese_skeleton):
    call_command("translate_skeleton", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert Page.objects.filter(locale__language_code="zh-hans").count() == 4
    assert chinese_skeleton["events"].title == "会议"


def test_the_migration_renames_a_british_english_locale_keeping_its_pages():
    migration = importlib.import_module("site_setup.migrations.0002_english_and_simplified_chinese_locales")
    Locale.objects.filter(language_code="en").update(language_code="en-gb")
    Locale.objects.filter(language_code="zh-hans").delete()

    migration.set_up_locales(django_apps, None)

    assert sorted(Locale.objects.values_list("language_code", flat=True)) == ["en", "zh-hans"]
    assert set(Page.objects.filter(depth__gte=2).values_list("locale__language_code", flat=True)) == {"en"}
