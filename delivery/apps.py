from django.apps import AppConfig


class DeliveryConfig(AppConfig):
    """How pages reach readers fast and safely: page and fragment caches, invalidation, outages."""

    name = "delivery"
    verbose_name = "Delivery"

    def ready(self):
        # Connects the receivers that bump the cache version and purge the CDN when content changes,
        # and the one that returns freed memory after a request that grew the worker.
        from . import cdn, memory, versions  # noqa: F401
