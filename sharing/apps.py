from django.apps import AppConfig


class SharingConfig(AppConfig):
    """What a page says about itself to others: head metadata, JSON-LD and share-card images."""

    name = "sharing"
    verbose_name = "Sharing"

    def ready(self):
        from .share_cards import signals  # noqa: PLC0415 — app registry not ready at import

        signals.connect()
