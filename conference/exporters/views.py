"""HTTP responses for the export routes of ConferencePage and SessionPage.

The routes are Wagtail routable-page paths
(https://docs.wagtail.org/en/stable/reference/contrib/routablepage.html), so Wagtail has already
checked that the page is live and that the reader may see it before these run.
"""

from django.http import HttpResponse

from . import frab, ical
from .identifiers import site_for
from .sessions import exported_sessions


def _export_response(content, content_type, filename):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    # Public data read by schedule apps and partner sites running in browsers.
    response["Access-Control-Allow-Origin"] = "*"
    return response


def conference_calendar(request, conference):
    site = site_for(conference, request)
    calendar = ical.build_calendar(conference, exported_sessions(conference), site, request)
    return _export_response(calendar.to_ical(), "text/calendar; charset=utf-8", f"{conference.slug}.ics")


def session_calendar(request, session):
    conference = session.get_parent().specific
    site = site_for(session, request)
    sessions = exported_sessions(conference).filter(pk=session.pk)
    calendar = ical.build_calendar(conference, sessions, site, request, single=session)
    return _export_response(calendar.to_ical(), "text/calendar; charset=utf-8", f"{session.slug}.ics")


def _schedule(request, conference):
    site = site_for(conference, request)
    return frab.schedule_data(conference, list(exported_sessions(conference)), site, request)


def schedule_json(request, conference):
    data = _schedule(request, conference)
    return _export_response(frab.schedule_json(data), "application/json; charset=utf-8", "schedule.json")


def schedule_xml(request, conference):
    data = _schedule(request, conference)
    return _export_response(frab.schedule_xml(data), "application/xml; charset=utf-8", "schedule.xml")
