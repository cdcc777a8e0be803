"""Entries in a conference page's header and listing menus: progress, scheduling, next edition,
translation."""

from wagtail.admin.ui.menus.pages import PageMenuItem

from .report_translation import can_translate_report


def _can_edit(user, page):
    return page.permissions_for_user(user).can_edit()


def _can_publish(user, page):
    return page.permissions_for_user(user).can_publish()


def _can_copy_beside(user, page):
    permissions = page.permissions_for_user(user)
    return permissions.can_copy() and permissions.can_copy_to(page.get_parent())


# (label, icon, URL name, priority, who sees it)
REPORT_TOOLS = (
    ("Report progress", "tasks", "conference_editing:progress", 5, _can_edit),
    ("Schedule the report", "time", "conference_editing:schedule", 35, _can_publish),
    ("Copy as next edition", "copy", "conference_editing:next_edition", 36, _can_copy_beside),
    ("Translate the report", "globe", "conference_editing:translate", 37, can_translate_report),
)


class ReportToolMenuItem(PageMenuItem):
    """One of REPORT_TOOLS for one conference page."""

    def __init__(self, label, icon_name, url_name, priority, rule, *, page):
        super().__init__(label, icon_name=icon_name, priority=priority, page=page)
        self.url_name = url_name
        self.rule = rule

    def is_shown(self, user):
        return self.rule(user, self.page)


def conference_menu_items(page):
    """The report tools for a conference page; nothing for other page types."""
    if page.specific_class is None or page.specific_class._meta.label != "conference.ConferencePage":
        return []
    return [ReportToolMenuItem(*tool, page=page) for tool in REPORT_TOOLS]
