"""Short permanent links: /p/<page id>/ always leads to the page, wherever it has moved.

A page's id never changes, unlike its slug and place in the tree, so staff can paste the
permanent link in newsletters and social posts before a page is final.
"""

from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_safe

from wagtail.models import Page


def permalink_path(page_id):
    return reverse("permalink", args=[page_id])


def absolute_permalink(page, request=None):
    """The permanent link on the page's own site, e.g. https://example.com/p/42/; "" off-site."""
    url_parts = page.get_url_parts(request)
    if url_parts is None:
        return ""
    _site_id, root_url, _page_path = url_parts
    return root_url + permalink_path(page.pk)


@require_safe
def permalink(request, page_id):
    """Redirect to the page's current URL; 404 for drafts, unpublished and private pages.

    A temporary (302) redirect: the target may move again, and browsers keep a 301 forever.
    """
    page = Page.objects.live().public().filter(pk=page_id).first()
    url = page.get_url(request) if page is not None else None
    if url is None:
        raise Http404("No live public page with this id.")
    return redirect(url)
