"""Where a page sits in the report: the live conference above a session or award."""

from conference.models import ConferencePage


def live_conference_of(page):
    """The live, public conference that is the page's parent (one query), or None."""
    return ConferencePage.objects.live().public().filter(path=page.path[: -page.steplen]).first()
