from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Site core"

    def ready(self):
        # The public address: `migrate` writes it into the default Site; a check compares the two.
        from .site_url import apply_site_url  # noqa: PLC0415 — app registry not ready at import

        post_migrate.connect(apply_site_url, sender=self)
        # A page made private is private in its translations too.
        from .translated_privacy import connect  # noqa: PLC0415 — app registry not ready at import

        connect()
