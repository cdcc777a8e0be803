"""Routes for sharing: the share-card image of a page."""

from django.urls import path

from .share_cards.views import share_card

urlpatterns = [
    path("p/<int:page_id>/card.png", share_card, name="share_card"),
]
