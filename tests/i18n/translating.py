"""Translating pages in tests as the admin's Translate action does (wagtail-localize)."""

from wagtail_localize.models import Translation
from wagtail_localize.operations import TranslationCreator

from django.db.models import Q

from wagtail.models import Page


def publish_latest(locale):
    """Publish the translations' latest revisions: wagtail-localize publishes them when its
    transaction commits, which a test's transaction never does."""
    for page in Page.objects.filter(Q(live=False) | Q(has_unpublished_changes=True), locale=locale).specific():
        page.get_latest_revision().publish()


def translate(locale, *pages):
    """Translate the pages (and what they link) as the admin's Translate action does, then publish them."""
    creator = TranslationCreator(user=None, target_locales=[locale])
    for page in pages:
        creator.create_translations(page)
    for page in pages:
        for translation in Translation.objects.filter(source__object_id=page.translation_key, target_locale=locale):
            translation.save_target(publish=True)
    publish_latest(locale)
    return creator
