"""After submitting a session for moderation, the editor lands on the report's progress page.

Wagtail would return them to the page listing; the progress page shows the session's new state
beside what the rest of the report still lacks, which is where an editor goes next. A `next`
parameter the editor followed into the page still wins, as it does in Wagtail.
"""

from django.apps import apps
from django.shortcuts import redirect


def return_to_progress(request, page):
    """`after_create_page` / `after_edit_page` hook."""
    session_model = apps.get_model("conference", "SessionPage")
    if not request.POST.get("action-submit") or request.GET.get("next") or not isinstance(page, session_model):
        return None
    return redirect("conference_editing:progress", page.get_parent().pk)
