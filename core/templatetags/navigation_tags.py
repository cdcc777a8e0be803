"""Site navigation: the main menu and breadcrumbs, each one query per page.

Menu items are the home page's live children ticked "Show in menus" (Wagtail's promote tab,
https://docs.wagtail.org/en/stable/reference/pages/model_reference.html#wagtail.models.Page.show_in_menus).
"""

from django import template

from wagtail.models import Page, Site

from core.privacy import shown_to_everyone

register = template.Library()


def _site_root(request):
    site = Site.find_for_request(request) if request is not None else None
    return site.root_page if site is not None else None


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    root = _site_root(request)
    items = []
    if root is not None:
        items = list(
            # shown_to_everyone() rather than public(): the restriction check joins this query.
            root.get_children().filter(shown_to_everyone()).in_menu().only("id", "title", "url_path", "path", "depth")
        )
    current = context.get("page")
    current_path = getattr(current, "path", "")
    return {
        "request": request,
        "menu_items": [(item, bool(current_path) and current_path.startswith(item.path)) for item in items],
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The page's ancestors below the tree root, so the home page is the first crumb."""
    page = context.get("page")
    ancestors = []
    if isinstance(page, Page) and page.depth > 2:
        ancestors = list(page.get_ancestors().filter(depth__gte=2).only("id", "title", "url_path", "path", "depth"))
    return {"request": context.get("request"), "ancestors": ancestors, "page": page}
