"""The one way pages are imported: a record of what came from where, and one page writer.

Both importers use it: `bundles` (a conference bundle, source = the conference's slug, key = the
bundle entry) and `conference.importers` (a frab or pretalx schedule, source `schedule:<conference
id>`, key = the event's GUID). So a page says in one place which source wrote it, under which key,
from which data (`core.models.ImportedPage`), and every imported change is saved the way an editor's
is: as a revision, then published or left a draft, through Wagtail's public API (`add_child`,
`save_revision`, `publish`).
https://docs.wagtail.org/en/stable/reference/pages/model_reference.html#wagtail.models.Page.save_revision
"""

import hashlib
import json

from django.db.models import Q

from .models import ImportedPage

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"
BATCH = 500


def fingerprint(*parts):
    """A stable SHA-256 of JSON-like data (dates and times as ISO text)."""
    text = json.dumps(parts, sort_keys=True, default=str, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def schedule_source(conference_id):
    """The source name of the frab or pretalx schedules imported into one conference."""
    return f"schedule:{conference_id}"


class ImportRecord:
    """What one source imported before (read once), and what this import wrote (saved at the end).

    With `across_sources`, each page's latest import from any source is read too, so a page that
    already holds an entry's data is recognised even when another source wrote it (a speaker described
    the same way in the bundles of two editions is not saved twice).
    """

    def __init__(self, source, *, across_sources=False):
        self.source = source
        self.pages = {}  # key -> page id, from this source
        self.fingerprints = {}  # page id -> fingerprint, from this source
        self.latest = {}  # page id -> fingerprint of the page's latest import, from any source
        self.written = {}  # page id -> (key, fingerprint), written by this import
        rows = ImportedPage.objects.order_by("imported_at", "pk")
        if not across_sources:
            rows = rows.filter(source=source)
        for page_id, row_source, key, value in rows.values_list("page_id", "source", "key", "fingerprint").iterator(
            chunk_size=2000
        ):
            if row_source == source:
                self.pages[key] = page_id
                self.fingerprints[page_id] = value
            # Ordered oldest first, so the last one seen is what the page holds now.
            self.latest[page_id] = value

    def page_id(self, key):
        """The page this source wrote under `key` before, or None."""
        return self.pages.get(key)

    def is_current(self, key, page_id, value):
        """True when the page already holds exactly this data: this source or its latest import wrote it."""
        if page_id is None or not value:
            return False
        if self.fingerprints.get(page_id) == value:
            return True
        if self.latest.get(page_id) == value:
            self.note(key, page_id, value)
            return True
        return False

    def note(self, key, page_id, value=""):
        """`page_id` was written (or found current) from the entry `key` with data `value`."""
        self.written[page_id] = (key, value)

    def save(self):
        """Store what this import wrote, replacing this source's rows for the same pages or keys."""
        rows = {key: (page_id, value) for page_id, (key, value) in self.written.items()}
        mine = ImportedPage.objects.filter(source=self.source)
        keys_in_order = list(rows)
        for start in range(0, len(keys_in_order), BATCH):
            keys = keys_in_order[start : start + BATCH]
            page_ids = [rows[key][0] for key in keys]
            mine.filter(Q(key__in=keys) | Q(page_id__in=page_ids)).delete()
        ImportedPage.objects.bulk_create(
            [
                ImportedPage(source=self.source, key=key, page_id=page_id, fingerprint=value)
                for key, (page_id, value) in rows.items()
            ],
            batch_size=BATCH,
        )
        self.written = {}


class PageWriter:
    """Creates or updates a page as an editor's save does, and skips a page that nothing changed.

    A change is a revision (`save_revision`), published (`publish`) or left a draft for an editor. A
    new page is placed with `add_child` and published; an importer with many new pages may pass a
    faster `create(page, parent)` with the same result (bundles' `NewPages`).
    """

    def __init__(self, *, user=None, create=None):
        self.user = user
        self.create = create or self.add_and_publish
        self.before = {}  # page id -> (state function, what the page held)

    def remember(self, page, state):
        """Note what an existing `page` holds (`state(page)`, comparable) before an import changes it."""
        if page.pk is not None:
            self.before[page.pk] = (state, state(page))

    def write(self, page, *, parent=None, publish=True):
        """CREATED, UPDATED, or UNCHANGED when `remember` saw the same state and nothing is left to publish."""
        if page.pk is None:
            if publish:
                self.create(page, parent)
            else:
                self._add(page, parent).save_revision(user=self.user, log_action=True)
            return CREATED
        state, before = self.before.pop(page.pk, (None, None))
        if state is not None and (page.live or not publish) and state(page) == before:
            return UNCHANGED
        revision = page.save_revision(user=self.user, log_action=True)
        if publish:
            revision.publish(user=self.user)
        return UPDATED

    def add_and_publish(self, page, parent):
        self._add(page, parent).save_revision(user=self.user, log_action=True).publish(user=self.user)

    def _add(self, page, parent):
        # Added as a draft, as the admin's create does; publishing makes it live.
        page.live = False
        parent.add_child(instance=page)
        return page
