"""Uploads: size and pixel limits read from the header, markup refused, names kept under the media prefix."""

import os

import pytest
from PIL import ImageFile

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection

from tests.factories import DocumentFactory

from . import figures
from .uploads import (
    HTML_WITH_SCRIPT,
    SVG_WITH_SCRIPT,
    animated_gif,
    multipart,
    png_header_only,
    small_png,
)

pytestmark = pytest.mark.django_db


def root_collection_id():
    return Collection.get_first_root_node().pk


def upload_image(client, name, content):
    data = {"title": "Upload", "collection": root_collection_id(), "file": SimpleUploadedFile(name, content)}
    return figures.count_response(client.post(reverse("wagtailimages:add"), data))


def upload_document(client, name, content):
    data = {"title": "Upload", "collection": root_collection_id(), "file": SimpleUploadedFile(name, content)}
    return figures.count_response(client.post(reverse("wagtaildocs:add"), data))


def form_errors(response):
    return {field: [str(error) for error in errors] for field, errors in response.context["form"].errors.items()}


@pytest.fixture
def no_pixel_decoding(monkeypatch):
    """Records every attempt to decode pixels; header reads do not go through ImageFile.load."""
    decoded = []

    def refuse_load(image):
        decoded.append(image.size)
        raise AssertionError("pixels were decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", refuse_load)
    return decoded


@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=1024)
def test_image_upload_over_size_limit_is_refused_with_form_error(client, editor):
    client.force_login(editor)

    response = upload_image(client, "big.png", small_png() + b"\x00" * 2048)

    assert (response.status_code, list(form_errors(response)), Image.objects.count()) == (200, ["file"], 0)
    assert form_errors(response)["file"][0].startswith("This file is too big")


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1024)
def test_document_upload_over_size_limit_is_refused_with_form_error(client, editor):
    client.force_login(editor)

    response = upload_document(client, "big.pdf", b"%PDF-1.4 " + b"0" * 2048)

    assert (response.status_code, list(form_errors(response)), Document.objects.count()) == (200, ["file"], 0)
    assert form_errors(response)["file"][0].startswith("This file is too big")


def test_document_size_limit_is_set():
    assert (settings.WAGTAILDOCS_MAX_UPLOAD_SIZE, settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE) == (25 * 2**20, 15 * 2**20)


def test_png_bomb_is_refused_from_its_header(client, editor, no_pixel_decoding):
    client.force_login(editor)
    bomb = png_header_only(20_000, 20_000)

    response = upload_image(client, "bomb.png", bomb)

    assert (len(bomb) < 200, response.status_code, Image.objects.count(), no_pixel_decoding) == (True, 200, 0, [])
    assert form_errors(response)["file"][0].startswith("This file has too many pixels")


def test_png_under_pillow_bomb_limit_but_over_ours_is_refused_from_its_header(client, editor, no_pixel_decoding):
    # 144 million pixels: Pillow itself only warns, and Willow would decode them all to read the size.
    client.force_login(editor)

    response = upload_image(client, "large.png", png_header_only(12_000, 12_000))

    assert (response.status_code, Image.objects.count(), no_pixel_decoding) == (200, 0, [])
    assert form_errors(response)["file"] == ["This file has too many pixels (144000000). Maximum pixels 40000000."]


@override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=1_000_000)
def test_animated_gif_with_frames_times_area_over_limit_is_refused(client, editor, no_pixel_decoding):
    client.force_login(editor)
    gif = animated_gif(400, 400, frames=8)  # 160 000 pixels a frame, 1 280 000 in all

    response = upload_image(client, "animated.gif", gif)

    assert (response.status_code, Image.objects.count(), no_pixel_decoding) == (200, 0, [])
    assert form_errors(response)["file"] == ["This file has too many pixels (1280000). Maximum pixels 1000000."]


