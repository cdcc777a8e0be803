"""Reads a frab or pretalx `schedule.xml` (https://c3voc.de/wiki/schedule).

The file may come from anywhere, so the parser resolves no entities, loads no DTD and never touches
the network (no XXE, no "billion laughs").
"""

from lxml import etree

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


def _safe_parser():
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _child_text(element, tag):
    child = element.find(tag)
    return text(child.text) if child is not None else ""


def _start(element, day_date, problems, where):
    """frab gives <date> as a full date-time; very old files only <start> on the day's date."""
    date = element.find("date")
    if date is not None and text(date.text):
        return parse_start(date.text, problems, where)
    start = _child_text(element, "start")
    return parse_start(f"{day_date}T{start}" if day_date and start else None, problems, where, name="start")


def _event(element, day_date, room_name, problems, where):
    external_id = text(element.get("guid")) or text(element.get("id")) or text(element.get("code"))
    if not external_id:
        problems.add(where, "has neither a 'guid' nor an 'id' attribute")
    title = _child_text(element, "title")
    if not title:
        problems.add(where, "<title> is missing")
    persons = []
    for number, person in enumerate(element.iterfind("persons/person"), start=1):
        if text(person.text):
            persons.append(ImportedPerson(name=text(person.text)))
        else:
            problems.add(f"{where}, person {number}", "has no name")
    return ImportedEvent(
        external_id=external_id,
        title=title,
        start=_start(element, day_date, problems, where),
        duration=parse_duration(_child_text(element, "duration"), problems, where),
        room=_child_text(element, "room") or room_name,
        track=_child_text(element, "track"),
        type=_child_text(element, "type"),
        abstract=_child_text(element, "abstract"),
        description=_child_text(element, "description"),
        where=where,
        persons=persons,
    )


def parse_xml(content, source):
    """The schedule in `content` (bytes), or ScheduleError naming every problem with its line."""
    try:
        root = etree.fromstring(content, _safe_parser())
    except etree.XMLSyntaxError as error:
        raise ScheduleError(f"{source}: not well-formed XML: {error}") from error
    if root.tag != "schedule":
        raise ScheduleError(f"{source}: line {root.sourceline}: the root element is <{root.tag}>, not <schedule>")
    problems = Problems(source)
    events = []
    for day_number, day in enumerate(root.iterfind("day"), start=1):
        day_date = text(day.get("date"))
        for room in day.iterfind("room"):
            room_name = text(room.get("name"))
            for number, element in enumerate(room.iterfind("event"), start=1):
                where = f"line {element.sourceline}, day {day_number} ({day_date}), room {room_name!r}, event {number}"
                events.append(_event(element, day_date, room_name, problems, where))
    check_unique_ids(events, problems)
    problems.raise_if_any()
    return ImportedSchedule(source=source, title=_child_text(root, "conference/title"), events=events)
