"""Cache keys for fragments: page bodies and heads, the header, footer and breadcrumbs.

Templates wrap these parts in Django's {% cache %} with these values
(https://docs.djangoproject.com/en/5.2/topics/cache/#template-fragment-caching). Every key carries a
stamp (delivery/generations.py: the build and the generations that a change moves) and the Site,
since two sites show different names, settings and links. A page's own fragments (body, head,
breadcrumbs) take the stamp of the request's path; the header and footer, shared by every page,
take the site-wide one (sites, settings, menu pages, restrictions). A preview or a private page
neither reads nor writes a shared fragment: its key is unique to the render and its lifetime 0.
"""

import uuid

from django import template

from wagtail.models import Site

from delivery.generations import CHROME, RESTRICTIONS, SITE, path_stamp, stamp_of
from delivery.restricted_pages import is_restricted

register = template.Library()

BODY_CACHE_SECONDS = 10 * 60
# How long the header, footer and breadcrumbs are kept; a change moves their key anyway.
CHROME_CACHE_SECONDS = 60 * 60


def is_preview(context):
    return bool(getattr(context.get("request"), "is_preview", False))


def is_personal(context):
    """A preview shows unsaved edits, and a private page may be shown to some and not others:
    neither is read from or written to the shared cache."""
    return is_preview(context) or is_restricted(context.get("page"))


def is_variant(context):
    """A filtered directory is one of endless variations on its query string: not worth keeping."""
    return bool(context.get("is_filtered"))


def request_stamp(context):
    request = context.get("request")
    return path_stamp(request.path_info) if request is not None else None


def chrome_stamp():
    return stamp_of([SITE, CHROME, RESTRICTIONS])


def fragment_key(context, stamp, *parts):
    """Stamp and Site for a shared fragment; for a personal render, a key no other render has."""
    request = context.get("request")
    if request is None or is_preview(context):
        return f"personal:{uuid.uuid4().hex}"
    site = Site.find_for_request(request)
    return ":".join(str(part) for part in (stamp, site.pk if site else "-", *parts))


@register.simple_tag(takes_context=True)
def page_body_cache_seconds(context):
    # 0 stores nothing. Without a stamp (database unreachable) nothing is kept either.
    if is_personal(context) or is_variant(context) or request_stamp(context) is None:
        return 0
    return BODY_CACHE_SECONDS


@register.simple_tag(takes_context=True)
def page_body_cache_key(context):
    if is_personal(context):
        return f"personal:{uuid.uuid4().hex}"
    mode = "variant" if is_variant(context) else "public"
    # The host too, because the body holds absolute links (permanent link, exports) for the site asked.
    request = context.get("request")
    host = request.get_host() if request is not None else ""
    return fragment_key(context, request_stamp(context), context["page"].pk, mode, host)


@register.simple_tag(takes_context=True)
def page_fragment_key(context, *parts):
    """For parts of one page other than its body (breadcrumbs): stale when the page's path is."""
    return fragment_key(context, request_stamp(context), *parts)


@register.simple_tag(takes_context=True)
def chrome_cache_key(context, *parts):
    """For the header and footer, shared by every page of a site."""
    return fragment_key(context, chrome_stamp(), *parts)


@register.simple_tag(takes_context=True)
def chrome_cache_seconds(context):
    if is_preview(context) or request_stamp(context) is None:
        return 0
    return CHROME_CACHE_SECONDS
