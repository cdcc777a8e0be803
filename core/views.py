"""Site-wide views: search over live public pages. The health check lives in core/health.py."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse

from wagtail.models import Page

SEARCH_PAGE_SIZE = 10
# Long enough for any real query; longer terms only cost time.
MAX_QUERY_LENGTH = 200


def search(request):
    # A double quote is a syntax error to SQLite's full-text search (a 500 in development and the demo).
    query = request.GET.get("q", "").replace("\x00", "").replace('"', " ").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        # live() and public(): drafts and pages behind a privacy restriction never appear. not_exact_type:
        # the bare root page only; not_type(Page) would drop every page type, all being Page subclasses.
        results = Page.objects.live().public().not_exact_type(Page).specific().search(query)
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
        {"search_query": query, "results": page, "paginator": paginator},
    )
