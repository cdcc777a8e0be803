from django.apps import AppConfig


class DeliveryConfig(AppConfig):
    """How pages reach readers fast and safely: page and fragment caches, invalidation, outages."""

    name = "delivery"
    verbose_name = "Delivery"

    def ready(self):
        # Connects the receivers that move generations and purge the CDN when content changes, the
        # per-request memo of generations, and the one that returns memory after a heavy request.
        from . import generations, invalidation, memory  # noqa: PLC0415, F401 — app registry not ready at import
