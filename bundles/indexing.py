"""Search and reference indexing once per page at the end of an import, not at every save.

Creating and publishing a page the way the admin does saves it three times (add_child, save_revision,
publish), and each save re-indexes it for search and for Wagtail's reference index. For thousands of
pages that is most of the import's time, so the import pauses both for its own page types and indexes
every page it wrote once, inside the same transaction, before it commits.
https://docs.wagtail.org/en/stable/topics/search/indexing.html
"""

from collections import defaultdict
from contextlib import contextmanager

from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler

from django.db.models.signals import post_save

from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

CHUNK = 500


class TouchedPages:
    """The pages an import wrote, grouped by page type."""

    def __init__(self):
        self.ids = defaultdict(set)

    def add(self, page):
        self.ids[type(page)].add(page.pk)


@contextmanager
def deferred_indexing(models):
    """Pause auto-indexing of `models`; on success, index every page added to the yielded set."""
    paused = [model for model in models if post_save.disconnect(post_save_signal_handler, sender=model)]
    touched = TouchedPages()
    try:
        with disable_reference_index_auto_update():
            yield touched
        _index(touched)
    finally:
        for model in paused:
            post_save.connect(post_save_signal_handler, sender=model)


def _index(touched):
    backends = list(get_search_backends(with_auto_update=True))
    for model, ids in touched.ids.items():
        ordered = sorted(ids)
        for start in range(0, len(ordered), CHUNK):
            pages = list(model.objects.filter(pk__in=ordered[start : start + CHUNK]))
            for backend in backends:
                backend.add_bulk(model, pages)
            for page in pages:
                ReferenceIndex.create_or_update_for_object(page)
