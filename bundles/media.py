"""Images and documents that travel beside a bundle, stored as Wagtail images and documents.

A file is known by the SHA-1 hash Wagtail keeps for every upload (`file_hash`), so importing the
same file twice, from one bundle or from two, reuses the stored image instead of adding a copy.
https://docs.wagtail.org/en/stable/advanced_topics/images/index.html

A rolled-back transaction does not take back a file written to storage, so every file stored here
is listed in `stored_files` for the import to delete when it fails (`importer.import_bundle`).
"""

from pathlib import Path

from django.core.files import File

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.utils.file import hash_filelike

from .fields import DOCUMENT, IMAGE


def file_hash(path):
    with open(path, "rb") as handle:
        return hash_filelike(handle)


class MediaImporter:
    """Finds or creates the image or document for each bundle entry; returns {bundle id: pk}."""

    def __init__(self, bundle, user=None, stored_files=None):
        self.bundle = bundle
        self.user = user
        self.created = {IMAGE: 0, DOCUMENT: 0}
        self.stored_files = [] if stored_files is None else stored_files  # (storage, name) of each file written

    def import_all(self):
        return {
            IMAGE: self._import(self.bundle.items("images"), get_image_model(), IMAGE, "images"),
            DOCUMENT: self._import(self.bundle.items("documents"), get_document_model(), DOCUMENT, "documents"),
        }

    def _import(self, entries, model, kind, list_name):
        if not entries:
            return {}
        hashes = [file_hash(self.bundle.file_path(entry["file"])) for entry in entries]
        stored = {}
        for pk, hash_value in (
            model.objects.filter(file_hash__in=set(hashes)).order_by("pk").values_list("pk", "file_hash")
        ):
            stored.setdefault(hash_value, pk)
        ids = {}
        for index, (entry, hash_value) in enumerate(zip(entries, hashes, strict=True)):
            if hash_value not in stored:
                stored[hash_value] = self._create(model, kind, entry, hash_value, (list_name, index)).pk
                self.created[kind] += 1
            ids[entry["id"]] = stored[hash_value]
        return ids

    def _create(self, model, kind, entry, hash_value, path):
        source = self.bundle.file_path(entry["file"])
        obj = model(title=entry["title"], collection=Collection.get_first_root_node(), uploaded_by_user=self.user)
        if kind == IMAGE:
            obj.description = entry.get("description", "")
        with open(source, "rb") as handle:
            content = File(handle, name=Path(entry["file"]).name)
            try:
                # What the upload form sets besides the file: its size and hash (an image's width and
                # height come with the file itself).
                obj.file_size, obj.file_hash = content.size, hash_value
                obj.file.save(content.name, content, save=False)
                self.stored_files.append((obj.file.storage, obj.file.name))
                obj.save()
            except Exception as exc:
                raise self.bundle.error((*path, "file"), f"cannot be stored as {kind}: {exc}") from exc
        return obj
