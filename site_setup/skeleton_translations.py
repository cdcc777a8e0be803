"""The site's skeleton (home page and its three sections) in another language, as Wagtail translations.

Each page is copied into the locale with Wagtail's `copy_for_translation` (same translation key, same
slug, parent's translation as parent), given its title in that language and published: the Chinese
home page at /zh-hans/, its sections at /zh-hans/events/ and so on. Each copy gets the groups' page
rights and the review workflow of its English page as it is made (translation_rights.py, through
Wagtail's `copy_for_translation_done` signal). Pages already translated are left
as they are, so running it again changes nothing and keeps editors' work. Content below the sections
is translated by editors in the admin (docs/translation.md).
https://docs.wagtail.org/en/stable/reference/pages/model_reference.html#wagtail.models.Page.copy_for_translation
"""

from django.db import transaction

from wagtail.models import Locale, Site

# Titles of the skeleton's pages by their slug (the home page's is the site name).
TITLES = {
    "zh-hans": {"home": "会议报告", "events": "会议", "speakers": "演讲嘉宾", "organisations": "机构"},
}


def skeleton_pages():
    """The default site's home page and its children (the sections), in the default language."""
    home = Site.objects.get(is_default_site=True).root_page.specific
    return [home, *(page.specific for page in home.get_children().order_by("path"))]


@transaction.atomic
def translate_skeleton(language_code):
    """Create and publish the skeleton's missing translations into `language_code`; the pages made."""
    locale, _ = Locale.objects.get_or_create(language_code=language_code)
    titles = TITLES.get(language_code, {})
    made = []
    for page in skeleton_pages():
        if page.get_translations().filter(locale=locale).exists():
            continue
        copy = page.copy_for_translation(locale)
        copy.title = titles.get(page.slug, page.title)
        copy.save_revision().publish()
        made.append(copy)
    return made
