"""Reused queries for the agenda, the conference report and session pages.

Each function runs a fixed number of SQL statements whatever the number of sessions, speakers or
sponsors: related rows come through `select_related` and `prefetch_related`, and the renditions of
all the images a page shows come in one query (core/renditions.py).
"""

from functools import partial
from itertools import groupby

from django.db.models import F, Prefetch, Q
from django.utils.functional import SimpleLazyObject

from core.link_columns import link_columns
from core.privacy import shown_to_everyone
from core.renditions import images_in_stream, prefetch_renditions
from delivery.lazy_context import lazy_context

from .choices import SPONSOR_ROLE_PLURALS, SponsorRole
from .extensions import report_sections

# How many other appearances of a session's speakers its page lists.
MORE_FROM_SPEAKERS_LIMIT = 6


# A participant's name as the session page, its JSON-LD and the portrait's initials show it.
SPEAKER_NAME_COLUMNS = ("native_name", "given_name", "family_name", "name_order")

# Agenda order; untimed sessions last in their day on every database (PostgreSQL and SQLite
# disagree on where NULLs sort by default).
AGENDA_ORDER = ("date", F("start_time").asc(nulls_last=True), "path")
# A speaker's appearances: newest day first, then in agenda order within the day.
APPEARANCE_ORDER = ("-session__date", F("session__start_time").asc(nulls_last=True), "session__path")


# What a session card shows (templates/includes/session_card.html), which the conference's JSON-LD
# reads too: a card links to its session and shows no summary.
SESSION_CARD_COLUMNS = link_columns("", "kind", "track", "date", "start_time", "end_time", "room", "teaser")


def participants_prefetch(queryset_model):
    """Participants in order with their speaker and organisation (as an agenda card shows them)."""
    return Prefetch(
        "participants",
        queryset=queryset_model.objects.select_related("speaker", "organisation")
        .only(
            "sort_order",
            "session",
            "role",
            "position",
            *link_columns("speaker", *SPEAKER_NAME_COLUMNS),
            *link_columns("organisation"),
        )
        .order_by("sort_order", "pk"),
    )


def live_sessions(conference):
    """The live, public sessions of a conference in agenda order, with everything a card shows."""
    from .models import SessionPage, SessionParticipant  # noqa: PLC0415 — cycle: models imports queries

    return (
        SessionPage.objects.child_of(conference)
        .live()
        # A restriction on the conference itself has been passed to see this page; only the
        # sessions' own restrictions matter, and a join checks them without another query.
        .filter(view_restrictions__isnull=True)
        .select_related("track")
        .prefetch_related(participants_prefetch(SessionParticipant))
        .order_by(*AGENDA_ORDER)
    )


def agenda(conference):
    """Sessions grouped as [(day, [(track or None, [sessions])])], in agenda order.

    Within a day each forum is one group, placed where its first session falls, so parallel or
    interrupted forums still read as one block; plenary sessions (no forum) stay where they are in
    time, grouped only with the plenary sessions right next to them.
    """
    sessions = list(live_sessions(conference).only(*SESSION_CARD_COLUMNS))
    days = []
    for day, day_sessions in groupby(sessions, key=lambda s: s.date):
        groups = []
        by_track = {}
        for session in day_sessions:
            if session.track_id is None:
                if not groups or groups[-1][0] is not None:
                    groups.append((None, []))
                groups[-1][1].append(session)
            else:
                if session.track_id not in by_track:
                    by_track[session.track_id] = (session.track, [])
                    groups.append(by_track[session.track_id])
                by_track[session.track_id][1].append(session)
        days.append((day, groups))
    return days


def sponsor_groups(conference):
    """Sponsorships as [{role, label, count, tiers: [(tier, [sponsorships])]}], roles in SponsorRole order."""
    sponsorships = list(
        conference.sponsorships.filter(organisation__live=True)
        .select_related("organisation", "organisation__logo")
        .only("sort_order", "role", "tier", "conference", *link_columns("organisation", "website", "logo"))
        .order_by("sort_order", "id")
    )
    role_order = {value: position for position, value in enumerate(SponsorRole.values)}
    sponsorships.sort(key=lambda item: role_order.get(item.role, len(role_order)))
    groups = []
    for role, role_items in groupby(sponsorships, key=lambda item: item.role):
        role_items = list(role_items)
        tiers = {}
        for item in role_items:
            tiers.setdefault(item.tier, []).append(item)
        groups.append(
            {
                "role": role,
                "label": role_items[0].get_role_display() if len(role_items) == 1 else SPONSOR_ROLE_PLURALS[role],
                "count": len(role_items),
                "tiers": list(tiers.items()),
            }
        )
    return groups


def highlights(conference):
    return list(conference.highlights.select_related("image").order_by("sort_order", "pk"))


