"""Script in content: hostile text in every field and block is escaped on every page and format."""

import json

import icalendar
import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

from .hostile import build_hostile_report
from .probes import HOSTILE_TEXT, live_scripts, raw_payloads

pytestmark = pytest.mark.django_db


@pytest.fixture
def report(db):
    return build_hostile_report()


def html_pages(report):
    return {
        "home": "/",
        "events": "/events/",
        "speakers": "/speakers/",
        "organisations": "/organisations/",
        "conference": report["conference"].url,
        "session": report["session"].url,
        "award": report["award"].url,
        "speaker": report["speaker"].url,
        "organisation": report["organisation"].url,
        "search": "/search/?q=Evil",
        "search reflected": f"/search/?q={HOSTILE_TEXT}",
        "speaker directory filtered": f"/speakers/?q={HOSTILE_TEXT}&letter={HOSTILE_TEXT}",
        "organisation directory filtered": f"/organisations/?q={HOSTILE_TEXT}",
    }


def test_every_page_type_escapes_hostile_text(probe, report):
    findings = {}
    statuses = {}
    for name, url in html_pages(report).items():
        response = probe.get(url)
        statuses[name] = response.status_code
        findings[name] = live_scripts(response.content) + raw_payloads(response.content)

    assert statuses == dict.fromkeys(statuses, 200)
    assert findings == dict.fromkeys(findings, [])


def test_every_page_type_shows_the_hostile_text_as_text(probe, report):
    # The other half of escaping: the words still reach the reader, as words.
    shown = {}
    for name in ("conference", "session", "award", "speaker", "organisation"):
        soup = BeautifulSoup(probe.get(html_pages(report)[name]).content, "html.parser")
        shown[name] = HOSTILE_TEXT in soup.get_text()

    assert shown == dict.fromkeys(shown, True)


def json_strings(data):
    """Every string value inside decoded JSON, in document order."""
    if isinstance(data, dict):
        return [text for value in data.values() for text in json_strings(value)]
    if isinstance(data, list):
        return [text for value in data for text in json_strings(value)]
    return [data] if isinstance(data, str) else []


def json_ld_blocks(content):
    soup = BeautifulSoup(content, "html.parser")
    return [element.string for element in soup.find_all("script", type="application/ld+json")]


def test_json_ld_blocks_stay_valid_json_with_the_text_inside(probe, report):
    parsed = {}
    for name in ("home", "conference", "session", "speaker", "organisation"):
        blocks = json_ld_blocks(probe.get(html_pages(report)[name]).content)
        parsed[name] = [json.loads(block) for block in blocks]

    assert {name: len(blocks) >= 1 for name, blocks in parsed.items()} == dict.fromkeys(parsed, True)
    assert f"Session {HOSTILE_TEXT}" in json_strings(parsed["session"])


def test_feeds_escape_hostile_titles(probe, report):
    conference_id = report["conference"].pk
    urls = [
        reverse("reports_rss"),
        reverse("reports_atom"),
        reverse("conference_reports_rss", args=[conference_id]),
        reverse("conference_reports_atom", args=[conference_id]),
    ]

    responses = [probe.get(url) for url in urls]

    assert [(response.status_code, raw_payloads(response.content)) for response in responses] == [(200, [])] * 4
    assert [f"Session {HOSTILE_TEXT}" in BeautifulSoup(r.content, "xml").get_text() for r in responses] == [True] * 4


def test_schedule_exports_escape_or_carry_hostile_text_as_data(probe, report):
    conference_url = report["conference"].url

    xml = probe.get(f"{conference_url}schedule.xml")
    schedule = probe.get(f"{conference_url}schedule.json")
    calendar = probe.get(f"{conference_url}calendar.ics")
    session_calendar = probe.get(f"{report['session'].url}calendar.ics")

    assert (xml.status_code, raw_payloads(xml.content)) == (200, [])
    assert f"Session {HOSTILE_TEXT}" in json_strings(schedule.json())
    summaries = [
        str(event["SUMMARY"])
        for response in (calendar, session_calendar)
        for event in icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    ]
    assert summaries == [f"Session {HOSTILE_TEXT}", f"Session {HOSTILE_TEXT}"]
    # Not HTML, and browsers are told not to guess otherwise.
    assert [
        (response["Content-Type"].split(";")[0], response["X-Content-Type-Options"])
        for response in (xml, schedule, calendar)
    ] == [("application/xml", "nosniff"), ("application/json", "nosniff"), ("text/calendar", "nosniff")]


def test_api_carries_hostile_text_as_json_data(probe, report):
    response = probe.get(f"/api/v2/pages/{report['session'].pk}/")

    assert (response.status_code, response["Content-Type"], response["X-Content-Type-Options"]) == (
        200,
        "application/json",
        "nosniff",
    )
    assert response.json()["title"] == f"Session {HOSTILE_TEXT}"
