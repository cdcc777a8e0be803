"""The process recipe: the Procfile's web process under honcho, JSON logs, collectstatic at build time."""

import json
import os
import re
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

from . import servers
from .test_settings import REQUIRED, run_production

PROJECT = Path(__file__).resolve().parents[2]
HONCHO_PREFIX = re.compile(r"^\d\d:\d\d:\d\d (\S+)\s+\| (.*)$")


def build_env(**extra):
    """The environment of an image build: no DJANGO_* secrets, nothing but where to write."""
    clean = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "AWS_", "REDIS_"))}
    return {**clean, "DJANGO_SETTINGS_MODULE": "config.settings.build", **extra}


def test_collectstatic_runs_without_secrets_and_production_serves_its_hashed_names(tmp_path):
    static_root = tmp_path / "static"

    build = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=PROJECT,
        env=build_env(DJANGO_STATIC_ROOT=str(static_root)),
        capture_output=True,
        text=True,
        timeout=300,
    )
    served = run_production(
        [
            "-c",
            "import django; django.setup(); from django.templatetags.static import static; "
            "print(static('css/site.css'))",
        ],
        {**REQUIRED, "DJANGO_STATIC_ROOT": str(static_root)},
    )

    url = served.stdout.strip()
    assert (build.returncode, build.stderr) == (0, "")
    assert re.fullmatch(r"/static/css/site\.[0-9a-f]{12}\.css", url), served.stderr
    assert (static_root / url.removeprefix("/static/")).is_file()


def test_django_logs_one_json_object_a_line_when_asked():
    script = (
        "import django, logging; django.setup()\n"
        "try:\n    1 / 0\nexcept ZeroDivisionError:\n"
        "    logging.getLogger('django.request').exception('Internal Server Error: %s', '/events/')\n"
    )

    result = run_production(["-c", script], {**REQUIRED, "DJANGO_LOG_FORMAT": "json"})

    [line] = result.stderr.splitlines()
    record = json.loads(line)
    assert (record["level"], record["logger"], record["message"], "ZeroDivisionError" in record["exc_info"]) == (
        "ERROR",
        "django.request",
        "Internal Server Error: /events/",
        True,
    )
    assert set(record) == {"time", "level", "logger", "message", "exc_info"}


def test_procfile_web_process_serves_under_honcho_with_json_logs(tmp_path):
    port = servers.free_port()
    (tmp_path / "static").mkdir()
    env = {
        **{key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "AWS_", "REDIS_"))},
        **REQUIRED,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "DJANGO_STATIC_ROOT": str(tmp_path / "static"),
        "DJANGO_LOG_FORMAT": "json",
        "DJANGO_LOG_LEVEL": "INFO",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "1",
    }
    honcho = subprocess.Popen(  # noqa: S603
        [str(Path(sys.executable).parent / "honcho"), "start", "web"],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        servers.wait_for_port(port, timeout=60)
        probe = urllib.request.Request(f"http://127.0.0.1:{port}/healthz", headers={"Host": "10.0.3.17"})
        with urllib.request.urlopen(probe, timeout=10) as response:  # noqa: S310 - loopback
            status = response.status
    finally:
        os.killpg(honcho.pid, signal.SIGTERM)
        output, _ = honcho.communicate(timeout=30)

    web_lines = [
        match.group(2) for match in map(HONCHO_PREFIX.match, output.splitlines()) if match and match.group(1) == "web.1"
    ]
    records = [json.loads(line) for line in web_lines]
    assert status == 200
    assert any(r["logger"] == "gunicorn.access" and '"GET /healthz HTTP/1.1" 200' in r["message"] for r in records), (
        output
    )
