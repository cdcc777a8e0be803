"""Submit a page's translation to its moderation workflow, as "Submit for moderation" does for a page.

wagtail-localize's translation editor saves each segment as it is typed and offers only Publish,
which Editors do not have; their way to a published translation is the workflow, as for English
pages. This writes the translated segments into a new draft of the translated page (wagtail-localize's
`save_target` without publishing: a segment not yet translated keeps the source's text) and starts
the page's workflow on that draft. The moderator approves it like any other page (dashboard, "Awaiting
your review"), which publishes the draft.
"""

from wagtail_localize.models import Translation

from django.db import transaction


def synced_translation(page):
    """The wagtail-localize translation whose target is `page`, or None (not a synced translation)."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def can_submit_translation(user, page):
    """Whoever may edit the translated page (as the translation editor asks), when it has a workflow
    and is not in moderation already."""
    return (
        page.permissions_for_user(user).can_edit() and page.get_workflow() is not None and not page.workflow_in_progress
    )


@transaction.atomic
def submit_translation_for_review(translation, page, user):
    """Save the translation as a draft of `page` and start its workflow; the workflow state."""
    translation.save_target(user=user, publish=False)
    page = type(page).objects.get(pk=page.pk)
    return page.get_workflow().start(page, user)
