"""When each periodic job is due, and the thread that enqueues them on time.

No library here: the schedulers built on django-tasks (django-crontask, django-periodic-tasks) need
Python 3.12 or later, and two fixed periods need no cron syntax.
"""

import logging
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.db import DatabaseError, close_old_connections
from django.utils import timezone

from .tasks import clear_expired_sessions, prune_task_results, publish_scheduled_pages

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PeriodicJob:
    task: object  # a django_tasks Task
    period: timedelta

    def next_run_after(self, moment):
        """The first whole multiple of the period after `moment`: each minute, or midnight UTC daily."""
        seconds = self.period.total_seconds()
        return datetime.fromtimestamp((moment.timestamp() // seconds + 1) * seconds, tz=UTC)


# A page scheduled for 10:00:30 goes live at 10:01:00, within a minute of its time.
PERIODIC_JOBS = [
    PeriodicJob(publish_scheduled_pages, timedelta(minutes=1)),
    PeriodicJob(clear_expired_sessions, timedelta(days=1)),
    PeriodicJob(prune_task_results, timedelta(days=1)),
]


class Schedule:
    """Every job is due when the worker starts (pages whose time came while no worker ran go live
    at once), then at each multiple of its period."""

    def __init__(self, jobs=PERIODIC_JOBS):
        self.next_runs = {job: None for job in jobs}

    def enqueue_due(self, now):
        """Enqueue each job that is due at `now`; a job that fails to enqueue stays due."""
        enqueued = []
        for job, when in self.next_runs.items():
            if when is None or when <= now:
                job.task.enqueue()
                self.next_runs[job] = job.next_run_after(now)
                enqueued.append(job.task.name)
        return enqueued


class ScheduleThread(threading.Thread):
    """Enqueues the periodic jobs beside the worker's loop; the worker runs them.

    A daemon thread: it only ever inserts a task row, so the worker's own shutdown (on SIGTERM or
    SIGINT) can end it at any moment without losing work.
    """

    def __init__(self, schedule, poll_seconds=1.0):
        super().__init__(name="periodic-jobs", daemon=True)
        self.schedule = schedule
        self.poll_seconds = poll_seconds
        self.stopped = threading.Event()

    def run(self):
        while not self.stopped.is_set():
            try:
                for name in self.schedule.enqueue_due(timezone.now()):
                    logger.info("Enqueued periodic job %s", name)
            except DatabaseError:
                logger.exception("Cannot enqueue the periodic jobs; trying again")
            finally:
                close_old_connections()
            self.stopped.wait(self.poll_seconds)
