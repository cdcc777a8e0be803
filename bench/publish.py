"""How long publishing a session takes in the admin, on the demo.

A moderator opens the richest session of the demo in the page editor and presses Publish, N times,
through the real edit view (Django's test client, the whole middleware stack, the project's own
settings). Printed: median and p90 of the publishing POST in milliseconds, its SQL queries, and the
background tasks it left in the queue (run later by `manage.py run_worker`, not in the request).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/NAME .venv/bin/python bench/publish.py [-n 30] [--profile]

The database is migrated and the demo loaded into it first (harmless if already there); without
DATABASE_URL a fresh SQLite file in a temporary folder is used. --profile prints a pyinstrument
profile of one more publish. Target: median under 300 ms.
"""

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))
SESSION_SLUG = "silver-market-2025-status-and-trends"
MODERATOR = ("bench-moderator", "bench-moderator-password")


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    if "DATABASE_URL" not in os.environ:
        os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp(prefix='bench-publish-')}/db.sqlite3"
    import django

    django.setup()
    from django.conf import settings

    settings.DEBUG = False  # as in production: no query log kept in memory


def prepare_demo():
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)
    user, created = User.objects.get_or_create(username=MODERATOR[0])
    if created:
        user.set_password(MODERATOR[1])
        user.save()
        user.groups.add(Group.objects.get(name="Moderators"))


def logged_in_client():
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    assert client.login(username=MODERATOR[0], password=MODERATOR[1]), "cannot log in as the moderator"
    return client


def block_form_data(block, state, prefix, data):
    """What the editor's JavaScript posts for a StreamField: its inputs, named as Wagtail reads them back."""
    from wagtail import blocks

    if isinstance(block, blocks.StreamBlock | blocks.ListBlock):
        data[f"{prefix}-count"] = [str(len(state))]
        for index, child in enumerate(state):
            item = f"{prefix}-{index}"
            data.update({f"{item}-deleted": [""], f"{item}-order": [str(index)], f"{item}-id": [child.get("id") or ""]})
            if isinstance(block, blocks.StreamBlock):
                data[f"{item}-type"] = [child["type"]]
                block_form_data(block.child_blocks[child["type"]], child["value"], f"{item}-value", data)
            else:
                block_form_data(block.child_block, child["value"], f"{item}-value", data)
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            block_form_data(child_block, (state or {}).get(name), f"{prefix}-{name}", data)
    elif isinstance(state, dict):  # choosers post the chosen id; a table posts its JSON
        data[prefix] = [str(state["id"]) if "id" in state else json.dumps(state)]
    elif isinstance(state, list):  # choice blocks
        data[prefix] = [str(value) for value in state]
    else:
        data[prefix] = ["" if state is None else str(state)]


def publish_form(client, edit_url, page):
    """The editor's form as the browser submits it, with the Publish button pressed: the inputs of
    the HTML form, plus the StreamFields' inputs that the editor's JavaScript would add."""
    import lxml.html

    from wagtail.fields import StreamField

    response = client.get(edit_url)
    assert response.status_code == 200, f"edit view answered {response.status_code}"
    form = lxml.html.fromstring(response.content).get_element_by_id("page-edit-form")
    data = {}
    for name, value in form.form_values():
        data.setdefault(name, []).append(value)
    draft = page.get_latest_revision_as_object()
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            value = getattr(draft, field.name)
            block_form_data(field.stream_block, field.stream_block.get_form_state(value), field.name, data)
    data["action-publish"] = ["action-publish"]
    return data


def publish_once(client, edit_url, page, profiler=None):
    """One publishing POST: (milliseconds, queries, tasks enqueued); `profiler` records the POST only."""
    import contextlib

    from django_tasks_db.models import DBTaskResult

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    data = publish_form(client, edit_url, page)
    queued = DBTaskResult.objects.count()
    with CaptureQueriesContext(connection) as queries, profiler or contextlib.nullcontext():
        started, cpu_started = time.perf_counter(), time.process_time()
        response = client.post(edit_url, data)
        elapsed, cpu = (time.perf_counter() - started) * 1000, (time.process_time() - cpu_started) * 1000
    if response.status_code != 302:
        errors = response.context["form"].errors if response.context and "form" in response.context else ""
        raise SystemExit(f"publish answered {response.status_code}, not published: {errors}")
    return elapsed, cpu, len(queries), DBTaskResult.objects.count() - queued


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=30, help="publishes to time (after 3 warm-up ones)")
    parser.add_argument("--profile", action="store_true", help="print a pyinstrument profile of one publish")
    parser.add_argument("--profile-all", action="store_true", help="with --profile: library frames too")
    parser.add_argument(
        "--inline-tasks", action="store_true", help="run tasks inside the request (ImmediateBackend), as before"
    )
    args = parser.parse_args()

    setup_django()
    prepare_demo()
    from django.test import override_settings
    from django.urls import reverse

    if args.inline_tasks:
        override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}).enable()

    from conference.models import SessionPage

    session = SessionPage.objects.get(slug=SESSION_SLUG)
    edit_url = reverse("wagtailadmin_pages:edit", args=(session.pk,))
    client = logged_in_client()
    for _ in range(3):
        publish_once(client, edit_url, session)
    runs = [publish_once(client, edit_url, session) for _ in range(args.n)]
    times, cpu, queries, tasks = zip(*runs, strict=True)
    backend = "run in the request" if args.inline_tasks else "left for the worker"
    print(f"publish '{session.title}' through the admin, {args.n} times, tasks {backend}:")
    print(f"  median {statistics.median(times):.0f} ms, p90 {percentile(times, 0.9):.0f} ms")
    print(f"  own CPU: median {statistics.median(cpu):.0f} ms (the rest: waiting for the database or a CPU)")
    print(f"  queries median {statistics.median(queries):.0f}, max {max(queries)}; tasks queued {max(tasks)}")
    if args.profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0005)
        publish_once(client, edit_url, session, profiler)
        print(profiler.output_text(unicode=True, color=False, show_all=args.profile_all))


if __name__ == "__main__":
    main()
