"""Who may follow the reports: whoever may edit pages in the events section."""

from django.apps import apps


def can_follow_reports(user):
    index_model = apps.get_model("conference", "ConferenceIndexPage")
    events = index_model.objects.first()
    return events is not None and events.permissions_for_user(user).can_edit()
