"""Models of the sharing app."""

from .share_cards.models import ShareCard  # noqa: F401  (the share-card feature keeps its model with it)
