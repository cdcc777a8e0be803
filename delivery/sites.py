"""The Site for a request from memory while the content version stands.

Wagtail finds a request's Site with one query that ranks every Site by hostname, port and default
flag, and its router then loads the root page's specific object: two queries on every request, for
answers that only change when a site or page is saved (both bump the content version,
delivery/versions.py). So each process remembers, per host and port, the Site that Wagtail found (with the
specific root page it loaded cached on it) under the current version, and hands it to later requests
through Wagtail's own per-request slot, `request._wagtail_site`, which `Site.find_for_request` reads.
The middleware itself never queries: a request that needs no site (the health check, static files)
costs nothing, and one with the database down fails where it would have anyway. The remembered
objects are only read.
"""

from django.http.request import split_domain_port

from wagtail.models import Site

from .versions import VersionMemo, content_version

# Hosts are limited by ALLOWED_HOSTS already; a bound anyway, in case that allows any.
MAX_REMEMBERED_HOSTS = 64

_remembered = VersionMemo(max_entries=MAX_REMEMBERED_HOSTS)


def host_of(request):
    return split_domain_port(request.get_host())[0], request.get_port()


class RememberedSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        version = content_version()
        site = _remembered.get(version, host_of(request))
        if site is not None:
            request._wagtail_site = site
        response = self.get_response(request)
        found = getattr(request, "_wagtail_site", None)
        if site is None and isinstance(found, Site):
            _remembered.set(version, host_of(request), found)
        return response
