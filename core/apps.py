from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Site core"

    def ready(self):
        # Connects the receivers that bump the cache version and purge the CDN when content changes.
        from . import cache, cdn  # noqa: F401
