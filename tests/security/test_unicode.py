"""Unicode that trips software up: right-to-left override, emoji, combining marks, four-byte characters."""

import urllib.parse

import pytest
from bs4 import BeautifulSoup

from django.utils.text import slugify

from wagtail.search.index import insert_or_update_object

from tests.factories import SpeakerPageFactory

from .probes import SCRIPT_PAYLOAD, live_scripts, raw_payloads

pytestmark = pytest.mark.django_db

RTL_OVERRIDE = "\u202e"
TRICKY = {
    "rtl": f"Report {RTL_OVERRIDE}fdp.exe",
    "emoji": "Silver 🥈🚀 report",
    "combining": "Zalgo Z̸̡̛a̷̢l̶g̵o̴",
    "astral": "𠜎𠜱𝄞 Ext-B characters",
}


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def text_of(response):
    return BeautifulSoup(response.content, "html.parser").get_text()


@pytest.mark.parametrize("kind", list(TRICKY))
def test_tricky_speaker_name_and_slug_round_trip(probe, kind):
    name = TRICKY[kind]
    slug = slugify(name, allow_unicode=True)  # as the admin makes it: letters of any script kept
    speaker = publish(SpeakerPageFactory(given_name=f"{name} {SCRIPT_PAYLOAD}", family_name="Wang", slug=slug))

    response = probe.get(speaker.url)
    directory = probe.get("/speakers/")

    assert (response.status_code, name in text_of(response), name in text_of(directory)) == (200, True, True)
    assert live_scripts(response.content) + raw_payloads(response.content) + raw_payloads(directory.content) == []
    assert urllib.parse.unquote(speaker.url) == f"/speakers/{slug}/"


@pytest.mark.parametrize("kind", ["emoji", "astral", "combining"])
def test_tricky_search_terms_round_trip_escaped(probe, kind):
    speaker = publish(SpeakerPageFactory(given_name=TRICKY[kind], family_name="Xiaoqiang"))
    insert_or_update_object(speaker)  # the index is otherwise updated by a task after the commit
    term = TRICKY[kind].split()[1] if kind != "combining" else TRICKY[kind]

    # Without double quotes: search drops those (a syntax error to SQLite's full-text search).
    payload = "<script>alert(1)</script>"

    response = probe.get("/search/", {"q": f"{term} {payload}"})

    assert (response.status_code, f"{term} {payload}" in text_of(response)) == (200, True)
    assert live_scripts(response.content) + raw_payloads(response.content, [payload]) == []
    found = probe.get("/search/", {"q": "Xiaoqiang"})
    assert (found.content.count(speaker.url.encode()) >= 1, TRICKY[kind] in text_of(found)) == (True, True)
