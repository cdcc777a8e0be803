from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Site core"

    def ready(self):
        # Connects the receivers that bump the cache version and purge the CDN when content changes,
        # and the one that returns freed memory after a request that grew the worker.
        from . import cache, cdn, memory  # noqa: F401

        # The public address: `migrate` writes it into the default Site; a check compares the two.
        from .site_url import apply_site_url

        post_migrate.connect(apply_site_url, sender=self)
