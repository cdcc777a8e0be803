"""How far each page of a report is translated into each of the site's other languages.

For a page and a language, the state is one of:

- untranslated: no page in that language yet (link: wagtail-localize's "Translate this page" form);
- out of date: the source page was published after its text was last taken for this translation
  (`TranslationSource.last_updated_at`, moved on by "Sync translated pages"), or, for a translation
  made by hand, after the translation was last published (link: wagtail-localize's sync form);
- in moderation: the translation has been submitted to its workflow;
- in translation: the translation is a draft, or some of its segments lack a translation since the
  last sync, with the share translated (wagtail-localize's `Translation.get_progress()`, counted
  here for all pages at once) (links: the translation editor, submitting it for review);
- live: published, every segment translated.

Whatever the number of pages, this costs the same queries: the locales, the translated pages, their
wagtail-localize translations, their open workflow states, and one count of translated segments per
language. The progress page follows, besides the conference and its sessions, the report's other pages
(awards, and the speakers and organisations it names), found as "Translate the report" finds them
(report_translation.py), which costs a fixed number of queries more.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Exists, IntegerField, OuterRef, Sum
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.text import capfirst

from wagtail.models import Locale, Page, WorkflowState

from .report_translation import report_pages

UNTRANSLATED = "untranslated"
OUT_OF_DATE = "out_of_date"
IN_MODERATION = "in_moderation"
IN_TRANSLATION = "in_translation"
LIVE = "live"


@dataclass(frozen=True)
class TranslationStatus:
    state: str
    # Share of the segments translated, 0 to 100, for synced translations; None otherwise.
    percent: int | None = None
    # (label, admin URL) pairs, the first being where the page's translation is worked on.
    links: tuple = ()

    @property
    def label(self):
        if self.state == IN_TRANSLATION and self.percent is not None:
            return f"In translation, {self.percent}%"
        return {
            UNTRANSLATED: "Untranslated",
            OUT_OF_DATE: "Out of date",
            IN_MODERATION: "In moderation",
            IN_TRANSLATION: "In translation",
            LIVE: "Translated, live",
        }[self.state]


@dataclass(frozen=True)
class PageTranslations:
    """A page of the report other than the conference and its sessions, with a TranslationStatus per
    language of ReportProgress.languages."""

    page: Page
    translations: list

    @property
    def kind(self):
        return capfirst(self.page.specific_class._meta.verbose_name)

    @property
    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=(self.page.pk,))


def other_locales(locale_id):
    """The site's content languages other than the one of Locale `locale_id`, as Locales."""
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    return list(Locale.objects.filter(language_code__in=codes).exclude(pk=locale_id).order_by("language_code"))


def _percentages(translations):
    """{(translation key, locale id): percent of segments translated} for wagtail-localize `translations`."""
    percentages = {}
    for locale_id in {translation["target_locale_id"] for translation in translations}:
        source_ids = {
            translation["source_id"] for translation in translations if translation["target_locale_id"] == locale_id
        }
        translated = Exists(
            StringTranslation.objects.filter(
                translation_of_id=OuterRef("string_id"),
                context_id=OuterRef("context_id"),
                locale_id=locale_id,
                has_error=False,
            )
        )
        counts = (
            StringSegment.objects.filter(source_id__in=source_ids)
            .values("source__object_id")
            .annotate(total=Count("pk"), done=Sum(Cast(translated, IntegerField())))
        )
        for row in counts:
            percent = 100 if not row["total"] else row["done"] * 100 // row["total"]
            percentages[(row["source__object_id"], locale_id)] = percent
    return percentages


def _open_workflows(page_ids):
    states = WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=[str(pk) for pk in page_ids],
        status=WorkflowState.STATUS_IN_PROGRESS,
    )
    return {int(object_id) for object_id in states.values_list("object_id", flat=True)}


