"""The Site for a request from memory while the site generations stand.

Wagtail finds a request's Site with one query that ranks every Site by hostname, port and default
flag, and its router then loads the root page's specific object: two queries on every request, for
answers that only change when a site is saved or a site's root page changes (each moves a
generation: `site`, or `tree:/`, delivery/generations.py). So each process remembers, per host and
port, the Site that Wagtail found (with the specific root page it loaded cached on it) under those
generations, for at most MEMO_SECONDS, and hands it to later requests through Wagtail's per-request
slot `request._wagtail_site`, which `Site.find_for_request` reads: Wagtail has no public way to give
a request its Site, and this private attribute is the one its own lookup fills and trusts.
The middleware itself never queries: a request that needs no site (the health check, static files)
costs nothing, and one with the database down fails where it would have anyway. The remembered
objects are only read.
"""

from django.http.request import split_domain_port

from wagtail.models import Site

from .generations import SITE, StampMemo, read_for_request, stamp_of, tree_key

# Hosts are limited by ALLOWED_HOSTS already; a bound anyway, in case that allows any.
MAX_REMEMBERED_HOSTS = 64
MEMO_SECONDS = 300

_remembered = StampMemo(max_entries=MAX_REMEMBERED_HOSTS, max_age=MEMO_SECONDS)


def sites_stamp():
    return stamp_of([SITE, tree_key("/")])


def host_of(request):
    return split_domain_port(request.get_host())[0], request.get_port()


class RememberedSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        read_for_request(request.path_info)  # the one query for all of this request's generations
        stamp = sites_stamp()
        site = _remembered.get(stamp, host_of(request))
        if site is not None:
            request._wagtail_site = site
        response = self.get_response(request)
        found = getattr(request, "_wagtail_site", None)
        if site is None and isinstance(found, Site):
            _remembered.set(stamp, host_of(request), found)
        return response
