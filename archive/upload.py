"""Upload an archive folder to the `archive` storage (a bucket, through django-storages), under
`<slug>/`, writing only files whose content changed and deleting those the archive no longer has.

On S3 an object's ETag is the MD5 of its content (for single-part uploads, which these are), so
one listing tells which files changed; other storages are compared by reading them back.
https://django-storages.readthedocs.io/en/latest/backends/amazon-S3.html
"""

import hashlib
import posixpath
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import storages

from .errors import ArchiveError

ARCHIVE_STORAGE = "archive"


@dataclass
class UploadResult:
    location: str
    counts: Counter


def archive_storage():
    if ARCHIVE_STORAGE not in settings.STORAGES:
        raise ArchiveError(
            "No `archive` storage is configured: production sets it from AWS_STORAGE_BUCKET_NAME "
            "(or AWS_ARCHIVE_BUCKET_NAME); see docs/archive.md."
        )
    return storages[ARCHIVE_STORAGE]


def _digests_in_bucket(storage, prefix):
    """{name under the storage: MD5 hex} of what is stored below `prefix`, from one S3 listing."""
    location = f"{storage.location.strip('/')}/" if storage.location.strip("/") else ""
    found = {}
    for item in storage.bucket.objects.filter(Prefix=location + prefix):
        found[item.key[len(location) :]] = item.e_tag.strip('"')
    return found


def _digests_by_reading(storage, prefix):
    found = {}
    folders = [prefix.rstrip("/")]
    while folders:
        folder = folders.pop()
        if not storage.exists(folder):
            continue
        subfolders, files = storage.listdir(folder)
        folders += [posixpath.join(folder, name) for name in subfolders]
        for name in files:
            with storage.open(posixpath.join(folder, name), "rb") as handle:
                found[posixpath.join(folder, name)] = hashlib.md5(handle.read()).hexdigest()  # noqa: S324 — a checksum
    return found


def upload_folder(folder, slug):
    storage = archive_storage()
    prefix = f"{slug}/"
    stored = (_digests_in_bucket if hasattr(storage, "bucket") else _digests_by_reading)(storage, prefix)
    counts = Counter(written=0, unchanged=0, removed=0)
    folder = Path(folder)
    names = set()
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        name = prefix + path.relative_to(folder).as_posix()
        names.add(name)
        content = path.read_bytes()
        if stored.get(name) == hashlib.md5(content).hexdigest():  # noqa: S324 — compared with S3's ETag
            counts["unchanged"] += 1
            continue
        if name in stored:
            storage.delete(name)  # so a storage that renames on conflict writes this very name
        storage.save(name, ContentFile(content))
        counts["written"] += 1
    for name in sorted(stored.keys() - names):
        storage.delete(name)
        counts["removed"] += 1
    return UploadResult(location=storage.url(prefix).split("?", 1)[0], counts=counts)
