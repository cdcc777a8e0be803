"""Make, store and remove share cards.

A card is drawn only from a live, public page, so a draft, a private page or a preview never
reaches an image.
"""

import hashlib
import io
import secrets
from dataclasses import replace

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction

from wagtail.models import Page

from core.models import SiteSettings
from core.site_identity import identity_for

from .content import card_content
from .models import ShareCard
from .render import render_card

# Raise when the card design changes, so every card is redrawn on its next refresh.
DESIGN_VERSION = 1


def brand_name(page):
    """The site's name as shown on the card: the Wagtail site's name, or the project's."""
    site = page.get_site()
    name = identity_for(site, lambda: SiteSettings.for_site(site), page.locale.language_code).site_name if site else ""
    return name or settings.WAGTAIL_SITE_NAME


def fingerprint(content):
    """A hash of everything drawn on the card, pictures and the design's version included."""
    pictures = [content.picture, *(person.photo for person in content.people)]
    words = replace(content, picture=None, people=[replace(person, photo=None) for person in content.people])
    digest = hashlib.sha256(f"{DESIGN_VERSION}:{words!r}".encode())
    for picture in pictures:
        digest.update(picture.tobytes() if picture is not None else b"-")
    return digest.hexdigest()


def is_shareable(page_id):
    return Page.objects.live().public().filter(pk=page_id).exists()


def shareable_page(page_id):
    """The live, public page with this id as its specific type, or None."""
    page = Page.objects.live().public().filter(pk=page_id).first()
    return page.specific if page is not None else None


def refresh_card(page_id):
    """Draw and store the card of a live public page; drop the card of any other. Returns the card."""
    page = shareable_page(page_id)
    if page is None:
        remove_card(page_id)
        return None
    content = card_content(page, brand_name(page))
    stamp = fingerprint(content)
    card = ShareCard.objects.filter(page_id=page.pk).first()
    if card is not None and card.fingerprint == stamp and card.image.storage.exists(card.image.name):
        return card
    buffer = io.BytesIO()
    render_card(content).save(buffer, format="PNG", optimize=True)
    old_name = card.image.name if card is not None else None
    card = card or ShareCard(page_id=page.pk)
    card.fingerprint = stamp
    card.image.save(f"{page.pk}-{secrets.token_hex(8)}.png", ContentFile(buffer.getvalue()), save=False)
    card.save()
    if old_name:
        storage = card.image.storage
        transaction.on_commit(lambda: storage.delete(old_name))
    return card


def remove_card(page_id):
    """Delete a page's card, e.g. when the page is unpublished; the file goes with it (see signals)."""
    ShareCard.objects.filter(page_id=page_id).delete()
