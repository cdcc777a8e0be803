"""Fetch what readers get at a URL: through Django's test client, as an anonymous visitor of the site.

The whole request path runs (middleware, Wagtail's serve view with its live and privacy checks,
routable export routes), so the archive holds exactly the public HTML and files; the request
carries the site's own host name and scheme, as a reader's would.
"""

from django.test import Client
from django.utils import translation

from .errors import ArchiveError


class SiteReader:
    def __init__(self, site):
        host = site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"
        self.client = Client(HTTP_HOST=host)
        self.secure = site.port == 443
        self.host = host

    def get(self, path):
        """The response to an anonymous GET of `path`, whatever its status."""
        # LocaleMiddleware leaves the language of the path it served active; the export's own
        # reverse() and templates keep theirs.
        with translation.override(translation.get_language()):
            return self.client.get(path, secure=self.secure)

    def content(self, path):
        """The body at `path`, or None when readers would not get it (an error, a redirect to a login)."""
        response = self.get(path)
        if response.status_code != 200:
            return None
        if response.streaming:
            return b"".join(response.streaming_content)
        return response.content

    def page_html(self, path):
        """The HTML of a page that must render; anything but a 200 stops the export."""
        response = self.get(path)
        if response.status_code != 200:
            hint = f" Is {self.host} in DJANGO_ALLOWED_HOSTS?" if response.status_code == 400 else ""
            raise ArchiveError(f"{path} answered {response.status_code} instead of a page.{hint}")
        return response.content.decode(response.charset or "utf-8")
