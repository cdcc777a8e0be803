"""A schedule as read from a frab or pretalx file, before anything is written to the database.

Both readers (JSON and XML) produce these objects and check every value on the way, so a malformed
file is rejected as a whole with messages that say what is wrong and where, before any change.
"""

import datetime
import re
from dataclasses import dataclass, field

DURATION = re.compile(r"^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$")
MAX_ERRORS_SHOWN = 20


class ScheduleError(Exception):
    """A schedule that cannot be read or imported; the message names each problem and its place."""

    def __init__(self, problems):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        shown = self.problems[:MAX_ERRORS_SHOWN]
        more = len(self.problems) - len(shown)
        super().__init__("\n".join(shown + ([f"... and {more} more"] if more > 0 else [])))


@dataclass
class ImportedPerson:
    name: str
    biography: str = ""


@dataclass
class ImportedEvent:
    external_id: str
    title: str
    start: datetime.datetime  # aware when the file gives an offset, else local to the conference
    duration: datetime.timedelta | None
    room: str
    track: str
    type: str
    abstract: str
    description: str
    where: str  # e.g. "day 1 (2020-12-14), room 'Gray Room', event 3", for messages
    persons: list[ImportedPerson] = field(default_factory=list)


@dataclass
class ImportedSchedule:
    source: str
    title: str
    events: list[ImportedEvent]


class Problems:
    """Collects what is wrong with a file so one run reports every problem, not just the first."""

    def __init__(self, source):
        self.source = source
        self.items = []

    def add(self, where, message):
        self.items.append(f"{self.source}: {where}: {message}")

    def raise_if_any(self):
        if self.items:
            raise ScheduleError(self.items)


def parse_start(value, problems, where, name="date"):
    """An ISO 8601 date-time such as '2020-12-14T09:00:00+01:00'."""
    if not isinstance(value, str) or not value.strip():
        problems.add(where, f"'{name}' is missing; expected a date and time such as 2025-05-16T09:00:00+08:00")
        return None
    try:
        return datetime.datetime.fromisoformat(value.strip())
    except ValueError:
        problems.add(where, f"'{name}' is not a date and time: {value!r}")
        return None


def parse_duration(value, problems, where):
    """'01:30' or '01:30:00'; None when the file gives none."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    match = DURATION.match(value.strip()) if isinstance(value, str) else None
    if not match:
        problems.add(where, f"'duration' is not hours:minutes: {value!r}")
        return None
    hours, minutes, seconds = (int(part or 0) for part in match.groups())
    return datetime.timedelta(hours=hours, minutes=minutes, seconds=seconds)


def text(value):
    """A text field that may be missing or null in the file."""
    return value.strip() if isinstance(value, str) else ""


def check_unique_ids(events, problems):
    """The GUID is what a re-import matches on, so two events may not share one."""
    seen = {}
    for event in events:
        if event.external_id in seen:
            problems.add(event.where, f"id {event.external_id!r} is also used by {seen[event.external_id]}")
        else:
            seen[event.external_id] = event.where
