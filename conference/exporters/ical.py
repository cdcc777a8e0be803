"""iCalendar (RFC 5545) files: every session of a conference, or one session for "add to calendar".

Built with the `icalendar` library (https://icalendar.readthedocs.io/). Times carry the conference's
own time zone with its VTIMEZONE definition, so a calendar anywhere shows the right local time.
A session known only by its date becomes an all-day event (DTSTART;VALUE=DATE) rather than one at an
invented hour; a session with a start but no end is an instant (no DTEND), as RFC 5545 3.6.1 defines.
"""

import datetime

from icalendar import Calendar, Event

from django.utils import timezone

from .content import participant_label
from .identifiers import event_uid
from .times import conference_zone, session_end, session_start

PRODID = "-//Conference Reports//Schedule export 1.0//EN"


def session_event(session, conference, site, request=None):
    zone = conference_zone(conference)
    url = session.get_full_url(request)
    start = session_start(session, zone)
    if start is None:
        start, end = session.date, session.date + datetime.timedelta(days=1)
    else:
        end = session_end(session, zone)
    published = session.last_published_at
    return Event.new(
        uid=event_uid(session.id, site),
        summary=session.title,
        start=start,
        end=end,
        stamp=published or timezone.now(),
        last_modified=published,
        location=", ".join(part for part in [session.room, conference.venue, conference.city] if part),
        description=_description(session, url),
        categories=[part for part in [session.get_kind_display(), session.track.name if session.track else ""] if part],
        url=url,
    )


def _description(session, url):
    """Teaser, who takes part, and the link back: clients that ignore URL still show the text."""
    participants = [participant_label(participant) for participant in session.participants.all()]
    parts = [session.teaser, "\n".join(participants), url]
    return "\n\n".join(part for part in parts if part)


def build_calendar(conference, sessions, site, request=None, single=None):
    """A calendar of `sessions` with the VTIMEZONE their times need; `single`: the one session it is for."""
    owner = single or conference
    calendar = Calendar.new(
        uid=f"{owner._meta.model_name}-{owner.id}@{site.hostname}",
        prodid=PRODID,
        method="PUBLISH",
        name=owner.title,
        url=conference.get_full_url(request),
        subcomponents=[session_event(session, conference, site, request) for session in sessions],
    )
    # Apple and Google read X-WR-TIMEZONE as the calendar's default zone.
    calendar.add("X-WR-TIMEZONE", conference.time_zone)
    # Only the rules around the conference are needed; the full history would be kilobytes long.
    calendar.add_missing_timezones(
        first_date=conference.start_date - datetime.timedelta(days=366),
        last_date=conference.end_date + datetime.timedelta(days=366),
    )
    return calendar
