"""Rich text on its way in: script links and markup are dropped, whether typed in the admin or imported."""

import json

import pytest

from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from bundles.importer import import_bundle
from bundles.reader import read_bundle
from conference.models import SessionPage
from tests.bundles.sample_bundles import small_bundle, write_bundle
from tests.factories import ConferencePageFactory

from . import figures
from .probes import live_scripts

pytestmark = pytest.mark.django_db

# jav&#x09;ascript: in HTML is jav<TAB>ascript: once decoded, and browsers ignore the tab.
SCRIPT_URLS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "jav\tascript:alert(1)",
    " javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
]
HOSTILE_HTML = (
    '<p>Read <a href="javascript:alert(1)">this</a>, <a href="jav&#x09;ascript:alert(2)">that</a> and '
    '<a href="data:text/html,&lt;script&gt;alert(3)&lt;/script&gt;">more</a>.</p>'
    '<p><img src="x" onerror="alert(4)"><script>alert(5)</script></p>'
    '<p onmouseover="alert(6)">Hover <b onclick="alert(7)">me</b></p>'
)


def contentstate_with_links(urls):
    """Draftail's own JSON format, as a hostile client could post it: one link per URL."""
    blocks, entities = [], {}
    for index, url in enumerate(urls):
        blocks.append(
            {
                "key": f"k{index}",
                "type": "unstyled",
                "depth": 0,
                "text": "click",
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": 0, "length": 5, "key": index}],
                "data": {},
            }
        )
        entities[str(index)] = {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}
    return json.dumps({"blocks": blocks, "entityMap": entities})


def session_form(contentstate):
    return nested_form_data(
        {
            "title": "Hostile links",
            "slug": "hostile-links",
            "kind": "keynote",
            "track": "",
            "date": "2025-05-16",
            "start_time": "10:00",
            "end_time": "",
            "room": "",
            "teaser": "",
            "summary": streamfield(
                [("paragraph", contentstate), ("callout", {"tone": "info", "title": "", "text": contentstate})]
            ),
            "participants": inline_formset([]),
            "links": inline_formset([]),
            "video_url": "",
        }
    )


def test_admin_drops_script_links_typed_in_rich_text(client, editor):
    conference = ConferencePageFactory()
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:add", args=("conference", "sessionpage", conference.pk))

    response = figures.count_response(client.post(url, session_form(contentstate_with_links(SCRIPT_URLS))))

    session = SessionPage.objects.get(slug="hostile-links")
    stored = [str(block.value) for block in session.latest_revision.as_object().summary]
    assert response.status_code == 302
    assert [live_scripts(html) for html in stored] == [[], []]


def import_hostile_bundle(tmp_path):
    data = small_bundle()
    data["conference"]["introduction"] = HOSTILE_HTML
    data["conference"]["contact_note"] = HOSTILE_HTML
    data["speakers"][0]["biography"] = HOSTILE_HTML
    data["organisations"][0]["description"] = HOSTILE_HTML
    data["sessions"][0]["summary"].append({"type": "paragraph", "value": HOSTILE_HTML})
    data["sessions"][0]["summary"].append(
        {"type": "callout", "value": {"tone": "note", "title": "", "text": HOSTILE_HTML}}
    )
    return import_bundle(read_bundle(write_bundle(tmp_path / "hostile", data)))


def test_import_drops_script_and_handlers_from_rich_text(tmp_path, probe):
    result = import_hostile_bundle(tmp_path)
    conference = result.conference
    session = conference.get_children().get(slug="price-trends").specific
    speaker_url = session.participants.first().speaker.url
    organisation_url = session.participants.first().organisation.url

    findings = {
        url: live_scripts(probe.get(url).content)
        for url in (conference.url, session.url, speaker_url, organisation_url)
    }

    assert findings == dict.fromkeys(findings, [])


def test_import_keeps_the_harmless_part_of_rich_text(tmp_path):
    result = import_hostile_bundle(tmp_path)

    introduction = result.conference.specific.introduction

    assert ("Read" in introduction, "Hover" in introduction, "<b>me</b>" in introduction) == (True, True, True)
