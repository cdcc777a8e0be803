"""Invalidation state, kept in the database so that it commits or rolls back with the content.

A cached page or fragment records the generations it was rendered under (delivery/generations.py);
publishing, unpublishing, moving, deleting or restricting a page moves the generations of the paths
that show it, in the same transaction. The shared cache (Redis) then only holds rendered bytes: a
write to it that never lands can cost a miss, never a stale or private page.
"""

from django.db import models


class Generation(models.Model):
    """One counter per invalidation key: a path (`page:/events/x/`), a subtree (`tree:/events/x/`)
    or a site-wide scope (`site`, `chrome`, `restrictions`)."""

    key = models.CharField(max_length=255, primary_key=True)
    value = models.BigIntegerField()

    def __str__(self):
        return f"{self.key} = {self.value}"
