"""Wagtail's page chooser, kept from showing drafts to editors without rights on them.

The page chooser lists the whole page tree to every admin user, by design: an editor may link to a
page of another section (https://github.com/wagtail/wagtail/issues/7099). But it lists each page by
its draft title, so an editor with rights on /speakers/ only could read the title of an unpublished
session, or the unpublished new title of a live one, anywhere in /events/ (tests/security/test_admin_rights.py).

Here the chooser keeps every page the user may explore (their sections and their ancestors, as in
the explorer and the admin's page API) and, elsewhere, the live pages whose draft title is their
published title. Browse, search (`construct_page_chooser_queryset`, core/wagtail_hooks.py) and the
"chosen" answer of the multiple chooser (config/urls.py) apply the same rule.
"""

from django.db.models import F, Q
from django.http import Http404
from django.views.decorators.cache import never_cache

from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.chooser import ChosenMultipleView
from wagtail.models import Page
from wagtail.permissions import page_permission_policy


def hidden_page_ids(user):
    """Pages outside the user's explorable tree that are drafts or carry an unpublished title."""
    if user.is_superuser:
        return []
    explorable = page_permission_policy.explorable_instances(user).values("pk")
    unpublished = Page.objects.filter(Q(live=False) | ~Q(draft_title=F("title")))
    # A list, not a subquery: the search backend filters on plain values only.
    return list(unpublished.exclude(pk__in=explorable).values_list("pk", flat=True))


def choosable_pages(pages, request):
    """The `construct_page_chooser_queryset` hook: a hidden page is neither listed nor browsed into."""
    hidden = hidden_page_ids(request.user)
    match = request.resolver_match
    if match and match.url_name == "wagtailadmin_choose_page_child" and match.kwargs["parent_page_id"] in hidden:
        raise Http404
    return pages.exclude(pk__in=hidden)


class HardenedChosenMultipleView(ChosenMultipleView):
    """Wagtail's answer to "these pages were chosen", for the pages the chooser showed only."""

    def get(self, request):
        hidden = {str(pk) for pk in hidden_page_ids(request.user)}
        request.GET = request.GET.copy()
        request.GET.setlist("id", [pk for pk in request.GET.getlist("id") if pk not in hidden])
        return super().get(request)


# Decorated as Wagtail decorates its admin views (wagtail/admin/urls/__init__.py).
chosen_multiple = never_cache(require_admin_access(HardenedChosenMultipleView.as_view()))
