"""A page made private is private in every language.

A restriction belongs to one page, and a translation is another page: restricting the English
session would leave its Chinese translation public. wagtail-localize copies restrictions only when a
translation is next synced; this copies a new restriction to the page's translations at once (and
the groups of a group restriction as they are set). Lifting a restriction is left to each language:
a page that stays private by mistake is the safe error.
"""

from django.db.models.signals import m2m_changed, post_save

from wagtail.models import Page, PageViewRestriction


def _translations_without_restriction(page):
    return Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk).filter(view_restrictions=None)


def copy_new_restriction(sender, instance, created, raw=False, **kwargs):
    if not created or raw:
        return
    for translation in _translations_without_restriction(instance.page):
        PageViewRestriction.objects.create(
            page=translation, restriction_type=instance.restriction_type, password=instance.password
        )


def copy_restriction_groups(sender, instance, action, pk_set, **kwargs):
    if action != "post_add" or not isinstance(instance, PageViewRestriction):
        return
    siblings = PageViewRestriction.objects.filter(
        page__translation_key=instance.page.translation_key, restriction_type=instance.restriction_type
    ).exclude(pk=instance.pk)
    for restriction in siblings:
        restriction.groups.add(*pk_set)


def connect():
    post_save.connect(copy_new_restriction, sender=PageViewRestriction, dispatch_uid="translated_privacy")
    m2m_changed.connect(
        copy_restriction_groups, sender=PageViewRestriction.groups.through, dispatch_uid="translated_privacy_groups"
    )
