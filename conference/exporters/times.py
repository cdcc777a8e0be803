"""Session times as aware datetimes in the conference's own time zone.

Editors enter local times (what the printed agenda says); the conference's `time_zone` says where.
"""

import datetime
from zoneinfo import ZoneInfo


def conference_zone(conference):
    return ZoneInfo(conference.time_zone)


def session_start(session, zone):
    """The aware start, or None for a session known only by its date."""
    if session.start_time is None:
        return None
    return datetime.datetime.combine(session.date, session.start_time, tzinfo=zone)


def session_end(session, zone):
    """The aware end, or None when the start or the end is unknown; past midnight, on the next day."""
    if session.start_time is None or session.end_time is None:
        return None
    return datetime.datetime.combine(session.end_date, session.end_time, tzinfo=zone)


def day_bounds(day, zone):
    """Local midnight to the next midnight: the window schedule apps draw a day in."""
    start = datetime.datetime.combine(day, datetime.time(0, 0), tzinfo=zone)
    end = datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time(0, 0), tzinfo=zone)
    return start, end
