"""Writing a conference back out as a bundle: the JSON file, its schema, and its images beside it.

The export holds the live pages of one conference and everything they refer to. Ids are chosen so
that an export of a re-import is byte-for-byte the same file: pages keep their slugs, forums are
named after themselves, and images and documents after their title and file hash.
"""

import json
import shutil
from pathlib import Path

from django.apps import apps
from django.utils.text import slugify

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale

from . import fields as f
from .reader import FORMAT_VERSION, SCHEMA_PATH
from .summary import referenced_ids, to_bundle_blocks
from .translation_export import export_translations

SCHEMA_NAME = "conference-bundle.schema.json"


class ExportError(Exception):
    pass


def find_conference(slug):
    model = apps.get_model("conference", "ConferencePage")
    matches = list(model.objects.filter(slug=slug))
    if len(matches) > 1:
        # A translated conference has the same slug in every language: the bundle starts from the original.
        matches = [page for page in matches if page.locale_id == Locale.get_default().pk]
    if len(matches) != 1:
        problem = "no conference has" if not matches else "several conferences have"
        raise ExportError(f"{problem} the slug '{slug}'")
    return matches[0]


def export_conference(conference, target):
    """Write the bundle of `conference` to the file `target`; images go to `images/` beside it."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    data, files = build_bundle(conference)
    for relative, stored_file in files.items():
        destination = target.parent / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        with stored_file.open("rb") as source, open(destination, "wb") as copy:
            shutil.copyfileobj(source, copy)
    shutil.copyfile(SCHEMA_PATH, target.parent / SCHEMA_NAME)
    target.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return target


def build_bundle(conference):
    """(bundle dict, {relative path: stored file to copy there}) for one conference."""
    return _Export(conference).build()


class _Export:
    def __init__(self, conference):
        self.conference = conference
        session_model = apps.get_model("conference", "SessionPage")
        award_model = apps.get_model("awards", "AwardPage")
        self.sessions = list(
            session_model.objects.child_of(conference).live().prefetch_related("participants", "links").order_by("path")
        )
        self.awards = list(
            award_model.objects.child_of(conference).live().prefetch_related("recipients", "photos").order_by("path")
        )
        self.tracks = list(conference.tracks.all())
        self.refs = {f.TRACK: _track_ids(self.tracks), f.SESSION: {s.pk: s.slug for s in self.sessions}}
        self.files = {}

    def build(self):
        speakers = self._speakers()
        organisations = self._organisations(speakers)
        self.refs[f.SPEAKER] = {page.pk: page.slug for page in speakers}
        self.refs[f.ORGANISATION] = {page.pk: page.slug for page in organisations}
        images, documents = self._media(speakers, organisations)
        data = {
            "$schema": "conference-bundle.schema.json",
            "version": FORMAT_VERSION,
            "language": self.conference.locale.language_code,
            "conference": self._conference(),
            "organisations": [
                {"id": page.slug, **f.to_bundle(f.ORGANISATION_FIELDS, page, self.refs)} for page in organisations
            ],
            "speakers": [{"id": page.slug, **f.to_bundle(f.SPEAKER_FIELDS, page, self.refs)} for page in speakers],
            "sessions": [self._session(page) for page in self.sessions],
            "awards": [self._award(page) for page in self.awards],
            "images": images,
            "documents": documents,
        }
        pages = {"organisations": organisations, "speakers": speakers, "conference": [self.conference]}
        pages |= {"sessions": self.sessions, "awards": self.awards}
        translations = export_translations(self.conference, pages, self.refs)
        if translations:
            data["translations"] = translations
        return data, self.files

    # --- what the conference refers to -------------------------------------------------------

    def _speakers(self):
        ids = {p.speaker_id for s in self.sessions for p in s.participants.all()}
        ids |= {r.speaker_id for a in self.awards for r in a.recipients.all() if r.speaker_id}
        return list(apps.get_model("speakers", "SpeakerPage").objects.filter(pk__in=ids).order_by("slug"))

    def _organisations(self, speakers):
        ids = {s.organisation_id for s in self.conference.sponsorships.all()}
        ids |= {p.organisation_id for s in self.sessions for p in s.participants.all()}
        ids |= {page.organisation_id for page in speakers}
        ids |= {r.organisation_id for a in self.awards for r in a.recipients.all()}
        ids.discard(None)
        return list(apps.get_model("speakers", "OrganisationPage").objects.filter(pk__in=ids).order_by("slug"))

    def _media(self, speakers, organisations):
        image_ids = {self.conference.hero_image_id, *(h.image_id for h in self.conference.highlights.all())}
        image_ids |= {page.photo_id for page in speakers} | {page.logo_id for page in organisations}
        image_ids |= {page.image_id for page in self.sessions}
        image_ids |= {i for page in self.sessions for i in referenced_ids(page.summary, "figure")}
        image_ids |= {photo.image_id for award in self.awards for photo in award.photos.all()}
        document_ids = {page.slides_id for page in self.sessions}
        document_ids |= {i for page in self.sessions for i in referenced_ids(page.summary, "document")}
        images = self._files(get_image_model(), image_ids, f.IMAGE, "images", with_description=True)
        documents = self._files(get_document_model(), document_ids, f.DOCUMENT, "documents")
        return images, documents

    def _files(self, model, ids, kind, folder, with_description=False):
        entries = []
        self.refs[kind] = {}
        for obj in model.objects.filter(pk__in=ids - {None}):
            file_id = f"{slugify(obj.title)[:60].strip('-') or kind}-{obj.get_file_hash()[:10]}"
            relative = f"{folder}/{file_id}{Path(obj.file.name).suffix.lower()}"
            self.refs[kind][obj.pk] = file_id
            self.files[relative] = obj.file
            entry = {"id": file_id, "file": relative, "title": obj.title}
            if with_description:
                entry["description"] = obj.description
            entries.append(entry)
        return sorted(entries, key=lambda entry: entry["id"])

    # --- pages -------------------------------------------------------------------------------

    def _conference(self):
        conference = self.conference
        data = {"slug": conference.slug, **f.to_bundle(f.CONFERENCE_FIELDS, conference, self.refs)}
        track_ids = self.refs[f.TRACK]
        data["tracks"] = [{"id": track_ids[t.pk], **f.to_bundle(f.TRACK_FIELDS, t, self.refs)} for t in self.tracks]
        data["sponsorships"] = _children(conference.sponsorships.all(), f.SPONSORSHIP_FIELDS, self.refs)
        data["highlights"] = _children(conference.highlights.all(), f.PHOTO_FIELDS, self.refs)
        return data

    def _session(self, page):
        data = {"slug": page.slug, **f.to_bundle(f.SESSION_FIELDS, page, self.refs)}
        data["summary"] = to_bundle_blocks(page.summary, self.refs)
        data["participants"] = _children(page.participants.all(), f.PARTICIPANT_FIELDS, self.refs)
        data["links"] = _children(page.links.all(), f.LINK_FIELDS, self.refs)
        return data

    def _award(self, page):
        data = {"slug": page.slug, **f.to_bundle(f.AWARD_FIELDS, page, self.refs)}
        data["recipients"] = _children(page.recipients.all(), f.RECIPIENT_FIELDS, self.refs)
        data["photos"] = _children(page.photos.all(), f.PHOTO_FIELDS, self.refs)
        return data


def _children(rows, fields, refs):
    return [f.to_bundle(fields, row, refs) for row in sorted(rows, key=lambda row: (row.sort_order or 0, row.pk))]


def _track_ids(tracks):
    ids, taken = {}, set()
    for track in tracks:
        base = slugify(track.name) or "forum"
        candidate, number = base, 1
        while candidate in taken:
            number += 1
            candidate = f"{base}-{number}"
        taken.add(candidate)
        ids[track.pk] = candidate
    return ids
