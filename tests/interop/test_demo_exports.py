"""Every export of the demo conference (manage.py load_demo) is valid and complete."""

import json
from io import StringIO

import pytest
from icalendar import Calendar
from lxml import etree

from django.core.management import call_command
from django.db import transaction

from wagtail.models import Locale

from conference.models import ConferencePage
from conference.queries import live_sessions

from .schemas import json_errors, xml_errors


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo loaded once for this module (it draws dozens of images) and rolled back afterwards;
    each test runs in a savepoint inside this transaction, as in Django's TestCase.setUpTestData."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=StringIO())
        yield ConferencePage.objects.get(slug__startswith="2025-smm-silver", locale=Locale.get_default())
        transaction.set_rollback(True)


@pytest.fixture
def demo_sessions(demo, db):
    return list(live_sessions(demo))


def test_demo_calendar_holds_every_live_session(client, demo, demo_sessions):
    response = client.get(f"{demo.url}calendar.ics")

    calendar = Calendar.from_ical(response.content)
    assert sorted(str(event["UID"]) for event in calendar.walk("VEVENT")) == sorted(
        f"session-{session.id}@localhost" for session in demo_sessions
    )
    assert str(calendar["X-WR-TIMEZONE"]) == demo.time_zone


def test_demo_schedule_xml_validates(client, demo, demo_sessions):
    response = client.get(f"{demo.url}schedule.xml")

    assert xml_errors(response.content) == []
    ids = [int(event.get("id")) for event in etree.fromstring(response.content).iter("event")]
    assert sorted(ids) == sorted(session.id for session in demo_sessions if session.start_time)


def test_demo_schedule_json_validates(client, demo, demo_sessions):
    data = json.loads(client.get(f"{demo.url}schedule.json").content)

    assert json_errors(data) == []
    days = data["schedule"]["conference"]["days"]
    assert [day["date"] for day in days] == [demo.start_date.isoformat(), demo.end_date.isoformat()]
