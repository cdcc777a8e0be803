"""A lost database or media store is a 503 that says "try again shortly", not a 500.

When PostgreSQL restarts or fails over, queries raise OperationalError (or InterfaceError for a
connection already closed); when the S3 endpoint is unreachable, a document download raises a
ServiceUnavailable (core/storage.py's MediaStorageUnavailable). That is an outage, not a bug: the
reader gets a plain page with `Retry-After`, the load balancer and CDN see 503 (which they do not
cache), and the next request tries again by itself (database connections are health-checked). The
page template touches no database.
"""

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 5


class ServiceUnavailable(OSError):
    """A service the page needs (media storage, say) did not answer: the apps above raise a subclass."""


OUTAGES = (OperationalError, InterfaceError, ServiceUnavailable)


class OutageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OUTAGES):
            return None
        logger.error("Service unavailable while serving %s: %s", request.path, exception)
        # No request context: context processors could reach for the database too.
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        add_never_cache_headers(response)
        return response
