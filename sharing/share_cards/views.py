"""Serve a page's share card at a stable address: /p/<id>/card.png."""

from django.http import FileResponse, Http404
from django.views.decorators.http import require_safe

from .models import ShareCard
from .service import is_shareable, refresh_card

# Social networks fetch the image once and keep it; an hour keeps a redrawn card from lagging long.
MAX_AGE = 60 * 60


@require_safe
def share_card(request, page_id):
    """The card of a live public page; 404 for drafts, private pages and unknown ids.

    A page published before cards existed gets its card drawn on the first request.
    """
    if not is_shareable(page_id):
        raise Http404("No live public page with this id.")
    card = ShareCard.objects.filter(page_id=page_id).first()
    try:
        image = card.image.open("rb") if card is not None else None
    except OSError:  # the file went missing from storage; draw it again
        image = None
    if image is None:
        image = refresh_card(page_id).image.open("rb")
    response = FileResponse(image, content_type="image/png")
    response["Cache-Control"] = f"public, max-age={MAX_AGE}"
    return response
