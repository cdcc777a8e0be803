"""Stable identifiers for exported sessions, people and rooms.

Calendars and schedule apps recognise an event they already know by its UID or GUID, so these
are derived from page ids and the site, never random: the same session keeps the same UID in every
export, in the conference calendar and in its own "add to calendar" file.
"""

import re
import uuid

from django.utils.text import slugify

from wagtail.models import Site

# frab acronyms: lower-case letters, digits and underscores, at least four (both schemas agree on this).
ACRONYM_PATTERN = re.compile(r"[a-z0-9_]{4,}")


def site_for(page, request=None):
    """The site the page is served from (the request's site when there is one)."""
    site = Site.find_for_request(request) if request is not None else None
    return site or page.get_site() or Site.objects.get(is_default_site=True)


def _site_uuid(site, kind, object_id):
    return uuid.uuid5(uuid.NAMESPACE_URL, f"{site.root_url}/#{kind}-{object_id}")


def event_uid(session_id, site):
    """iCalendar UID of a session (RFC 5545 suggests the form id@host)."""
    return f"session-{session_id}@{site.hostname}"


def event_guid(session_id, site):
    """frab GUID of a session; the importer also uses it to recognise our own exports."""
    return str(_site_uuid(site, "session", session_id))


def person_guid(speaker_id, site):
    return str(_site_uuid(site, "speaker", speaker_id))


def room_guid(conference_id, room_name, site):
    return str(_site_uuid(site, f"conference-{conference_id}-room", room_name))


def conference_acronym(conference):
    """A frab acronym from the conference slug, e.g. '2025-smm-silver' -> '2025_smm_silver'."""
    acronym = slugify(conference.slug).replace("-", "_")
    return acronym if ACRONYM_PATTERN.fullmatch(acronym) else f"conference_{conference.id}"


def event_slug(acronym, session):
    """frab event slug '<acronym>-<id>-<ascii slug>', unique within the schedule."""
    words = slugify(session.slug)
    if len(words) < 3:  # the schema wants at least four characters after the acronym
        words = "session"
    return f"{acronym}-{session.id}-{words}"
