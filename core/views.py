"""Site-wide views: search over live public pages, and a health check for load balancers."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import connection
from django.http import JsonResponse
from django.template.response import TemplateResponse

from wagtail.models import Page

SEARCH_PAGE_SIZE = 10
# Long enough for any real query; longer terms only cost time.
MAX_QUERY_LENGTH = 200


def search(request):
    query = request.GET.get("q", "").replace("\x00", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        # live() and public(): drafts and pages behind a privacy restriction never appear.
        results = Page.objects.live().public().not_type(Page).specific().search(query)
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


def healthz(request):
    """200 when the database answers; 503 otherwise, so a load balancer takes the node out."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # noqa: BLE001 - any database failure means unhealthy
        return JsonResponse({"status": "unavailable"}, status=503)
    return JsonResponse({"status": "ok"})
