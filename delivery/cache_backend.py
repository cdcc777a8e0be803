"""django-redis with a circuit breaker, so a lost Redis costs one timeout, not one per cache call.

django-redis's IGNORE_EXCEPTIONS turns a failed call into a cache miss, but each call still waits
for its socket timeout when Redis is black-holed, and Wagtail and our page cache make several calls
per request. After a failure this backend answers every call as a miss straight away for
`CIRCUIT_BREAKER_SECONDS`, then tries Redis again.
https://github.com/jazzband/django-redis#memcached-exceptions-behavior
"""

import functools
import logging
import time

from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import ConnectionError as RedisConnectionError

from django.core.cache import cache

logger = logging.getLogger(__name__)


class CircuitBreaker:
    def __init__(self, open_seconds):
        self.open_seconds = open_seconds
        self.open_until = 0.0

    def is_open(self):
        return time.monotonic() < self.open_until

    def trip(self):
        if not self.is_open():
            logger.warning("Redis unreachable; serving without the cache for %ss", self.open_seconds)
        self.open_until = time.monotonic() + self.open_seconds


class GuardedClient:
    """Wraps a django-redis client: refuses calls while the breaker is open, trips it on failure."""

    def __init__(self, client, breaker):
        self._client = client
        self._breaker = breaker

    def __getattr__(self, name):
        attribute = getattr(self._client, name)
        if not callable(attribute):
            return attribute

        @functools.wraps(attribute)
        def guarded(*args, **kwargs):
            if self._breaker.is_open():
                # The backend's IGNORE_EXCEPTIONS handling turns this into a miss.
                raise ConnectionInterrupted(connection=None) from RedisConnectionError("circuit open")
            try:
                return attribute(*args, **kwargs)
            except ConnectionInterrupted:
                self._breaker.trip()
                raise

        return guarded


class CircuitBreakerRedisCache(RedisCache):
    def __init__(self, server, params):
        options = dict(params.get("OPTIONS", {}))
        open_seconds = float(options.pop("CIRCUIT_BREAKER_SECONDS", 5))
        super().__init__(server, {**params, "OPTIONS": options})
        self._breaker = CircuitBreaker(open_seconds)

    @property
    def client(self):
        return GuardedClient(super().client, self._breaker)


PROBE_KEY = "health-probe"


def shared_cache_answers():
    """Whether the shared cache stores and returns a value now (a lost Redis reads as a miss)."""
    cache.set(PROBE_KEY, 1, timeout=30)
    return cache.get(PROBE_KEY) == 1
