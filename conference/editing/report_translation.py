"""Translate a conference report into another language in one go, with wagtail-localize.

The report is the conference page, the pages below it (sessions, awards) and the speakers and
organisations they name (participants and their organisations, sponsors, award recipients through
conference/extensions.py, and the speakers' employers), which live in their own sections. Each is
submitted to wagtail-localize's `TranslationCreator`, as its "Translate this page" action does, so
each lands in the translation editor as a draft (settings.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE
is off: an English copy is never published under /zh-hans/ before it is translated).

Pages that already have a translation in the language are left out: `TranslationCreator` would
otherwise save them again from the translation memory and, where a segment has no translation there
(a page translated by hand or by the bundle importer), put the English back. Ancestors without a
translation (the Chinese events section, if the skeleton was never translated) are translated first,
top down, rather than left to wagtail-localize, which would make them aliases of the English pages.
"""

from collections import Counter
from dataclasses import dataclass

from wagtail_localize.operations import TranslationCreator

from django.db import transaction

from wagtail.models import Page

from core.translations import ancestor_paths
from speakers.models import SpeakerPage

from ..extensions import linked_page_ids
from ..models import SessionParticipant, Sponsorship


def can_translate_report(user, conference):
    """wagtail-localize's own right to start translations, and the right to edit the conference."""
    return user.has_perm("wagtail_localize.submit_translation") and conference.permissions_for_user(user).can_edit()


def _linked_page_ids(conference, children):
    ids = set(linked_page_ids(conference))
    participants = SessionParticipant.objects.filter(session__in=children)
    for speaker_id, organisation_id in participants.values_list("speaker_id", "organisation_id"):
        ids.update((speaker_id, organisation_id))
    ids.update(Sponsorship.objects.filter(conference=conference).values_list("organisation_id", flat=True))
    speakers = SpeakerPage.objects.filter(pk__in=ids, organisation__isnull=False)
    ids.update(speakers.values_list("organisation_id", flat=True))
    ids.discard(None)
    return ids


@dataclass
class ReportTranslationPlan:
    """What translating `conference` into `locale` makes (`to_translate`, in the order it is done:
    ancestors, organisations and speakers, the conference, its children) and leaves (`translated`)."""

    conference: Page
    locale: object
    to_translate: list
    translated: list
    # Translation keys of every page concerned that has a translation already, ancestors included.
    translated_keys: set

    @property
    def to_translate_summary(self):
        return page_counts(self.to_translate)

    @property
    def translated_summary(self):
        return page_counts(self.translated)


def page_counts(pages):
    """'1 conference, 8 sessions': how many pages of each type, in the order they first come."""
    kinds = Counter(page.specific_class._meta for page in pages)
    return ", ".join(
        f"{count} {meta.verbose_name if count == 1 else meta.verbose_name_plural}" for meta, count in kinds.items()
    )


def report_pages(conference):
    """The pages of the report besides the conference, in its language: its children (sessions,
    awards) in tree order, and the speakers and organisations they name (`Page` objects, not specific).
    Translating the report translates these; its progress page follows their translations."""
    children = list(Page.objects.child_of(conference).order_by("path"))
    linked = list(
        Page.objects.filter(pk__in=_linked_page_ids(conference, children), locale_id=conference.locale_id).order_by(
            "-depth", "content_type_id", "path"
        )
    )
    return children, linked


def plan_report_translation(conference, locale):
    children, linked = report_pages(conference)
    own = [conference, *children]
    above = {path for page in [conference, *linked] for path in ancestor_paths(page)[:-1]}
    ancestors = list(Page.objects.filter(path__in=above, locale_id=conference.locale_id).order_by("path"))
    pages = [*ancestors, *sorted(linked, key=_organisations_first), *own]
    translated_keys = set(
        Page.objects.filter(locale=locale, translation_key__in=[page.translation_key for page in pages]).values_list(
            "translation_key", flat=True
        )
    )
    return ReportTranslationPlan(
        conference=conference,
        locale=locale,
        to_translate=[page for page in pages if page.translation_key not in translated_keys],
        translated=[page for page in [*linked, *own] if page.translation_key in translated_keys],
        translated_keys=translated_keys,
    )


def _organisations_first(page):
    # Only how the confirmation lists them: wagtail-localize translates the pages a page links to
    # (one level of related objects) before the page itself whatever the order.
    return (page.specific_class._meta.model_name != "organisationpage", page.path)


@transaction.atomic
def translate_report(plan, user):
    """Submit every page of `plan.to_translate` for translation; the pages submitted."""
    translator = TranslationCreator(user, [plan.locale])
    # Already translated pages count as seen, so that wagtail-localize's walk through related objects
    # does not save them again either.
    translator.seen_objects.update(plan.translated_keys)
    for page in plan.to_translate:
        translator.create_translations(page)
    return plan.to_translate
