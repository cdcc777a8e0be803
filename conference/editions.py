"""A conference page's links across its series, and the forums the agenda would otherwise leave out.

A series is the conference's `series` field ("the name the series keeps every year"), compared
without regard to case or surrounding spaces; editions are ordered by their first day. An edition
with no series name has no neighbours. Only live pages without a view restriction are linked.
"""

from datetime import date

from django.db.models import Count, Q, QuerySet
from django.db.models.functions import Lower, Trim
from django.utils.functional import SimpleLazyObject


def same_series(model, series):
    """Live public pages of `model` whose series field equals `series`, ignoring case and spaces."""
    return (
        model.objects.live()
        .filter(view_restrictions__isnull=True)
        .annotate(series_key=Lower(Trim("series")))
        .filter(series_key=series.strip().lower())
    )


def edition_neighbours(conference):
    """{"previous_edition": page or None, "next_edition": page or None}: the nearest editions by date."""
    if not conference.series.strip() or conference.start_date is None:
        return {"previous_edition": None, "next_edition": None}
    # One query for the whole series (a few editions a decade), the neighbours picked here.
    editions = list(
        same_series(type(conference), conference.series).exclude(start_date__isnull=True).order_by("start_date", "pk")
    )
    earlier = [edition for edition in editions if edition.start_date < conference.start_date]
    later = [edition for edition in editions if edition.start_date > conference.start_date]
    return {
        "previous_edition": earlier[-1] if earlier else None,
        "next_edition": later[0] if later else None,
    }


def forums_without_sessions(conference):
    """The conference's forums that no live public session belongs to, by day then editor's order.

    The agenda is built from sessions, so such a forum (a summit the report names but has no
    speeches for) would appear nowhere; the conference page lists them with their descriptions.
    """
    tracks = conference.tracks.all()
    shown = Q(sessions__live=True, sessions__view_restrictions__isnull=True)
    if isinstance(tracks, QuerySet):
        return list(
            tracks.annotate(shown_sessions=Count("sessions", filter=shown))
            .filter(shown_sessions=0)
            .order_by("day", "sort_order", "pk")
        )
    # A preview's forums come from the form (a FakeQuerySet, which cannot annotate): ask the
    # database only which of the saved ones have sessions.
    tracks = list(tracks)
    with_sessions = set(
        tracks[0]
        ._meta.model.objects.filter(shown, pk__in=[track.pk for track in tracks if track.pk])
        .values_list("pk", flat=True)
        if tracks
        else ()
    )
    return sorted(
        (track for track in tracks if track.pk not in with_sessions),
        key=lambda track: (track.day is None, track.day or date.min, track.sort_order or 0, track.pk or 0),
    )


def edition_context(conference):
    """Lazy: when the page body comes from the fragment cache, no query runs."""
    return {
        "edition_neighbours": SimpleLazyObject(lambda: edition_neighbours(conference)),
        "forums_without_sessions": SimpleLazyObject(lambda: forums_without_sessions(conference)),
    }
