"""Importing a bundle's translations as wagtail-localize translations of the pages the import wrote.

Each page of the bundle gets, in each language of `translations`, the translation an editor would make
with "Translate this page" and the translation editor: a `TranslationSource` of the source page, a
`Translation` into the locale, and a `StringTranslation` for every text segment of the source, so
the admin shows the translation complete (100%) and "Sync translated pages" works afterwards.

The bundle gives whole fields, not segments. So the entry's text is laid over an in-memory copy of
the source page, that copy is cut into segments the way wagtail-localize cuts the source
(`segments/extract.py`), and the two lists are paired one by one: same number, same places, or the
entry does not match the source and the import stops (`BundleError`). Segments the entry leaves out
(a person's name, a number) are recorded as their source text, as a translator keeping them would.
Then `Translation.save_target` writes the page and the import publishes it when its source is live.
https://wagtail-localize.org/stable/concept/translation-sources/
"""

import re
from collections import defaultdict

from wagtail_localize.fields import TranslatableField, get_translatable_fields
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.strings import validate_translation_links

from django.core.exceptions import ValidationError

from wagtail.models import Locale, Page

from core.imports import CREATED, UNCHANGED, UPDATED, fingerprint

from .summary import clean_stream_data, to_stream_data
from .translations import KINDS, ORDER, bundle_language, entries, model_values

