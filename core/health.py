"""`/healthz` for load balancers: 200 when this node can serve pages, 503 when it cannot.

Only the database decides: a node without its database cannot render a page, while a lost Redis
only makes pages slower (delivery/cache_backend.py), so taking every node out for it would turn a
slowdown into an outage. The cache's state is reported for the operator all the same.
"""

from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from delivery.cache_backend import shared_cache_answers


def database_answers():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # noqa: BLE001 - any database failure means unhealthy
        return False
    return True


@never_cache
def healthz(request):
    database_ok = database_answers()
    cache_ok = shared_cache_answers()
    body = {
        "status": "ok" if database_ok else "unavailable",
        "database": "ok" if database_ok else "unavailable",
        "cache": "ok" if cache_ok else "unavailable",
    }
    return JsonResponse(body, status=200 if database_ok else 503)
