"""The public address of a page's share card."""

from django.urls import reverse


def share_card_url(page, root_url):
    """Absolute /p/<id>/card.png; `?v=` changes on each publish, so networks fetch the new card."""
    url = root_url + reverse("share_card", args=[page.pk])
    if page.last_published_at is not None:
        url += f"?v={int(page.last_published_at.timestamp())}"
    return url
