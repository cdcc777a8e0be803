"""The same award in the conference's other editions, for the links on an award page.

"The same award" is an award page with the same `series` (the award's name across years, compared
without regard to case or surrounding spaces) under another conference; newest edition first.
"""

from django.db.models import OuterRef, Subquery
from django.db.models.functions import Length, Substr

from conference.editions import same_series
from conference.models import ConferencePage


def other_editions(award):
    """The live public awards of the same series at other live public conferences, newest
    conference first, each with its `conference_title`; one query."""
    if not award.series.strip():
        return []
    parent_path = award.path[: -award.steplen]
    # Each award's conference is its parent: the award's path less its last step.
    conferences = ConferencePage.objects.live().filter(
        view_restrictions__isnull=True,
        path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - award.steplen),
    )
    return list(
        same_series(type(award), award.series)
        .exclude(path__startswith=parent_path)
        .annotate(conference_id=Subquery(conferences.values("pk")[:1]))
        .filter(conference_id__isnull=False)
        .annotate(
            conference_title=Subquery(conferences.values("title")[:1]),
            conference_start=Subquery(conferences.values("start_date")[:1]),
        )
        .order_by("-conference_start", "-conference_id")
    )
