"""Template fragments from the worker's own memory first, the shared cache second.

Every fragment key carries the stamp of the generations it was rendered under
(delivery/templatetags/fragment_tags.py), so a fragment stored under a key can never go stale: a
publish makes new keys instead. That lets each worker keep the fragments it has read in a small local LRU, and a page
whose header, footer, breadcrumbs, head and body are all cached costs no round trip to Redis for
them. Fragments are still written to the shared cache, so a new worker or server starts warm.
Django's {% cache %} tag uses this backend when CACHES has a "template_fragments" entry.
https://docs.djangoproject.com/en/5.2/topics/cache/#template-fragment-caching
"""

from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.core.cache.backends.locmem import LocMemCache

_MISSING = object()


class LocalFirstCache(BaseCache):
    """OPTIONS: SHARED (the cache alias behind, "default") and MAX_ENTRIES kept in memory (300)."""

    def __init__(self, location, params):
        super().__init__(params)
        options = params.get("OPTIONS", {})
        self._shared_alias = options.get("SHARED", "default")
        self._local = LocMemCache(
            f"local-first-{location}",
            {"TIMEOUT": params.get("TIMEOUT", 300), "OPTIONS": {"MAX_ENTRIES": options.get("MAX_ENTRIES", 300)}},
        )

    @property
    def shared(self):
        return caches[self._shared_alias]

    def get(self, key, default=None, version=None):
        value = self._local.get(key, _MISSING, version=version)
        if value is _MISSING:
            value = self.shared.get(key, _MISSING, version=version)
            if value is _MISSING:
                return default
            self._local.set(key, value, version=version)
        return value

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._local.set(key, value, timeout, version=version)
        self.shared.set(key, value, timeout, version=version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        added = self.shared.add(key, value, timeout, version=version)
        if added:
            self._local.set(key, value, timeout, version=version)
        return added

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        self._local.touch(key, timeout, version=version)
        return self.shared.touch(key, timeout, version=version)

    def delete(self, key, version=None):
        self._local.delete(key, version=version)
        return self.shared.delete(key, version=version)

    def clear(self):
        self._local.clear()
        self.shared.clear()
