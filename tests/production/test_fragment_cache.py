"""Versioned fragments come from the worker's memory first, the shared cache second (delivery/fragment_cache.py)."""

import pytest

from django.core.cache import caches
from django.template import Context, Template
from django.test import RequestFactory

from delivery import generations
from tests.factories import ConferencePageFactory

LOCAL_FIRST = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "shared"},
    "template_fragments": {
        "BACKEND": "delivery.fragment_cache.LocalFirstCache",
        "LOCATION": "fragments",
        "OPTIONS": {"SHARED": "default", "MAX_ENTRIES": 10},
    },
}


@pytest.fixture
def fragments(settings):
    settings.CACHES = LOCAL_FIRST
    fragments = caches["template_fragments"]
    fragments.clear()
    yield fragments
    fragments.clear()


def test_written_fragment_is_in_both_and_read_locally_once_the_shared_copy_is_gone(fragments):
    fragments.set("page-body:1", "<main>report</main>")
    in_shared = caches["default"].get("page-body:1")
    caches["default"].clear()

    assert (in_shared, fragments.get("page-body:1")) == ("<main>report</main>", "<main>report</main>")


def test_fragment_another_worker_wrote_is_read_from_the_shared_cache_and_kept(fragments):
    caches["default"].set("page-body:2", "<main>from another worker</main>")
    first = fragments.get("page-body:2")
    caches["default"].clear()

    assert (first, fragments.get("page-body:2"), fragments.get("page-body:3", "miss")) == (
        "<main>from another worker</main>",
        "<main>from another worker</main>",
        "miss",
    )


def test_cache_tag_uses_it(fragments):
    template = Template("{% load cache %}{% cache 60 probe 'v1' %}{{ value }}{% endcache %}")
    template.render(Context({"value": "first"}))
    caches["default"].clear()

    assert template.render(Context({"value": "second"})) == "first"


@pytest.mark.django_db
def test_nothing_is_kept_while_the_generations_are_unknown(client, monkeypatch):
    # With the database unreachable, the generations a key stands for cannot be read: nothing is kept.
    page = ConferencePageFactory(title="2025 Silver Conference")
    monkeypatch.setattr(generations, "current_values", lambda keys: None)
    request = RequestFactory().get(page.url)
    context = Context({"request": request, "page": page})

    rendered = Template("{% load fragment_tags %}{% page_body_cache_seconds %} {% chrome_cache_seconds %}").render(
        context
    )

    assert rendered == "0 0"
