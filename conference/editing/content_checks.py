"""Wagtail's content checker (Axe, in the preview panel and the user bar) with the checks a report needs.

Wagtail runs a short list of Axe rules by default; session summaries are mostly figures, tables and
lists, so the checks for missing alt text, table headers, list structure and contrast are added.
https://docs.wagtail.org/en/stable/advanced_topics/accessibility_considerations.html#built-in-accessibility-checker
"""

from wagtail.admin.userbar import ContentCheckerItem

REPORT_RULES = [
    "image-alt",
    "image-redundant-alt",
    "th-has-data-cells",
    "td-headers-attr",
    "list",
    "listitem",
    "color-contrast",
    "document-title",
    "html-has-lang",
    "duplicate-id-aria",
    "landmark-one-main",
]


class ReportContentCheckerItem(ContentCheckerItem):
    axe_run_only = ContentCheckerItem.axe_run_only + REPORT_RULES


def use_report_content_checks(request, items, page):
    """`construct_wagtail_userbar` hook: swap Wagtail's checker for ours, keeping its place.

    The editor's "Checks" panel reads its configuration from the same userbar items.
    """
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, ReportContentCheckerItem):
            items[index] = ReportContentCheckerItem(in_editor=item.in_editor)
