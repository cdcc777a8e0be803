"""Entries in a conference page's header and listing menus: progress, scheduling, next edition,
translation."""

from wagtail.admin.ui.menus.pages import PageMenuItem

from .report_translation import can_translate_report


class ReportProgressMenuItem(PageMenuItem):
    label = "Report progress"
    icon_name = "tasks"
    url_name = "conference_editing:progress"
    priority = 5

    def is_shown(self, user):
        return self.page.permissions_for_user(user).can_edit()


class ScheduleReportMenuItem(PageMenuItem):
    label = "Schedule the report"
    icon_name = "time"
    url_name = "conference_editing:schedule"
    priority = 35

    def is_shown(self, user):
        return self.page.permissions_for_user(user).can_publish()


class NextEditionMenuItem(PageMenuItem):
    label = "Copy as next edition"
    icon_name = "copy"
    url_name = "conference_editing:next_edition"
    priority = 36

    def is_shown(self, user):
        permissions = self.page.permissions_for_user(user)
        return permissions.can_copy() and permissions.can_copy_to(self.page.get_parent())


class TranslateReportMenuItem(PageMenuItem):
    label = "Translate the report"
    icon_name = "globe"
    url_name = "conference_editing:translate"
    priority = 37

    def is_shown(self, user):
        return can_translate_report(user, self.page)


CONFERENCE_MENU_ITEMS = (ReportProgressMenuItem, ScheduleReportMenuItem, NextEditionMenuItem, TranslateReportMenuItem)


def conference_menu_items(page):
    """The report tools for a conference page; nothing for other page types."""
    if page.specific_class is None or page.specific_class._meta.label != "conference.ConferencePage":
        return []
    return [item(page=page) for item in CONFERENCE_MENU_ITEMS]
