"""The same award in the conference's other editions, for the links on an award page.

"The same award" is an award page with the same `series` (the award's name across years, compared
without regard to case or surrounding spaces) under another conference; newest edition first.
"""

from conference.editions import same_series
from conference.models import ConferencePage


def other_editions(award):
    """[(award, conference)] for the live public awards of the same series at other conferences,
    newest conference first; two queries."""
    if not award.series.strip():
        return []
    parent_path = award.path[: -award.steplen]
    awards = list(same_series(type(award), award.series).exclude(path__startswith=parent_path))
    # Each award's conference is its parent: the award's path less its last step.
    conferences = {
        conference.path: conference
        for conference in ConferencePage.objects.live()
        .filter(view_restrictions__isnull=True)
        .filter(path__in={other.path[: -other.steplen] for other in awards})
    }
    pairs = [(other, conferences.get(other.path[: -other.steplen])) for other in awards]
    pairs = [(other, conference) for other, conference in pairs if conference is not None]
    return sorted(pairs, key=lambda pair: (pair[1].start_date, pair[1].pk), reverse=True)
