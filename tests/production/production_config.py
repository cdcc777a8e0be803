"""The cache configuration that config.settings.production builds from REDIS_URL with defaults.

test_settings.py checks that production builds exactly this, so the Redis tests exercise the real one.
"""


def redis_caches(url, **options):
    return {
        "default": {
            "BACKEND": "core.cache_backend.CircuitBreakerRedisCache",
            "LOCATION": url,
            "TIMEOUT": 600,
            "KEY_PREFIX": "reports",
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": 0.25,
                "SOCKET_TIMEOUT": 0.25,
                "IGNORE_EXCEPTIONS": True,
                "CIRCUIT_BREAKER_SECONDS": 5.0,
                **options,
            },
        }
    }
