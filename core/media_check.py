"""What `manage.py check_media` verifies about the media bucket, as plain functions to test and reuse.

Readers fetch renditions straight from the bucket (or the CDN in front of it) without credentials;
originals and documents must only be reachable through signed URLs or the app's document view. The
check writes three small probe objects through the configured storages, so it tests the ACLs the
storages really give, then asks for them as an anonymous reader would, and deletes them.
"""

import urllib.error
import urllib.request
import uuid
from urllib.parse import urlsplit

from storages.backends.s3 import S3Storage

from django.core.files.base import ContentFile

# Wagtail's upload folders: renditions, original images, documents.
RENDITIONS, ORIGINALS, DOCUMENTS = "images", "original_images", "documents"


def anonymous_status(url, timeout=5):
    """The HTTP status a reader without credentials gets for `url`."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - http(s) media URLs only
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def unsigned(url):
    return urlsplit(url)._replace(query="").geturl()


def is_s3(storage):
    return isinstance(storage, S3Storage)  # lazy storages report their wrapped class


def create_bucket(storage):
    client = storage.connection.meta.client
    region = client.meta.region_name
    options = {}
    if region and region != "us-east-1":
        options["CreateBucketConfiguration"] = {"LocationConstraint": region}
    client.create_bucket(Bucket=storage.bucket_name, **options)


def probe(storage, folder):
    """Saves a probe object through `storage`; returns its stored name."""
    return storage.save(f"{folder}/check-media-{uuid.uuid4().hex}.txt", ContentFile(b"check_media probe"))


def check_access(private, public):
    """[(description, passed, detail)] for probes written through the two storages."""
    names = {RENDITIONS: probe(public, RENDITIONS), ORIGINALS: probe(private, ORIGINALS)}
    names[DOCUMENTS] = probe(private, DOCUMENTS)
    try:
        results = []
        url = public.url(names[RENDITIONS])
        status = anonymous_status(url)
        results.append(("renditions readable anonymously", status == 200, f"{status} for {url}"))
        for folder in (ORIGINALS, DOCUMENTS):
            signed = private.url(names[folder])
            plain = unsigned(signed)
            status = anonymous_status(plain)
            results.append((f"{folder}/ not readable anonymously", status in (401, 403), f"{status} for {plain}"))
            status = anonymous_status(signed)
            results.append((f"{folder}/ readable through a signed URL", status == 200, f"{status}"))
        return results
    finally:
        public.delete(names[RENDITIONS])
        private.delete(names[ORIGINALS])
        private.delete(names[DOCUMENTS])
