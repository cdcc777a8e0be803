"""Two small guards every request passes: NUL bytes refused, private answers kept out of shared caches.

A NUL byte can never be part of a real path or search; PostgreSQL refuses it in text, so a `%00`
that reached a query would be a server error instead of a clear 400.

Responses that only one person may see get `Cache-Control: private` so neither a CDN nor our page
cache (delivery/page_cache.py, which skips such responses) keeps them: the admin and its previews
(never cached at all), pages under a view restriction and their password forms, and search, whose
answers are endless variations that a CDN should not fill up with.
https://docs.djangoproject.com/en/5.2/topics/cache/#controlling-cache-using-other-headers
"""

from django.http import HttpResponseBadRequest
from django.utils.cache import add_never_cache_headers, patch_cache_control

from delivery.restricted_pages import is_restricted
from delivery.url_prefixes import url_prefix


def has_nul_byte(request):
    return (
        "\x00" in request.path
        or "%00" in request.META.get("QUERY_STRING", "")
        or any("\x00" in key or any("\x00" in value for value in values) for key, values in request.GET.lists())
    )


class RejectNulBytesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if has_nul_byte(request):
            return HttpResponseBadRequest("NUL bytes are not allowed in addresses.", content_type="text/plain")
        return self.get_response(request)


def served_page(request):
    """The page Wagtail routed this request to, if any (Wagtail caches the route on the request)."""
    route = getattr(request, "_wagtail_route_for_request", None)
    return route[0] if route else None


class PrivateCacheControlMiddleware:
    """Below the page cache in MIDDLEWARE, so the page cache sees these headers too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        path = request.path_info
        if path.startswith(url_prefix("wagtailadmin_home")):
            add_never_cache_headers(response)  # no-cache, no-store, must-revalidate, private
        elif path.startswith(url_prefix("search")):
            patch_cache_control(response, private=True)
        elif is_restricted(served_page(request)):
            patch_cache_control(response, private=True, no_store=True)
        return response
