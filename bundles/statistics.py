"""Bring PostgreSQL's planner statistics up to date after an import wrote a conference at once.

Autovacuum analyses a table only after a minute or more; until then the planner still sees the
tables as they were before the import (often empty) and picks poor join orders for the public
pages' queries: on the demo, the session page's participants query took twice as long to plan and
run before `ANALYZE` as after. SQLite has no such statistics to refresh.
https://www.postgresql.org/docs/current/sql-analyze.html
"""

from django.db import connection


def refresh_planner_statistics():
    if connection.vendor != "postgresql":
        return False
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return True
