"""Cache keys for the body of report pages, which is the expensive part to build.

The home, conference, session and directory pages wrap their body in Django's {% cache %} with these
values (https://docs.djangoproject.com/en/5.2/topics/cache/#template-fragment-caching). The key carries
the content version (delivery/versions.py), so publishing, unpublishing, moving or deleting any page
makes every cached body stale at once; previews and private pages never read or keep one.
"""

from django import template

from delivery.restricted_pages import is_restricted
from delivery.versions import content_version

register = template.Library()

BODY_CACHE_SECONDS = 10 * 60


def is_personal(context):
    """A preview shows unsaved edits, and a private page may be shown to some and not others:
    neither is read from or written to the shared cache."""
    page = context.get("page")
    return bool(getattr(context.get("request"), "is_preview", False)) or is_restricted(page)


def is_variant(context):
    """A filtered directory is one of endless variations on its query string: not worth keeping."""
    return bool(context.get("is_filtered"))


@register.simple_tag(takes_context=True)
def page_body_cache_seconds(context):
    # 0 stores nothing. Without a version (cache unreachable) the key could not change on publish.
    if is_personal(context) or is_variant(context) or content_version() is None:
        return 0
    return BODY_CACHE_SECONDS


@register.simple_tag(takes_context=True)
def page_body_cache_key(context):
    request = context.get("request")
    mode = "personal" if is_personal(context) else "variant" if is_variant(context) else "public"
    # The host, because the body holds absolute links (permanent link, exports) for the site asked.
    host = request.get_host() if request is not None else ""
    return ":".join(str(part) for part in (content_version(), context["page"].pk, mode, host))


# How long the header, footer and breadcrumbs are kept; a publish makes them stale at once anyway.
CHROME_CACHE_SECONDS = 60 * 60


@register.simple_tag
def chrome_cache_key(*parts):
    """A fragment-cache key that changes whenever published content changes (delivery/versions.py).

    Used with Django's {% cache %} so the menu, breadcrumbs and site settings cost no query on
    most requests (https://docs.djangoproject.com/en/5.2/topics/cache/#template-fragment-caching).
    """
    return ":".join(str(part) for part in (content_version(), *parts))


@register.simple_tag
def chrome_cache_seconds():
    # Without a version (cache unreachable) the key could not change on publish: keep nothing.
    return CHROME_CACHE_SECONDS if content_version() is not None else 0
