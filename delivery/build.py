"""Which release is running, so that no cache hands one release's pages to another.

Pages name their stylesheets and scripts by hashed file names (the static manifest); a page
rendered by the previous release points at files the new one may no longer have. Every page and
fragment key carries this build id, so a release starts with caches of its own. The id is
`DJANGO_BUILD_ID` when the deployment sets one (a commit hash, say), else a hash of the static
manifest that `collectstatic` wrote, else "unbuilt" (development and tests, no manifest).
https://docs.djangoproject.com/en/5.2/ref/contrib/staticfiles/#manifeststaticfilesstorage
"""

import functools
import hashlib
import os

from django.contrib.staticfiles.storage import staticfiles_storage


@functools.cache
def build_id():
    explicit = os.environ.get("DJANGO_BUILD_ID", "").strip()
    if explicit:
        return explicit
    read_manifest = getattr(staticfiles_storage, "read_manifest", None)  # only manifest storages have one
    manifest = read_manifest() if read_manifest else None
    if manifest is None:
        return "unbuilt"
    return hashlib.sha256(manifest.encode()).hexdigest()[:16]
