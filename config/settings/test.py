"""The test suite: fast hashing, in-memory cache, plain static storage, media in a temp folder."""

import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
MEDIA_ROOT = tempfile.mkdtemp(prefix="conference-test-media-")
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
# The Site keeps the address the migration gives it whatever the environment says; tests that need
# another address set SITE_URL and apply it (tests/links/test_site_url.py).
SITE_URL = ""

# Serve static files from the app folders without collectstatic.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

# LocMemCache keeps 300 entries by default; a 100-session report's renditions would push out the
# cached header, footer and breadcrumbs that the query-budget tests rely on, as a shared cache would not.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 10_000}}}

# Tasks run inside the call that enqueues them, so a test sees their effect at once; tests of the
# worker switch to the database backend (tests/tasks/).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
