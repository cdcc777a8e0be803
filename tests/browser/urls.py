"""The project's URLs plus uploaded media, which the live test server does not serve by itself."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from config.urls import urlpatterns as project_urlpatterns

media_prefix = settings.MEDIA_URL.lstrip("/")
# Media first: the project's last pattern hands every remaining path to Wagtail.
urlpatterns = [
    re_path(rf"^{media_prefix}(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *project_urlpatterns,
]
