"""Background work for share cards, through Wagtail's task framework (django-tasks).

With the default ImmediateBackend a card is drawn right after the publish commits; a deployment
with a task worker draws it there instead. https://docs.wagtail.org/en/stable/reference/settings.html#tasks
"""

from django_tasks import task

from .service import refresh_card


@task()
def refresh_share_card(page_id):
    refresh_card(page_id)
