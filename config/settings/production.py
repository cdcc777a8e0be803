"""Production: everything from the environment; refuses to start without a key and hosts.

Every variable is listed, with its default, in docs/deployment.md. The app servers keep no state of
their own: the database, the media bucket and the cache are shared, so any number of them can run
behind a load balancer.
"""

import os
from urllib.parse import urlsplit

import dj_email_url

from django.conf import global_settings
from django.core.exceptions import ImproperlyConfigured

from ..log_format import logging_config
from .base import *  # noqa: F403


def env_bool(name, default):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_float(name, default):
    return float(os.environ.get(name, default))


def media_origin(s3_options):
    """Where media URLs point, for the content security policy."""
    if s3_options["custom_domain"]:
        return f"https://{s3_options['custom_domain']}"
    if s3_options["endpoint_url"]:
        parts = urlsplit(s3_options["endpoint_url"])
        return f"{parts.scheme}://{parts.netloc}"
    return "https://*.amazonaws.com"


if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set in production.")
if not ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS must be set in production (comma-separated).")

# Logs on stderr, as text or as one JSON object a line (DJANGO_LOG_FORMAT=json; config/log_format.py).
LOGGING = logging_config(
    os.environ.get("DJANGO_LOG_FORMAT", "text").strip().lower(), os.environ.get("DJANGO_LOG_LEVEL", "WARNING")
)

CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")  # noqa: F405
# Where collectstatic writes (served by WhiteNoise) and, without a bucket, where media go.
STATIC_ROOT = os.environ.get("DJANGO_STATIC_ROOT", STATIC_ROOT)  # noqa: F405
MEDIA_ROOT = os.environ.get("DJANGO_MEDIA_ROOT", MEDIA_ROOT)  # noqa: F405

# --- PostgreSQL through psycopg 3: persistent connections, checked before reuse -------------------
# https://docs.djangoproject.com/en/5.2/ref/databases/#persistent-connections
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DJANGO_CONN_MAX_AGE", "60"))  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    # A dead database must fail a request in seconds, not hang a worker until gunicorn kills it.
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = int(  # noqa: F405
        os.environ.get("DJANGO_DB_CONNECT_TIMEOUT", "3")
    )

# --- Media on S3-compatible storage, switched on by the bucket name ------------------------------
# One bucket, two storages (core/storage.py): originals and documents stay private (the bucket's
# default ACL), reached through signed, expiring URLs or the app's document view; renditions are
# written public-read, so pages link them unsigned, from the bucket or a CDN (AWS_S3_CUSTOM_DOMAIN),
# and cached pages never hold a URL that expires. `manage.py check_media` checks a bucket does this.
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    _s3_options = {
        "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
        "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
        "access_key": os.environ.get("AWS_ACCESS_KEY_ID"),
        "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY"),
        "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
        "location": os.environ.get("AWS_LOCATION", ""),
        "file_overwrite": False,
        "addressing_style": os.environ.get("AWS_S3_ADDRESSING_STYLE") or None,
        "signature_version": "s3v4",
        # Short timeouts and one retry: an unreachable endpoint fails a request in seconds.
        "connect_timeout": env_float("AWS_S3_CONNECT_TIMEOUT", "2"),
        "read_timeout": env_float("AWS_S3_READ_TIMEOUT", "10"),
        "max_attempts": int(os.environ.get("AWS_S3_MAX_ATTEMPTS", "2")),
    }
    STORAGES["default"] = {  # noqa: F405
        # S3Storage that reports an unreachable endpoint as OSError, which Wagtail and our upload
        # forms know how to handle (core/storage.py).
        "BACKEND": "core.storage.ResilientS3Storage",
        "OPTIONS": {
            **_s3_options,
            "custom_domain": None,
            "default_acl": None,
            "querystring_auth": True,
            "querystring_expire": int(os.environ.get("AWS_QUERYSTRING_EXPIRE", "3600")),
        },
    }
    STORAGES["renditions"] = {  # noqa: F405
        "BACKEND": "core.storage.ResilientS3Storage",
        "OPTIONS": {
            **_s3_options,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            # Empty for stores without object ACLs that publish images/ another way (a CDN origin).
            "default_acl": os.environ.get("AWS_RENDITIONS_ACL", "public-read") or None,
            "querystring_auth": False,
        },
    }

    # Static archives of editions (`export_static --to-s3`, docs/archive.md): public files for any
    # static host, in their own bucket or under archive/ of the media bucket; replaced in place.
    STORAGES["archive"] = {  # noqa: F405
        "BACKEND": "core.storage.ResilientS3Storage",
        "OPTIONS": {
            **_s3_options,
            "bucket_name": os.environ.get("AWS_ARCHIVE_BUCKET_NAME") or _s3_options["bucket_name"],
            "location": os.environ.get("AWS_ARCHIVE_LOCATION", "archive"),
            "file_overwrite": True,
            "custom_domain": os.environ.get("AWS_ARCHIVE_CUSTOM_DOMAIN") or None,
            "default_acl": os.environ.get("AWS_RENDITIONS_ACL", "public-read") or None,
            "querystring_auth": False,
        },
    }

