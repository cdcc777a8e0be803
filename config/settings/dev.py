"""Local development: DEBUG on, a fixed insecure key, local hosts only."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"  # noqa: F405
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]"]  # noqa: F405
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# `make run` passes the port it serves on; `migrate` writes the address into the default Site.
SITE_URL = SITE_URL or "http://127.0.0.1:8000"  # noqa: F405
WAGTAILADMIN_BASE_URL = WAGTAILADMIN_BASE_URL or SITE_URL  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Serve static files from the app folders without collectstatic.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
