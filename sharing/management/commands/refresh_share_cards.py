"""Redraw the share cards of every live public page, e.g. after the card design changed."""

from django.core.management.base import BaseCommand

from wagtail.models import Page

from sharing.share_cards.service import refresh_card


class Command(BaseCommand):
    help = "Draw or redraw the share card of every live public page (unchanged cards are kept)."

    def handle(self, *args, **options):
        page_ids = list(Page.objects.live().public().filter(depth__gt=1).values_list("pk", flat=True))
        for page_id in page_ids:
            refresh_card(page_id)
        self.stdout.write(f"Share cards checked for {len(page_ids)} pages.")
