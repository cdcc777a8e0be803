"""Redis as the shared cache: pages come from it while it is up and are still served, fast, when it
is stopped or black-holed; editors stay logged in because sessions also live in the database."""

import time

import pytest

from django.core.cache import cache

from tests.factories import ConferencePageFactory

from .production_config import redis_caches


@pytest.fixture
def conference(db):
    return ConferencePageFactory(title="2025 Silver Conference")


@pytest.fixture
def redis_cache(settings, redis_server_process):
    settings.CACHES = redis_caches(f"redis://127.0.0.1:{redis_server_process.port}/0")
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    settings.PAGE_CACHE_SECONDS = 60
    cache.clear()
    return redis_server_process


def timed_get(client, url):
    started = time.monotonic()
    response = client.get(url)
    return response, time.monotonic() - started


def test_page_with_redis_up_is_served_from_redis(client, conference, redis_cache):
    client.get(conference.url)

    response = client.get(conference.url)

    assert (response["X-Page-Cache"], conference.title in response.content.decode()) == ("hit", True)


def test_page_with_redis_stopped_is_rendered(client, conference, redis_cache):
    client.get(conference.url)
    redis_cache.stop()

    response, elapsed = timed_get(client, conference.url)

    # Rendered afresh ("miss": the copy it tries to keep is lost with Redis, which costs nothing).
    assert (response.status_code, response.get("X-Page-Cache"), conference.title in response.content.decode()) == (
        200,
        "miss",
        True,
    )
    assert elapsed < 2.0


def test_pages_with_redis_black_holed_cost_at_most_one_timeout(client, conference, settings, black_hole):
    settings.PAGE_CACHE_SECONDS = 60
    baseline = [timed_get(client, conference.url)[1] for _ in range(3)]
    settings.CACHES = redis_caches(f"redis://127.0.0.1:{black_hole.port}/0")

    answers = [timed_get(client, conference.url) for _ in range(3)]

    # Without the circuit breaker each request would wait 0.25 s for each of its ~5 cache calls.
    assert [(response.status_code, conference.title in response.content.decode()) for response, _ in answers] == [
        (200, True)
    ] * 3
    assert sum(elapsed for _, elapsed in answers) - sum(baseline) < 1.0


def test_editor_stays_logged_in_when_redis_stops(client, editor, redis_cache):
    client.force_login(editor)
    redis_cache.stop()

    response = client.get("/admin/")

    assert (response.status_code, response.context["request"].user.username) == (200, "editor")


def test_cache_is_used_again_after_redis_comes_back(settings, redis_server_process):
    settings.CACHES = redis_caches(f"redis://127.0.0.1:{redis_server_process.port}/0", CIRCUIT_BREAKER_SECONDS=0.2)
    redis_server_process.stop()
    missed = cache.set("greeting", "hello")
    redis_server_process.start()
    time.sleep(0.3)

    cache.set("greeting", "hello again")

    assert (missed, cache.get("greeting")) == (None, "hello again")