@override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=1_000_000)
def test_animated_gif_under_the_limit_is_accepted(client, editor):
    client.force_login(editor)

    response = upload_image(client, "animated.gif", animated_gif(100, 100, frames=8))

    assert (response.status_code, Image.objects.count()) == (302, 1)


@pytest.mark.parametrize(
    ("upload", "name", "content"),
    [
        ("image", "drawing.svg", SVG_WITH_SCRIPT),
        ("image", "page.html", HTML_WITH_SCRIPT),
        ("image", "disguised.png", SVG_WITH_SCRIPT),
        ("document", "page.html", HTML_WITH_SCRIPT),
        ("document", "drawing.svg", SVG_WITH_SCRIPT),
        ("document", "page.htm", HTML_WITH_SCRIPT),
        ("document", "page.xhtml", HTML_WITH_SCRIPT),
    ],
)
def test_markup_upload_is_refused(client, editor, upload, name, content):
    client.force_login(editor)
    send = upload_image if upload == "image" else upload_document

    response = send(client, name, content)

    assert (response.status_code, list(form_errors(response)), Image.objects.count(), Document.objects.count()) == (
        200,
        ["file"],
        0,
        0,
    )


def served_document(client, name, content):
    document = DocumentFactory(file=SimpleUploadedFile(name, content))
    response = figures.count_response(client.get(document.url))
    return response, b"".join(response.streaming_content)


@pytest.mark.parametrize(
    "storage",
    [
        "django.core.files.storage.FileSystemStorage",
        # No local path, like S3: Wagtail streams the file itself instead of using sendfile.
        "django.core.files.storage.InMemoryStorage",
    ],
)
def test_document_with_markup_inside_is_served_disarmed(client, storage):
    storages = {**settings.STORAGES, "default": {"BACKEND": storage}}
    with override_settings(STORAGES=storages):
        response, body = served_document(client, "report.txt", HTML_WITH_SCRIPT)

    assert (
        response.status_code,
        body,
        response["Content-Type"],
        response["X-Content-Type-Options"],
        response["Content-Security-Policy"],
    ) == (200, HTML_WITH_SCRIPT, "text/plain", "nosniff", "default-src 'none'")


HOSTILE_NAMES = [
    "../../../../etc/evil.png",
    "/tmp/evil.png",
    "..\\..\\evil.png",
    "evil\x00.png",
    "%2e%2e%2fevil.png",
    "....//....//evil.png",
]


def stored_path_is_inside(field_file, prefix):
    full = os.path.realpath(os.path.join(settings.MEDIA_ROOT, field_file.name))
    return full.startswith(os.path.realpath(os.path.join(settings.MEDIA_ROOT, prefix)) + os.sep)


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_image_file_name_stays_under_media_prefix(client, editor, name):
    client.force_login(editor)
    body, content_type = multipart(
        {"title": "Upload", "collection": root_collection_id()}, "file", name, small_png(), "image/png"
    )

    response = figures.count_response(client.generic("POST", reverse("wagtailimages:add"), body, content_type))

    image = Image.objects.get()
    assert (response.status_code, image.file.name.count("/"), ".." in image.file.name, "\x00" in image.file.name) == (
        302,
        1,
        False,
        False,
    )
    assert stored_path_is_inside(image.file, "original_images")


@pytest.mark.parametrize("name", [hostile.replace(".png", ".pdf") for hostile in HOSTILE_NAMES])
def test_document_file_name_stays_under_media_prefix(client, editor, name):
    client.force_login(editor)
    body, content_type = multipart(
        {"title": "Upload", "collection": root_collection_id()}, "file", name, b"%PDF-1.4 test", "application/pdf"
    )

    response = figures.count_response(client.generic("POST", reverse("wagtaildocs:add"), body, content_type))

    document = Document.objects.get()
    assert (response.status_code, document.file.name.count("/"), ".." in document.file.name) == (302, 1, False)
    assert ("\x00" in document.file.name, stored_path_is_inside(document.file, "documents")) == (False, True)
