"""Schedule a whole conference report to go live together at one time.

Wagtail schedules a page by publishing a revision whose `go_live_at` lies in the future: the revision
is marked `approved_go_live_at` and `manage.py publish_scheduled` (run every few minutes by cron or a
scheduler) publishes it when the time comes.
https://docs.wagtail.org/en/stable/reference/pages/theory.html#scheduled-publishing

Each page of the report that has something unpublished (never published, or a newer draft) gets a
revision of its latest draft with the chosen time, exactly as if a moderator had set "Go-live date"
and published it in the editor. A moderation request still open on such a page is closed, since a
moderator has now approved it by scheduling.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q

from wagtail.models import Page


def pages_to_schedule(conference):
    """The conference page and its sessions and awards that have unpublished content, in tree order."""
    pages = Page.objects.filter(pk=conference.pk) | Page.objects.child_of(conference)
    unpublished = Q(live=False) | Q(has_unpublished_changes=True)
    return list(pages.filter(unpublished).order_by("path").specific())


def can_schedule(user, pages):
    return all(page.permissions_for_user(user).can_publish() for page in pages)


@transaction.atomic
def schedule_pages(pages, go_live_at, user):
    """Publish the latest draft of each page at `go_live_at`; returns the scheduled revisions."""
    if not can_schedule(user, pages):
        raise PermissionDenied("Only moderators can schedule a report for publication.")
    revisions = []
    for page in pages:
        draft = page.get_latest_revision_as_object()
        draft.go_live_at = go_live_at
        revision = draft.save_revision(user=user, log_action=True, clean=False)
        if (workflow_state := page.current_workflow_state) is not None:
            workflow_state.cancel(user=user)
        revision.publish(user=user)
        revisions.append(revision)
    return revisions
