from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Site core"

    def ready(self):
        # Connects the receivers that bump the cache version on publish, unpublish, move, delete.
        from . import cache  # noqa: F401
