"""schema.org JSON-LD for the report's pages: conferences and sessions as Event, speakers as
Person, organisations as Organization, the home page as WebSite.

The builders take the objects the page has already loaded (see sharing/metadata.py) and make no
queries of their own. Only live pages are linked, so a draft never shows up in the data.
https://developers.google.com/search/docs/appearance/structured-data/event
"""

import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.utils.html import strip_tags
from django.utils.text import Truncator

from conference.choices import SponsorRole

CONTEXT = "https://schema.org"
SCHEDULED = "https://schema.org/EventScheduled"
IN_PERSON = "https://schema.org/OfflineEventAttendanceMode"
ORGANISER_ROLES = {SponsorRole.HOST, SponsorRole.CO_ORGANISER}
SPONSOR_ROLES = {SponsorRole.SPONSOR, SponsorRole.SUPPORTER}
DESCRIPTION_LENGTH = 300


def compact(data):
    """Drop empty values, so the JSON only says what we know."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def plain_text(html, length=DESCRIPTION_LENGTH):
    return Truncator(" ".join(strip_tags(html or "").split())).chars(length)


def zone(conference):
    try:
        return ZoneInfo(conference.time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        return datetime.UTC


def local_moment(day, time, tz):
    """ISO 8601 with the conference's UTC offset ("2025-05-16T09:30:00+08:00"), or the bare date."""
    if day is None:
        return None
    if time is None:
        return day.isoformat()
    return datetime.datetime.combine(day, time, tzinfo=tz).isoformat()


def place(conference, room=""):
    """Where the conference happens; `room` narrows it to a session's hall."""
    locality, _, region = (part.strip() for part in conference.city.partition(","))
    name = ", ".join(part for part in (room, conference.venue or conference.city) if part)
    address = compact(
        {
            "@type": "PostalAddress",
            "addressLocality": locality,
            "addressRegion": region,
            "addressCountry": conference.country,
        }
    )
    return compact({"@type": "Place", "name": name, "address": address})


def organisation_ref(organisation, url):
    """An organisation as mentioned from another entity."""
    return compact({"@type": "Organization", "name": organisation.title, "url": url or organisation.website})


def conference_event(conference, *, url, image, sessions, session_urls, sponsorships, organisation_urls):
    """The conference as an Event, its live sessions as subEvent, its organisers and sponsors."""
    tz = zone(conference)
    first_day = [s for s in sessions if s.date == conference.start_date and s.start_time]
    last_day = [s for s in sessions if s.date == conference.end_date and (s.end_time or s.start_time)]
    start = local_moment(conference.start_date, first_day[0].start_time if first_day else None, tz)
    end_session = last_day[-1] if last_day else None
    end = local_moment(
        end_session.end_date if end_session and end_session.end_time else conference.end_date,
        (end_session.end_time or end_session.start_time) if end_session else None,
        tz,
    )

    def organisations(roles):
        return [
            organisation_ref(item.organisation, organisation_urls.get(item.organisation_id))
            for item in sponsorships
            if item.role in roles
        ]

    return compact(
        {
            "@context": CONTEXT,
            "@type": "Event",
            "name": conference.title,
            "url": url,
            "description": conference.teaser or plain_text(conference.introduction),
            "startDate": start,
            "endDate": end,
            "eventStatus": SCHEDULED,
            "eventAttendanceMode": IN_PERSON,
            "location": place(conference),
            "image": [image] if image else [],
            "organizer": organisations(ORGANISER_ROLES),
            "sponsor": organisations(SPONSOR_ROLES),
            "subEvent": [
                session_event(session, conference, url=session_urls.get(session.pk), nested=True)
                for session in sessions
            ],
        }
    )


def session_event(session, conference, *, url, image=None, conference_url=None, performers=(), nested=False):
    """One session as an Event; on its own page it names its conference as superEvent."""
    tz = zone(conference) if conference is not None else datetime.UTC
    data = {
        "@context": None if nested else CONTEXT,
        "@type": "Event",
        "name": session.title,
        "url": url,
        "description": session.teaser,
        "startDate": local_moment(session.date, session.start_time, tz),
        "endDate": local_moment(session.end_date, session.end_time, tz) if session.end_time else None,
        "eventStatus": SCHEDULED,
        "eventAttendanceMode": IN_PERSON,
        "location": place(conference, session.room) if conference is not None else None,
    }
    if nested:
        return compact(data)
    data.update(
        {
            "image": [image] if image else [],
            "performer": list(performers),
            "superEvent": (
                compact({"@type": "Event", "name": conference.title, "url": conference_url})
                if conference is not None
                else None
            ),
        }
    )
    return compact(data)


def performer(participant, *, speaker_url, organisation_url):
    """A session participant as a Person, with the title and employer they had at the session."""
    organisation = participant.organisation if participant.organisation_id and participant.organisation.live else None
    return compact(
        {
            "@type": "Person",
            "name": participant.speaker.display_name or participant.speaker.title,
            "url": speaker_url,
            "jobTitle": participant.position,
            "affiliation": organisation_ref(organisation, organisation_url) if organisation is not None else None,
        }
    )


def person(speaker, *, url, image, organisation_url):
    """A speaker's own page: Person with their current position and affiliation."""
    organisation = speaker.organisation if speaker.organisation_id and speaker.organisation.live else None
    affiliation = organisation_ref(organisation, organisation_url) if organisation is not None else None
    spellings = speaker.spellings
    return compact(
        {
            "@context": CONTEXT,
            "@type": "Person",
            "name": spellings[0] if spellings else speaker.title,
            "givenName": speaker.given_name,
            "familyName": speaker.family_name,
            "alternateName": spellings[1:],
            "jobTitle": speaker.position,
            "affiliation": affiliation,
            "worksFor": affiliation,
            "image": image,
            "description": plain_text(speaker.biography),
            "url": url,
        }
    )


def organization(organisation, *, url, logo):
    return compact(
        {
            "@context": CONTEXT,
            "@type": "Organization",
            "name": organisation.title,
            "alternateName": organisation.spellings[1:],
            "url": url,
            "sameAs": [organisation.website] if organisation.website else [],
            "logo": logo,
            "description": plain_text(organisation.description),
        }
    )


def website(name, url):
    return compact({"@context": CONTEXT, "@type": "WebSite", "name": name, "url": url})


# schema.org types whose `inLanguage` says the language of the page's content.
TYPES_WITH_LANGUAGE = {"Event", "WebSite"}


def in_language(data, language_code):
    """The page's description with `inLanguage` (an IETF BCP 47 code: "en", "zh-Hans") where its type has one."""
    if not data or data.get("@type") not in TYPES_WITH_LANGUAGE or not language_code:
        return data
    base, _, script = language_code.partition("-")
    return {**data, "inLanguage": f"{base}-{script.title()}" if script else base}