# `report_sections`: what apps above conference add to the page (conference/extensions.py).
CONFERENCE_REPORT_KEYS = ("hero_image", "agenda", "sponsor_groups", "report_sections", "highlights")


def conference_report(conference):
    """Everything the conference page shows below its own fields, loaded on first use.

    Lazy: when the page body comes from the fragment cache, none of these queries runs.
    """
    return lazy_context(partial(load_conference_report, conference), CONFERENCE_REPORT_KEYS)


def load_conference_report(conference):
    report = {
        "hero_image": conference.hero_image,
        "agenda": agenda(conference),
        "sponsor_groups": sponsor_groups(conference),
        "report_sections": report_sections(conference),
        "highlights": highlights(conference),
    }
    logos = [
        item.organisation.logo
        for group in report["sponsor_groups"]
        for _tier, items in group["tiers"]
        for item in items
    ]
    prefetch_renditions([report["hero_image"], *logos, *(item.image for item in report["highlights"])])
    return report


def neighbours(session):
    """The sessions before and after this one in the agenda (live only), one query.

    The same query brings the session's own forum, image and slides (it is one of the siblings),
    so the page does not load them one by one afterwards.
    """
    from .models import SessionPage  # noqa: PLC0415 — cycle: models imports queries

    ordered = list(
        SessionPage.objects.sibling_of(session, inclusive=True)
        .live()
        .filter(view_restrictions__isnull=True)
        .select_related("track", "image", "slides")
        # Neighbours are links; the page's own fields are already loaded.
        .only(*link_columns("", "date", "start_time", "track", "image", "slides"))
        .order_by(*AGENDA_ORDER)
    )
    ids = [item.id for item in ordered]
    if session.id not in ids:
        return None, None
    index = ids.index(session.id)
    for relation in ("track", "image", "slides"):
        setattr(session, relation, getattr(ordered[index], relation))
    previous_session = ordered[index - 1] if index > 0 else None
    next_session = ordered[index + 1] if index + 1 < len(ordered) else None
    return previous_session, next_session


def speaker_appearances(session):
    """This session's participants and their other live appearances, in one query.

    Returns (participants in order, other appearances newest first, one per session).
    """
    from .models import SessionParticipant  # noqa: PLC0415 — cycle: models imports queries

    rows = (
        SessionParticipant.objects.filter(
            speaker_id__in=SessionParticipant.objects.filter(session_id=session.id).values("speaker_id")
        )
        # Other talks only where every visitor may see them (a restricted conference hides its
        # sessions), and in the session's language.
        .filter(Q(session_id=session.id) | (shown_to_everyone("session") & Q(session__locale_id=session.locale_id)))
        # Portraits' renditions come with the page's other images (load_session_details).
        .select_related("session", "speaker", "speaker__photo", "organisation")
        # Only what the page shows of each: other talks and organisations are links.
        .only(
            "sort_order",
            "role",
            "position",
            *link_columns("session", "date", "start_time"),
            *link_columns("speaker", *SPEAKER_NAME_COLUMNS, "photo"),
            *link_columns("organisation"),
        )
        .order_by(*APPEARANCE_ORDER, "sort_order", "pk")
    )
    participants = []
    others = {}
    for row in rows:
        if row.session_id == session.id:
            participants.append(row)
        elif len(others) < MORE_FROM_SPEAKERS_LIMIT:
            others.setdefault(row.session_id, row)
    participants.sort(key=lambda row: (row.sort_order is None, row.sort_order or 0, row.id))
    return participants, list(others.values())


def conference_of(session):
    """The session's conference (its parent page), as a ConferencePage."""
    from .models import ConferencePage  # noqa: PLC0415 — cycle: models imports queries

    return ConferencePage.objects.filter(path=session.path[: -session.steplen]).first()


def session_details(session):
    """Everything the session page shows besides its own fields, loaded on first use.

    Lazy so that a session page whose body comes from the fragment cache runs none of it.
    """
    details = SimpleLazyObject(lambda: load_session_details(session))
    # A lambda, not `details.__getitem__`: touching the proxy's attribute would load it at once.
    return {key: SimpleLazyObject(lambda key=key: details[key]) for key in SESSION_DETAIL_KEYS}


SESSION_DETAIL_KEYS = ("participants", "previous_session", "next_session", "more_from_speakers", "conference")


def load_session_details(session):
    participants, more = speaker_appearances(session)
    previous_session, next_session = neighbours(session)
    prefetch_renditions(
        [
            session.image,
            *(participant.speaker.photo for participant in participants),
            *images_in_stream(session.summary),
        ]
    )
    return {
        "participants": participants,
        "previous_session": previous_session,
        "next_session": next_session,
        "more_from_speakers": more,
        "conference": conference_of(session),
    }
