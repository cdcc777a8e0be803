"""A published session takes its never-published speakers and organisations live with it.

An editor often creates a speaker in the chooser while writing a session; that speaker is a draft
until someone publishes it. Rather than refuse the approval (and send the moderator through one
more approval per new speaker), the session's moderator approves them together: the edit page
names and links each page that will go live with the session (`warn_before_approval`), and
publishing the session, by any path (workflow approval, Publish, scheduled, bulk), publishes
them (`publish_with_session`). A page that was live once and has been unpublished since was taken
down on purpose: it stays down, and the public pages show its name without a link.
"""

from django.apps import apps
from django.contrib import messages
from django.utils.html import format_html, format_html_join

from wagtail.admin.admin_url_finder import AdminURLFinder


def never_published(pages):
    return [page for page in pages if page is not None and not page.live and page.first_published_at is None]


def pages_published_with(session):
    """The speakers and organisations of the session's participants that were never published."""
    pages = {}
    for participant in session.participants.all():
        speaker = participant.speaker
        for page in never_published([speaker, participant.organisation, speaker.organisation]):
            pages.setdefault(page.pk, page)
    return list(pages.values())


def publish_with_session(sender, instance, revision, **kwargs):
    """`page_published` receiver: publish the session's never-published participant pages."""
    for page in pages_published_with(instance):
        page_revision = page.latest_revision or page.save_revision(user=revision.user)
        page_revision.publish(user=revision.user, skip_permission_checks=True)


def warn_before_approval(request, page):
    """`before_edit_page` hook: tell whoever may publish the session which pages go live with it."""
    session_model = apps.get_model("conference", "SessionPage")
    if request.method != "GET" or not isinstance(page.specific, session_model):
        return
    if not page.permissions_for_user(request.user).can_publish():
        return
    pages = pages_published_with(page.specific.get_latest_revision_as_object())
    if not pages:
        return
    finder = AdminURLFinder(user=request.user)
    links = format_html_join(", ", '<a href="{}">{}</a>', ((finder.get_edit_url(p), p.title) for p in pages))
    messages.warning(
        request,
        format_html(
            "Approving or publishing this session also publishes these pages, which are not published yet: {}. "
            "Open one to check it first.",
            links,
        ),
    )
