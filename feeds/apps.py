from django.apps import AppConfig


class FeedsConfig(AppConfig):
    """RSS and Atom feeds of the session reports."""

    name = "feeds"
    verbose_name = "Feeds"
