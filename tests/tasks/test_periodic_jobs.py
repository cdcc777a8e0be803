"""The worker's periodic jobs: scheduled pages go live within a minute, expired sessions are cleared."""

import datetime

import pytest
import time_machine
from django_tasks import default_task_backend

from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.utils import timezone

from conference.models import SessionPage
from jobs.schedule import PERIODIC_JOBS, Schedule, ScheduleThread
from jobs.tasks import clear_expired_sessions, prune_task_results, publish_scheduled_pages
from tests.factories import ConferencePageFactory, SessionPageFactory

GO_LIVE_AT = datetime.datetime(2026, 3, 2, 9, 30, 25, tzinfo=datetime.UTC)


def scheduled_session(go_live_at):
    """A draft session that a moderator scheduled, the way the admin's "Publish" with a date does."""
    session = SessionPageFactory(parent=ConferencePageFactory(), live=False)
    session.go_live_at = go_live_at
    session.save_revision().publish()
    return session


def is_live(page):
    return SessionPage.objects.get(pk=page.pk).live


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_scheduled_page_goes_live_within_a_minute_with_only_the_worker_running():
    with time_machine.travel(GO_LIVE_AT - datetime.timedelta(minutes=3), tick=False) as clock:
        session = scheduled_session(GO_LIVE_AT)
        # The worker's schedule, less the task pruning that needs the database queue.
        thread = ScheduleThread(Schedule([job for job in PERIODIC_JOBS if job.task is not prune_task_results]))
        live_from = []

        def wait(seconds):
            """The thread's pause between polls, taken on the frozen clock; stops once the page is live."""
            clock.shift(seconds)
            if is_live(session):
                live_from.append(timezone.now())
            if live_from or timezone.now() > GO_LIVE_AT + datetime.timedelta(minutes=5):
                thread.stopped.set()

        thread.stopped.wait = wait
        thread.run()  # the thread's loop, in this thread

    assert len(live_from) == 1
    assert GO_LIVE_AT <= live_from[0] <= GO_LIVE_AT + datetime.timedelta(minutes=1)


@pytest.mark.django_db
def test_every_job_runs_when_the_worker_starts_then_each_on_its_period(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    start = datetime.datetime(2026, 3, 2, 23, 58, 20, tzinfo=datetime.UTC)
    schedule = Schedule()

    def due_at(moment):
        return schedule.enqueue_due(moment)

    assert [
        due_at(start),
        due_at(start + datetime.timedelta(seconds=39)),  # 23:58:59
        due_at(start + datetime.timedelta(seconds=40)),  # 23:59:00
        due_at(start + datetime.timedelta(seconds=100)),  # midnight
    ] == [
        [publish_scheduled_pages.name, clear_expired_sessions.name, prune_task_results.name],
        [],
        [publish_scheduled_pages.name],
        [publish_scheduled_pages.name, clear_expired_sessions.name, prune_task_results.name],
    ]
    assert len(default_task_backend.results) == 7


@pytest.mark.django_db
def test_the_session_job_deletes_expired_sessions_only():
    kept, expired = SessionStore(), SessionStore()
    kept.set_expiry(3600)
    expired.set_expiry(-3600)
    for session in (kept, expired):
        session["user"] = "someone"
        session.save()

    clear_expired_sessions.enqueue()

    assert list(Session.objects.values_list("session_key", flat=True)) == [kept.session_key]
