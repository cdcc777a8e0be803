"""Start the next edition of a conference from the last one.

Wagtail's copy action copies one page or a whole branch; the next edition needs neither: it keeps the
forums (their days moved by the gap between the two editions), the sponsorship list and the awards,
and leaves out the sessions, which are new every year, and everything that belongs to the old event
only (hero photo, highlights, video, special report; an award's recipients, photos and ceremony).
Everything is copied as a draft, with a fresh history, by the user who asked for it; an award's
title and slug say the new edition's year ("Silver Glory Award 2025" becomes "... 2026").
https://docs.wagtail.org/en/stable/reference/pages/model_reference.html#wagtail.models.Page.copy
"""

import re

from django.apps import apps
from django.db import transaction

EDITION_ONLY_FIELDS = [
    "hero_image",
    "summit_video_url",
    "special_report_url",
    "special_report_title",
    "highlights",
]
AWARD_EDITION_ONLY_FIELDS = ["recipients", "photos", "presented_at"]


def _shift_track_days(days):
    def process_child_object(original, copy, child_relation, child_object):
        if child_relation.get_accessor_name() == "tracks" and child_object.day:
            child_object.day += days

    return process_child_object


def _with_year(text, old_year, new_year):
    """`text` with the old edition's year, as a whole number, replaced by the new one's."""
    return re.sub(rf"(?<!\d){old_year}(?!\d)", str(new_year), text or "")


def _award_renamed(award, old_year, new_year):
    """Title, slug and SEO title of the award's copy, with the year moved to the new edition's."""
    title = _with_year(award.title, old_year, new_year)
    return {
        "title": title,
        "draft_title": title,
        "slug": _with_year(award.slug, old_year, new_year),
        "seo_title": _with_year(award.seo_title, old_year, new_year),
    }


@transaction.atomic
def copy_as_next_edition(conference, *, user, title, slug, edition_number, start_date, end_date):
    """A draft copy of `conference` beside it, with its forums, sponsorships and awards; no sessions."""
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
    award_model = apps.get_model("awards", "AwardPage")
    for award in award_model.objects.child_of(conference).order_by("path"):
        award.copy(
            to=next_edition,
            recursive=False,
            keep_live=False,
            copy_revisions=False,
            user=user,
            exclude_fields=AWARD_EDITION_ONLY_FIELDS,
            update_attrs=_award_renamed(award, conference.start_date.year, start_date.year),
        )
    return next_edition
