"""Privacy and correctness never depend on a cache write landing (delivery/generations.py).

A real Redis of the test's own is paused (SIGSTOP) while a restriction, an unpublish or a delete is
made, and resumed (SIGCONT) before the next reader comes: whatever Redis missed, the reader gets the
password form or the 404 at once, with the page cache on and with it off.
"""

import os
import signal
import time
from contextlib import contextmanager

import pytest

from django.core.cache import cache

from wagtail.models import PageViewRestriction

from tests.factories import ConferencePageFactory, SessionPageFactory

from .production_config import redis_caches

BREAKER_SECONDS = 1.5


@pytest.fixture
def session(db):
    conference = ConferencePageFactory(title="2025 Silver Conference", slug="silver-2025")
    return SessionPageFactory(parent=conference, title="Silver price outlook", slug="price-outlook")


@pytest.fixture(params=[60, 0], ids=["page-cache-on", "page-cache-off"])
def redis_cache(request, settings, redis_server_process):
    # A short circuit breaker, so the cache is back in use by the time the reader comes.
    settings.CACHES = redis_caches(
        f"redis://127.0.0.1:{redis_server_process.port}/0", CIRCUIT_BREAKER_SECONDS=BREAKER_SECONDS
    )
    settings.PAGE_CACHE_SECONDS = request.param
    cache.clear()
    return redis_server_process


@contextmanager
def paused(server):
    """Redis stops answering (its socket stays open, as with a stalled server), then answers again."""
    os.kill(server.process.pid, signal.SIGSTOP)
    # A reader meanwhile finds Redis silent, which opens the circuit breaker: the cache writes of
    # the change that follows are dropped, not just delayed.
    cache.get("anything")
    try:
        yield
    finally:
        os.kill(server.process.pid, signal.SIGCONT)
    time.sleep(BREAKER_SECONDS + 0.2)  # the circuit breaker closes: Redis is in use again


def asks_for_password(response):
    return response.status_code == 200 and b'name="password"' in response.content


def warm(client, page):
    """Two anonymous visits: the page is rendered, kept, and (page cache on) served from Redis."""
    first, second = client.get(page.url), client.get(page.url)
    assert (first.status_code, second.status_code) == (200, 200)
    return second.get("X-Page-Cache")


def test_restriction_made_while_redis_stalls_takes_effect_at_once(
    client, session, redis_cache, settings, django_capture_on_commit_callbacks
):
    served_from = warm(client, session)

    with paused(redis_cache), django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=session.get_parent(), restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
        )

    response = client.get(session.url)
    assert (served_from, asks_for_password(response), response.get("X-Page-Cache")) == (
        "hit" if settings.PAGE_CACHE_SECONDS else None,
        True,
        None,
    )


@pytest.mark.parametrize("take_down", ["unpublish", "delete"])
def test_page_taken_down_while_redis_stalls_is_gone_at_once(
    client, session, redis_cache, take_down, django_capture_on_commit_callbacks
):
    warm(client, session)

    with paused(redis_cache), django_capture_on_commit_callbacks(execute=True):
        getattr(session, take_down)()

    assert client.get(session.url).status_code == 404
