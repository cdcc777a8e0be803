"""/healthz: the database decides whether a load balancer keeps the node; the cache is only reported."""

import json
import os
import subprocess
import sys
from pathlib import Path

from . import servers
from .production_config import redis_caches

PROJECT = Path(__file__).resolve().parents[2]
CALL_HEALTHZ = """
import django
django.setup()
from django.test import Client
response = Client().get("/healthz")
print(response.status_code, response.content.decode())
"""


def test_healthz_with_everything_up_is_ok(client, db):
    response = client.get("/healthz")

    assert (response.status_code, response.json(), response["Cache-Control"]) == (
        200,
        {"status": "ok", "database": "ok", "cache": "ok"},
        "max-age=0, no-cache, no-store, must-revalidate, private",
    )


def test_healthz_with_cache_black_holed_stays_ok(client, db, settings, black_hole):
    settings.CACHES = redis_caches(f"redis://127.0.0.1:{black_hole.port}/0")

    response = client.get("/healthz")

    assert (response.status_code, response.json()) == (200, {"status": "ok", "database": "ok", "cache": "unavailable"})


def test_healthz_with_database_unreachable_is_503():
    # A PostgreSQL URL where nothing listens, in a process of its own so the test database is untouched.
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{servers.free_port()}/reports",
    }

    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", CALL_HEALTHZ], cwd=PROJECT, env=env, capture_output=True, text=True, timeout=120
    )

    status, body = result.stdout.strip().split(" ", 1)
    assert (status, json.loads(body)) == ("503", {"status": "unavailable", "database": "unavailable", "cache": "ok"})
