"""The dashboard panel: how far the reports of the latest editions are."""

from wagtail.admin.ui.components import Component

from .access import can_follow_reports
from .progress import recent_reports

RECENT_EDITIONS = 3


class ReportProgressPanel(Component):
    name = "report_progress"
    template_name = "conference/admin/dashboard_panel.html"
    order = 50  # above Wagtail's own panels: this is what editors come to the admin for

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = parent_context["request"].user
        context["reports"] = recent_reports(RECENT_EDITIONS) if can_follow_reports(user) else []
        return context
