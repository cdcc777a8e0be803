"""iCalendar exports: the conference calendar and "add to calendar" for one session."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from tests import factories

pytestmark = pytest.mark.django_db


def get_calendar(client, url):
    response = client.get(url)
    assert (response.status_code, response["Content-Type"]) == (200, "text/calendar; charset=utf-8")
    return Calendar.from_ical(response.content)


def events_by_summary(calendar):
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def test_conference_calendar_lists_every_live_public_session(client, sample):
    calendar = get_calendar(client, f"{sample.conference.url}calendar.ics")

    assert [str(event["UID"]) for event in calendar.walk("VEVENT")] == [
        f"session-{sample.visit.id}@localhost",
        f"session-{sample.keynote.id}@localhost",
        f"session-{sample.roundtable.id}@localhost",
    ]


def test_conference_calendar_times_are_in_the_conference_time_zone(client, sample):
    calendar = get_calendar(client, f"{sample.conference.url}calendar.ics")
    keynote = events_by_summary(calendar)["Analysis of Silver and Gold Price Trends"]

    shanghai = ZoneInfo("Asia/Shanghai")
    assert (keynote.start, keynote.end) == (
        datetime.datetime(2025, 5, 16, 10, 0, tzinfo=shanghai),
        datetime.datetime(2025, 5, 16, 10, 30, tzinfo=shanghai),
    )
    assert keynote["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert [timezone.tz_name for timezone in calendar.timezones] == ["Asia/Shanghai"]
    assert keynote.start.astimezone(datetime.UTC) == datetime.datetime(2025, 5, 16, 2, 0, tzinfo=datetime.UTC)


def test_calendar_follows_a_conference_elsewhere(client):
    conference = factories.ConferencePageFactory(time_zone="Europe/Berlin", city="Munich")
    factories.SessionPageFactory(
        parent=conference,
        title="Opening",
        date=datetime.date(2025, 5, 16),
        start_time=datetime.time(9, 0),
        end_time=datetime.time(9, 15),
    )

    calendar = get_calendar(client, f"{conference.url}calendar.ics")
    opening = events_by_summary(calendar)["Opening"]

    assert opening.start.astimezone(datetime.UTC) == datetime.datetime(2025, 5, 16, 7, 0, tzinfo=datetime.UTC)
    assert [timezone.tz_name for timezone in calendar.timezones] == ["Europe/Berlin"]
    assert str(calendar["X-WR-TIMEZONE"]) == "Europe/Berlin"


def test_session_without_time_is_an_all_day_event(client, sample):
    calendar = get_calendar(client, f"{sample.conference.url}calendar.ics")
    visit = events_by_summary(calendar)["Visit to Ningbo Haoshun Precious Metals"]

    assert (visit.start, visit.end) == (datetime.date(2025, 5, 15), datetime.date(2025, 5, 16))
    assert visit["DTSTART"].params["VALUE"] == "DATE"


def test_session_without_end_is_an_instant(client, sample):
    calendar = get_calendar(client, f"{sample.conference.url}calendar.ics")
    roundtable = events_by_summary(calendar)["Roundtable: Where Silver Demand Goes Next"]

    assert ("DTEND" in roundtable, "DURATION" in roundtable) == (False, False)
    assert roundtable.start == datetime.datetime(2025, 5, 16, 14, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def test_event_names_participants_and_links_back(client, sample):
    calendar = get_calendar(client, f"{sample.conference.url}calendar.ics")
    roundtable = events_by_summary(calendar)["Roundtable: Where Silver Demand Goes Next"]

    url = f"http://localhost{sample.roundtable.url}"
    assert str(roundtable["URL"]) == url
    assert str(roundtable["DESCRIPTION"]) == (
        "Four producers on photovoltaic demand.\n\n"
        "Zhou Bai (Moderator), Executive Vice President, SMM Information & Technology Co., Ltd.\n"
        "Liang Yonghui (Panelist), Analyst\n\n"
        f"{url}"
    )
    assert str(roundtable["LOCATION"]) == "Grand Ballroom, Ningbo Marriott Hotel, Ningbo, Zhejiang"
    assert roundtable.categories == ["Roundtable", "Silver Panorama Forum"]


def test_session_calendar_holds_the_same_event_as_the_conference_calendar(client, sample):
    conference_event = events_by_summary(get_calendar(client, f"{sample.conference.url}calendar.ics"))[
        sample.keynote.title
    ]

    session_calendar = get_calendar(client, f"{sample.keynote.url}calendar.ics")

    [event] = session_calendar.walk("VEVENT")
    assert (str(event["UID"]), event.start, event.end, str(event["URL"])) == (
        str(conference_event["UID"]),
        conference_event.start,
        conference_event.end,
        str(conference_event["URL"]),
    )


def test_calendar_uids_are_stable_between_requests(client, sample):
    first = get_calendar(client, f"{sample.conference.url}calendar.ics")
    second = get_calendar(client, f"{sample.conference.url}calendar.ics")

    assert [str(event["UID"]) for event in first.walk("VEVENT")] == [
        str(event["UID"]) for event in second.walk("VEVENT")
    ]
    assert str(first["UID"]) == str(second["UID"]) == f"conferencepage-{sample.conference.id}@localhost"


def test_calendar_of_a_session_behind_a_password_is_not_served(client, sample):
    response = client.get(f"{sample.private.url}calendar.ics")

    assert (response.status_code, response["Content-Type"]) == (200, "text/html; charset=utf-8")
    assert b"BEGIN:VCALENDAR" not in response.content
    assert b"password" in response.content.lower()


def test_calendar_of_a_draft_session_is_not_found(client, sample):
    response = client.get(f"/events/{sample.conference.slug}/{sample.draft.slug}/calendar.ics")

    assert response.status_code == 404
    assert b"BEGIN:VCALENDAR" not in response.content
