"""Fixtures for the production pieces: a page cache in local memory, loopback servers."""

import pytest

from django.core.cache import cache


@pytest.fixture
def page_cache(settings):
    """The page cache on, over the test settings' local-memory cache, emptied before each test."""
    settings.PAGE_CACHE_SECONDS = 60
    cache.clear()
    yield
    cache.clear()
