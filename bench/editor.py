"""An editor's timing: clicks, fields typed and seconds to write and submit one session with two
speakers, in Chromium through the real admin (Playwright), against a live development server.

The run uses a PostgreSQL database of its own (created and dropped here) holding one conference and
two speakers, and a runserver on --port with Wagtail's autosave on, as an editor has it. The clock
runs from the report's progress page to the editor's return there after submitting; signing in is
not counted.

    .venv/bin/python bench/editor.py [--database bench_editor] [--port 8159] [--repeat 3]
"""

import argparse
import os
import secrets
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))
SERVER = "postgres://postgres@127.0.0.1:5432"
PASSWORD = secrets.token_urlsafe(16)  # this run's editor only; the database is dropped after
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


def run_sql(statement):
    import psycopg

    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as connection:
        connection.execute(statement)


def build_site():
    """One conference, two speakers and an editor; returns the conference's id."""
    import datetime

    from django.contrib.auth.models import Group, User
    from django.core.management import call_command

    from tests.factories import ConferencePageFactory, OrganisationPageFactory, SpeakerPageFactory

    call_command("migrate", verbosity=0)
    smm = OrganisationPageFactory(title="SMM Information & Technology Co., Ltd.", short_name="SMM")
    conference = ConferencePageFactory(
        title="2025 SMM (6th) Silver Industry Chain Innovation Conference",
        start_date=datetime.date(2025, 5, 15),
        end_date=datetime.date(2025, 5, 16),
    )
    SpeakerPageFactory(given_name="Yonghui", family_name="Liang", position="Deputy General Manager", organisation=smm)
    SpeakerPageFactory(given_name="Wei", family_name="Zhang", position="Silver Analyst", organisation=smm)
    editor = User.objects.create_user("bench-editor", password=PASSWORD)
    editor.groups.add(Group.objects.get(name="Editors"))
    return conference.pk


class Counted:
    """The editor's hands: every click and every field typed is counted."""

    def __init__(self, page):
        self.page, self.clicks, self.fields = page, 0, 0

    def click(self, locator):
        locator.click()
        self.clicks += 1

    def fill(self, selector, text):
        self.page.fill(selector, text)
        self.fields += 1


def choose_speaker(hands, query, name):
    page = hands.page
    hands.click(page.get_by_role("button", name="Add participant"))
    modal = page.locator(".modal-dialog")
    hands.click(modal.locator("#id_q"))
    modal.locator("#id_q").fill(query)
    hands.fields += 1
    modal.get_by_text("There is 1 match").wait_for()
    hands.click(modal.locator("tbody tr", has_text=name).locator("input[type=checkbox]"))
    hands.click(modal.get_by_role("button", name="Confirm selection"))
    modal.wait_for(state="detached")


def write_and_submit(hands, conference_id, number):
    page = hands.page
    page.goto(f"/admin/conference-reports/{conference_id}/progress/")
    started = time.perf_counter()
    hands.click(page.get_by_role("link", name="Add a session"))
    hands.fill("#id_title", f"Analysis of Silver and Gold Price Trends, part {number}")
    hands.fill("#id_date", "2025-05-16")
    hands.fill("#id_start_time", "10:00")
    hands.fill("#id_teaser", "Why silver follows copper in the short term and gold in the long term.")
    for label, fields in (
        ("Heading", {"#summary-0-value-text": "Logic of gold and silver price analysis"}),
        ("Key points", {"#summary-1-value-points-0-value": "The global silver deficit narrows to 117.6 Moz."}),
    ):
        hands.click(page.locator("#panel-child-content-summary-section button[title='Insert a block']").last)
        hands.click(page.get_by_role("option", name=label, exact=True))
        for selector, text in fields.items():
            hands.fill(selector, text)
    hands.click(page.get_by_role("tab", name="Participants"))
    choose_speaker(hands, "Yonghui Liang", "Liang Yonghui")
    choose_speaker(hands, "zhang", "Zhang Wei")
    hands.click(page.get_by_role("button", name="More actions"))
    hands.click(page.get_by_role("button", name="Submit to Conference report review"))
    page.wait_for_url("**/admin/conference-reports/*/progress/")
    return time.perf_counter() - started


def wait_for(port, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=2).close()
            return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"the server did not listen on port {port}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default="bench_editor")
    parser.add_argument("--port", type=int, default=8159)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()

    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.dev"
    os.environ["DATABASE_URL"] = f"{SERVER}/{options.database}"
    run_sql(f"DROP DATABASE IF EXISTS {options.database} WITH (FORCE)")
    run_sql(f"CREATE DATABASE {options.database}")
    import django

    django.setup()
    conference_id = build_site()
    base = f"http://127.0.0.1:{options.port}"
    server = subprocess.Popen(  # noqa: S603 (our own interpreter and manage.py, no outside input)
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{options.port}", "--noreload"],
        cwd=PROJECT,
        env=os.environ.copy(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(options.port)
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=base)
            page = context.new_page()
            page.set_default_timeout(30_000)
            page.goto("/admin/login/")
            page.fill("#id_username", "bench-editor")
            page.fill("#id_password", PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_url(f"{base}/admin/")
            runs = []
            for number in range(1, options.repeat + 1):
                hands = Counted(page)
                runs.append((write_and_submit(hands, conference_id, number), hands.clicks, hands.fields))
            browser.close()
    finally:
        server.terminate()
        server.wait()
        from django.db import connections

        connections.close_all()
        run_sql(f"DROP DATABASE IF EXISTS {options.database} WITH (FORCE)")

    seconds = [run[0] for run in runs]
    print("Write and submit one session with two speakers (Chromium, live runserver, autosave on)")
    for number, (elapsed, clicks, fields) in enumerate(runs, 1):
        print(f"  run {number}: {clicks} clicks, {fields} fields typed, {elapsed:.1f} s")
    print(f"median: {statistics.median(seconds):.1f} s; clicks {runs[0][1]}; fields typed {runs[0][2]}")


if __name__ == "__main__":
    main()
