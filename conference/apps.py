from django.apps import AppConfig


class ConferenceConfig(AppConfig):
    name = "conference"
    verbose_name = "Conferences and sessions"

    def ready(self):
        # A renamed speaker or organisation: their sessions are reindexed under the new name.
        from .search_text import connect_receivers

        connect_receivers()
