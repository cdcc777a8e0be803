from django.apps import AppConfig


class SiteSetupConfig(AppConfig):
    """The site's skeleton (home page, sections, groups, workflow), built by this app's migration."""

    name = "site_setup"
    verbose_name = "Site set-up"

    def ready(self):
        from wagtail.signals import copy_for_translation_done  # noqa: PLC0415 — models are ready only now

        from .signal_handlers import share_rights_with_new_translation  # noqa: PLC0415

        copy_for_translation_done.connect(share_rights_with_new_translation)
