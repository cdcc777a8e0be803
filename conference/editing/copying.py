"""Start the next edition of a conference from the last one.

Wagtail's copy action copies one page or a whole branch; the next edition needs neither: it keeps the
forums (their days moved by the gap between the two editions) and the sponsorship list, and leaves
out the sessions, which are new every year, and everything that belongs to the old event only (hero
photo, highlights, video, special report). Apps above conference copy what they keep of their own
children through a hook (conference/extensions.py: awards keeps the awards, with the new year).
Everything is copied as a draft, with a fresh history, by the user who asked for it.
https://docs.wagtail.org/en/stable/reference/pages/model_reference.html#wagtail.models.Page.copy
"""

from django.db import transaction

from ..extensions import copy_children_to_next_edition

EDITION_ONLY_FIELDS = [
    "hero_image",
    "summit_video_url",
    "special_report_url",
    "special_report_title",
    "highlights",
]


def _shift_track_days(days):
    def process_child_object(original, copy, child_relation, child_object):
        if child_relation.get_accessor_name() == "tracks" and child_object.day:
            child_object.day += days

    return process_child_object


@transaction.atomic
def copy_as_next_edition(conference, *, user, title, slug, edition_number, start_date, end_date):
    """A draft copy of `conference` beside it: forums, sponsorships and what other apps keep; no sessions."""
    gap = start_date - conference.start_date
    next_edition = conference.copy(
        recursive=False,
        keep_live=False,
        copy_revisions=False,
        user=user,
        exclude_fields=EDITION_ONLY_FIELDS,
        process_child_object=_shift_track_days(gap),
        update_attrs={
            "title": title,
            "draft_title": title,
            "slug": slug,
            "seo_title": "",
            "edition_number": edition_number,
            "start_date": start_date,
            "end_date": end_date,
        },
    )
    copy_children_to_next_edition(conference, next_edition, user=user)
    return next_edition
