"""After "Approve and Publish" in the editor, the moderator is told the page was published.

Wagtail's edit view confirms every workflow action with its generic "Page '…' has been updated.";
after an approval that published the page, that message is replaced by one that says so.
"""

from django.contrib import messages

from wagtail.models import Page


def was_published_by_approval(request, page):
    if not request.POST.get("action-workflow-action") or request.POST.get("workflow-action-name") != "approve":
        return False
    # The view's page object predates the approval; the database knows whether it published.
    live, live_revision, latest_revision = (
        Page.objects.filter(pk=page.pk).values_list("live", "live_revision_id", "latest_revision_id").get()
    )
    return live and live_revision is not None and live_revision == latest_revision


def confirm_publication(request, page):
    """`after_edit_page` hook."""
    if not was_published_by_approval(request, page):
        return None
    title = page.get_admin_display_title()
    # Django has no public way to withdraw a message queued earlier in this request (reading them
    # marks only the ones loaded from earlier requests as read), so the queue is filtered directly.
    # Wagtail's generic message is HTML: the title escaped, buttons after it.
    storage = messages.get_messages(request)
    storage._queued_messages = [m for m in storage._queued_messages if "has been updated." not in str(m)]
    messages.success(request, f"Page '{title}' has been approved and published.")
    return None
