from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Site core"

    def ready(self):
        # Connects the receivers that bump the cache version and purge the CDN when content changes,
        # and the one that returns freed memory after a request that grew the worker.
        from . import cache, cdn, memory  # noqa: F401
