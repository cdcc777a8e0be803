"""A task that takes a while, for the worker's graceful-stop test (run in a subprocess)."""

import time

from django_tasks import task


@task()
def nap(seconds):
    time.sleep(seconds)
    return "rested"