def _status(source, target, synced, percent, in_moderation, locale, next_url):
    if target is None:
        query = urlencode({"select_locale": locale.language_code, "next": next_url})
        url = f"{reverse('wagtail_localize:submit_page_translation', args=(source.pk,))}?{query}"
        return TranslationStatus(UNTRANSLATED, links=(("Translate", url),))
    edit = ("Translation editor", reverse("wagtailadmin_pages:edit", args=(target["pk"],)))
    last_taken = synced["source__last_updated_at"] if synced else target["last_published_at"]
    if source.last_published_at and last_taken and source.last_published_at > last_taken:
        links = (edit,)
        if synced:
            sync_url = reverse("wagtail_localize:update_translations", args=(synced["source_id"],))
            links = (("Sync", f"{sync_url}?{urlencode({'next': next_url})}"), edit)
        return TranslationStatus(OUT_OF_DATE, percent, links)
    if in_moderation:
        return TranslationStatus(IN_MODERATION, percent, (edit,))
    if not target["live"] or target["has_unpublished_changes"] or (percent is not None and percent < 100):
        submit = ("Submit for review", reverse("conference_editing:submit_translation", args=(target["pk"],)))
        return TranslationStatus(IN_TRANSLATION, percent, (edit, submit) if synced else (edit,))
    return TranslationStatus(LIVE, percent, (edit,))


def translation_statuses(pages, locales, next_url):
    """{(page pk, locale pk): TranslationStatus} for each of `pages` (in one language) and `locales`."""
    if not pages or not locales:
        return {}
    keys = [page.translation_key for page in pages]
    targets = {
        (row["translation_key"], row["locale_id"]): row
        for row in Page.objects.filter(translation_key__in=keys, locale__in=locales).values(
            "pk", "translation_key", "locale_id", "live", "has_unpublished_changes", "last_published_at"
        )
    }
    translations = list(
        Translation.objects.filter(source__object_id__in=keys, target_locale__in=locales, enabled=True).values(
            "source_id", "source__object_id", "source__last_updated_at", "target_locale_id"
        )
    )
    synced = {(row["source__object_id"], row["target_locale_id"]): row for row in translations}
    percentages = _percentages(translations)
    in_moderation = _open_workflows([target["pk"] for target in targets.values()])
    statuses = {}
    for page in pages:
        for locale in locales:
            key = (page.translation_key, locale.pk)
            target = targets.get(key)
            percent = percentages.get(key, 100) if key in synced else None  # no segments: nothing to translate
            statuses[(page.pk, locale.pk)] = _status(
                page,
                target,
                synced.get(key),
                percent,
                target is not None and target["pk"] in in_moderation,
                locale,
                next_url,
            )
    return statuses


def _other_pages(progress):
    """The report's pages besides the conference and its sessions: the conference's other children
    (awards) in tree order, then the speakers and organisations it names, by kind and title."""
    children, linked = report_pages(progress.conference)
    session_ids = {item.session.pk for item in progress.sessions}
    others = [page for page in children if page.pk not in session_ids]
    return others + sorted(linked, key=lambda page: (page.specific_class._meta.verbose_name, page.title.casefold()))


def translated_from(page):
    """The page `page` was translated from through wagtail-localize, or None for an original."""
    source = (
        TranslationSource.objects.filter(object_id=page.translation_key)
        .exclude(locale_id=page.locale_id)
        .filter(translations__target_locale_id=page.locale_id)
        .first()
    )
    return page.get_translation_or_none(source.locale) if source else None


def add_translation_statuses(progress, next_url):
    """Give a ReportProgress its languages, and the conference, each session and the report's other
    pages their statuses in them; a translated report only its original, whose page follows it."""
    progress.original = translated_from(progress.conference)
    if progress.original is not None:
        return progress
    progress.languages = other_locales(progress.conference.locale_id)
    if not progress.languages:
        return progress
    others = _other_pages(progress)
    pages = [progress.conference, *(item.session for item in progress.sessions), *others]
    statuses = translation_statuses(pages, progress.languages, next_url)
    progress.conference_translations = [
        (locale, statuses[(progress.conference.pk, locale.pk)]) for locale in progress.languages
    ]
    for item in progress.sessions:
        item.translations = [statuses[(item.session.pk, locale.pk)] for locale in progress.languages]
    progress.other_pages = [
        PageTranslations(page, [statuses[(page.pk, locale.pk)] for locale in progress.languages]) for page in others
    ]
    return progress
