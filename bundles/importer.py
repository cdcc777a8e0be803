"""Importing a bundle: one transaction that creates or updates every page of one conference.

Order matters because pages refer to each other: images and documents, organisations, speakers
(who work for organisations), the conference (sponsors, forums), sessions (forums, speakers), awards
(the session they were presented at). Each stage turns bundle ids into primary keys for the next.
"""

import logging
import time
from collections import defaultdict
from dataclasses import dataclass, field

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import transaction

from wagtail.models import Locale

from core.imports import CREATED, UNCHANGED, UPDATED, fingerprint
from delivery.invalidation import one_change_for_all
from speakers.naming import split_lines

from . import fields as f
from .errors import BundleError
from .indexing import deferred_indexing
from .matching import AmbiguousMatch, NameIndex
from .media import MediaImporter
from .naming import organisation_entry_spellings, speaker_entry_spellings, speaker_name
from .pages import BundleWriter, Content, set_children
from .statistics import refresh_planner_statistics
from .summary import clean_stream_data, to_stream_data
from .translation_import import LABEL as TRANSLATION_LABEL
from .translation_import import TranslationImport
from .translations import AWARD, bundle_language

logger = logging.getLogger(__name__)

PAGE_MODELS = [
    ("speakers", "OrganisationPage"),
    ("speakers", "SpeakerPage"),
    ("conference", "ConferencePage"),
    ("conference", "SessionPage"),
    ("awards", "AwardPage"),
]


def _model(app_label, name):
    # By name through the app registry: reports sits above the content apps.
    return apps.get_model(app_label, name)


@dataclass
class ImportResult:
    conference: object
    counts: dict = field(default_factory=dict)
    images_created: int = 0
    documents_created: int = 0
    seconds: float = 0.0

    def count(self, label, status):
        return self.counts.get((label, status), 0)

    def summary_lines(self):
        labels = ["organisation", "speaker", "conference", "session", "award", TRANSLATION_LABEL]
        lines = []
        for label in labels:
            created, updated, unchanged = (self.count(label, s) for s in (CREATED, UPDATED, UNCHANGED))
            if created or updated or unchanged:
                lines.append(f"{label}s: {created} created, {updated} updated, {unchanged} unchanged")
        lines.append(f"images: {self.images_created} new; documents: {self.documents_created} new")
        return lines

    @property
    def changed(self):
        pages_changed = any(status != UNCHANGED for (_, status) in self.counts)
        return pages_changed or bool(self.images_created or self.documents_created)


def import_bundle(bundle, *, user=None, progress=None):
    """Create or update the conference of a validated bundle; all or nothing.

    `progress(stage, done, total)` is called as pages are processed, for a progress display.
    """
    started = time.perf_counter()
    models = [_model(*name) for name in PAGE_MODELS]
    stored_files = []
    try:
        with transaction.atomic(), one_change_for_all(), deferred_indexing(models) as touched:
            result = _Import(bundle, user=user, progress=progress, touched=touched, stored_files=stored_files).run()
    except BaseException:
        # The rollback took back the images' rows but not their files: delete the files too. (Django
        # has no on_rollback hook; a caller's own transaction rolled back later is its own business.)
        _delete_files(stored_files)
        raise
    if result.changed:
        refresh_planner_statistics()
    result.seconds = time.perf_counter() - started
    return result


def _delete_files(stored_files):
    for storage, name in stored_files:
        try:
            storage.delete(name)
        except Exception:  # noqa: BLE001 - the import's own error is the one to report
            logger.warning("could not delete %s after a failed import", name, exc_info=True)


