"""A page's translations and its ancestors', for `<link rel="alternate" hreflang>` and the language
switcher, read in the routing query (core/routing.py) or, for a page reached otherwise (a preview,
a permanent link, a sub-route), in one query of their own.

Translations share a `translation_key` (Wagtail's TranslatableMixin); the rows kept are small: the
pages of the path from the home page down and their counterparts in the other languages.
https://docs.wagtail.org/en/stable/advanced_topics/i18n.html
"""

from dataclasses import dataclass

from django.conf import settings

from wagtail.models import Page

ROW_FIELDS = ("id", "path", "depth", "url_path", "live", "translation_key", "content_type_id", "locale__language_code")


def translation_rows(queryset_of_path):
    """Every page sharing a translation key with a page of `queryset_of_path`, with its locale."""
    return list(
        Page.objects.filter(translation_key__in=queryset_of_path.values("translation_key"))
        .select_related("locale")
        .only(*ROW_FIELDS)
        .order_by("path")
    )


def ancestor_paths(page):
    """The tree paths of the page and its ancestors below the tree root (treebeard's fixed steps)."""
    step = Page.steplen
    return [page.path[: step * depth] for depth in range(2, page.depth + 1)]


def remember_rows(request, rows):
    if request is not None and rows is not None:
        request.translation_rows = rows


def rows_for(page, request):
    """The rows for `page`: those the router read, else one query, kept for the rest of the render."""
    rows = getattr(request, "translation_rows", None)
    if rows is None or not any(row.pk == page.pk for row in rows):
        rows = translation_rows(Page.objects.filter(path__in=ancestor_paths(page)))
        remember_rows(request, rows)
    return rows


@dataclass(frozen=True)
class Alternate:
    language_code: str
    language_name: str
    page: Page
    # False when the page has no live translation in this language and `page` is its nearest
    # translated ancestor instead.
    exact: bool

    def url(self, request):
        return self.page.get_url(request)

    def full_url(self, request):
        return self.page.get_full_url(request)


def language_names():
    return dict(settings.LANGUAGES)


def alternates(page, request):
    """For each language: the page in that language or its nearest translated ancestor, or nothing.

    Languages follow settings.LANGUAGES, so the default comes first (it is also `x-default`).
    """
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False) or not isinstance(page, Page) or not page.pk:
        return []
    rows = rows_for(page, request)
    by_key = {}
    for row in rows:
        if row.live:
            by_key.setdefault(row.translation_key, {})[row.locale.language_code] = row
    lineage = [row for row in rows if page.path.startswith(row.path) and row.locale_id == page.locale_id]
    lineage.sort(key=lambda row: row.depth, reverse=True)
    names = language_names()
    found = []
    for code, name in names.items():
        for position, row in enumerate(lineage):
            counterpart = by_key.get(row.translation_key, {}).get(code)
            if counterpart is not None:
                found.append(Alternate(code, name, counterpart, exact=position == 0))
                break
    return found
