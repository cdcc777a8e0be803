"""A real schedule imported and exported again gives back every event, talks past midnight included."""

import datetime
import json
from io import StringIO

import pytest
from icalendar import Calendar

from django.core.management import call_command

from conference.importers.reading import parse, read_schedule
from conference.models import SessionPage
from tests import factories

from .imported import imported_session
from .schemas import PRETALX_EXAMPLE, json_errors, xml_errors

pytestmark = pytest.mark.django_db

BERLIN = "Europe/Berlin"  # the pretalx demo's times are at +01:00 in December


def late_talk():
    """A hand-made event at 23:00 for two hours, in the pretalx demo's own shape."""
    return {
        "id": 9001,
        "guid": "5d1c1f6e-3f6b-4d0e-9a55-2f0d5c0b7a01",
        "date": "2020-12-14T23:00:00+01:00",
        "start": "23:00",
        "duration": "02:00",
        "room": "Gray Room",
        "title": "Night owls: a talk past midnight",
        "track": "Phased",
        "type": "Talk",
        "abstract": "",
        "description": "",
        "persons": [{"public_name": "Brian Robinson"}],
    }


@pytest.fixture
def source_file(tmp_path):
    data = json.loads(PRETALX_EXAMPLE.read_text())
    data["schedule"]["conference"]["days"][0]["rooms"]["Gray Room"].append(late_talk())
    path = tmp_path / "pretalx.json"
    path.write_text(json.dumps(data))
    return path


def import_file(path, conference):
    call_command("import_schedule", str(path), conference=conference.slug, stdout=StringIO())


def timetable(schedule):
    """What a round trip must keep of each event: title, start (as an instant), duration and room."""
    return sorted((event.title, event.start, event.duration, event.room) for event in schedule.events)


def test_pretalx_schedule_comes_back_from_both_exports_with_every_time(client, source_file):
    conference = factories.ConferencePageFactory(
        start_date=datetime.date(2020, 12, 14), end_date=datetime.date(2020, 12, 16), time_zone=BERLIN
    )
    import_file(source_file, conference)
    source = timetable(read_schedule(str(source_file)))

    json_export = client.get(f"{conference.url}schedule.json").content
    xml_export = client.get(f"{conference.url}schedule.xml").content

    assert (json_errors(json.loads(json_export)), xml_errors(xml_export)) == ([], [])
    assert timetable(parse(json_export, "schedule.json")) == source
    assert timetable(parse(xml_export, "schedule.xml")) == source
    assert len(source) == 37
    assert ("Night owls: a talk past midnight", datetime.timedelta(hours=2)) in [(row[0], row[2]) for row in source]


def test_talk_past_midnight_is_stored_with_its_end_on_the_next_day(source_file):
    conference = factories.ConferencePageFactory(time_zone=BERLIN)
    data = json.loads(source_file.read_text())
    data["schedule"]["conference"]["days"] = [{"index": 1, "date": "2020-12-14", "rooms": {"Gray Room": [late_talk()]}}]
    source_file.write_text(json.dumps(data))

    import_file(source_file, conference)

    session = imported_session(late_talk()["guid"])
    assert (session.date, session.start_time, session.end_time, session.end_date) == (
        datetime.date(2020, 12, 14),
        datetime.time(23, 0),
        datetime.time(1, 0),
        datetime.date(2020, 12, 15),
    )


def test_calendar_ends_a_talk_past_midnight_on_the_next_day(client):
    conference = factories.ConferencePageFactory(time_zone=BERLIN)
    session = factories.SessionPageFactory(
        parent=conference,
        date=datetime.date(2020, 12, 14),
        start_time=datetime.time(23, 0),
        end_time=datetime.time(1, 0),
    )

    calendar = Calendar.from_ical(client.get(f"{session.url}calendar.ics").content)

    (event,) = calendar.walk("VEVENT")
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert (start.isoformat(), end.isoformat(), end - start) == (
        "2020-12-14T23:00:00+01:00",
        "2020-12-15T01:00:00+01:00",
        datetime.timedelta(hours=2),
    )


def test_talk_across_the_change_of_the_clocks_keeps_its_length(client, tmp_path):
    # Clocks in Berlin went back from 03:00 to 02:00 on 2025-10-26: 23:30 to 03:30 that night is five hours.
    conference = factories.ConferencePageFactory(
        start_date=datetime.date(2025, 10, 25), end_date=datetime.date(2025, 10, 26), time_zone=BERLIN
    )
    talk = {**late_talk(), "date": "2025-10-25T23:30:00+02:00", "start": "23:30", "duration": "05:00"}
    data = {"schedule": {"conference": {"days": [{"date": "2025-10-25", "rooms": {"Gray Room": [talk]}}]}}}
    path = tmp_path / "schedule.json"
    path.write_text(json.dumps(data))

    import_file(path, conference)
    export = parse(client.get(f"{conference.url}schedule.json").content, "schedule.json")

    session = SessionPage.objects.get()
    assert (session.start_time, session.end_time) == (datetime.time(23, 30), datetime.time(3, 30))
    assert [(event.start.isoformat(), event.duration) for event in export.events] == [
        ("2025-10-25T23:30:00+02:00", datetime.timedelta(hours=5))
    ]


def test_event_of_a_day_or_more_is_imported_without_an_end_and_named(tmp_path):
    conference = factories.ConferencePageFactory(time_zone=BERLIN)
    marathon = {**late_talk(), "title": "Hackathon", "date": "2020-12-14T10:00:00+01:00", "duration": "26:00"}
    data = {"schedule": {"conference": {"days": [{"date": "2020-12-14", "rooms": {"Gray Room": [marathon]}}]}}}
    path = tmp_path / "schedule.json"
    path.write_text(json.dumps(data))
    out = StringIO()

    call_command("import_schedule", str(path), conference=conference.slug, stdout=out)

    assert SessionPage.objects.get().end_time is None
    assert out.getvalue().splitlines()[-1] == (
        "Imported without an end time, too long for one (a day or more): day 1 (2020-12-14), room 'Gray Room', event 1"
    )
