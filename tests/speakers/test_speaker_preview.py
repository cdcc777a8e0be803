"""A speaker page's preview shows the portrait and employer chosen in the form, not the saved ones,
although the live page loads both from the database in one query (SpeakerPage.get_context)."""

import pytest

from tests.factories import ImageFactory, OrganisationPageFactory, SpeakerPageFactory

pytestmark = pytest.mark.django_db


def test_preview_shows_the_portrait_and_employer_chosen_in_the_form():
    saved_photo, chosen_photo = ImageFactory(title="Saved portrait"), ImageFactory(title="Chosen portrait")
    saved_employer = OrganisationPageFactory(title="Saved Refinery Co., Ltd.")
    chosen_employer = OrganisationPageFactory(title="Chosen Mining Co., Ltd.")
    speaker = SpeakerPageFactory(photo=saved_photo, organisation=saved_employer)

    speaker.photo, speaker.organisation = chosen_photo, chosen_employer  # what the editor's form holds
    html = speaker.make_preview_request().content.decode()

    assert "Chosen Mining Co., Ltd." in html and "Saved Refinery Co., Ltd." not in html
    assert f"images/{chosen_photo.file.name.rsplit('/', 1)[-1].rsplit('.', 1)[0]}" in html
