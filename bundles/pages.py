"""A bundle's pages written through core's one page writer and import record (core/imports.py).

A changed page saves a revision and publishes it, as the admin's Publish does. A new page ends up the
same (live, one revision that is both its latest and its live one, history "Created", "Edited",
"Published"), but is written more directly, because `publish()` costs most of an import of thousands
of pages: it loads the page back from its revision, validates and saves it a second time, and sends
signals whose work (search and reference index, share cards) the import does once for all its new
pages instead (`NewPages`). What cached pages and the CDN must forget is noted page by page and done
once for the whole import (`delivery.invalidation.one_change_for_all`, around the import).
https://docs.wagtail.org/en/stable/reference/pages/model_reference.html#wagtail.models.Page.save_revision
"""

from collections import Counter
from functools import partial

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from wagtail.models import Page, PageLogEntry, Revision

from core.imports import UNCHANGED, ImportRecord, PageWriter
from sharing.share_cards.tasks import refresh_share_card


def set_children(page, children):
    """Replace the page's orderable children; a dict with a "pk" updates that row in place."""
    for name, items in children.items():
        model = page._meta.get_field(name).related_model
        setattr(page, name, [model(sort_order=position, **item) for position, item in enumerate(items)])


class Content:
    """What a bundle entry can set on a page, as comparable model values.

    Taken before and after the entry is applied, it tells whether the page already held the data, for
    an entry whose fingerprint the site has not seen: a bundle just exported from the site writes no
    revision when imported back. Block ids are left out of StreamField data: each save makes new ones.
    """

    def __init__(self, fields, children=None, streams=()):
        self.attrs = ["title", *(field.model_attr for field in fields)]
        self.children = {name: [field.model_attr for field in child] for name, child in (children or {}).items()}
        self.streams = streams

    def of(self, page):
        state = {attr: getattr(page, attr) for attr in self.attrs}
        for name, attrs in self.children.items():
            state[name] = [{attr: getattr(row, attr) for attr in attrs} for row in getattr(page, name).all()]
        for name in self.streams:
            state[name] = _without_block_ids(getattr(page, name).get_prep_value())
        return state


def _without_block_ids(data):
    if isinstance(data, list):
        return [_without_block_ids(item) for item in data]
    if isinstance(data, dict):
        is_block = "type" in data and "value" in data
        return {key: _without_block_ids(value) for key, value in data.items() if not (is_block and key == "id")}
    return data


class BundleWriter:
    """One bundle's pages: skipped when current, else written by core's `PageWriter`; counted; recorded.

    The record's source is the conference's slug and each page's key its bundle entry
    (`organisation:<id>`, `speaker:<id>`, `conference:<slug>`, `session:<slug>`, `award:<slug>`,
    `translation:<language>:<list>:<id>`).
    """

    def __init__(self, bundle, *, source, user, touched):
        self.bundle = bundle
        self.touched = touched
        self.record = ImportRecord(source, across_sources=True)
        self.new_pages = NewPages(user)
        self.pages = PageWriter(user=user, create=self.new_pages.create)
        self.counts = Counter()

    def is_current(self, key, page_id, page_fingerprint, label):
        """True, and counted as unchanged, when the page already holds exactly this bundle data.

        That is when this bundle wrote the same data last time, or when the page's latest import, from
        any source, did (`ImportRecord.is_current`).
        """
        if self.record.is_current(key, page_id, page_fingerprint):
            self.counts[(label, UNCHANGED)] += 1
            return True
        return False

    def record_page(self, key, page, page_fingerprint, label, status):
        """A page written outside `write` (a translation), counted and recorded like the others."""
        self.record.note(key, page.pk, page_fingerprint)
        self.counts[(label, status)] += 1

    def remember(self, page, content):
        """Note what an existing `page` holds before an entry is applied to it (`Content`)."""
        self.pages.remember(page, content.of)

    def write(self, page, *, key, parent, page_fingerprint, label, path):
        """Save and publish `page`, unless it is live and applying the entry changed nothing `remember` saw."""
        try:
            status = self.pages.write(page, parent=parent)
        except ValidationError as exc:
            raise self.bundle.error(path, _messages(exc)) from exc
        if status != UNCHANGED:
            self.touched.add(page)
        self.record_page(key, page, page_fingerprint, label, status)
        return page

    def finish(self):
        """Once every page is written: the new pages' history, their publish side effects, the record."""
        self.new_pages.finish()
        self.record.save()


class NewPages:
    """Adds new pages already live, each with its one revision; history and publish effects in bulk.

    What `parent.add_child(instance=page)` and then `save_revision().publish()` would do, with fewer
    queries per page. The page is placed, validated and saved by `add_child`, Wagtail's and
    treebeard's own way (the parent row locked, the next path after its last child, every field
    validated as the admin validates it, the slug unique among its siblings); then:

    - one save, already live, instead of three; the revision, as `save_revision()` writes it, made the
      latest and the live one with a single UPDATE;
    - the history the admin's create-and-publish writes: "Created" by the save, "Edited" and
      "Published" bulk-inserted;
    - the share cards publishing would draw, queued once per import after the commit
      (`_after_publish`). Search and reference indexing are batched by `indexing.py`; the cache and the
      CDN hear of every new page through `delivery`'s own signal receivers, at the end of the import.
    """

    BATCH = 500

    def __init__(self, user):
        self.user = user
        self.log_entries = []
        self.page_ids = []

    def create(self, page, parent):
        now = timezone.now()
        page.live, page.has_unpublished_changes = True, False
        page.first_published_at = page.last_published_at = now
        # Placed and validated as the admin's create does; saved once, already live.
        parent.add_child(instance=page)

        revision = Revision.objects.create(
            content_object=page,
            base_content_type=page.get_base_content_type(),
            user=self.user,
            content=page.serializable_data(),
            object_str=str(page),
        )
        Page.objects.filter(pk=page.pk).update(
            latest_revision=revision, live_revision=revision, latest_revision_created_at=revision.created_at
        )
        page.latest_revision = page.live_revision = revision
        page.latest_revision_created_at = revision.created_at

        self.page_ids.append(page.pk)
        entry = {
            "page_id": page.pk,
            "content_type": ContentType.objects.get_for_model(page, for_concrete_model=False),
            "label": page.get_admin_display_title(),
            "timestamp": now,
            "content_changed": True,
            "user": self.user,
            "data": {},
        }
        # add_child's save logged "Created"; "Edited" and "Published" follow, as after the admin's Publish.
        self.log_entries += [
            PageLogEntry(action="wagtail.edit", revision=revision, **entry),
            PageLogEntry(action="wagtail.publish", revision=revision, **entry),
        ]
        if len(self.log_entries) >= self.BATCH:
            self._write_log()

    def _write_log(self):
        PageLogEntry.objects.bulk_create(self.log_entries)
        self.log_entries = []

    def finish(self):
        """Before the commit: the rest of the history; after it, publish's side effects."""
        self._write_log()
        if self.page_ids:
            page_ids, self.page_ids = self.page_ids, []
            transaction.on_commit(partial(_after_publish, page_ids))


def _after_publish(page_ids):
    """The share card of each new page, drawn by the task worker as on publish (after the commit)."""
    for page_id in page_ids:
        refresh_share_card.enqueue(page_id)  # sharing/share_cards: one task per card, as on publish


def _messages(error):
    if hasattr(error, "message_dict"):
        return "; ".join(f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items())
    return " ".join(error.messages)
