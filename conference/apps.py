from django.apps import AppConfig


class ConferenceConfig(AppConfig):
    name = "conference"
    verbose_name = "Conferences and sessions"

    def ready(self):
        # A renamed speaker or organisation: their sessions are reindexed under the new name.
        from .search_text import connect_receivers

        connect_receivers()

        from wagtail.signals import page_published

        from .editing.participant_pages import publish_with_session
        from .models import SessionPage

        page_published.connect(publish_with_session, sender=SessionPage, dispatch_uid="publish_with_session")
