from django.apps import AppConfig


class SiteSetupConfig(AppConfig):
    """The site's skeleton (home page, sections, groups, workflow), built by this app's migration."""

    name = "site_setup"
    verbose_name = "Site set-up"
