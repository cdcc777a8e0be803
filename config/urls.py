from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from config.api import api_router
from core import views as core_views
from core.admin_hardening import chosen_multiple
from core.health import healthz, readyz
from core.permalinks import permalink
from core.robots import robots_txt
from core.sitemap import TranslatedSitemap

urlpatterns = [
    # Before Wagtail's own view at this address: it leaves out pages the page chooser hides.
    path("admin/choose-page/chosen-multiple/", chosen_multiple),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("p/<int:page_id>/", permalink, name="permalink"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": TranslatedSitemap}}, name="sitemap"),
    path("", include("sharing.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Per language: search, the API's page listings, the session-report feeds, the conference exports
# (a Chinese conference's calendar is at /zh-hans/events/<slug>/calendar.ics), then Wagtail's page
# tree, which must stay last. English keeps its unprefixed URLs, Chinese lives under /zh-hans/
# (core/languages.py picks the language).
urlpatterns += i18n_patterns(
    path("search/", core_views.search, name="search"),
    path("api/v2/", api_router.urls),
    path("", include("feeds.urls")),
    path("", include("conference.exporters.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
