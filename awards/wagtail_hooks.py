"""Awards' parts of the pages and tools of the apps below (awards/contributions.py)."""

from wagtail import hooks

from conference.extensions import NEXT_EDITION_HOOK, REPORT_LINKED_PAGES_HOOK, REPORT_SECTIONS_HOOK
from core.extensions import SEARCH_KINDS_HOOK
from speakers.extensions import ORGANISATION_SECTIONS_HOOK

from .contributions import award_cards, copy_to_next_edition, organisation_awards, recipient_page_ids
from .models import AwardPage

hooks.register(REPORT_SECTIONS_HOOK, award_cards)
hooks.register(NEXT_EDITION_HOOK, copy_to_next_edition)
hooks.register(REPORT_LINKED_PAGES_HOOK, recipient_page_ids)
# After conference's roles (order 0): an organisation's page lists its roles, then its awards.
hooks.register(ORGANISATION_SECTIONS_HOOK, organisation_awards, order=10)


# After speakers and organisations (20, 30), before conferences (50).
@hooks.register(SEARCH_KINDS_HOOK, order=40)
def award_search_kind():
    return "award", AwardPage
