"""CDN purging beyond what Wagtail's frontend cache app does by itself.

`wagtail.contrib.frontend_cache` purges a page's URL when it is published or unpublished. A moved
page changes URL without either, so its old address (now a redirect) and both parents' listings
are purged here. Does nothing unless WAGTAILFRONTENDCACHE is configured (production, by environment).
https://docs.wagtail.org/en/stable/reference/contrib/frontendcache.html
"""

from django.conf import settings
from django.dispatch import receiver

from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.signals import post_page_move


def old_url(page, url_path_before):
    site_id, root_url, page_path = page.get_url_parts()
    if root_url is None:
        return None
    # The page's path below its site's root, before the move.
    site_root_path = page.url_path[: len(page.url_path) - len(page_path) + 1]
    if not url_path_before.startswith(site_root_path):
        return None
    return root_url + url_path_before[len(site_root_path) - 1 :]


@receiver(post_page_move, dispatch_uid="delivery.cdn.purge_moved_page")
def purge_moved_page(sender, instance, parent_page_before, parent_page_after, url_path_before, **kwargs):
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None) or not instance.live:
        return
    urls = [old_url(instance, url_path_before), instance.full_url, parent_page_before.full_url]
    urls.append(parent_page_after.full_url)
    purge_urls_from_cache([url for url in dict.fromkeys(urls) if url])
