"""Whole rendered pages for anonymous readers, from the shared cache, checked against the database.

A conference report page takes many queries and templates; most readers are anonymous and see the
same bytes. This middleware stores a 200 answer to a cookie-less GET in the shared cache with the
stamp of the generations it was rendered under (delivery/generations.py), and serves it again only
while one small indexed query finds the same stamp. Invalidation lives in the database, so a lost
or late write to Redis can only cost a miss, never a stale or private page. The key carries the
build (delivery/build.py), so a release never serves pages that point at static files it removed.

With the database unreachable, a page already in the cache is served as it is, marked
`X-Page-Cache: stale` and not for a CDN to keep; others answer 503 (delivery/outages.py). With the
cache unreachable, pages are simply rendered. Editors (who carry a session cookie) always get a fresh
page with their userbar.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

from .build import build_id
from .generations import keys_for_path, path_stamp
from .url_prefixes import url_prefix

# Vary values that cannot make two cookie-less requests for one URL differ.
HARMLESS_VARY = {"cookie", "accept-encoding"}


def uncached_prefixes():
    # The admin and its previews, private documents, and the health check must always be live.
    return (url_prefix("wagtailadmin_home"), "/documents/", url_prefix("healthz"))


def is_cacheable_request(request):
    return (
        request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
        and not request.path_info.startswith(uncached_prefixes())
        and keys_for_path(request.path_info) is not None
    )


def is_cacheable_response(response):
    cache_control = response.get("Cache-Control", "").lower()
    vary = {value.strip().lower() for value in response.get("Vary", "").split(",") if value.strip()}
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not any(word in cache_control for word in ("private", "no-cache", "no-store"))
        and vary <= HARMLESS_VARY
    )


def page_key(request):
    scheme = "https" if request.is_secure() else "http"
    url = f"{build_id()} {scheme}://{request.get_host()}{request.get_full_path()}"
    return f"page:{hashlib.sha256(url.encode()).hexdigest()}"


def freeze(response, stamp):
    headers = [(name, value) for name, value in response.items() if name.lower() != "set-cookie"]
    return {"stamp": stamp, "status": response.status_code, "headers": headers, "content": response.content}


def thaw(frozen, state):
    response = HttpResponse(frozen["content"], status=frozen["status"])
    for name, value in frozen["headers"]:
        response[name] = value
    response["X-Page-Cache"] = state
    if state == "stale":
        response["Cache-Control"] = "no-cache"  # for this outage only: no CDN keeps it
    return response


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_cacheable_request(request):
            return self.get_response(request)
        key = stamp = None
        if settings.PAGE_CACHE_SECONDS:
            key = page_key(request)
            frozen = cache.get(key)
            stamp = path_stamp(request.path_info)  # None: the database did not answer
            if frozen is not None:
                if stamp is None:
                    return thaw(frozen, "stale")
                if frozen.get("stamp") == stamp:
                    return thaw(frozen, "hit")
        response = self.get_response(request)
        if not is_cacheable_response(response):
            if key is not None and frozen is not None:
                # Made private or taken down since: drop the old copy, so that not even an outage
                # of the database (which serves what is cached) can bring it back.
                cache.delete(key)
            return response
        if settings.CDN_CACHE_SECONDS and not request.META.get("QUERY_STRING"):
            # A CDN may keep the page; delivery/cdn.py purges it when it changes. Query-string
            # variants are endless and could not all be purged: the CDN passes them through.
            patch_cache_control(response, public=True, s_maxage=settings.CDN_CACHE_SECONDS)
        if stamp is not None:
            cache.set(key, freeze(response, stamp), settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response
