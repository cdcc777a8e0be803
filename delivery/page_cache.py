"""Whole rendered pages for anonymous readers, in the shared cache.

A public page is built from many queries and templates; most readers are anonymous and see the
same bytes. This middleware stores a 200 answer to a cookie-less GET together with the content
version it was rendered under (delivery/versions.py), and serves it only while that is still the current
version, so a publish anywhere makes every stored page stale at once. The version and the page come
back from Redis in one round trip. Editors (who carry a session cookie) always get a fresh page with
their userbar. With the cache unreachable the version is unknown, and pages are simply rendered.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

from .url_prefixes import url_prefix
from .versions import content_version_and

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
    url = f"{scheme}://{request.get_host()}{request.get_full_path()}"
    return f"page:{hashlib.sha256(url.encode()).hexdigest()}"


def freeze(response, version):
    headers = [(name, value) for name, value in response.items() if name.lower() != "set-cookie"]
    return {"version": version, "status": response.status_code, "headers": headers, "content": response.content}


def thaw(frozen):
    response = HttpResponse(frozen["content"], status=frozen["status"])
    for name, value in frozen["headers"]:
        response[name] = value
    return response


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_cacheable_request(request):
            return self.get_response(request)
        key = version = None
        if settings.PAGE_CACHE_SECONDS:
            key = page_key(request)
            version, frozen = content_version_and(key)
            if frozen is not None and version is not None and frozen.get("version") == version:
                response = thaw(frozen)
                response["X-Page-Cache"] = "hit"
                return response
        response = self.get_response(request)
        if not is_cacheable_response(response):
            return response
        if settings.CDN_CACHE_SECONDS:
            # A CDN may keep the page; Wagtail's frontend cache app purges it on publish.
            patch_cache_control(response, public=True, s_maxage=settings.CDN_CACHE_SECONDS)
        if version is not None:
            cache.set(key, freeze(response, version), settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response