# --- A shared cache; Redis outages must not take pages down --------------------------------------
# django-redis rather than Django's own backend: with IGNORE_EXCEPTIONS a refused or timed-out call
# is a cache miss, and the short socket timeouts bound what a black-holed Redis costs a request.
# https://github.com/jazzband/django-redis#memcached-exceptions-behavior
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # django-redis behind a circuit breaker (delivery/cache_backend.py).
            "BACKEND": "delivery.cache_backend.CircuitBreakerRedisCache",
            "LOCATION": REDIS_URL,
            "TIMEOUT": int(os.environ.get("DJANGO_CACHE_TIMEOUT", "600")),
            "KEY_PREFIX": os.environ.get("DJANGO_CACHE_KEY_PREFIX", "reports"),
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": env_float("REDIS_CONNECT_TIMEOUT", "0.25"),
                "SOCKET_TIMEOUT": env_float("REDIS_SOCKET_TIMEOUT", "0.25"),
                "IGNORE_EXCEPTIONS": True,
                "CIRCUIT_BREAKER_SECONDS": env_float("REDIS_CIRCUIT_BREAKER_SECONDS", "5"),
            },
        },
        # Versioned fragments from each worker's memory first, Redis second (delivery/fragment_cache.py).
        "template_fragments": {
            "BACKEND": "delivery.fragment_cache.LocalFirstCache",
            "TIMEOUT": int(os.environ.get("DJANGO_CACHE_TIMEOUT", "600")),
            "OPTIONS": {"SHARED": "default", "MAX_ENTRIES": int(os.environ.get("DJANGO_LOCAL_FRAGMENTS", "300"))},
        },
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = env_bool("REDIS_LOG_IGNORED_EXCEPTIONS", False)

# Whole rendered pages for anonymous readers (delivery/page_cache.py), cleared on every publish,
# unpublish, move and delete of what they show (delivery/invalidation.py). 0 turns the page cache off.
PAGE_CACHE_SECONDS = int(os.environ.get("DJANGO_PAGE_CACHE_SECONDS", "600" if REDIS_URL else "0"))
# How long a CDN may keep a public page (s-maxage); purged on publish through frontend_cache below.
CDN_CACHE_SECONDS = int(os.environ.get("DJANGO_CDN_CACHE_SECONDS", "0"))

# Sessions in the database with the cache in front, so a lost cache does not log editors out.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# --- CDN purging on publish ----------------------------------------------------------------------
# https://docs.wagtail.org/en/stable/reference/contrib/frontendcache.html
FRONTEND_CACHE_BACKEND = os.environ.get("FRONTEND_CACHE_BACKEND", "").strip().lower()
if FRONTEND_CACHE_BACKEND == "http":
    # Varnish, Squid, nginx or any cache that understands a PURGE request.
    _frontend_cache = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_HTTP_LOCATION"],
    }
elif FRONTEND_CACHE_BACKEND == "cloudflare":
    _frontend_cache = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ["FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN"],
        "ZONEID": os.environ["FRONTEND_CACHE_CLOUDFLARE_ZONEID"],
    }
elif FRONTEND_CACHE_BACKEND == "cloudfront":
    _frontend_cache = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"],
    }
elif FRONTEND_CACHE_BACKEND:
    raise ImproperlyConfigured("FRONTEND_CACHE_BACKEND must be http, cloudflare or cloudfront.")
if FRONTEND_CACHE_BACKEND:
    WAGTAILFRONTENDCACHE = {"default": _frontend_cache}

# --- Mail: password resets, moderation notifications, error reports ----------------------------
# One URL in DJANGO_EMAIL_URL, e.g. submission://user:password@smtp.example.net (STARTTLS on 587) or
# smtp://127.0.0.1:25 for a local relay; https://github.com/migonzalvar/dj-email-url#supported-backends
EMAIL_URL = os.environ.get("DJANGO_EMAIL_URL", "")
_email = dj_email_url.parse(EMAIL_URL) if EMAIL_URL else {}
if EMAIL_URL:
    if "EMAIL_BACKEND" not in _email:
        raise ImproperlyConfigured(f"DJANGO_EMAIL_URL has an unknown scheme: {urlsplit(EMAIL_URL).scheme!r}.")
    EMAIL_BACKEND = _email["EMAIL_BACKEND"]
    EMAIL_HOST = _email["EMAIL_HOST"]
    EMAIL_PORT = _email["EMAIL_PORT"]
    EMAIL_HOST_USER = _email["EMAIL_HOST_USER"] or ""
    EMAIL_HOST_PASSWORD = _email["EMAIL_HOST_PASSWORD"] or ""
    EMAIL_USE_TLS = _email["EMAIL_USE_TLS"]
    EMAIL_USE_SSL = _email["EMAIL_USE_SSL"]
    EMAIL_FILE_PATH = _email["EMAIL_FILE_PATH"]
    # A mail server that hangs must not hold a worker until gunicorn kills it.
    EMAIL_TIMEOUT = _email["EMAIL_TIMEOUT"] or int(os.environ.get("DJANGO_EMAIL_TIMEOUT", "10"))
# Senders: From of password resets and notifications, and of error reports to ADMINS; the
# variables win over `_default_from_email` / `_server_email` in the URL.
DEFAULT_FROM_EMAIL = os.environ.get(
    "DJANGO_DEFAULT_FROM_EMAIL", _email.get("DEFAULT_FROM_EMAIL", global_settings.DEFAULT_FROM_EMAIL)
)
SERVER_EMAIL = os.environ.get("DJANGO_SERVER_EMAIL", _email.get("SERVER_EMAIL", global_settings.SERVER_EMAIL))

# --- Security ------------------------------------------------------------------------------------
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
# The load balancer's health probe comes over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"

# Renditions served from the bucket's own host or the CDN must be allowed by the content security policy.
if "renditions" in STORAGES:  # noqa: F405
    _media_origin = media_origin(STORAGES["renditions"]["OPTIONS"])  # noqa: F405
    _directives = CONTENT_SECURITY_POLICY["DIRECTIVES"]  # noqa: F405
    for _name in ("img-src", "media-src"):
        _directives[_name] = [*_directives[_name], _media_origin]
