"""Admin additions for permanent links.

The page header's "more" menu (the ⋯ beside the page title, in the editor and the page explorer)
shows the page's permanent link, with a copy button that uses Wagtail's own clipboard controller.
https://docs.wagtail.org/en/stable/reference/hooks.html#register-page-header-buttons
"""

from wagtail import hooks
from wagtail.admin.widgets import Button

from .admin_hardening import choosable_pages
from .permalinks import absolute_permalink

# The page chooser keeps other sections' drafts and unpublished titles to editors with rights on them.
hooks.register("construct_page_chooser_queryset", choosable_pages)


@hooks.register("register_page_header_buttons")
def permanent_link_buttons(page, user, view_name, next_url=None):
    url = absolute_permalink(page)
    if not url or page.is_root():
        return
    note = "" if page.live else " (works once published)"
    yield Button(
        label=f"Copy permanent link{note}",
        icon_name="copy",
        priority=5,
        attrs={
            "data-controller": "w-clipboard",
            "data-action": "w-clipboard#copy",
            "data-w-clipboard-value-param": url,
            "title": url,
        },
    )
    yield Button(label=f"Permanent link: {url}", url=url, icon_name="link", priority=6, attrs={"target": "_blank"})
