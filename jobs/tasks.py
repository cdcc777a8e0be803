"""The periodic jobs, as tasks so that the worker runs them like any other and records the outcome.

They jump the queue (high priority): a backlog of share cards never holds back a scheduled page.
"""

import io

from django_tasks import task

from django.core.management import call_command

PERIODIC_PRIORITY = 50


def _command_output(name, *args):
    """Run a management command and keep what it printed, stored as the task's result."""
    output = io.StringIO()
    call_command(name, *args, stdout=output)
    return output.getvalue().strip()


@task(priority=PERIODIC_PRIORITY)
def publish_scheduled_pages():
    """Wagtail's `publish_scheduled`: pages (and snippets) whose go-live time has come go live,
    those whose expiry time has passed are unpublished.
    https://docs.wagtail.org/en/stable/reference/management_commands.html#publish-scheduled"""
    return _command_output("publish_scheduled")


@task(priority=PERIODIC_PRIORITY)
def clear_expired_sessions():
    """Django's `clearsessions`: the database session backend never deletes expired rows itself."""
    return _command_output("clearsessions")


@task(priority=PERIODIC_PRIORITY)
def prune_task_results():
    """django-tasks-db's `prune_db_task_results`: finished tasks' rows go after 14 days, so the queue
    table stays small."""
    return _command_output("prune_db_task_results", "--queue-name=*", "--min-age-days=14")
