"""Which pages are private, answered from one short list kept per process instead of two queries per page.

Wagtail checks a page's view restrictions on every serve (its `on_serve_page` hook calls
`get_view_restrictions`, which loads the ancestors and then their restrictions), and we ask again to
keep private answers out of shared caches (core/security.py) and fragments (fragment_tags). A
restriction covers its page and every page below it, so the tree paths of the restricted pages
answer both questions. Alias pages take their privacy from their source page, which their own path
does not show, so their paths are on the list too: they always get Wagtail's full check.
https://docs.wagtail.org/en/stable/reference/pages/model_reference.html#wagtail.models.Page.get_view_restrictions
"""

from wagtail.models import Page, PageViewRestriction

from .generations import RESTRICTIONS, Rider, StampMemo, add_rider, stamp_of

# However quiet the site, a worker reads the list again after this long.
MEMO_SECONDS = 60

_seen = StampMemo(max_entries=1, max_age=MEMO_SECONDS)


def _path_querysets():
    return [(PageViewRestriction.objects.all(), "page__path"), (Page.objects.filter(alias_of__isnull=False), "path")]


def _load_restricted_paths():
    # One round trip for both lists.
    first, *rest = (queryset.order_by().values_list(field, flat=True) for queryset, field in _path_querysets())
    return tuple(first.union(*rest, all=True))


def _remember(paths, stamp):
    _seen.set(stamp, "paths", paths)


# A process with no fresh list reads it with the request's generations: no query of its own.
add_rider(
    Rider(RESTRICTIONS, wanted=lambda: not _seen.holds_fresh("paths"), querysets=_path_querysets, receive=_remember)
)


def restricted_paths():
    """Tree paths below which a page may be private, kept by each process under the `restrictions`
    generation, which moves in the same transaction as any restriction, alias or move
    (delivery/invalidation.py): the database decides, never a cache write.
    """
    stamp = stamp_of([RESTRICTIONS])
    paths = _seen.get(stamp, "paths")
    if paths is None:
        paths = _load_restricted_paths()
        _seen.set(stamp, "paths", paths)
    return paths


def is_restricted(page):
    return page is not None and page.path.startswith(restricted_paths())


class CachedPrivacyMixin:
    """For page models: a page with no restriction above it skips Wagtail's two privacy queries."""

    def get_view_restrictions(self):
        if not is_restricted(self):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
