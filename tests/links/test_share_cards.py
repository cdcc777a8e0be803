"""Share-card PNGs: drawn on publish, stored in media storage, served at /p/<id>/card.png."""

import io

import pytest
from PIL import Image

from core import drawing
from sharing.models import ShareCard
from sharing.share_cards.content import CardContent, CardPerson
from sharing.share_cards.render import render_card

from .conftest import make_session, publish


def served_image(client, page):
    response = client.get(f"/p/{page.pk}/card.png")
    body = b"".join(response.streaming_content)
    return response, Image.open(io.BytesIO(body))


def test_publishing_a_session_draws_its_card(client, conference, speaker, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        session = make_session(conference, speaker, title="Silver Price Trends")

    card = ShareCard.objects.get(page=session)
    response, image = served_image(client, session)
    assert (response["Content-Type"], image.format, image.size) == ("image/png", "PNG", (1200, 630))
    assert card.image.name.startswith(f"share-cards/{session.pk}-")


def test_card_is_drawn_on_first_request_when_missing(client, conference):
    session = make_session(conference, title="Published before cards existed")
    ShareCard.objects.filter(page=session).delete()

    response, image = served_image(client, session)

    assert (response.status_code, image.size, ShareCard.objects.filter(page=session).count()) == (200, (1200, 630), 1)


def test_republishing_unchanged_page_keeps_card_file(conference, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        session = make_session(conference, title="Stable Topic")
    first = ShareCard.objects.get(page=session).image.name

    with django_capture_on_commit_callbacks(execute=True):
        publish(session)

    assert ShareCard.objects.get(page=session).image.name == first


def test_renaming_a_page_redraws_card_and_deletes_old_file(conference, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        session = make_session(conference, title="Old Topic")
    old_card = ShareCard.objects.get(page=session)
    old_name, storage = old_card.image.name, old_card.image.storage

    with django_capture_on_commit_callbacks(execute=True):
        session.title = "New Topic"
        publish(session)

    new_name = ShareCard.objects.get(page=session).image.name
    assert (new_name != old_name, storage.exists(old_name), storage.exists(new_name)) == (True, False, True)


def test_publishing_a_speaker_redraws_their_session_cards(conference, speaker, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        session = make_session(conference, speaker, title="Topic")
    before = ShareCard.objects.get(page=session).fingerprint

    with django_capture_on_commit_callbacks(execute=True):
        speaker.given_name = "Yong-hui"
        publish(speaker)

    assert ShareCard.objects.get(page=session).fingerprint != before


def test_unpublishing_removes_card(client, conference, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        session = make_session(conference, title="Withdrawn")
    name = ShareCard.objects.get(page=session).image.name
    storage = ShareCard.objects.get(page=session).image.storage

    with django_capture_on_commit_callbacks(execute=True):
        session.unpublish()

    response = client.get(f"/p/{session.pk}/card.png")
    assert (response.status_code, ShareCard.objects.filter(page=session).exists(), storage.exists(name)) == (
        404,
        False,
        False,
    )


# Marked: the fixture is looked up at run time, so pytest-django cannot see that it needs the database.
@pytest.mark.django_db
@pytest.mark.parametrize("fixture", ["conference", "speaker"])
def test_every_report_page_type_has_a_card(client, request, fixture):
    page = request.getfixturevalue(fixture)

    response, image = served_image(client, page)

    assert (response.status_code, image.size) == (200, (1200, 630))


def test_card_uses_dejavu_when_installed():
    assert drawing.font("bold", 40).getname() == ("DejaVu Sans", "Bold")


def test_card_renders_without_system_fonts(monkeypatch):
    # As on a machine without fonts-dejavu-core: Pillow's bundled font is used instead.
    monkeypatch.setattr(drawing, "FONT_DIRS", [])
    drawing.font.cache_clear()
    content = CardContent(
        layout="session",
        kicker="Keynote speech",
        title="Analysis of Silver and Gold Price Trends",
        brand="Conference Reports",
        context_line="2025 Silver Conference",
        date_line="16 May 2025",
        people=[CardPerson("Liang Yonghui", "Deputy General Manager")],
    )

    try:
        image = render_card(content)
        fallback = drawing.font("bold", 40)
    finally:
        drawing.font.cache_clear()

    assert (image.size, fallback.getname()[0], fallback.size) == ((1200, 630), "Aileron", 40)


def test_card_whose_file_went_missing_is_drawn_again(client, conference, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        session = make_session(conference, title="Lost File")
    card = ShareCard.objects.get(page=session)
    card.image.storage.delete(card.image.name)

    response, image = served_image(client, session)

    assert (
        response.status_code,
        image.size,
        card.image.storage.exists(ShareCard.objects.get(page=session).image.name),
    ) == (
        200,
        (1200, 630),
        True,
    )
