"""Copy every media file from the storages to a folder and back, for `backup_media` / `restore_media`.

Through Django's storage API rather than a bucket-to-bucket copy, so a restore writes each file with
the ACL its storage gives (renditions public-read, originals and documents private: core/storage.py)
into any bucket, an empty new one included, or onto local disk.
"""

from pathlib import Path

from django.core.files import File
from django.core.files.storage import default_storage

from .media_check import RENDITIONS
from .storage import rendition_storage


def stored_names(storage, folder=""):
    """Every file name under `folder`, depth first."""
    folders, files = storage.listdir(folder)
    prefix = f"{folder}/" if folder else ""
    for name in files:
        yield prefix + name
    for sub in folders:
        yield from stored_names(storage, prefix + sub)


def storage_for(name):
    """Renditions live under images/ in the rendition storage; everything else in the default one."""
    return rendition_storage() if name.startswith(f"{RENDITIONS}/") else default_storage


def backup(target):
    """Writes every media file under `target`; returns how many. Both storages share one bucket."""
    count = 0
    for name in stored_names(default_storage):
        path = Path(target) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        with default_storage.open(name, "rb") as source, path.open("wb") as copy:
            for chunk in source.chunks():
                copy.write(chunk)
        count += 1
    return count


def restore(source):
    """Saves every file under `source` that the storages lack; returns (restored, already there)."""
    restored = present = 0
    for path in sorted(p for p in Path(source).rglob("*") if p.is_file()):
        name = path.relative_to(source).as_posix()
        storage = storage_for(name)
        if storage.exists(name):
            present += 1
            continue
        with path.open("rb") as content:
            saved = storage.save(name, File(content))
        if saved != name:
            raise OSError(f"{name} was stored as {saved}; restore into an empty bucket or folder.")
        restored += 1
    return restored, present
