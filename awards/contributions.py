"""What awards add to the pages and tools of the apps below (registered in awards/wagtail_hooks.py).

- The conference page lists its awards as cards (conference/extensions.py).
- "Copy as next edition" keeps the awards, without what belonged to the old ceremony only
  (recipients, photos, the session where they were presented), and moves the year in their titles
  and slugs ("Silver Glory Award 2025" becomes "... 2026") (conference/extensions.py).
- An organisation's page lists the awards it received (speakers/extensions.py).
- "Translate the report" takes the award recipients (speakers, organisations) along (conference/extensions.py).
"""

import re

from django.db.models import Count
from django.utils.translation import gettext

from conference.extensions import ReportSection
from core.link_columns import link_columns
from core.privacy import shown_to_everyone
from speakers.extensions import ProfileSection

from .models import AwardPage, AwardRecipient

EDITION_ONLY_FIELDS = ["recipients", "photos", "presented_at"]


def award_cards(conference):
    """The conference's live awards in page order, each with `recipient_count`."""
    awards = list(
        AwardPage.objects.child_of(conference)
        .live()
        .filter(view_restrictions__isnull=True)
        .annotate(recipient_count=Count("recipients"))
        .only(*link_columns("", "series", "teaser"))  # cards: templates/awards/includes/award_cards.html
        .order_by("path")
    )
    return ReportSection(
        anchor="awards", title=gettext("Awards"), template="awards/includes/award_cards.html", items=awards
    )


def _with_year(text, old_year, new_year):
    """`text` with the old edition's year, as a whole number, replaced by the new one's."""
    return re.sub(rf"(?<!\d){old_year}(?!\d)", str(new_year), text or "")


def _renamed(award, old_year, new_year):
    """Title, slug and SEO title of the award's copy, with the year moved to the new edition's."""
    title = _with_year(award.title, old_year, new_year)
    return {
        "title": title,
        "draft_title": title,
        "slug": _with_year(award.slug, old_year, new_year),
        "seo_title": _with_year(award.seo_title, old_year, new_year),
    }


def copy_to_next_edition(conference, next_edition, *, user):
    """Draft copies of the conference's awards under `next_edition`, by `user`, with a fresh history."""
    for award in AwardPage.objects.child_of(conference).order_by("path"):
        award.copy(
            to=next_edition,
            recursive=False,
            keep_live=False,
            copy_revisions=False,
            user=user,
            exclude_fields=EDITION_ONLY_FIELDS,
            update_attrs=_renamed(award, conference.start_date.year, next_edition.start_date.year),
        )


def organisation_awards(organisation):
    """The live public awards the organisation received, in recipient order."""
    recipients = (
        AwardRecipient.objects.filter(organisation=organisation, award__locale_id=organisation.locale_id)
        .filter(shown_to_everyone("award"))
        .select_related("award")
    )
    return ProfileSection(template="awards/includes/organisation_awards.html", items=recipients)


def recipient_page_ids(conference):
    """The speakers and organisations who received the conference's awards."""
    recipients = AwardRecipient.objects.filter(award__in=AwardPage.objects.child_of(conference))
    for speaker_id, organisation_id in recipients.values_list("speaker_id", "organisation_id"):
        yield from (page_id for page_id in (speaker_id, organisation_id) if page_id is not None)
