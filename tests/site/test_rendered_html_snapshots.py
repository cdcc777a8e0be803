"""The demo's public pages render the same HTML as the snapshots under `tests/site/snapshots/`.

A refactoring of templates, includes or page models must not change what readers get: this test
loads the demo (`manage.py load_demo`) once, renders a fixed list of public pages and compares each
page's normalised HTML with its committed snapshot. What differs from one run to the next is
normalised away first (see `normalise`): CSRF tokens and nonces, publish timestamps and the share
card's `?v=` (the publish time), cache-busting hashes of static files, and page ids (which depend on
the database's sequences: in `/p/<id>/` links, feed URLs and the organisation filter's options and
links), written as the page's URL path instead. Runs of white space count as one
space, and white space just before a tag is dropped. A snapshot is that normalised HTML, one tag a
line, in `<page>.snapshot` (data, not a template, hence not `.html`).

When a change of the HTML is meant, regenerate the snapshots and commit them with the change, so
the review shows the difference:

    UPDATE_SNAPSHOTS=1 .venv/bin/python -m pytest tests/site/test_rendered_html_snapshots.py -p no:cacheprovider
"""

import difflib
import os
import re
from io import StringIO
from pathlib import Path

import pytest

from django.core.management import call_command
from django.db import transaction
from django.test import Client, override_settings

from wagtail.models import Page

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
UPDATE = os.environ.get("UPDATE_SNAPSHOTS") == "1"

CONFERENCE = "/events/2025-smm-silver-conference/"
PAGES = {
    "home": "/",
    "events": "/events/",
    "conference": CONFERENCE,
    # The session with the most parts: summary blocks, figures, participants, coverage links.
    "session": f"{CONFERENCE}silver-market-2025-status-and-trends/",
    "award": f"{CONFERENCE}silver-glory-award-2025/",
    "speakers": "/speakers/",
    "speaker": "/speakers/wang-huilin/",
    "organisations": "/organisations/",
    "organisation": "/organisations/smm/",
}

WHITESPACE = re.compile(r"\s+")
BEFORE_TAG = re.compile(r" ?<")
CSRF = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*(")')
NONCE = re.compile(r'(nonce=")[^"]*(")')
TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?")
CARD_VERSION = re.compile(r"(card\.png\?v=)\d+")
STATIC_HASH = re.compile(r"(/static/[^\"'\s?]+)\.[0-9a-f]{12}(\.\w+)")
PAGE_ID = re.compile(r"(/p/|/feeds/events/)(\d+)/")
PAGE_ID_VALUE = re.compile(r'(<option value="|[?&;]organisation=)(\d+)')


def normalise(html, paths_by_id):
    """The page's HTML with what changes between runs replaced by placeholders, one tag a line."""
    html = CSRF.sub(r"\1{csrf}\2", html)
    html = NONCE.sub(r"\1{nonce}\2", html)
    html = TIMESTAMP.sub("{timestamp}", html)
    html = CARD_VERSION.sub(r"\1{timestamp}", html)
    html = STATIC_HASH.sub(r"\1\2", html)
    html = PAGE_ID.sub(lambda match: f"{match[1]}[{paths_by_id.get(int(match[2]), 'unknown page')}]/", html)
    html = PAGE_ID_VALUE.sub(lambda match: f"{match[1]}[{paths_by_id.get(int(match[2]), 'unknown page')}]", html)
    html = WHITESPACE.sub(" ", html)
    return BEFORE_TAG.sub("\n<", html).strip() + "\n"


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo, loaded once for the module and rolled back at the end.

    A rendition's file gets a random suffix when a file of its name already exists, as it would when
    a test's rendition rows were rolled back but not their files: the demo gets its own media folder,
    and every page is rendered once here, so that the renditions are made once for the whole module.
    """
    media = tmp_path_factory.mktemp("snapshot-media")
    with override_settings(MEDIA_ROOT=str(media)), django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=StringIO())
        for path in PAGES.values():
            Client().get(path)
        yield
        transaction.set_rollback(True)


@pytest.fixture
def paths_by_id(demo, db):
    return {page.pk: page.url_path for page in Page.objects.all()}


@pytest.mark.parametrize("name", PAGES)
def test_public_page_renders_the_snapshot_html(client, demo, paths_by_id, name):
    response = client.get(PAGES[name])
    assert response.status_code == 200

    html = normalise(response.content.decode(), paths_by_id)
    snapshot = SNAPSHOTS / f"{name}.snapshot"
    if UPDATE:
        SNAPSHOTS.mkdir(exist_ok=True)
        snapshot.write_text(html)
    expected = snapshot.read_text()
    difference = difflib.unified_diff(
        expected.splitlines(), html.splitlines(), f"snapshots/{name}.snapshot", PAGES[name], lineterm="", n=1
    )
    assert html == expected, "\n".join(list(difference)[:80])


def test_normalise_keeps_content_and_drops_what_changes_between_runs():
    html = (
        '<p>\n  Analyst,  <a href="/p/7/">SMM</a></p>'
        '<input type="hidden" name="csrfmiddlewaretoken" value="abc123">'
        '<meta content="2025-05-16T09:30:00.123456+00:00"><meta content="http://x/p/7/card.png?v=1747387800">'
        '<link href="/static/css/site.0123456789ab.css">'
        '<option value="7">SMM</option><a href="/speakers/?organisation=7">'
    )

    assert normalise(html, {7: "/home/organisations/smm/"}).splitlines() == [
        "<p> Analyst,",
        '<a href="/p/[/home/organisations/smm/]/">SMM',
        "</a>",
        "</p>",
        '<input type="hidden" name="csrfmiddlewaretoken" value="{csrf}">',
        '<meta content="{timestamp}">',
        '<meta content="http://x/p/[/home/organisations/smm/]/card.png?v={timestamp}">',
        '<link href="/static/css/site.css">',
        '<option value="[/home/organisations/smm/]">SMM',
        "</option>",
        '<a href="/speakers/?organisation=[/home/organisations/smm/]">',
    ]
