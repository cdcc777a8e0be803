"""Site-wide views: search over live public pages. The health check lives in core/health.py."""

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse

from wagtail.models import Locale, Page

from . import extensions
from .search_query import clean_query, reader_query

SEARCH_PAGE_SIZE = 10


def search_kinds():
    """[(kind, plural label, content type)] for the kind filter, from the apps' hooks (core/extensions.py)."""
    kinds = extensions.search_kinds()
    content_types = ContentType.objects.get_for_models(*(model for _kind, model in kinds))
    return [(kind, model._meta.verbose_name_plural, content_types[model]) for kind, model in kinds]


def search(request):
    query = clean_query(request.GET.get("q", ""))
    backend_query = reader_query(query)
    kind = request.GET.get("kind", "")
    # live() and public(): drafts and pages behind a privacy restriction never appear. not_exact_type:
    # the bare root page only; not_type(Page) would drop every page type, all being Page subclasses.
    # The request's language only: /search/ finds English pages, /zh-hans/search/ Chinese ones.
    pages = Page.objects.live().public().not_exact_type(Page).filter(locale=Locale.get_active())
    # How many results of each kind, from one grouped query, for the kind filter.
    counts = pages.search(backend_query).facet("content_type_id") if backend_query is not None else {}
    kinds = [
        {"value": value, "label": label, "count": counts.get(content_type.pk, 0), "content_type": content_type}
        for value, label, content_type in search_kinds()
    ]
    chosen = next((item for item in kinds if item["value"] == kind), None)
    if chosen is not None:
        pages = pages.filter(content_type=chosen["content_type"])
    results = pages.specific().search(backend_query) if backend_query is not None else Page.objects.none()
    paginator = Paginator(results, SEARCH_PAGE_SIZE)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page = paginator.page(1)
    except (EmptyPage, ValueError, OverflowError):
        page = paginator.page(paginator.num_pages)
    return TemplateResponse(
        request,
        "core/search.html",
        {
            "search_query": query,
            "results": page,
            "paginator": paginator,
            "kinds": kinds,
            "kind": chosen["value"] if chosen else "",
        },
    )
