"""Site navigation: the main menu and breadcrumbs, read together in one query per request.

Menu items are the home page's live children ticked "Show in menus" (Wagtail's promote tab,
https://docs.wagtail.org/en/stable/reference/pages/model_reference.html#wagtail.models.Page.show_in_menus);
breadcrumbs are the page's ancestors below the tree root. Both are a handful of rows of the same
table, so one query with both conditions brings them, and the second tag reads what the first
one loaded.
"""

from django import template
from django.db.models import Q

from wagtail.models import Page, Site

from core.privacy import shown_to_everyone
from delivery.restricted_pages import is_restricted

register = template.Library()

NAV_FIELDS = ("id", "title", "url_path", "path", "depth", "live", "show_in_menus")


def _site_root(request):
    site = Site.find_for_request(request) if request is not None else None
    # The home page in the active language (its translations come with the remembered site).
    return site.root_page.localized if site is not None else None


def _ancestor_paths(page):
    """The tree paths of the page's ancestors from the home page's level down (treebeard's fixed steps)."""
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    step = Page.steplen
    return [page.path[: step * depth] for depth in range(2, page.depth)]


def _load_navigation(root, page):
    ancestor_paths = _ancestor_paths(page)
    wanted = Q(path__in=ancestor_paths)
    if root is not None:
        wanted |= Q(depth=root.depth + 1, path__startswith=root.path, show_in_menus=True)
    rows = list(Page.objects.filter(wanted).only(*NAV_FIELDS).order_by("path"))
    menu = [row for row in rows if root is not None and _is_menu_item(row, root)]
    return _shown_to_everyone(menu), [row for row in rows if row.path in ancestor_paths]


def _is_menu_item(row, root):
    return row.live and row.show_in_menus and row.depth == root.depth + 1 and row.path.startswith(root.path)


def _shown_to_everyone(items):
    """The items no view restriction covers. The process's list of restricted paths clears almost
    every menu without a query; an item under one of them gets the database's exact check."""
    doubtful = [item.pk for item in items if is_restricted(item)]
    if not doubtful:
        return items
    hidden = set(doubtful) - set(
        Page.objects.filter(pk__in=doubtful).filter(shown_to_everyone()).values_list("pk", flat=True)
    )
    return [item for item in items if item.pk not in hidden]


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
