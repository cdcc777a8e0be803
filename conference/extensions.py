"""Where apps above conference add their part to a conference without conference knowing them.

Conference sits below awards (docs/architecture.md) and names nothing of it: an app that hangs pages
or content under a conference registers Wagtail hooks with the names below in its `wagtail_hooks.py`,
as Wagtail's own hooks work (https://docs.wagtail.org/en/stable/reference/hooks.html).

- `REPORT_SECTIONS_HOOK`: `fn(conference) -> ReportSection`, a section of the conference page, loaded
  with the rest of the report (conference/queries.py) and listed in its table of contents when it has
  items.
- `NEXT_EDITION_HOOK`: `fn(conference, next_edition, *, user)`, called by "copy as next edition" after
  the conference itself is copied, to copy what the app keeps of its own children
  (conference/editing/copying.py).
- `REPORT_LINKED_PAGES_HOOK`: `fn(conference) -> iterable of page ids`, the speakers and organisations
  the app's pages under the conference name (award recipients), which "Translate the report"
  translates with it (conference/editing/report_translation.py).
"""

from dataclasses import dataclass, field

from wagtail import hooks

from core.extensions import contributions

REPORT_SECTIONS_HOOK = "conference_report_sections"
NEXT_EDITION_HOOK = "conference_copy_as_next_edition"
REPORT_LINKED_PAGES_HOOK = "conference_report_linked_pages"


@dataclass(frozen=True)
class ReportSection:
    """A section of the conference page: `template` renders it with `section` in the context."""

    anchor: str
    title: str
    template: str
    items: list = field(default_factory=list)


def report_sections(conference):
    """The sections other apps add to this conference's page, in hook order."""
    return contributions(REPORT_SECTIONS_HOOK, conference)


def copy_children_to_next_edition(conference, next_edition, *, user):
    for fn in hooks.get_hooks(NEXT_EDITION_HOOK):
        fn(conference, next_edition, user=user)


def linked_page_ids(conference):
    """The ids of the pages other apps' children of `conference` link to."""
    return {page_id for fn in hooks.get_hooks(REPORT_LINKED_PAGES_HOOK) for page_id in fn(conference)}
