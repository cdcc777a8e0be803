"""The session edit form's POST data, as the admin sends it, for tests that save through the edit view."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield


def edit_form(session, participants, **extra):
    return nested_form_data(
        {
            "title": session.title,
            "slug": session.slug,
            "kind": "keynote",
            "track": "",
            "date": "2025-05-16",
            "start_time": "10:00",
            "end_time": "",
            "room": "",
            "teaser": "Why silver follows copper.",
            "summary": streamfield([]),
            "participants": inline_formset(participants),
            "links": inline_formset([]),
            "comments": inline_formset([]),
            "video_url": "",
            **extra,
        }
    )


def participant(speaker, role="speaker", **fields):
    return {"speaker": speaker.pk, "role": role, "position": "", "organisation": "", **fields}
