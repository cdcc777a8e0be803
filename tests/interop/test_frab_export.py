"""frab schedule exports (schedule.xml and schedule.json): content, schemas, scale, query budget."""

import datetime
import json

import pytest
from lxml import etree

from conference.choices import SessionKind
from tests import factories

from .schemas import json_errors, xml_errors

pytestmark = pytest.mark.django_db


def get_json(client, conference):
    response = client.get(f"{conference.url}schedule.json")
    assert (response.status_code, response["Content-Type"]) == (200, "application/json; charset=utf-8")
    return json.loads(response.content)


def get_xml(client, conference):
    response = client.get(f"{conference.url}schedule.xml")
    assert (response.status_code, response["Content-Type"]) == (200, "application/xml; charset=utf-8")
    return response.content


def json_events(data):
    return [
        event for day in data["schedule"]["conference"]["days"] for events in day["rooms"].values() for event in events
    ]


def build_large_conference(days=3, rooms=5, per_room_and_day=6):
    """90 sessions by default: 6 a day in each of 5 rooms over 3 days, 30 minutes each (every room of
    every day filled; more sessions cost minutes of page creation and test nothing more)."""
    conference = factories.ConferencePageFactory(
        start_date=datetime.date(2025, 5, 14), end_date=datetime.date(2025, 5, 14) + datetime.timedelta(days=days - 1)
    )
    tracks = [factories.TrackFactory(conference=conference, name=f"Forum {n}") for n in range(1, 4)]
    speakers = [factories.SpeakerPageFactory() for _ in range(10)]
    for day in range(days):
        for room in range(rooms):
            for slot in range(per_room_and_day):
                start = datetime.datetime(2025, 1, 1, 8, 0) + datetime.timedelta(minutes=30 * slot)
                session = factories.SessionPageFactory(
                    parent=conference,
                    title=f"Talk {day}-{room}-{slot}",
                    date=conference.start_date + datetime.timedelta(days=day),
                    start_time=start.time(),
                    end_time=(start + datetime.timedelta(minutes=30)).time(),
                    room=f"Hall {room + 1}",
                    track=tracks[slot % 3],
                    kind=SessionKind.PRESENTATION,
                )
                factories.SessionParticipantFactory(session=session, speaker=speakers[slot % 10])
    return conference


def test_schedule_xml_validates_against_the_frab_xsd(client, sample):
    assert xml_errors(get_xml(client, sample.conference)) == []


def test_schedule_json_validates_against_the_frab_json_schema(client, sample):
    assert json_errors(get_json(client, sample.conference)) == []


def test_large_conference_exports_validate(client):
    conference = build_large_conference()

    data = get_json(client, conference)
    xml = get_xml(client, conference)

    assert (json_errors(data), xml_errors(xml)) == ([], [])
    days = data["schedule"]["conference"]["days"]
    assert [(day["date"], sorted(day["rooms"]), sum(map(len, day["rooms"].values()))) for day in days] == [
        ("2025-05-14", ["Hall 1", "Hall 2", "Hall 3", "Hall 4", "Hall 5"], 30),
        ("2025-05-15", ["Hall 1", "Hall 2", "Hall 3", "Hall 4", "Hall 5"], 30),
        ("2025-05-16", ["Hall 1", "Hall 2", "Hall 3", "Hall 4", "Hall 5"], 30),
    ]
    assert len(etree.fromstring(xml).findall("day/room/event")) == 90


def test_schedule_json_event_carries_the_session(client, sample):
    data = get_json(client, sample.conference)

    keynote = next(event for event in json_events(data) if event["id"] == sample.keynote.id)
    assert {key: value for key, value in keynote.items() if key not in ("guid", "persons")} == {
        "id": sample.keynote.id,
        "date": "2025-05-16T10:00:00+08:00",
        "start": "10:00",
        "end": "2025-05-16T10:30:00+08:00",
        "duration": "00:30",
        "room": "Grand Ballroom",
        "slug": f"2025_smm_silver-{sample.keynote.id}-silver-and-gold-price-trends",
        "url": f"http://localhost{sample.keynote.url}",
        "title": "Analysis of Silver and Gold Price Trends",
        "subtitle": "",
        "track": "Silver Panorama Forum",
        "type": "Keynote speech",
        "language": "en",
        "abstract": "Silver follows copper in the short run and gold in the long run.",
        "description": "",
        "links": [{"url": "https://news.example.com/silver", "title": "Full transcript", "type": "article"}],
        "attachments": [],
    }
    assert [(person["name"], person["url"]) for person in keynote["persons"]] == [
        ("Liang Yonghui", f"http://localhost{sample.liang.url}")
    ]


