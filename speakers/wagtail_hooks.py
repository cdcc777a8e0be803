"""Admin registrations for people and organisations, and their kinds of search results (core/extensions.py)."""

from wagtail import hooks

from core.extensions import SEARCH_KINDS_HOOK

from .editing.choosers import organisation_chooser_viewset, speaker_chooser_viewset
from .models import OrganisationPage, SpeakerPage


@hooks.register("register_admin_viewset")
def register_speaker_chooser():
    return speaker_chooser_viewset


@hooks.register("register_admin_viewset")
def register_organisation_chooser():
    return organisation_chooser_viewset


# After sessions (10, conference), before awards (40) and conferences (50).
@hooks.register(SEARCH_KINDS_HOOK, order=20)
def speaker_search_kind():
    return "speaker", SpeakerPage


@hooks.register(SEARCH_KINDS_HOOK, order=30)
def organisation_search_kind():
    return "organisation", OrganisationPage
