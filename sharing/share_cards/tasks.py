"""Background work for share cards, through Django's task framework (django-tasks).

Publishing enqueues the task after its commit (`signals.py`); `manage.py run_worker` draws the card,
so the publishing request never runs Pillow. The tests' ImmediateBackend draws it at once.
https://docs.wagtail.org/en/stable/reference/settings.html#tasks
"""

from django_tasks import task

from .service import refresh_card


@task()
def refresh_share_card(page_id):
    refresh_card(page_id)
