"""What a session is found by besides its own text: the names of its participants and their organisations.

Wagtail indexes the string returned here with the session (a method search field), so "Peilin Kuang",
"Kuang Peilin", the name in Chinese characters, another recorded spelling, or the name of the
company a participant spoke for all find the session. Every word of every spelling goes in; word
order does not matter to full-text search, so each name is written once. Names in Chinese characters
come with their characters and pairs (core/chinese_search.py), so that a part of a name finds them.
"""

from django.db.models import Q

from wagtail.search import index
from wagtail.signals import page_published

from core.chinese_search import index_terms
from speakers.models import OrganisationPage, SpeakerPage
from speakers.naming import split_lines


def participant_search_text(session):
    words = []
    participants = session.participants.select_related("speaker", "organisation", "speaker__organisation")
    for participant in participants:
        speaker = participant.speaker
        words += [
            speaker.title,
            speaker.given_name,
            speaker.family_name,
            speaker.native_name,
            *split_lines(speaker.other_names),
        ]
        organisation = participant.organisation or speaker.organisation
        if organisation is not None:
            words += [
                organisation.title,
                organisation.short_name,
                organisation.native_name,
                *split_lines(organisation.other_names),
            ]
    text = "\n".join(dict.fromkeys(word for word in words if word))
    return f"{text}\n{index_terms(text)}".strip()


def reindex_sessions_of(sender, instance, **kwargs):
    """page_published for a speaker or organisation: their sessions are found by the new name too."""
    from .models import SessionPage  # noqa: PLC0415 — cycle: models imports search_text

    # Page ids are unique across page types, so one filter serves speakers and organisations alike.
    named = (
        Q(participants__speaker_id=instance.pk)
        | Q(participants__organisation_id=instance.pk)
        | Q(participants__speaker__organisation_id=instance.pk)
    )
    for session in SessionPage.objects.filter(named).distinct():
        index.insert_or_update_object(session)


def connect_receivers():

    for model in (SpeakerPage, OrganisationPage):
        page_published.connect(reindex_sessions_of, sender=model, dispatch_uid=f"reindex-sessions-{model.__name__}")
