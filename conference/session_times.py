"""How a session's local start and end times are read, in one place for the model, importers and exports.

A session keeps `date`, `start_time` and `end_time`, as the printed agenda gives them. An end earlier
than the start is on the next day: "23:00–01:00" is a two-hour talk that runs past midnight. We chose
this over storing a duration because it is the least surprising for editors: they copy both times
from the agenda as printed, the admin form, the API and the templates keep the fields they know, and
no stored data changes. Its limits: a session cannot last a whole day or more (the schedule importer
then keeps no end, as for an unknown one), and an end before the start is read as the next day only up
to LONGEST_PAST_MIDNIGHT after the start, so that a mistyped end (10:30–10:00) is still refused
instead of being taken for a session of 23½ hours.
"""

import datetime

LONGEST_PAST_MIDNIGHT = datetime.timedelta(hours=12)
ONE_DAY = datetime.timedelta(days=1)


def ends_next_day(start_time, end_time):
    return start_time is not None and end_time is not None and end_time < start_time


def wall_clock_length(start_time, end_time):
    """The time from start to end on the clock (end earlier than start: the next day); None if unknown."""
    if start_time is None or end_time is None:
        return None
    start = datetime.datetime.combine(datetime.date.min, start_time)
    end = datetime.datetime.combine(datetime.date.min, end_time)
    return end - start + (ONE_DAY if end < start else datetime.timedelta(0))


def end_is_too_late(start_time, end_time):
    """True when an end before the start cannot mean the next day (see LONGEST_PAST_MIDNIGHT)."""
    return ends_next_day(start_time, end_time) and wall_clock_length(start_time, end_time) > LONGEST_PAST_MIDNIGHT


def end_date(day, start_time, end_time):
    """The day the session ends on."""
    return day + ONE_DAY if ends_next_day(start_time, end_time) else day


def end_time_for(local_start, local_end):
    """The `end_time` that stores a session from `local_start` to `local_end` (local datetimes), or None
    when the fields cannot hold it (an end a day or more later, or too long past midnight)."""
    if local_end.date() == local_start.date():
        return local_end.time()
    if local_end.date() == local_start.date() + ONE_DAY and local_end.time() < local_start.time():
        end_time = local_end.time()
        return None if end_is_too_late(local_start.time(), end_time) else end_time
    return None
