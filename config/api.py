"""The read-only Wagtail API v2 at /api/v2/ (and /zh-hans/api/v2/ for Chinese pages): pages, images
and documents.

https://docs.wagtail.org/en/stable/advanced_topics/api/v2/configuration.html

Wagtail's own endpoints already hide drafts; they let a signed-in user or a password session see
private pages and documents, though. The API is public data for partner sites, so here nothing behind
a privacy restriction appears, whoever asks.
"""

from django.utils.translation import get_language

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Collection, CollectionViewRestriction


class PublicPagesAPIViewSet(PagesAPIViewSet):
    def get_base_queryset(self):
        pages = super().get_base_queryset().live().public()
        # Listings are per language like the site: /api/v2/pages/ lists English pages,
        # /zh-hans/api/v2/pages/ Chinese ones; `?locale=` asks for another. A page's own address
        # (/api/v2/pages/<id>/) answers in whichever language the page is.
        if self.action == "listing_view" and "locale" not in self.request.GET:
            pages = pages.filter(locale__language_code=get_language())
        return pages


def restricted_collection_ids():
    """Collections with a view restriction, and every collection below them."""
    restricted = Collection.objects.filter(
        id__in=CollectionViewRestriction.objects.values("collection_id")
    ).values_list("path", flat=True)
    ids = set()
    for path in restricted:
        ids.update(Collection.objects.filter(path__startswith=path).values_list("id", flat=True))
    return ids


class PublicDocumentsAPIViewSet(DocumentsAPIViewSet):
    def get_queryset(self):
        return super().get_queryset().exclude(collection__in=restricted_collection_ids())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
