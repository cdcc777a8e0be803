"""The frab schedule (schedule.json and schedule.xml) that pretalx, frab and conference apps exchange.

One function builds the schedule as the JSON document; the XML is rendered from that same data, so
both formats always carry the same sessions. Formats: https://c3voc.de/wiki/schedule (schemas in
the shared `schemas/` folder: frab-schedule.xsd and frab-schedule.schema.json).

A frab event needs a start time, so sessions known only by their date are left out, as pretalx leaves
out unscheduled talks (the iCalendar export keeps them as all-day events). A session without an end
time gets the duration 00:00. A session without a room is placed in the conference venue.
"""

import datetime
import json
import re

from lxml import etree

from .content import absolute_url, summary_text
from .identifiers import conference_acronym, event_guid, event_slug, person_guid, room_guid
from .times import conference_zone, day_bounds, session_end, session_start

SCHEMA_URL = "https://c3voc.de/schedule/schema.json"
GENERATOR = {"name": "conference-reports", "version": "1.0"}
LANGUAGE = "en"
TIMESLOT_DURATION = "00:05"
DEFAULT_ROOM = "Main venue"
# The JSON Schema's pattern for time_zone_name; other zone names are left out rather than made invalid.
TIME_ZONE_NAME = re.compile(r"^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$")
# Control characters that XML 1.0 cannot carry; a stray one pasted into a teaser must not break the export.
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def room_name(session, conference):
    return session.room or conference.venue or DEFAULT_ROOM


