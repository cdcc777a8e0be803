from django.apps import AppConfig

from wagtail.signals import page_published


class ConferenceConfig(AppConfig):
    name = "conference"
    verbose_name = "Conferences and sessions"

    def ready(self):
        # A renamed speaker or organisation: their sessions are reindexed under the new name.
        from .search_text import connect_receivers  # noqa: PLC0415 — app registry not ready at import

        connect_receivers()

        from .editing.participant_pages import publish_with_session  # noqa: PLC0415 — app registry not ready at import
        from .models import SessionPage  # noqa: PLC0415 — app registry not ready at import

        page_published.connect(publish_with_session, sender=SessionPage, dispatch_uid="publish_with_session")
