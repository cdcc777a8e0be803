"""Fixtures for the production pieces: a page cache in local memory, loopback servers."""

import dj_email_url
import pytest

from django.core.cache import cache

from . import servers


@pytest.fixture
def page_cache(settings):
    """The page cache on, over the test settings' local-memory cache, emptied before each test."""
    settings.PAGE_CACHE_SECONDS = 60
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def redis_server_process():
    """A Redis of the test's own on a free loopback port; the test may stop and start it."""
    if not servers.redis_binary():
        pytest.skip("redis-server is not installed (Debian package redis-server)")
    server = servers.redis_server(servers.free_port()).start()
    yield server
    server.stop()


@pytest.fixture
def black_hole():
    hole = servers.BlackHole()
    yield hole
    hole.close()


@pytest.fixture(scope="session")
def s3_endpoint():
    """moto's S3 server on a free loopback port, for the whole run."""
    try:
        import moto.server  # noqa: PLC0415, F401 — optional: skip without moto[server]
    except ImportError:
        pytest.skip("moto[server] is not installed (requirements-dev.txt)")
    server = servers.moto_server(servers.free_port()).start()
    yield f"http://127.0.0.1:{server.port}"
    server.stop()


@pytest.fixture
def cdn(settings):
    """Wagtail's frontend cache pointed at a loopback PURGE recorder, as FRONTEND_CACHE_BACKEND=http does."""
    recorder = servers.PurgeRecorder()
    settings.WAGTAILFRONTENDCACHE = {
        "default": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": recorder.url}
    }
    yield recorder
    recorder.close()


@pytest.fixture
def smtp_server(settings):
    """Mail configured as production does from DJANGO_EMAIL_URL, sent to a real SMTP server on loopback."""

    catcher = servers.MailCatcher()
    for name, value in dj_email_url.parse(catcher.url).items():
        setattr(settings, name, value)
    yield catcher
    catcher.close()
