"""gunicorn settings: `gunicorn -c config/gunicorn.py config.wsgi`.

Every value can be changed through the environment (docs/deployment.md). Sync workers: Django's
views block on the database, and the load balancer in front holds slow clients.
https://docs.gunicorn.org/en/stable/settings.html
"""

import multiprocessing
import os
import sys
from pathlib import Path

# gunicorn loads this file by path, so the project is not importable from it yet.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from config.log_format import logging_config  # noqa: E402

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
# A request that takes longer than this is stuck; the worker is replaced.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
# Recycle workers now and then so slow memory growth cannot build up; jitter avoids all at once.
# Not too often: a worker being replaced is missing for up to a second, which at cached-page speeds
# (over 1,000 req/s) showed as a p99 of 600-900 ms when the limit was 2,000.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "20000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "2000"))
# Load Django once in the master: workers start faster and share the imported code's memory.
preload_app = os.environ.get("GUNICORN_PRELOAD", "true").lower() == "true"
# The heartbeat file in memory, not on a disk that may stall.
SHARED_MEMORY = "/dev/shm"  # noqa: S108 - gunicorn's documented choice for the heartbeat file
worker_tmp_dir = os.environ.get("GUNICORN_WORKER_TMP_DIR", SHARED_MEMORY if os.path.isdir(SHARED_MEMORY) else None)
# Only the load balancer may say the request came over HTTPS (X-Forwarded-Proto).
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# With DJANGO_LOG_FORMAT=json, gunicorn's own access and error logs are JSON lines on stderr too.
if os.environ.get("DJANGO_LOG_FORMAT", "text").strip().lower() == "json":
    logconfig_dict = logging_config(
        "json",
        os.environ.get("DJANGO_LOG_LEVEL", "WARNING"),
        loggers={
            name: {"level": loglevel.upper(), "handlers": ["console"], "propagate": False}
            for name in ("gunicorn.error", "gunicorn.access")
        },
    )
