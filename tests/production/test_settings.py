"""config.settings.production, loaded in a process of its own with only the environment to go on."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .production_config import redis_caches, s3_storages

PROJECT = Path(__file__).resolve().parents[2]
REQUIRED = {
    "DJANGO_SECRET_KEY": "a-long-random-production-key-" + "x" * 40,
    "DJANGO_ALLOWED_HOSTS": "reports.example.org",
}
DUMP_SETTINGS = """
import json, django
from django.conf import settings
django.setup()
database = settings.DATABASES["default"]
storage = settings.STORAGES["default"]
print(json.dumps({
    "caches": settings.CACHES,
    "session_engine": settings.SESSION_ENGINE,
    "database": [database["ENGINE"], database["CONN_MAX_AGE"], database["CONN_HEALTH_CHECKS"],
                 database["OPTIONS"].get("connect_timeout")],
    "storage": [storage["BACKEND"], storage["OPTIONS"]],
    "img_src": settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"],
    "frontend_cache": settings.WAGTAILFRONTENDCACHE,
    "page_cache_seconds": settings.PAGE_CACHE_SECONDS,
    "allowed_hosts": settings.ALLOWED_HOSTS,
}))
"""


def run_production(args, env):
    clean = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "AWS_", "REDIS_"))}
    return subprocess.run(  # noqa: S603
        [sys.executable, *args],
        cwd=PROJECT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "config.settings.production", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def production_settings():
    env = {
        **REQUIRED,
        "DATABASE_URL": "postgres://reports@db.internal:5432/reports",
        "REDIS_URL": "redis://cache.internal:6379/0",
        "AWS_STORAGE_BUCKET_NAME": "report-media",
        "AWS_S3_ENDPOINT_URL": "https://objects.example.net",
        "FRONTEND_CACHE_BACKEND": "http",
        "FRONTEND_CACHE_HTTP_LOCATION": "http://varnish.internal:6081",
    }
    result = run_production(["-c", DUMP_SETTINGS], env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("DJANGO_SECRET_KEY", "DJANGO_SECRET_KEY must be set in production."),
        ("DJANGO_ALLOWED_HOSTS", "DJANGO_ALLOWED_HOSTS must be set in production (comma-separated)."),
    ],
)
def test_production_without_required_variable_refuses_to_start(missing, message):
    env = {key: value for key, value in REQUIRED.items() if key != missing}

    result = run_production(["-c", "import django; django.setup()"], env)

    assert (result.returncode, result.stderr.strip().splitlines()[-1]) == (
        1,
        f"django.core.exceptions.ImproperlyConfigured: {message}",
    )


def test_production_deploy_check_reports_nothing():
    # With the public address too: without it Wagtail warns that the admin's base URL is unset.
    env = {
        **REQUIRED,
        "DJANGO_SITE_URL": "https://reports.example.org",
        "DATABASE_URL": "sqlite:////tmp/deploy-check.sqlite3",
        "REDIS_URL": "redis://127.0.0.1:1/0",
    }

    result = run_production(["manage.py", "check", "--deploy"], env)

    assert (result.returncode, result.stdout, result.stderr) == (
        0,
        "System check identified no issues (0 silenced).\n",
        "",
    )


def test_production_cache_is_the_tested_redis_configuration(production_settings):
    assert production_settings["caches"] == redis_caches("redis://cache.internal:6379/0")


def test_production_sessions_survive_a_lost_cache(production_settings):
    assert production_settings["session_engine"] == "django.contrib.sessions.backends.cached_db"


def test_production_database_keeps_checked_persistent_connections(production_settings):
    assert production_settings["database"] == ["django.db.backends.postgresql", 60, True, 3]


def test_production_media_go_to_the_bucket_and_are_allowed_by_the_policy(production_settings):
    tested = s3_storages(
        "https://objects.example.net",
        "report-media",
        access_key=None,
        secret_key=None,
        region_name=None,
        addressing_style=None,
    )["default"]
    assert (production_settings["storage"], production_settings["img_src"]) == (
        [tested["BACKEND"], tested["OPTIONS"]],
        ["'self'", "data:", "https://objects.example.net"],
    )


def test_production_frontend_cache_comes_from_the_environment(production_settings):
    assert production_settings["frontend_cache"] == {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://varnish.internal:6081",
        }
    }


def test_production_page_cache_is_on_with_redis(production_settings):
    assert (production_settings["page_cache_seconds"], production_settings["allowed_hosts"]) == (
        600,
        ["reports.example.org"],
    )
