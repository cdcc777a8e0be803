"""Make every cached page and fragment stale at once, on every server.

Moves the site-wide generation in the database (delivery/generations.py), which every cached answer
carries, so no server serves an old copy again; then deletes the stored pages and fragments from
the shared cache where the backend can delete by pattern (django-redis), so that not even a
database outage (which serves what is cached, marked stale) brings them back. Releases do not need
it, as the build is part of every key (delivery/build.py); use it after changing templates or
data by hand.
"""

from django.core.cache import caches
from django.core.management.base import BaseCommand

from delivery.generations import invalidate_everything

# Keys of delivery/page_cache.py and of Django's {% cache %} tag.
STORED_PATTERNS = ("page:*", "template.cache.*")


class Command(BaseCommand):
    help = "Make every cached page and fragment stale on every server, and delete them from the shared cache."

    def handle(self, *args, **options):
        invalidate_everything()
        deleted = 0
        shared = caches["default"]
        if hasattr(shared, "delete_pattern"):
            deleted = sum(shared.delete_pattern(pattern) or 0 for pattern in STORED_PATTERNS)
        self.stdout.write(f"Page cache cleared: every cached page is stale; {deleted} stored entries deleted.")
