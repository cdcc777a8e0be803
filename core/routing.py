"""Find the page for a URL in one query instead of one per path segment.

Wagtail's `Page.route` walks the tree: for /events/<conference>/<session>/ it loads each level and
its specific page, seven queries before the view starts. Every page stores its `url_path`, so the
site root can look the target up directly and hand over to the target's own `route` (which still
checks it is live and resolves RoutablePageMixin sub-routes). URLs the lookup does not find, such
as a sub-route below a page (`calendar.ics`), fall back to the tree walk.
https://docs.wagtail.org/en/stable/reference/pages/model_reference.html#wagtail.models.Page.route
"""

from wagtail.models import Page


def route_by_url_path(root, request, path_components):
    """The RouteResult for a descendant of `root` at exactly these path components, or None."""
    if not path_components:
        return None
    url_path = root.url_path + "/".join(path_components) + "/"
    # slug and depth narrow the search to an index; url_path makes it exact.
    page = (
        Page.objects.filter(
            slug=path_components[-1],
            depth=root.depth + len(path_components),
            path__startswith=root.path,
            url_path=url_path,
        )
        # The type is all this row is read for: the specific page comes next, with all its columns.
        .only("id", "content_type_id")
        .order_by("path")
        .first()
    )
    if page is None:
        return None
    return page.specific.route(request, [])
