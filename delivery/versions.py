"""One version for everything cached from the page tree, bumped whenever published content changes.

Cached pages put this version in their key (delivery/page_cache.py). The version lives in the shared
cache, so one bump on any app server makes every server's old entries unreachable at once; the old
entries then simply expire. Bumps happen on publish, unpublish, move and delete of any page, and on
changes to sites, site settings, images and documents, which show on many pages at once.
https://docs.wagtail.org/en/stable/reference/signals.html
"""

import threading
import time

from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import BaseViewRestriction, Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

VERSION_KEY = "content-version"


# The version as this request first saw it. A page asks for it a dozen times (page cache, fragment
# keys, privacy checks); one round trip to the shared cache per request is enough, and it keeps
# every fragment of one page on the same version.
_request = threading.local()


@receiver(request_started, dispatch_uid="delivery.versions.request_started")
def _start_request_memo(**kwargs):
    _request.version = None
    _request.active = True


@receiver(request_finished, dispatch_uid="delivery.versions.request_finished")
def _end_request_memo(**kwargs):
    _request.version = None
    _request.active = False


def _keep_for_this_request(version):
    if getattr(_request, "active", False):
        _request.version = version
    return version


def content_version():
    """The current version, or None when the cache cannot be reached (callers then do not cache)."""
    if getattr(_request, "version", None) is not None:
        return _request.version
    version = cache.get(VERSION_KEY)
    if version is None:
        # First use, or the cache was emptied: start a new version; another server may win the race.
        cache.add(VERSION_KEY, time.time_ns(), timeout=None)
        version = cache.get(VERSION_KEY)
    return _keep_for_this_request(version)


def content_version_and(key):
    """The current version and the value stored at `key`, in one round trip to the cache.

    For values that record the version they were made under (delivery/page_cache.py): a cache hit then
    costs one request to Redis, not two.
    """
    if getattr(_request, "version", None) is not None:
        return _request.version, cache.get(key)
    values = cache.get_many([VERSION_KEY, key])
    if values.get(VERSION_KEY) is None:
        return content_version(), None
    return _keep_for_this_request(values[VERSION_KEY]), values.get(key)


def bump_content_version():
    version = time.time_ns()
    cache.set(VERSION_KEY, version, timeout=None)
    _keep_for_this_request(version)


class VersionMemo:
    """What this process worked out under one content version, forgotten when the version moves on.

    Nothing that depends only on published content can change under one version, so a worker may
    keep such answers in memory without asking Redis or the database again. `max_entries` bounds
    keys that come from requests (hosts); when full, the memo starts over.
    """

    def __init__(self, max_entries):
        self.max_entries = max_entries
        self._version = None
        self._values = {}

    def __len__(self):
        return len(self._values)

    def get(self, version, key):
        return self._values.get(key) if version is not None and version == self._version else None

    def set(self, version, key, value):
        if version is None:
            return
        if version != self._version or len(self._values) >= self.max_entries:
            self._version, self._values = version, {}
        self._values[key] = value


def bump_after_commit(**kwargs):
    # After the commit, so a request rendering in between cannot store the old content under the
    # new version. Outside a transaction this runs at once.
    transaction.on_commit(bump_content_version)


for signal in (page_published, page_unpublished, post_page_move):
    signal.connect(bump_after_commit, dispatch_uid=f"delivery.versions.bump.{signal}")

# View restrictions too: which pages are private decides their caching headers (core/security.py).
SHARED_CONTENT = (
    Page,
    Site,
    BaseSiteSetting,
    BaseGenericSetting,
    AbstractImage,
    AbstractDocument,
    BaseViewRestriction,
)


@receiver(post_save, dispatch_uid="delivery.versions.bump_on_save")
@receiver(post_delete, dispatch_uid="delivery.versions.bump_on_delete")
def bump_on_shared_content_change(sender, instance, **kwargs):
    # Saving a page only makes a draft; what readers see changes on publish (signals above). A
    # deleted page leaves no publish signal behind, nor does a page created live (an alias, or one
    # made in code), hence Page here for those.
    is_page_save = isinstance(instance, Page) and "created" in kwargs
    if is_page_save and not (kwargs["created"] and instance.live):
        return
    if isinstance(instance, SHARED_CONTENT):
        bump_after_commit()
