"""The export links that the conference and session pages include."""

import re

import pytest

from django.template.loader import render_to_string

pytestmark = pytest.mark.django_db


def hrefs(html):
    return re.findall(r'href="([^"]+)"', html)


def test_conference_exports_link_to_calendar_and_schedules(sample):
    html = render_to_string("conference/includes/exports.html", {"page": sample.conference})

    assert hrefs(html) == [
        f"{sample.conference.url}calendar.ics",
        f"{sample.conference.url}schedule.xml",
        f"{sample.conference.url}schedule.json",
    ]


def test_conference_export_links_answer_with_their_formats(client, sample):
    html = render_to_string("conference/includes/exports.html", {"page": sample.conference})

    answers = [(client.get(href).status_code, client.get(href)["Content-Type"]) for href in hrefs(html)]

    assert answers == [
        (200, "text/calendar; charset=utf-8"),
        (200, "application/xml; charset=utf-8"),
        (200, "application/json; charset=utf-8"),
    ]


def test_session_add_to_calendar_links_to_its_own_calendar(client, sample):
    html = render_to_string("conference/includes/session_exports.html", {"page": sample.keynote})

    assert hrefs(html) == [f"{sample.keynote.url}calendar.ics"]
    assert client.get(hrefs(html)[0])["Content-Type"] == "text/calendar; charset=utf-8"
    assert "not recorded" not in html


def test_session_without_time_says_it_is_an_all_day_entry(sample):
    html = render_to_string("conference/includes/session_exports.html", {"page": sample.visit})

    assert "All day: the time was not recorded." in html


def test_session_page_shows_add_to_calendar(client, sample):
    response = client.get(sample.keynote.url)

    assert f'href="{sample.keynote.url}calendar.ics"'.encode() in response.content
