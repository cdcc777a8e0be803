"""Admin registrations for conference reports: tools, dashboard panel, editor script, content checks."""

from django.db import models
from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html

from wagtail import hooks
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import SlugInput

from core.extensions import HOME_PAGE_SECTIONS_HOOK, SEARCH_KINDS_HOOK
from speakers.extensions import ORGANISATION_SECTIONS_HOOK, SPEAKER_SECTIONS_HOOK

from .contributions import (
    conference_search_kind,
    home_sections,
    organisation_roles,
    session_search_kind,
    speaker_sessions,
)
from .editing import urls as editing_urls
from .editing.access import can_follow_reports
from .editing.after_submit import return_to_progress
from .editing.approval_message import confirm_publication
from .editing.buttons import conference_menu_items
from .editing.content_checks import use_report_content_checks
from .editing.panels import ReportProgressPanel
from .editing.participant_pages import warn_before_approval

# Every page's slug (Wagtail's own help text is generic): renaming is safe, because Wagtail's
# redirects app keeps the old URL working (WAGTAILREDIRECTS_AUTO_CREATE, on by default).
# The override replaces Wagtail's own for SlugField, so its widget (which the title fills) is kept.
register_form_field_override(
    models.SlugField,
    override={
        "widget": SlugInput,
        "help_text": "The last part of the page's web address, e.g. 'silver-price-trends'. You can change it "
        "after publishing: the old address keeps working and redirects here.",
    },
)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("conference-reports/", include(editing_urls))]


class ReportsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_follow_reports(request.user)


@hooks.register("register_admin_menu_item")
def register_reports_menu_item():
    return ReportsMenuItem(
        "Report progress", reverse("conference_editing:index"), name="report-progress", icon_name="tasks", order=150
    )


@hooks.register("construct_homepage_panels")
def add_report_progress_panel(request, panels):
    panels.append(ReportProgressPanel())


@hooks.register("register_page_header_buttons")
def conference_header_buttons(page, user, view_name, next_url=None):
    return conference_menu_items(page)


@hooks.register("register_page_listing_more_buttons")
def conference_listing_buttons(page, user, next_url=None):
    return conference_menu_items(page)


@hooks.register("insert_global_admin_css")
def table_caption_css():
    return format_html('<link rel="stylesheet" href="{}">', static("admin_ext/table_caption.css"))


@hooks.register("insert_editor_js")
def participant_prefill_js():
    return format_html('<script src="{}" defer></script>', static("admin_ext/participant_prefill.js"))


hooks.register("construct_wagtail_userbar", use_report_content_checks)
hooks.register("before_edit_page", warn_before_approval)
hooks.register("after_create_page", return_to_progress)
hooks.register("after_edit_page", return_to_progress)
hooks.register("after_edit_page", confirm_publication)

# Conference's parts of the home page, search and the pages of speakers and organisations
# (conference/contributions.py). Search kinds in the filter's order: session, speaker, organisation,
# award, conference (the other two apps register 20, 30 and 40).
hooks.register(HOME_PAGE_SECTIONS_HOOK, home_sections)
hooks.register(SEARCH_KINDS_HOOK, session_search_kind, order=10)
hooks.register(SEARCH_KINDS_HOOK, conference_search_kind, order=50)
hooks.register(SPEAKER_SECTIONS_HOOK, speaker_sessions)
hooks.register(ORGANISATION_SECTIONS_HOOK, organisation_roles, order=0)
