"""The cache configuration that config.settings.production builds from REDIS_URL with defaults.

test_settings.py checks that production builds exactly this, so the Redis tests exercise the real one.
"""


def redis_caches(url, **options):
    return {
        "default": {
            "BACKEND": "delivery.cache_backend.CircuitBreakerRedisCache",
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
        },
        "template_fragments": {
            "BACKEND": "delivery.fragment_cache.LocalFirstCache",
            "TIMEOUT": 600,
            "OPTIONS": {"SHARED": "default", "MAX_ENTRIES": 300},
        },
    }


def s3_storages(endpoint_url, bucket_name, **overrides):
    """The media storages that production builds from the AWS_* variables, for a loopback server:
    originals and documents private behind signed URLs, renditions public-read, and static archives
    (`export_static --to-s3`) public-read under archive/."""
    shared = {
        "bucket_name": bucket_name,
        "endpoint_url": endpoint_url,
        "access_key": "test-access-key",
        "secret_key": "test-secret-key",
        "region_name": "us-east-1",
        "location": "",
        "file_overwrite": False,
        "addressing_style": "path",
        "signature_version": "s3v4",
        "connect_timeout": 2.0,
        "read_timeout": 10.0,
        "max_attempts": 2,
    }
    private = {"custom_domain": None, "default_acl": None, "querystring_auth": True, "querystring_expire": 3600}
    public = {"custom_domain": None, "default_acl": "public-read", "querystring_auth": False}
    archive = {**public, "location": "archive", "file_overwrite": True}
    return {
        "default": {"BACKEND": "core.storage.ResilientS3Storage", "OPTIONS": {**shared, **private, **overrides}},
        "renditions": {"BACKEND": "core.storage.ResilientS3Storage", "OPTIONS": {**shared, **public, **overrides}},
        "archive": {"BACKEND": "core.storage.ResilientS3Storage", "OPTIONS": {**shared, **archive, **overrides}},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
