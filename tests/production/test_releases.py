"""A release never serves a page cached by the one before (delivery/build.py), and
`manage.py clear_page_cache` makes every cached page stale (delivery/management/commands)."""

import json

import pytest

from django.core.management import call_command

from delivery.build import build_id
from tests.factories import ConferencePageFactory


@pytest.fixture
def conference(db):
    return ConferencePageFactory(title="2025 Silver Conference")


@pytest.fixture
def fresh_build_id():
    build_id.cache_clear()
    yield
    build_id.cache_clear()


def cache_state(client, page):
    return client.get(page.url).get("X-Page-Cache")


def test_a_new_build_does_not_serve_the_old_builds_pages(client, conference, page_cache, monkeypatch, fresh_build_id):
    monkeypatch.setenv("DJANGO_BUILD_ID", "release-1")
    cache_state(client, conference)
    before = cache_state(client, conference)

    monkeypatch.setenv("DJANGO_BUILD_ID", "release-2")
    build_id.cache_clear()

    assert (before, cache_state(client, conference)) == ("hit", "miss")


def test_without_a_build_id_the_static_manifest_names_the_build(settings, tmp_path, monkeypatch, fresh_build_id):
    monkeypatch.delenv("DJANGO_BUILD_ID", raising=False)
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
    ids = []
    for css in ("css/site.1111.css", "css/site.2222.css"):
        manifest = {"paths": {"css/site.css": css}, "version": "1.1", "hash": css}
        (tmp_path / "staticfiles.json").write_text(json.dumps(manifest))
        build_id.cache_clear()
        ids.append(build_id())

    assert (ids[0] != ids[1], "unbuilt" in ids) == (True, False)


def test_clear_page_cache_makes_cached_pages_stale(client, conference, page_cache, capsys):
    cache_state(client, conference)
    before = cache_state(client, conference)

    call_command("clear_page_cache")

    assert (before, cache_state(client, conference), "Page cache cleared" in capsys.readouterr().out) == (
        "hit",
        "miss",
        True,
    )
