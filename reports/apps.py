from django.apps import AppConfig


class ReportsConfig(AppConfig):
    """Whole-report work that needs every content app: site set-up, bundles, the demo."""

    name = "reports"
    verbose_name = "Conference reports"

    def ready(self):
        from .share_cards import signals  # noqa: PLC0415 — app registry not ready at import

        signals.connect()
