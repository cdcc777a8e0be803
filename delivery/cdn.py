"""Purging the CDN of the addresses a change made stale, in a background task.

delivery/invalidation.py works out the addresses (the changed page under every Site, the pages that
show it, the listings); this task hands them to Wagtail's frontend cache app, which knows the CDN's
API. A purge waits for the CDN's answer, so it runs in the task worker rather than in the editor's
request (django-tasks; with the default immediate backend it runs at once). Does nothing unless
WAGTAILFRONTENDCACHE is configured (production, by environment). Query-string variants of a page are
never given to the CDN to keep (delivery/page_cache.py), so the plain addresses are all there is to purge.
https://docs.wagtail.org/en/stable/reference/contrib/frontendcache.html
"""

from django_tasks import task

from django.conf import settings

from wagtail.contrib.frontend_cache.utils import PurgeBatch


@task()
def purge_urls(urls):
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    batch = PurgeBatch()
    batch.add_urls(urls)
    batch.purge()
