"""Reused queries for the agenda and the home page, each a fixed number of SQL statements."""

from itertools import groupby

from django.db.models import Prefetch


def participants_prefetch(queryset_model):
    """Participants in order with their speaker, photo and organisation, in one query."""
    return Prefetch(
        "participants",
        queryset=queryset_model.objects.select_related("speaker", "speaker__photo", "organisation").order_by(
            "sort_order"
        ),
    )


def live_sessions(conference):
    """The live sessions of a conference in agenda order, with everything a card shows."""
    from .models import SessionPage, SessionParticipant

    return (
        SessionPage.objects.child_of(conference)
        .live()
        .public()
        .select_related("track", "image")
        .prefetch_related(participants_prefetch(SessionParticipant))
        .order_by("date", "start_time", "path")
    )


def agenda(conference):
    """Sessions grouped as [(day, [(track or None, [sessions])])], in agenda order."""
    sessions = list(live_sessions(conference))
    days = []
    for day, day_sessions in groupby(sessions, key=lambda s: s.date):
        tracks = []
        for track, track_sessions in groupby(day_sessions, key=lambda s: s.track):
            tracks.append((track, list(track_sessions)))
        days.append((day, tracks))
    return days


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
