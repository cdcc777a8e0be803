from django.apps import AppConfig


class ConferenceConfig(AppConfig):
    name = "conference"
    verbose_name = "Conferences and sessions"

    def ready(self):
        from wagtail.signals import page_published

        from .editing.participant_pages import publish_with_session
        from .models import SessionPage

        page_published.connect(publish_with_session, sender=SessionPage, dispatch_uid="publish_with_session")
