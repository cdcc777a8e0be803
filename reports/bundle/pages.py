"""Writing pages the way an editor's save-and-publish does, and remembering what was written.

A new page is added with `parent.add_child(instance=page)`; every write saves a revision and
publishes it, so the page's history shows who changed what and `latest_revision` is right.
https://docs.wagtail.org/en/stable/reference/pages/model_reference.html#wagtail.models.Page.save_revision
"""

import hashlib
import json
from collections import Counter

from django.core.exceptions import ValidationError

from reports.models import ImportedPage

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"


def fingerprint(*parts):
    """A stable SHA-256 of JSON-like data (dates and times as ISO text)."""
    text = json.dumps(parts, sort_keys=True, default=str, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def set_children(page, children):
    """Replace the page's orderable children; a dict with a "pk" updates that row in place."""
    for name, items in children.items():
        model = page._meta.get_field(name).related_model
        setattr(page, name, [model(sort_order=position, **item) for position, item in enumerate(items)])


class PageWriter:
    """Saves and publishes pages whose bundle data changed; skips the others."""

    def __init__(self, bundle, *, source, user, touched):
        self.bundle = bundle
        self.source = source
        self.user = user
        self.touched = touched
        self.stored, self.latest = {}, {}
        rows = ImportedPage.objects.order_by("imported_at", "pk").values_list("page_id", "source", "fingerprint")
        for page_id, row_source, value in rows.iterator(chunk_size=2000):
            if row_source == source:
                self.stored[page_id] = value
            # Ordered oldest first, so the last one seen is what the page holds now.
            self.latest[page_id] = value
        self.written = {}
        self.counts = Counter()

    def is_current(self, page_id, page_fingerprint, label):
        """True, and counted as unchanged, when the page already holds exactly this bundle data.

        That is when this bundle wrote the same data last time, or when the page's latest import, from
        any bundle, did (a speaker described the same way in two editions is not saved twice).
        """
        if page_id is None:
            return False
        if self.stored.get(page_id) == page_fingerprint:
            self.counts[(label, UNCHANGED)] += 1
            return True
        if self.latest.get(page_id) == page_fingerprint:
            self.written[page_id] = page_fingerprint
            self.counts[(label, UNCHANGED)] += 1
            return True
        return False

    def write(self, page, *, parent, page_fingerprint, label, path):
        is_new = page.pk is None
        try:
            if is_new:
                # Logs "wagtail.create", as the admin's create view does.
                parent.add_child(instance=page)
            # add_child has just validated a new page; an existing one is validated here.
            revision = page.save_revision(user=self.user, log_action=True, clean=not is_new)
            revision.publish(user=self.user)
        except ValidationError as exc:
            raise self.bundle.error(path, _messages(exc)) from exc
        self.touched.add(page)
        self.written[page.pk] = page_fingerprint
        self.counts[(label, CREATED if is_new else UPDATED)] += 1
        return page

    def save_fingerprints(self):
        ImportedPage.objects.filter(source=self.source, page_id__in=list(self.written)).delete()
        ImportedPage.objects.bulk_create(
            [ImportedPage(page_id=pk, source=self.source, fingerprint=value) for pk, value in self.written.items()],
            batch_size=500,
        )


def _messages(error):
    if hasattr(error, "message_dict"):
        return "; ".join(f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items())
    return " ".join(error.messages)
