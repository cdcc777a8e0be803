"""Where a page sits in the report: the live conference above a session or award."""

from conference.models import ConferencePage


def live_conference_of(page):
    """The live conference that is the page's parent (one query), or None.

    No privacy check of its own: a restriction on the conference covers the page below it too, so
    whoever may see the page may see its conference.
    """
    return ConferencePage.objects.live().filter(path=page.path[: -page.steplen]).first()