def _duration(start, end):
    # In UTC: Python subtracts two times of one zone by the clock, an hour off across a change of the clocks.
    minutes = int((end.astimezone(datetime.UTC) - start.astimezone(datetime.UTC)).total_seconds() // 60) if end else 0
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _schedule_version(conference, sessions):
    """Changes whenever the conference or one of its sessions is published."""
    stamps = [page.last_published_at for page in [conference, *sessions] if page.last_published_at]
    return max(stamps).strftime("%Y-%m-%d %H:%M:%S") if stamps else "1.0"


def _person(participant, site, request):
    speaker = participant.speaker
    person = {"guid": person_guid(speaker.id, site), "name": speaker.title, "public_name": speaker.title}
    if speaker.live:
        person["url"] = speaker.get_full_url(request)
    return person


def _references(session, site):
    links = [{"url": link.url, "title": link.title, "type": "article"} for link in session.links.all()]
    if session.video_url:
        links.append({"url": session.video_url, "title": "Video", "type": "media"})
    attachments = []
    if session.slides:
        slides = session.slides
        attachments.append({"url": absolute_url(site, slides.url), "title": slides.title, "type": "slides"})
    return links, attachments


def _event(session, conference, acronym, zone, site, request):
    start, end = session_start(session, zone), session_end(session, zone)
    links, attachments = _references(session, site)
    event = {
        "guid": event_guid(session.id, site),
        "id": session.id,
        "date": start.isoformat(),
        "start": start.strftime("%H:%M"),
        "duration": _duration(start, end),
        "room": room_name(session, conference),
        "slug": event_slug(acronym, session),
        "url": session.get_full_url(request),
        "title": session.title,
        "subtitle": "",
        "track": session.track.name if session.track else None,
        "type": session.get_kind_display(),
        "language": LANGUAGE,
        "abstract": session.teaser,
        "description": summary_text(session),
        "persons": [_person(participant, site, request) for participant in session.participants.all()],
        "links": links,
        "attachments": attachments,
    }
    if end:
        event["end"] = end.isoformat()
    return event


def schedule_data(conference, sessions, site, request=None):
    """The schedule.json document for the timed sessions among `sessions`."""
    zone = conference_zone(conference)
    acronym = conference_acronym(conference)
    timed = [session for session in sessions if session.start_time is not None]
    conference_days = (conference.end_date - conference.start_date).days + 1
    days = sorted(
        {conference.start_date + datetime.timedelta(days=n) for n in range(conference_days)}
        | {session.date for session in timed}
    )
    rooms = list(dict.fromkeys(room_name(session, conference) for session in timed))
    tracks = list(dict.fromkeys(session.track.name for session in timed if session.track))
    data = {
        "acronym": acronym,
        "title": conference.title,
        "description": conference.teaser,
        "start": days[0].isoformat(),
        "end": days[-1].isoformat(),
        "daysCount": len(days),
        "timeslot_duration": TIMESLOT_DURATION,
        "url": conference.get_full_url(request),
        "tracks": [{"name": name} for name in tracks],
        "rooms": [{"name": name, "guid": room_guid(conference.id, name, site)} for name in rooms],
        "days": [],
    }
    if TIME_ZONE_NAME.match(conference.time_zone):
        data["time_zone_name"] = conference.time_zone
    for index, day in enumerate(days, start=1):
        day_start, day_end = day_bounds(day, zone)
        day_rooms = {}
        for session in timed:
            if session.date == day:
                event = _event(session, conference, acronym, zone, site, request)
                day_rooms.setdefault(event["room"], []).append(event)
        data["days"].append(
            {
                "index": index,
                "date": day.isoformat(),
                "day_start": day_start.isoformat(),
                "day_end": day_end.isoformat(),
                "rooms": {name: day_rooms[name] for name in rooms if name in day_rooms},
            }
        )
    return {
        "$schema": SCHEMA_URL,
        "generator": GENERATOR,
        "schedule": {
            "version": _schedule_version(conference, sessions),
            "base_url": site.root_url,
            "url": f"{data['url']}schedule.json",
            "conference": data,
        },
    }


def schedule_json(data):
    # Compact: the C encoder only runs without indent, and apps read it, not people.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _clean(value):
    return XML_INVALID.sub("", str(value))


def _element(parent, tag, **attributes):
    return etree.SubElement(parent, tag, {key: _clean(value) for key, value in attributes.items()})


def _text(parent, tag, value, **attributes):
    element = _element(parent, tag, **attributes)
    element.text = "" if value is None else _clean(value)
    return element


XML_EVENT_FIELDS = [
    "date",
    "start",
    "duration",
    "room",
    "slug",
    "url",
    "title",
    "subtitle",
    "track",
    "type",
    "language",
    "abstract",
    "description",
]


def _xml_event(parent, event):
    element = _element(parent, "event", guid=event["guid"], id=event["id"])
    for tag in XML_EVENT_FIELDS:
        _text(element, tag, event[tag])
    persons = _element(element, "persons")
    for person in event["persons"]:
        _text(persons, "person", person["name"], guid=person["guid"])
    for group, tag in [("links", "link"), ("attachments", "attachment")]:
        container = _element(element, group)
        for reference in event[group]:
            _text(container, tag, reference["title"], href=reference["url"], type=reference["type"])


def schedule_xml(data):
    """The schedule.xml rendering of `schedule_data`."""
    schedule, conference = data["schedule"], data["schedule"]["conference"]
    root = etree.Element("schedule")
    _element(root, "generator", **data["generator"])
    _text(root, "url", schedule["url"].removesuffix(".json") + ".xml")
    _text(root, "version", schedule["version"])
    head = _element(root, "conference")
    for tag in ["title", "acronym", "start", "end"]:
        _text(head, tag, conference[tag])
    _text(head, "days", conference["daysCount"])
    _text(head, "timeslot_duration", conference["timeslot_duration"])
    _text(head, "base_url", schedule["base_url"])
    _text(head, "url", conference["url"])
    if "time_zone_name" in conference:
        _text(head, "time_zone_name", conference["time_zone_name"])
    for track in conference["tracks"]:
        _element(head, "track", name=track["name"])
    guids = {room["name"]: room["guid"] for room in conference["rooms"]}
    for day in conference["days"]:
        day_element = _element(
            root, "day", index=day["index"], date=day["date"], start=day["day_start"], end=day["day_end"]
        )
        for name, events in day["rooms"].items():
            room = _element(day_element, "room", name=name, guid=guids[name])
            for event in events:
                _xml_event(room, event)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)
