"""The stored share card of a page."""

from django.db import models


class ShareCard(models.Model):
    """A page's generated share-card PNG, kept in media storage.

    The file name carries a random token so that the media URL cannot be guessed: the only public
    way to the image is /p/<id>/card.png, which answers for live public pages only.
    `fingerprint` is a hash of what the card shows, so publishing without visible changes does not
    redraw it.
    """

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="share_card"
    )
    image = models.FileField(upload_to="share-cards/", max_length=255)
    fingerprint = models.CharField(max_length=64)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "share card"

    def __str__(self):
        return f"Share card of page {self.page_id}"
