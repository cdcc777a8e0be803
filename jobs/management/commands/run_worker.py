"""`manage.py run_worker`: the background worker of every deployment and of `make run`.

It is django-tasks-db's `db_worker` (same options, same graceful stop: SIGTERM or SIGINT lets the
running task finish, a second signal ends it) plus the periodic jobs of `jobs/schedule.py`, which a
thread enqueues on time. It processes every queue by default.
https://github.com/RealOrangeOne/django-tasks-db#worker
"""

import os

from django_tasks_db.management.commands import db_worker

from django.utils import timezone
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV

from jobs.schedule import Schedule, ScheduleThread


class Command(db_worker.Command):
    help = (
        "Run background tasks from the database queue, and the periodic jobs: publishing scheduled "
        "pages every minute, clearing expired sessions daily."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--no-schedule",
            action="store_true",
            help="Run queued tasks only; for extra workers beside the one that runs the schedule.",
        )
        # Every queue, and no autoreload: Django's reloader answers SIGTERM by killing the worker
        # process outright, which would cut a running task short.
        parser.set_defaults(queue_name="*", reload=False)

    def handle(self, *args, no_schedule=False, **options):
        if not no_schedule and not self._is_reloader_parent(options):
            schedule = Schedule()
            if options["batch"]:
                # One pass, e.g. from cron: every job once, then the queue until it is empty.
                schedule.enqueue_due(timezone.now())
            else:
                ScheduleThread(schedule).start()
        super().handle(*args, **options)

    @staticmethod
    def _is_reloader_parent(options):
        """With --reload, the first process only watches files; the schedule runs in its child."""
        return options["reload"] and not options["batch"] and os.environ.get(DJANGO_AUTORELOAD_ENV) != "true"
