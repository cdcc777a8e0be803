"""The files pages use, found by their URL: static files, media (images and renditions), and files the
site serves under a page or from the document view (calendars, schedules, documents).

Static files are read from the collected static storage (hashed names in production) or the
finders (development); media from the storages Wagtail writes them to, whether the URL is a path
(`/media/…`) or the address of a bucket or CDN.
"""

from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import storages

from .layout import archive_path

MEDIA_STORAGES = ("renditions", "default")
DOCUMENTS_PREFIX = "/documents/"
PROBE_NAME = "probe.txt"


@dataclass(frozen=True)
class StoredFile:
    """A file read from a storage (`static` or a media storage alias), written to `archive_file`."""

    archive_file: str
    storage: str
    name: str

    def read(self):
        if self.storage == "static":
            return _read_static(self.name)
        for alias in [self.storage] if self.storage != "media" else _media_aliases():
            storage = storages[alias]
            if storage.exists(self.name):
                with storage.open(self.name, "rb") as handle:
                    return handle.read()
        return None


def _read_static(name):
    if staticfiles_storage.exists(name):
        with staticfiles_storage.open(name, "rb") as handle:
            return handle.read()
    found = finders.find(name)
    if found is None:
        return None
    with open(found, "rb") as handle:
        return handle.read()


def _media_aliases():
    return [alias for alias in MEDIA_STORAGES if alias in settings.STORAGES]


def _media_origins():
    """(URL prefix, storage alias) for media that pages link by an absolute address."""
    origins = []
    for alias in _media_aliases():
        # The address of a file name, less the name: a storage may refuse to sign an empty key.
        base = storages[alias].url(PROBE_NAME).split("?", 1)[0].removesuffix(PROBE_NAME)
        if urlsplit(base).netloc:
            origins.append((base, alias))
    return origins


class AssetFinder:
    def __init__(self):
        self.static_url = settings.STATIC_URL
        self.media_url = settings.MEDIA_URL
        self.origins = _media_origins()

    def stored_file_at_path(self, path):
        """The static or media file a site path names, or None."""
        name = unquote(path)
        if self.static_url.startswith("/") and path.startswith(self.static_url):
            return StoredFile(archive_path(path), "static", name[len(self.static_url) :])
        if self.media_url.startswith("/") and path.startswith(self.media_url):
            return StoredFile(archive_path(path), "media", name[len(self.media_url) :])
        return None

    def stored_file_at_address(self, url):
        """The media file an absolute address (a bucket, a CDN) names, or None."""
        plain = url.split("?", 1)[0].split("#", 1)[0]
        for base, alias in self.origins:
            if plain.startswith(base):
                name = unquote(plain[len(base) :])
                return StoredFile(f"media/{name}", alias, name)
        return None


def is_served_file(path, page_paths):
    """A file the site serves beside pages: a document, or an export under an archived page
    (`<page>calendar.ics`), which has a dot in its last segment where pages have none."""
    if path.startswith(DOCUMENTS_PREFIX):
        return True
    folder, _, name = path.rpartition("/")
    return "." in name and f"{folder}/" in page_paths
