"""Reused queries for the agenda, the conference report and session pages.

Each function runs a fixed number of SQL statements whatever the number of sessions, speakers or
sponsors: related rows come through `select_related` and `prefetch_related`, and images bring their
renditions along (https://docs.wagtail.org/en/stable/advanced_topics/images/renditions.html#prefetching-image-renditions).
"""

from itertools import groupby

from django.apps import apps
from django.db.models import Prefetch

from .choices import SponsorRole

# How many other appearances of a session's speakers its page lists.
MORE_FROM_SPEAKERS_LIMIT = 6


def participants_prefetch(queryset_model):
    """Participants in order with their speaker, photo (and its renditions) and organisation."""
    return Prefetch(
        "participants",
        queryset=queryset_model.objects.select_related("speaker", "speaker__photo", "organisation")
        .prefetch_related("speaker__photo__renditions")
        .order_by("sort_order"),
    )


def live_sessions(conference):
    """The live sessions of a conference in agenda order, with everything a card shows."""
    from .models import SessionPage, SessionParticipant

    return (
        SessionPage.objects.child_of(conference)
        .live()
        .public()
        .select_related("track", "image")
        .prefetch_related("image__renditions", participants_prefetch(SessionParticipant))
        .order_by("date", "start_time", "path")
    )


def agenda(conference):
    """Sessions grouped as [(day, [(track or None, [sessions])])], in agenda order.

    Within a day each forum is one group, placed where its first session falls, so parallel or
    interrupted forums still read as one block; plenary sessions (no forum) stay where they are in
    time, grouped only with the plenary sessions right next to them.
    """
    sessions = list(live_sessions(conference))
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
        .prefetch_related("organisation__logo__renditions")
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
                "label": role_items[0].get_role_display(),
                "count": len(role_items),
                "tiers": list(tiers.items()),
            }
        )
    return groups


def awards(conference):
    """The conference's live awards in page order, with their recipients."""
    award_model = apps.get_model("awards", "AwardPage")
    return list(
        award_model.objects.child_of(conference)
        .live()
        .public()
        .order_by("path")
        .prefetch_related(Prefetch("recipients", queryset=_recipients_queryset()))
    )


def _recipients_queryset():
    recipient_model = apps.get_model("awards", "AwardRecipient")
    return recipient_model.objects.select_related("organisation", "speaker").order_by("sort_order")


def highlights(conference):
    return list(
        conference.highlights.select_related("image").prefetch_related("image__renditions").order_by("sort_order")
    )


def conference_report(conference):
    """Everything the conference page shows below its own fields."""
    return {
        "agenda": agenda(conference),
        "sponsor_groups": sponsor_groups(conference),
        "awards": awards(conference),
        "highlights": highlights(conference),
    }


def neighbours(session):
    """The sessions before and after this one in the agenda (live only), one query."""
    from .models import SessionPage

    ordered = list(
        SessionPage.objects.sibling_of(session, inclusive=True)
        .live()
        .public()
        .order_by("date", "start_time", "path")
        .only("id", "title", "slug", "url_path", "date", "start_time", "path", "depth")
    )
    ids = [item.id for item in ordered]
    if session.id not in ids:
        return None, None
    index = ids.index(session.id)
    previous_session = ordered[index - 1] if index > 0 else None
    next_session = ordered[index + 1] if index + 1 < len(ordered) else None
    return previous_session, next_session


def session_participants(session):
    from .models import SessionParticipant

    return list(
        SessionParticipant.objects.filter(session=session)
        .select_related("speaker", "speaker__photo", "organisation")
        .prefetch_related("speaker__photo__renditions")
        .order_by("sort_order")
    )


def more_from_speakers(session, participants):
    """Other live appearances of this session's speakers, newest first, one query."""
    from .models import SessionParticipant

    speaker_ids = {participant.speaker_id for participant in participants}
    if not speaker_ids:
        return []
    appearances = (
        SessionParticipant.objects.filter(speaker_id__in=speaker_ids, session__live=True)
        .exclude(session_id=session.id)
        .select_related("session", "speaker")
        .order_by("-session__date", "-session__start_time", "session__path")
    )
    seen = set()
    unique = []
    for appearance in appearances[: MORE_FROM_SPEAKERS_LIMIT * 3]:
        if appearance.session_id not in seen:
            seen.add(appearance.session_id)
            unique.append(appearance)
    return unique[:MORE_FROM_SPEAKERS_LIMIT]


def session_details(session):
    """Everything the session page shows besides its own fields."""
    participants = session_participants(session)
    previous_session, next_session = neighbours(session)
    return {
        "participants": participants,
        "previous_session": previous_session,
        "next_session": next_session,
        "more_from_speakers": more_from_speakers(session, participants),
    }
