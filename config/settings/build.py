"""Image build: `collectstatic` with no secrets and no services.

Static files depend only on the code, so the build needs neither DJANGO_SECRET_KEY nor a database:
`DJANGO_SETTINGS_MODULE=config.settings.build python manage.py collectstatic --noinput`. The
production settings then serve the same DJANGO_STATIC_ROOT (same storage, same manifest).
Nothing else may run with these settings: they have no key and no hosts.
"""

import os

from .base import *  # noqa: F403

STATIC_ROOT = os.environ.get("DJANGO_STATIC_ROOT", STATIC_ROOT)  # noqa: F405
