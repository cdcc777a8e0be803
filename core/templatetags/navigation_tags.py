"""Site navigation: the main menu and breadcrumbs, read together in one query per request.

Menu items are the home page's live children ticked "Show in menus" (Wagtail's promote tab,
https://docs.wagtail.org/en/stable/reference/pages/model_reference.html#wagtail.models.Page.show_in_menus);
breadcrumbs are the page's ancestors below the tree root. Both are a handful of rows of the same
table, so one query with both conditions brings them, and the second tag reads what the first
one loaded.
"""

from django import template
from django.db.models import BooleanField, ExpressionWrapper, Q

from wagtail.models import Page, Site

from core.privacy import shown_to_everyone

register = template.Library()

NAV_FIELDS = ("id", "title", "url_path", "path", "depth")


def _site_root(request):
    site = Site.find_for_request(request) if request is not None else None
    return site.root_page if site is not None else None


def _ancestor_paths(page):
    """The tree paths of the page's ancestors from the home page's level down (treebeard's fixed steps)."""
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    step = Page.steplen
    return [page.path[: step * depth] for depth in range(2, page.depth)]


def _load_navigation(root, page):
    ancestor_paths = _ancestor_paths(page)
    in_menu = Q(pk__in=[])
    if root is not None:
        # shown_to_everyone() rather than public(): the restriction check joins this query.
        in_menu = Q(depth=root.depth + 1, path__startswith=root.path, show_in_menus=True) & shown_to_everyone()
    rows = list(
        Page.objects.annotate(in_menu=ExpressionWrapper(in_menu, output_field=BooleanField()))
        .filter(in_menu | Q(path__in=ancestor_paths))
        .only(*NAV_FIELDS)
        .order_by("path")
    )
    return [row for row in rows if row.in_menu], [row for row in rows if row.path in ancestor_paths]


def navigation(context):
    """(menu items, breadcrumb ancestors) for this render, loaded once."""
    request = context.get("request")
    page = context.get("page")
    # Kept on the request: the menu and the breadcrumbs are in separate includes and fragments.
    memo = getattr(request, "navigation_by_page", None)
    if memo is None:
        memo = {}
        if request is not None:
            request.navigation_by_page = memo
    key = getattr(page, "pk", None)
    if key not in memo:
        memo[key] = _load_navigation(_site_root(request), page)
    return memo[key]


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    items, _ancestors = navigation(context)
    current_path = getattr(context.get("page"), "path", "")
    return {
        "request": context.get("request"),
        "menu_items": [(item, bool(current_path) and current_path.startswith(item.path)) for item in items],
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The page's ancestors below the tree root, so the home page is the first crumb."""
    _items, ancestors = navigation(context)
    return {"request": context.get("request"), "ancestors": ancestors, "page": context.get("page")}
