"""What conference adds to the pages of the apps below (registered in conference/wagtail_hooks.py).

- The home page's latest edition, recent reports and past editions (core/extensions.py).
- Sessions and conferences as kinds of search results (core/extensions.py).
- A speaker's sessions and an organisation's conference roles (speakers/extensions.py).
"""

from functools import partial

from core.extensions import HomeSection
from core.privacy import shown_to_everyone
from delivery.lazy_context import lazy_context
from speakers.extensions import ProfileSection

from .models import ConferencePage, SessionPage, SessionParticipant, Sponsorship
from .queries import APPEARANCE_ORDER


def home_sections(home_page):
    """The latest edition, its recent reports and the past editions, loaded on first use."""
    keys = ("latest_conference", "past_editions", "recent_sessions")
    return HomeSection(
        template="conference/includes/home_sections.html",
        context=lazy_context(partial(ConferencePage.objects.home_page_context, home_page.locale_id), keys),
    )


def session_search_kind():
    return "session", SessionPage


def conference_search_kind():
    return "conference", ConferencePage


def speaker_sessions(speaker):
    """This person's live session appearances, newest conference first (one query).

    Live and public, conference included: a private conference's talks stay private. Newest day
    first, then agenda order, untimed last on every database.
    """
    appearances = (
        # A page in another language reaches this speaker only until its translation exists.
        SessionParticipant.objects.filter(speaker=speaker, session__locale_id=speaker.locale_id)
        .filter(shown_to_everyone("session"))
        .select_related("session", "organisation")
        .defer("session__summary")  # a list of links: the summaries are not read
        .order_by(*APPEARANCE_ORDER)
    )
    return ProfileSection(template="conference/includes/speaker_sessions.html", items=appearances)


def organisation_roles(organisation):
    """The organisation's roles (host, sponsor, ...) at live public conferences."""
    sponsorships = (
        Sponsorship.objects.filter(organisation=organisation, conference__locale_id=organisation.locale_id)
        .filter(shown_to_everyone("conference"))
        .select_related("conference")
    )
    return ProfileSection(template="conference/includes/organisation_roles.html", items=sponsorships)
