"""A figure's alt text: the image's own description when left empty, an error on save when neither exists."""

import pytest

from django.urls import reverse

from wagtail.test.utils.form_data import streamfield

from tests.factories import ConferencePageFactory, ImageFactory, SessionPageFactory

from .session_form import edit_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft_session():
    return SessionPageFactory(parent=ConferencePageFactory(), live=False, title="Silver and Gold Price Trends")


def save_draft_with_figure(client, session, image, alt_text):
    figure = {"image": image.pk, "alt_text": alt_text, "caption": "Global silver balance, 2016-2025", "credit": ""}
    form = edit_form(session, [], summary=streamfield([("figure", figure)]))
    return client.post(reverse("wagtailadmin_pages:edit", args=(session.pk,)), form)


def saved_figure(session):
    return session.revisions.order_by("-pk").first().as_object().summary[0].value


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("", "Bar chart: silver supply and demand, 2016-2025"),
        ("Deficit narrowing to 117.6 Moz", "Deficit narrowing to 117.6 Moz"),
    ],
    ids=["empty-takes-the-image-description", "typed-wins"],
)
def test_alt_text_defaults_to_the_image_description(client, editor, draft_session, typed, kept):
    image = ImageFactory(description="Bar chart: silver supply and demand, 2016-2025")
    client.force_login(editor)

    response = save_draft_with_figure(client, draft_session, image, alt_text=typed)

    assert response.status_code == 302
    assert saved_figure(draft_session)["alt_text"] == kept


def test_missing_alt_text_is_refused_on_save_draft_and_keeps_what_was_typed(client, editor, draft_session):
    image = ImageFactory(description="")
    client.force_login(editor)

    response = save_draft_with_figure(client, draft_session, image, alt_text="")

    content = response.content.decode()
    assert response.status_code == 200
    assert "Alt text is required: this image has no description of its own." in content
    assert "Global silver balance, 2016-2025" in content
    assert draft_session.revisions.count() == 0
