"""Generations: the invalidation state of everything cached, read from the database.

Each cached page or fragment is stored with a stamp: a hash of the build (delivery/build.py) and of
the generations of every key that can make the page at its path stale:

- `site`: sites, site settings, images, documents; `manage.py clear_page_cache`;
- `chrome`: the pages in the main menu (the home page and its children), shown in every header;
- `restrictions`: any view restriction added, changed or removed;
- `tree:<prefix>` for each directory above the path and the path itself: a page published,
  unpublished, moved or deleted makes its whole subtree (children, exports) stale;
- `page:<path>`: the pages that show a changed page (delivery/invalidation.py), with every query
  string variant of that path.

Invalidation moves generations in the same database transaction as the change, so it holds or
rolls back with it whatever Redis does; a stamp is read with one indexed query per request (kept for
the rest of the request, so all its fragments agree). A key never moved reads as 0.
"""

import hashlib
import threading
import time
import weakref

from django.core.signals import request_finished, request_started
from django.db import DatabaseError
from django.db.models import BigIntegerField, Value
from django.dispatch import receiver

from .build import build_id
from .models import Generation

SITE = "site"
CHROME = "chrome"
RESTRICTIONS = "restrictions"
GLOBAL_KEYS = (SITE, CHROME, RESTRICTIONS)

# Deeper paths are not worth a key per level: they are not cached (no real page is that deep).
MAX_PATH_SEGMENTS = 16
LONGEST_READABLE_KEY = 200

_request = threading.local()

# Lists read on the cold path of many requests that move only with one generation (the restricted
# paths, delivery/restricted_pages.py) come back in the same round trip as the generations.
_riders = []


class Rider:
    """Rows of one text column read together with the generation `key`, while `wanted()` says so.

    `querysets()` gives (queryset, field name) pairs, the rows to read; `receive(rows, stamp)` gets
    their values and the stamp of `key` read in the same statement, so the two always agree.
    """

    def __init__(self, key, wanted, querysets, receive):
        self.key, self.wanted, self.querysets, self.receive = key, wanted, querysets, receive


def add_rider(rider):
    _riders.append(rider)


@receiver(request_started, dispatch_uid="delivery.generations.request_started")
def start_request_memo(**kwargs):
    _request.values = {}


@receiver(request_finished, dispatch_uid="delivery.generations.request_finished")
def end_request_memo(**kwargs):
    _request.values = None


def _key(kind, path):
    key = f"{kind}:{path}"
    if len(key) > LONGEST_READABLE_KEY:
        key = f"{kind}#{hashlib.sha256(path.encode()).hexdigest()}"
    return key


def page_key(path):
    return _key("page", path)


def tree_key(path):
    return _key("tree", path)


def keys_for_path(path):
    """Every key whose move makes the answer at `path` stale; None for a path too deep to cache."""
    segments = path.split("/")[1:]
    if len(segments) > MAX_PATH_SEGMENTS:
        return None
    directories = ["/"]
    for segment in segments[:-1]:
        directories.append(f"{directories[-1]}{segment}/")
    return [*GLOBAL_KEYS, *(tree_key(directory) for directory in directories), page_key(path)]


def current_values(keys):
    """{key: generation} in one query for the keys this request has not read yet; None when the
    database does not answer (callers then neither serve nor keep cached copies by the stamp)."""
    memo = getattr(_request, "values", None)
    known = memo if memo is not None else {}
    missing = [key for key in keys if key not in known]
    if missing:
        riders = [rider for rider in _riders if rider.key in missing and rider.wanted()]
        try:
            found, carried = _read(missing, riders)
        except DatabaseError:
            return None
        known = {**known, **{key: found.get(key, 0) for key in missing}}
        if memo is not None:
            memo.update(known)
        for rider, rows in zip(riders, carried, strict=True):
            rider.receive(tuple(rows), stamp_from(known, [rider.key]))
    return {key: known[key] for key in keys}


def _read(keys, riders):
    """({key: generation}, [rows of each rider]) in one statement."""
    query = Generation.objects.filter(key__in=keys).values_list("key", "value")
    # A rider's rows are told apart by a negative tag where generations hold their (positive) value.
    tagged = [
        queryset.order_by().annotate(tag=Value(-1 - number, BigIntegerField())).values_list(field, "tag")
        for number, rider in enumerate(riders)
        for queryset, field in rider.querysets()
    ]
    if tagged:
        query = query.union(*tagged, all=True)
    found, carried = {}, [[] for _ in riders]
    for text, value in query:
        if value < 0:
            carried[-1 - value].append(text)
        else:
            found[text] = value
    return found, carried


def read_for_request(path):
    """Load every generation a request for `path` may ask for, in one query, ahead of its callers."""
    current_values(keys_for_path(path) or [*GLOBAL_KEYS, tree_key("/")])


def stamp_of(keys):
    values = current_values(keys)
    return stamp_from(values, keys) if values is not None else None


def stamp_from(values, keys):
    text = ":".join([build_id(), *(f"{key}={values[key]}" for key in keys)])
    return hashlib.blake2b(text.encode(), digest_size=12).hexdigest()


def path_stamp(path):
    """The stamp of the answer at `path`, or None when it cannot be known (database down, too deep)."""
    keys = keys_for_path(path)
    return stamp_of(keys) if keys is not None else None


def bump(keys):
    """Move these generations; call inside the transaction that makes the change (it commits with it)."""
    keys = sorted(set(keys))  # one order for every writer, so two publishes cannot deadlock
    if not keys:
        return
    value = time.time_ns()
    Generation.objects.bulk_create(
        [Generation(key=key, value=value) for key in keys],
        update_conflicts=True,
        unique_fields=["key"],
        update_fields=["value"],
    )
    memo = getattr(_request, "values", None)
    if memo is not None:
        for key in keys:
            memo.pop(key, None)


def invalidate_everything():
    """Every cached page and fragment goes stale (an import of many pages, `clear_page_cache`)."""
    bump([SITE])


class StampMemo:
    """What this process worked out under one stamp, forgotten when the stamp moves or it ages.

    `max_entries` bounds keys that come from requests (hosts); `max_age` bounds how long anything is
    kept, whatever happens to the stamp.
    """

    every = weakref.WeakSet()

    def __init__(self, max_entries, max_age):
        StampMemo.every.add(self)
        self.max_entries = max_entries
        self.max_age = max_age
        self._stamp = None
        self._since = 0.0
        self._values = {}

    def __len__(self):
        return len(self._values)

    def _is_current(self, stamp):
        return stamp is not None and stamp == self._stamp and time.monotonic() - self._since < self.max_age

    def holds_fresh(self, key):
        """Whether `key` is kept and young enough, whatever the stamp now is."""
        return key in self._values and time.monotonic() - self._since < self.max_age

    def get(self, stamp, key):
        return self._values.get(key) if self._is_current(stamp) else None

    def set(self, stamp, key, value):
        if stamp is None:
            return
        if not self._is_current(stamp) or len(self._values) >= self.max_entries:
            self._stamp, self._since, self._values = stamp, time.monotonic(), {}
        self._values[key] = value

    def clear(self):
        self._stamp, self._values = None, {}

    @classmethod
    def clear_all(cls):
        """For tests, whose rolled-back transactions bring generations back to earlier values."""
        for memo in list(cls.every):
            memo.clear()
