"""Find the page for a URL in one query instead of one per path segment.

Wagtail's `Page.route` walks the tree: for /events/<conference>/<session>/ it loads each level and
its specific page, seven queries before the view starts. Every page stores its `url_path`, so the
site root can look the target up directly and hand over to the target's own `route` (which still
checks it is live and resolves RoutablePageMixin sub-routes). URLs the lookup does not find, such
as a sub-route below a page (`calendar.ics`), fall back to the tree walk.

The same query brings the translations of the page and of its ancestors (core/translations.py), which
every page's head (`hreflang`) and language switcher show: the page is the row among them at the
URL's path.
https://docs.wagtail.org/en/stable/reference/pages/model_reference.html#wagtail.models.Page.route
"""

from django.db.models import Q

from wagtail.models import Page

from .translations import remember_rows, translation_rows


def route_by_url_path(root, request, path_components):
    """The RouteResult for a descendant of `root` at exactly these path components, or None."""
    if not path_components:
        return None
    # The page and each ancestor below the root, by slug and depth (an index) and exact url_path.
    levels = Q(pk=root.pk)
    for depth in range(1, len(path_components) + 1):
        levels |= Q(
            slug=path_components[depth - 1],
            depth=root.depth + depth,
            path__startswith=root.path,
            url_path=root.url_path + "/".join(path_components[:depth]) + "/",
        )
    rows = translation_rows(Page.objects.filter(levels))
    url_path = root.url_path + "/".join(path_components) + "/"
    page = next(
        (row for row in rows if row.url_path == url_path and row.path.startswith(root.path)),
        None,
    )
    if page is None:
        return None
    remember_rows(request, rows)
    return page.specific.route(request, [])
