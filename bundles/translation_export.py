"""Writing a conference's translations back into its bundle: what each live translation says differently.

For every language the conference is translated into (and live in), each exported page's translation
gives the keys of `translations.KINDS` whose text differs from the source page's, its rows by the id
they refer to, and its summary when that differs. Keys equal to the source are left out, as an editor
writing the bundle would leave them out, so an import of the export makes the same translations again.
"""

from wagtail.models import Page

from . import fields as f
from .summary import to_bundle_blocks
from .translations import KINDS, ORDER


def export_translations(conference, pages, refs):
    """{language code: translation} for `pages` ({list name: [source pages]}), `refs` as the export's."""
    translations = {}
    for translated_conference in conference.get_translations().live().select_related("locale"):
        locale = translated_conference.locale
        translation = {}
        for name in ORDER:
            items = _list(name, pages[name], locale, refs)
            if items:
                translation[name] = items[None] if name == "conference" else items
        translations[locale.language_code] = translation
    return dict(sorted(translations.items()))


def _list(name, sources, locale, refs):
    kind = KINDS[name]
    keys = [page.translation_key for page in sources]
    translated = {page.translation_key: page for page in Page.objects.filter(translation_key__in=keys, locale=locale)}
    items = {}
    for source in sources:
        page = translated.get(source.translation_key)
        if page is None or not page.live:
            continue
        entry = _entry(kind, source, page.specific, refs)
        if entry:
            items[None if name == "conference" else source.slug] = entry
    return items


def _entry(kind, source, page, refs):
    fields = [kind.field_of(key) for key in kind.keys]
    original, text = f.to_bundle(fields, source, refs), f.to_bundle(fields, page, refs)
    entry = {key: value for key, value in text.items() if value != original[key]}
    for name, rows in kind.rows.items():
        translated_rows = _rows_by_translation_key(page, name)
        items = {}
        for row in sorted(getattr(source, name).all(), key=lambda row: (row.sort_order or 0, row.pk)):
            twin = translated_rows.get(getattr(row, "translation_key", None))
            changed = {key: getattr(twin, key) for key in rows.keys if twin and getattr(twin, key) != getattr(row, key)}
            if changed:
                items[rows.row_id(row, refs)] = changed
        if items:
            entry[name] = items
    for name in kind.streams:
        blocks = to_bundle_blocks(getattr(page, name), refs)
        if blocks != to_bundle_blocks(getattr(source, name), refs):
            entry[name] = blocks
    return entry


def _rows_by_translation_key(page, name):
    """A translated page's rows by the translation key they share with the source's (none if not translatable)."""
    rows = getattr(page, name).all()
    return {row.translation_key: row for row in rows if getattr(row, "translation_key", None)}
