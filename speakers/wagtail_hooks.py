"""Admin registrations for people and organisations."""

from wagtail import hooks

from .editing.choosers import organisation_chooser_viewset, speaker_chooser_viewset


@hooks.register("register_admin_viewset")
def register_speaker_chooser():
    return speaker_chooser_viewset


@hooks.register("register_admin_viewset")
def register_organisation_chooser():
    return organisation_chooser_viewset
