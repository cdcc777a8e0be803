"""Reads a frab or pretalx `schedule.json` (https://c3voc.de/wiki/schedule)."""

import json

from .schedule import (
    ImportedEvent,
    ImportedPerson,
    ImportedSchedule,
    Problems,
    ScheduleError,
    check_unique_ids,
    parse_duration,
    parse_start,
    text,
)


def _person(data, problems, where):
    if not isinstance(data, dict):
        problems.add(where, "is not an object with a name")
        return None
    # pretalx writes 'name' (and 'public_name'), frab 'public_name' or 'full_name'.
    name = text(data.get("name")) or text(data.get("public_name")) or text(data.get("full_name"))
    if not name:
        problems.add(where, "has no name")
        return None
    return ImportedPerson(name=name, biography=text(data.get("biography")))


def _event(data, room_name, problems, where):
    if not isinstance(data, dict):
        problems.add(where, "is not an object")
        return None
    external_id = text(data.get("guid")) or text(str(data.get("id") or "")) or text(data.get("code"))
    if not external_id:
        problems.add(where, "has neither 'guid' nor 'id'")
    title = text(data.get("title"))
    if not title:
        problems.add(where, "'title' is missing")
    start = parse_start(data.get("date"), problems, where)
    duration = parse_duration(data.get("duration"), problems, where)
    persons_data = data.get("persons") or []
    if not isinstance(persons_data, list):
        problems.add(where, "'persons' is not a list")
        persons_data = []
    persons = [_person(person, problems, f"{where}, person {n}") for n, person in enumerate(persons_data, start=1)]
    return ImportedEvent(
        external_id=external_id,
        title=title,
        start=start,
        duration=duration,
        room=text(data.get("room")) or room_name,
        track=text(data.get("track")),
        type=text(data.get("type")),
        abstract=text(data.get("abstract")),
        description=text(data.get("description")),
        where=where,
        persons=[person for person in persons if person],
    )


def _structure_error(source, where, message):
    return ScheduleError(f"{source}: {where}: {message}")


def parse_json(content, source):
    """The schedule in `content` (bytes), or ScheduleError naming every problem."""
    try:
        data = json.loads(content)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ScheduleError(f"{source}: not valid JSON: {error}") from error
    schedule = data.get("schedule") if isinstance(data, dict) else None
    if not isinstance(schedule, dict):
        raise _structure_error(source, "top level", "'schedule' is missing or not an object")
    conference = schedule.get("conference")
    if not isinstance(conference, dict):
        raise _structure_error(source, "schedule", "'conference' is missing or not an object")
    days = conference.get("days")
    if not isinstance(days, list):
        raise _structure_error(source, "schedule.conference", "'days' is missing or not a list")
    problems = Problems(source)
    events = []
    for day_number, day in enumerate(days, start=1):
        rooms = day.get("rooms") if isinstance(day, dict) else None
        if not isinstance(rooms, dict):
            problems.add(f"day {day_number}", "'rooms' is missing or not an object")
            continue
        day_where = f"day {day_number} ({day.get('date', 'no date')})"
        for room_name, room_events in rooms.items():
            if not isinstance(room_events, list):
                problems.add(f"{day_where}, room {room_name!r}", "is not a list of events")
                continue
            for number, event_data in enumerate(room_events, start=1):
                where = f"{day_where}, room {room_name!r}, event {number}"
                events.append(_event(event_data, room_name, problems, where))
    events = [event for event in events if event]
    check_unique_ids(events, problems)
    problems.raise_if_any()
    return ImportedSchedule(source=source, title=text(conference.get("title")), events=events)