class _Import:
    def __init__(self, bundle, *, user, progress, touched, stored_files):
        self.bundle = bundle
        self.stored_files = stored_files
        self.user = user
        self.progress = progress or (lambda stage, done, total: None)
        self.refs = defaultdict(dict)
        self.writer = BundleWriter(bundle, source=bundle.conference["slug"], user=user, touched=touched)
        self.touched = touched
        # The tree the bundle's own language is in; its translations go to the other trees.
        self.locale = Locale.objects.get(language_code=bundle_language(bundle.data))

    def run(self):
        media = MediaImporter(self.bundle, user=self.user, stored_files=self.stored_files)
        self.refs.update(media.import_all())
        self.import_organisations()
        self.import_speakers()
        conference = self.import_conference()
        self.import_sessions(conference)
        self.import_awards(conference)
        TranslationImport(self.bundle, refs=self.refs, writer=self.writer, user=self.user, touched=self.touched).run(
            conference
        )
        self.writer.finish()
        return ImportResult(
            conference=conference,
            counts=dict(self.writer.counts),
            images_created=media.created[f.IMAGE],
            documents_created=media.created[f.DOCUMENT],
        )

    def _stage(self, name, items):
        total = len(items)
        for index, item in enumerate(items):
            yield index, item
            self.progress(name, index + 1, total)

    # --- people ------------------------------------------------------------------------------

    def import_organisations(self):
        self._import_named_pages(
            "organisation",
            "OrganisationPage",
            "OrganisationIndexPage",
            organisation_entry_spellings,
            f.ORGANISATION_FIELDS,
            f.ORGANISATION,
            title=lambda entry, page: page.title,
        )

    def import_speakers(self):
        self._import_named_pages(
            "speaker",
            "SpeakerPage",
            "SpeakerIndexPage",
            speaker_entry_spellings,
            f.SPEAKER_FIELDS,
            f.SPEAKER,
            title=lambda entry, page: speaker_name(entry),
        )

    def _import_named_pages(self, label, model_name, index_model_name, spellings, fields, ref, title):
        """Organisations and speakers alike: matched by any spelling, the old spellings kept."""
        model = _model("speakers", model_name)
        index = NameIndex(model.objects.filter(locale=self.locale))
        parent = _model("speakers", index_model_name).objects.get(locale=self.locale)
        plural = f"{label}s"
        content = Content(fields)
        for i, entry in self._stage(plural, self.bundle.items(plural)):
            path = (plural, i)
            values = f.to_model(fields, entry, self.refs)
            pk = self._match(index, spellings(entry), entry["id"], path)
            page_fingerprint = fingerprint(label, values)
            key = f"{label}:{entry['id']}"
            if not self.writer.is_current(key, pk, page_fingerprint, label):
                page = model.objects.get(pk=pk) if pk else model(slug=index.free_slug(entry["id"]))
                self.writer.remember(page, content)
                old_title, old_other_names = page.title, page.other_names
                _apply(page, values)
                page.title = page.draft_title = title(entry, page)
                page.other_names = _merge_spellings(page, old_title, old_other_names)
                self.writer.write(
                    page, key=key, parent=parent, page_fingerprint=page_fingerprint, label=label, path=path
                )
                index.add(page)
                pk = page.pk
            self.refs[ref][entry["id"]] = pk

    def _match(self, index, spellings, slug, path):
        try:
            return index.find(spellings, slug)
        except AmbiguousMatch as exc:
            raise self.bundle.error(
                path,
                f"matches several existing pages by spelling ({exc}); give the entry the id of the one it is",
            ) from exc

    # --- the conference and its pages --------------------------------------------------------

    def import_conference(self):
        model = _model("conference", "ConferencePage")
        track_model = _model("conference", "Track")
        parent = _model("conference", "ConferenceIndexPage").objects.get(locale=self.locale)
        entry = self.bundle.conference
        page = model.objects.child_of(parent).filter(slug=entry["slug"]).first()
        values = f.to_model(f.CONFERENCE_FIELDS, entry, self.refs)
        children = f.children_to_model(f.CONFERENCE_CHILDREN, entry, self.refs)
        page_fingerprint = fingerprint("conference", values, children)
        key = f"conference:{entry['slug']}"
        if not self.writer.is_current(key, page and page.pk, page_fingerprint, "conference"):
            if page is None:
                page = model(slug=entry["slug"])
            else:
                self.writer.remember(page, Content(f.CONFERENCE_FIELDS, f.CONFERENCE_CHILDREN))
                if "tracks" in children:
                    _keep_track_rows(children["tracks"], list(track_model.objects.filter(conference=page)))
            _apply(page, values)
            page.draft_title = page.title
            set_children(page, children)
            page = self.writer.write(
                page,
                key=key,
                parent=parent,
                page_fingerprint=page_fingerprint,
                label="conference",
                path=("conference",),
            )
        rows = {track.name: track.pk for track in track_model.objects.filter(conference=page)}
        self.refs[f.TRACK] = {track["id"]: rows.get(track["name"]) for track in entry.get("tracks", [])}
        return page

    def import_sessions(self, conference):
        model = _model("conference", "SessionPage")
        stream_block = model._meta.get_field("summary").stream_block
        existing = dict(model.objects.child_of(conference).values_list("slug", "pk"))
        content = Content(f.SESSION_FIELDS, f.SESSION_CHILDREN, streams=["summary"])
        for i, entry in self._stage("sessions", self.bundle.items("sessions")):
            path = ("sessions", i)
            values = f.to_model(f.SESSION_FIELDS, entry, self.refs)
            children = f.children_to_model(f.SESSION_CHILDREN, entry, self.refs)
            summary = to_stream_data(entry["summary"], self.refs) if "summary" in entry else None
            pk = existing.get(entry["slug"])
            page_fingerprint = fingerprint("session", values, children, summary)
            key = f"session:{entry['slug']}"
            if not self.writer.is_current(key, pk, page_fingerprint, "session"):
                page = model.objects.get(pk=pk) if pk else model(slug=entry["slug"])
                self.writer.remember(page, content)
                _apply(page, values)
                page.draft_title = page.title
                if summary is not None:
                    page.summary = self._clean_summary(stream_block, summary, (*path, "summary"))
                set_children(page, children)
                self.writer.write(
                    page, key=key, parent=conference, page_fingerprint=page_fingerprint, label="session", path=path
                )
                pk = page.pk
            self.refs[f.SESSION][entry["slug"]] = pk

    def _clean_summary(self, stream_block, data, path):
        try:
            return clean_stream_data(stream_block, data)
        except ValidationError as exc:
            problems = getattr(exc, "problems", {(): " ".join(exc.messages)})
            raise BundleError(
                [self.bundle.problem((*path, *where), message) for where, message in problems.items()],
                source=self.bundle.source,
            ) from exc

    def import_awards(self, conference):
        model = _model("awards", "AwardPage")
        existing = dict(model.objects.child_of(conference).values_list("slug", "pk"))
        content = Content(f.AWARD_FIELDS, f.AWARD_CHILDREN)
        for i, entry in self._stage("awards", self.bundle.items("awards")):
            path = ("awards", i)
            values = f.to_model(f.AWARD_FIELDS, entry, self.refs)
            children = f.children_to_model(f.AWARD_CHILDREN, entry, self.refs)
            pk = existing.get(entry["slug"])
            page_fingerprint = fingerprint("award", values, children)
            key = f"award:{entry['slug']}"
            if not self.writer.is_current(key, pk, page_fingerprint, "award"):
                page = model.objects.get(pk=pk) if pk else model(slug=entry["slug"])
                self.writer.remember(page, content)
                _apply(page, values)
                page.draft_title = page.title
                set_children(page, children)
                self.writer.write(
                    page, key=key, parent=conference, page_fingerprint=page_fingerprint, label="award", path=path
                )
                pk = page.pk
            self.refs[AWARD][entry["slug"]] = pk


def _apply(page, values):
    for attr, value in values.items():
        setattr(page, attr, value)


def _merge_spellings(page, old_title, old_other_names):
    """Other spellings only accumulate: a name the page was known by before stays findable.

    The result is the bundle's other names, then the page's earlier ones, then its earlier title (the
    "Refinery" spelling when a bundle says "Refining"), each once and never the title itself. Search
    finds the page by every one of them.
    """
    names = [*split_lines(page.other_names), *split_lines(old_other_names), old_title]
    seen = {page.title.casefold(), ""}
    kept = []
    for name in names:
        if name.casefold() not in seen:
            seen.add(name.casefold())
            kept.append(name)
    return "\n".join(kept)


def _keep_track_rows(tracks, rows):
    """Reuse the existing forum rows (same name first, then in order) so sessions keep their forum."""
    by_name = {row.name: row for row in rows}
    names = {track["name"] for track in tracks}
    spare = [row for row in rows if row.name not in names]
    for track in tracks:
        row = by_name.get(track["name"]) or (spare.pop(0) if spare else None)
        if row is not None:
            track["pk"] = row.pk
