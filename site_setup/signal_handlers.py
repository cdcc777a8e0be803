"""A page translated (by `translate_skeleton`, wagtail-localize or the report's translate action)
gets the rights and workflow its default-language version carries."""

from django.apps import apps

from wagtail.models import Page

from .translation_rights import share_rights_with_translations


def share_rights_with_new_translation(sender, source_obj, target_obj, **kwargs):
    if isinstance(target_obj, Page):
        share_rights_with_translations(apps, translation_keys=[target_obj.translation_key])
