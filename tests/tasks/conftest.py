"""Fixtures for the background-task tests: the database queue instead of the test suite's immediate one."""

import signal

import pytest

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


@pytest.fixture
def database_tasks(settings):
    """Tasks go to the database queue, as in development and production (config/settings/base.py)."""
    settings.TASKS = DATABASE_TASKS


@pytest.fixture
def own_signal_handlers():
    """The worker installs SIGINT/SIGTERM handlers for a graceful stop; give pytest its own back."""
    names = [signal.SIGINT, signal.SIGTERM, signal.SIGQUIT]
    saved = {name: signal.getsignal(name) for name in names}
    yield
    for name, handler in saved.items():
        signal.signal(name, handler)
