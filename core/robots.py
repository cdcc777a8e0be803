"""/robots.txt: what crawlers may visit, and where the sitemap is."""

from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from wagtail.models import Site

# The admin is not for crawlers; search result pages are endless variations of other pages.
DISALLOWED = ["/admin/", "/search/"]


@require_safe
def robots_txt(request):
    site = Site.find_for_request(request)
    root_url = site.root_url if site is not None else request.build_absolute_uri("/").rstrip("/")
    lines = [
        "User-agent: *",
        *(f"Disallow: {path}" for path in DISALLOWED),
        "",
        f"Sitemap: {root_url}{reverse('sitemap')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
