from django.apps import AppConfig


class BundlesConfig(AppConfig):
    """Conference bundles: import and export of a whole edition as JSON with its images."""

    name = "bundles"
    verbose_name = "Conference bundles"
