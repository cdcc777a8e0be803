"""`manage.py run_worker` as it runs on a server: another process, stopped by a signal mid-task."""

import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
STARTUP_SECONDS = 120  # a Django start on a busy CI machine


def manage(*args, env, **kwargs):
    return [sys.executable, str(PROJECT / "manage.py"), *args], {"env": env, "cwd": PROJECT, **kwargs}


@pytest.fixture
def queue_env(tmp_path):
    """Development settings on a file SQLite database that holds the task queue and one slow task."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'queue.sqlite3'}",
    }
    command, options = manage(
        "shell",
        "-c",
        "from django.core.management import call_command; from tests.tasks.sleepy import nap; "
        "call_command('migrate', 'django_tasks_database', verbosity=0); nap.enqueue(3)",
        env=env,
    )
    subprocess.run(command, check=True, timeout=STARTUP_SECONDS, **options)  # noqa: S603 (our own manage.py)
    return env


def lines_of(process):
    """The worker's output lines, read in a thread so that waiting for one can time out."""
    lines = queue.Queue()

    def read():
        for line in process.stdout:
            lines.put(line.rstrip())

    threading.Thread(target=read, daemon=True).start()
    return lines


def wait_for(lines, text, seen):
    while True:
        line = lines.get(timeout=STARTUP_SECONDS)
        seen.append(line)
        if text in line:
            return


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_the_worker_finishes_its_task_then_stops_on_a_signal(queue_env, stop_signal):
    command, options = manage("run_worker", "--no-schedule", "--no-startup-delay", env=queue_env)
    worker = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **options)  # noqa: S603
    lines, seen = lines_of(worker), []
    try:
        wait_for(lines, "tests.tasks.sleepy.nap state=RUNNING", seen)
        worker.send_signal(stop_signal)
        exit_code = worker.wait(timeout=60)
    finally:
        worker.kill()
    while not lines.empty():
        seen.append(lines.get())

    output = "\n".join(seen)
    assert exit_code == 0, output
    assert "shutting down gracefully" in output
    assert "tests.tasks.sleepy.nap state=SUCCESSFUL" in output