def test_schedule_conference_header(client, sample):
    conference = get_json(client, sample.conference)["schedule"]["conference"]

    assert {key: value for key, value in conference.items() if key not in ("days", "rooms")} == {
        "acronym": "2025_smm_silver",
        "title": "2025 SMM (6th) Silver Industry Chain Innovation Conference",
        "description": "The silver industry chain met in Ningbo.",
        "start": "2025-05-15",
        "end": "2025-05-16",
        "daysCount": 2,
        "timeslot_duration": "00:05",
        "time_zone_name": "Asia/Shanghai",
        "url": f"http://localhost{sample.conference.url}",
        "tracks": [{"name": "Silver Panorama Forum"}],
    }
    assert [room["name"] for room in conference["rooms"]] == ["Grand Ballroom"]


def test_sessions_without_a_start_time_are_left_out_of_the_schedule(client, sample):
    data = get_json(client, sample.conference)

    assert [event["id"] for event in json_events(data)] == [sample.keynote.id, sample.roundtable.id]


def test_xml_and_json_carry_the_same_events(client, sample):
    xml = etree.fromstring(get_xml(client, sample.conference))
    data = get_json(client, sample.conference)

    xml_events = [(event.get("guid"), event.findtext("title"), event.findtext("date")) for event in xml.iter("event")]
    assert xml_events == [(event["guid"], event["title"], event["date"]) for event in json_events(data)]


def test_guids_are_stable_uuids_derived_from_the_page(client, sample):
    first = [event["guid"] for event in json_events(get_json(client, sample.conference))]
    second = [event["guid"] for event in json_events(get_json(client, sample.conference))]

    assert first == second
    assert len(set(first)) == 2


def test_summary_becomes_the_description(client, sample):
    sample.keynote.summary = [
        ("heading", {"text": "Price logic", "level": "h2"}),
        ("paragraph", "<p>Silver follows <b>copper</b>.</p>"),
        ("callout", {"tone": "figure", "title": "17,000 mt", "text": "<p>Output in 2024.</p>"}),
    ]
    sample.keynote.save()

    events = json_events(get_json(client, sample.conference))

    keynote = next(event for event in events if event["id"] == sample.keynote.id)

    assert keynote["description"] == "Price logic\n\nSilver follows copper.\n\n17,000 mt\n\nOutput in 2024."


def test_xml_drops_control_characters_it_cannot_carry(client, sample):
    sample.keynote.teaser = "Bad\x0bcharacter"
    sample.keynote.save()

    xml = etree.fromstring(get_xml(client, sample.conference))

    assert xml.find(f"day/room/event[@id='{sample.keynote.id}']/abstract").text == "Badcharacter"


@pytest.mark.parametrize("file_name", ["schedule.json", "schedule.xml"])
def test_export_queries_do_not_grow_with_sessions(client, django_assert_max_num_queries, file_name):
    small, large = factories.ConferencePageFactory(), factories.ConferencePageFactory()
    for conference, count in [(small, 1), (large, 3)]:
        for _ in range(count):
            track = factories.TrackFactory(conference=conference)
            session = factories.SessionPageFactory(parent=conference, track=track)
            factories.SessionParticipantFactory(session=session)
            factories.SessionLinkFactory(session=session)
    client.get(f"{small.url}{file_name}")  # warm the site-root cache both requests share
    with django_assert_max_num_queries(20) as small_queries:
        client.get(f"{small.url}{file_name}")

    with django_assert_max_num_queries(len(small_queries)):
        response = client.get(f"{large.url}{file_name}")

    assert response.status_code == 200
