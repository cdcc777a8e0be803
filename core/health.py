"""Probes for load balancers and operators, answered before the Host header is looked at.

`/healthz` (liveness, what a load balancer probes): 200 when this node can serve pages, 503 when it
cannot. Only the database decides: a node without its database cannot render a page, while a lost
Redis only makes pages slower (delivery/cache_backend.py) and a lost media store only breaks new
renditions and downloads (core/storage.py), so taking every node out for them would turn a slowdown
into an outage. The other dependencies are reported for the operator all the same.

`/readyz` (readiness, for deploy scripts and monitoring): 200 only when every dependency answers,
else 503; the body names each dependency as "ok" or "unavailable", so it says which one is down.

Load balancers probe by the node's address, which is not in ALLOWED_HOSTS, so `HealthCheckMiddleware`
answers these two paths first in the middleware chain, before anything calls `request.get_host()`.
Every other path still goes through Django's host validation unchanged.
"""

from django.core.files.storage import default_storage
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from delivery.cache_backend import shared_cache_answers
from delivery.url_prefixes import url_prefix

from .storage import is_reachable, rendition_storage

OK, UNAVAILABLE = "ok", "unavailable"


def database_answers():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # noqa: BLE001 - any database failure means unhealthy
        return False
    return True


def media_answers():
    """One HEAD of the bucket per storage (none for local disk), bounded by the client's timeouts."""
    return is_reachable(default_storage) and is_reachable(rendition_storage())


def dependency_states():
    return {
        "database": OK if database_answers() else UNAVAILABLE,
        "cache": OK if shared_cache_answers() else UNAVAILABLE,
    }


def answer(dependencies, required):
    up = all(dependencies[name] == OK for name in required)
    return JsonResponse({"status": OK if up else UNAVAILABLE, **dependencies}, status=200 if up else 503)


@never_cache
def healthz(request):
    return answer(dependency_states(), required=["database"])


@never_cache
def readyz(request):
    dependencies = {**dependency_states(), "media": OK if media_answers() else UNAVAILABLE}
    return answer(dependencies, required=list(dependencies))


class HealthCheckMiddleware:
    """First in MIDDLEWARE: the probes are answered whatever the Host header and over plain HTTP."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == url_prefix("healthz"):
            return healthz(request)
        if request.path_info == url_prefix("readyz"):
            return readyz(request)
        return self.get_response(request)