LABEL = "translated page"
TOOL_NAME = "conference bundle"
# Block ids and rows' translation keys: the parts of a segment's path that differ between two copies.
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class TranslationImport:
    """The translations stage of `_Import`: every page of the bundle, in every language it is translated to."""

    def __init__(self, bundle, *, refs, writer, user, touched):
        self.bundle = bundle
        self.refs = refs
        self.writer = writer
        self.user = user
        self.touched = touched
        self.source_language = bundle_language(bundle.data)
        self.ids_by_pk = {kind: {pk: item_id for item_id, pk in table.items()} for kind, table in refs.items()}

    def run(self, conference):
        for language, translation in self.bundle.data.get("translations", {}).items():
            locale = Locale.objects.get_or_create(language_code=language)[0]
            for name in ORDER:
                self._translate_list(language, locale, name, translation, conference)

    def _translate_list(self, language, locale, name, translation, conference):
        kind = KINDS[name]
        if name == "conference":
            pages = {None: conference.pk}
        else:
            pages = self.refs[kind.ref]
        given = dict(entries(translation, name))
        sources = Page.objects.filter(pk__in=pages.values()).in_bulk()
        keys = [page.translation_key for page in sources.values()]
        translated = Page.objects.filter(translation_key__in=keys, locale=locale)
        existing = dict(translated.values_list("translation_key", "pk"))
        for entry_id, pk in pages.items():
            path = ("translations", language, name) + (() if entry_id is None else (entry_id,))
            source = sources[pk]
            entry = given.get(entry_id, {})
            page_fingerprint = self._fingerprint(language, kind, source, entry)
            key = ":".join(["translation", language, name, *([] if entry_id is None else [str(entry_id)])])
            if not self.writer.is_current(key, existing.get(source.translation_key), page_fingerprint, LABEL):
                target, status = self._translate(locale, kind, source.specific, entry, path)
                self.writer.record_page(key, target, page_fingerprint, LABEL, status)
                if status != UNCHANGED:
                    self.touched.add(target)

    def _fingerprint(self, language, kind, source, entry):
        summary = to_stream_data(entry["summary"], self.refs) if "summary" in entry else None
        rows = {name: entry[name] for name in kind.rows if name in entry}
        # The source's revision: a changed source page is translated again, so its new text is in step.
        return fingerprint("translation", language, source.latest_revision_id, model_values(kind, entry), rows, summary)

    def _translate(self, locale, kind, source, entry, path):
        """(the translated page, CREATED, UPDATED or UNCHANGED) for one source page and its entry."""
        self._check_parent(source, locale, path)
        records = TranslationSource.objects.filter(object_id=source.translation_key, locale_id=source.locale_id)
        content_before = records.values_list("content_json", flat=True).first()
        record, _ = TranslationSource.update_or_create_from_instance(source)
        translation, _ = Translation.objects.update_or_create(
            source=record, target_locale=locale, defaults={"enabled": True}
        )
        copy = record.as_instance()
        block_index = _block_index(copy, kind)
        self._apply(copy, kind, entry, path)
        block_index |= _block_index(copy, kind)
        strings_changed = self._record_strings(record, copy, locale, path, block_index)
        target = type(source).objects.filter(translation_key=source.translation_key, locale=locale).first()
        if target and not strings_changed and record.content_json == content_before and target.live >= source.live:
            # Same source, same strings, already published: a bundle just exported from the site.
            return target, UNCHANGED
        status = UPDATED if target else CREATED
        try:
            # A draft first: `publish=True` would publish only after the commit, outside the import.
            translation.save_target(user=self.user, publish=False)
            target = translation.get_target_instance()
            if source.live:
                target.get_latest_revision().publish(user=self.user)
        except ValidationError as exc:
            raise self.bundle.error(path, " ".join(exc.messages)) from exc
        return target, status

    def _check_parent(self, source, locale, path):
        parent = source.get_parent()
        if not parent.get_translations().filter(locale=locale).exists():
            raise self.bundle.error(
                path,
                f"the page '{parent.title}' has no {locale.language_code} translation to put this page under: "
                f"translate the site's sections first (manage.py translate_skeleton {locale.language_code})",
            )

    # --- the entry laid over a copy of the source --------------------------------------------

    def _apply(self, copy, kind, entry, path):
        translatable = _translatable_names(type(copy))
        values = model_values(kind, entry)
        for key in kind.keys:
            attr = kind.field_of(key).model_attr
            if attr in values:
                self._require(attr in translatable, path, key)
                setattr(copy, attr, values[attr])
        for name, rows in kind.rows.items():
            if name not in entry:
                continue
            self._require(name in translatable, path, name)
            for row in getattr(copy, name).all():
                for key, text in entry[name].get(rows.row_id(row, self.ids_by_pk), {}).items():
                    self._require(key in _translatable_names(type(row)), (*path, name), key)
                    setattr(row, key, text)
        for name in kind.streams:
            if name in entry:
                stream_block = copy._meta.get_field(name).stream_block
                value = self._clean_stream(stream_block, entry[name], (*path, name))
                # Stored and read back, as a saved page's is: every block and list item gets its id.
                setattr(copy, name, stream_block.to_python(stream_block.get_prep_value(value)))

    def _require(self, translatable, path, name):
        if not translatable:
            raise self.bundle.error(
                (*path, name), "is the same in every language on this site: leave it out of the translation"
            )

    def _clean_stream(self, stream_block, blocks, path):
        try:
            return clean_stream_data(stream_block, to_stream_data(blocks, self.refs))
        except ValidationError as exc:
            problems = getattr(exc, "problems", {(): " ".join(exc.messages)})
            raise self.bundle.error((*path, *next(iter(problems))), next(iter(problems.values()))) from exc

    # --- segments ----------------------------------------------------------------------------

    def _record_strings(self, record, copy, locale, path, block_index):
        """A StringTranslation per source segment, the copy's text at the same place; how many changed."""
        stored = list(StringSegment.objects.filter(source=record).select_related("string", "context").order_by("order"))
        translated = [segment for segment in extract_segments(copy) if isinstance(segment, StringSegmentValue)]
        source_shape = _shape([segment.context.path for segment in stored], block_index)
        shape = _shape([segment.path for segment in translated], block_index)
        if source_shape != shape:
            raise self._mismatch(path, source_shape, shape)
        existing = {
            (row.translation_of_id, row.context_id): row
            for row in StringTranslation.objects.filter(locale=locale, context__object_id=record.object_id)
        }
        new, changed = [], []
        for segment, value in zip(stored, translated, strict=True):
            data = value.string.data
            try:
                validate_translation_links(segment.string.data, data)
            except ValueError as exc:
                raise self.bundle.error(path, f"{segment.context.path}: {exc}") from exc
            row = existing.get((segment.string_id, segment.context_id))
            if row is None:
                row = StringTranslation(
                    translation_of_id=segment.string_id, locale=locale, context_id=segment.context_id
                )
                new.append(row)
            elif row.data != data or row.has_error:
                changed.append(row)
            else:
                continue
            row.data, row.has_error, row.field_error = data, False, ""
            row.translation_type, row.tool_name, row.last_translated_by = "manual", TOOL_NAME, self.user
        StringTranslation.objects.bulk_create(new)
        StringTranslation.objects.bulk_update(
            changed, ["data", "has_error", "field_error", "translation_type", "tool_name", "last_translated_by"]
        )
        return len(new) + len(changed)

    def _mismatch(self, path, source_shape, shape):
        """The first field (or summary block, or row) whose number of text segments differs."""
        source_counts, counts = _counts(source_shape), _counts(shape)
        for place in [*source_counts, *counts]:
            if source_counts.get(place, 0) != counts.get(place, 0):
                field, *position = place
                where = (*path, field, *position)
                here, there = counts.get(place, 0), source_counts.get(place, 0)
                if there == 0:
                    message = f"the {self.source_language} page has no text here to translate: leave it out"
                else:
                    message = (
                        f"does not match the {self.source_language} page: {here} piece(s) of text here, {there} "
                        "there (keep the same paragraphs, list items and table cells)"
                    )
                return self.bundle.error(where, message)
        return self.bundle.error(path, f"does not match the {self.source_language} page's structure")


def _block_index(page, kind):
    return {block.id: index for name in kind.streams for index, block in enumerate(getattr(page, name))}


def _translatable_names(model):
    return {item.field_name for item in get_translatable_fields(model) if isinstance(item, TranslatableField)}


def _shape(paths, block_index):
    """Segment paths with ids made positions, comparable between two copies of a page.

    A summary block's id becomes its index in the summary (`block_index`); a row's translation key,
    or any other id, its rank among the ids seen at that place.
    """
    seen = defaultdict(dict)
    shaped = []
    for path in paths:
        parts = []
        for part in path.split("."):
            if UUID.match(part):
                part = block_index.get(part, seen[tuple(parts)].setdefault(part, len(seen[tuple(parts)])))
            parts.append(part)
        shaped.append(tuple(parts))
    return shaped


def _counts(shape):
    """{(field,) or (field, position of its block or row): number of segments}, in order."""
    counts = {}
    for parts in shape:
        place = parts[:2] if len(parts) > 1 and isinstance(parts[1], int) else parts[:1]
        counts[place] = counts.get(place, 0) + 1
    return counts
