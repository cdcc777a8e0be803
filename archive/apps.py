from django.apps import AppConfig


class ArchiveConfig(AppConfig):
    """Static archives of an edition: plain files that outlive the server (docs/archive.md).

    The top layer: it reads every content app and no app reads it.
    """

    name = "archive"
    verbose_name = "Static archives"
