"""The image chooser's Upload tab in Chromium: a refused file's name does not become the next file's title."""

import io

import pytest
from PIL import Image as PILImage
from playwright.sync_api import expect

from tests.chromium import requires_chromium
from tests.factories import SpeakerPageFactory

pytestmark = [pytest.mark.browser, requires_chromium, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

REFUSED_FILE = {"name": "notes.png", "mimeType": "image/png", "buffer": b"not an image"}


def portrait_file():
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 48), "silver").save(buffer, "PNG")
    return {"name": "liang-portrait.png", "mimeType": "image/png", "buffer": buffer.getvalue()}


def upload_tab_on_a_speaker(sign_in):
    """The image chooser opened from a speaker's photo field, on its Upload tab, as an editor."""
    speaker = SpeakerPageFactory()
    page = sign_in("editor")
    page.goto(f"/admin/pages/{speaker.pk}/edit/")
    page.get_by_role("tab", name="Media").click()
    page.get_by_role("button", name="Choose an image").click()
    modal = page.locator(".modal-dialog")
    modal.get_by_role("tab", name="Upload").click()
    return modal


def upload_refused(modal):
    modal.get_by_role("button", name="Upload").click()
    modal.locator(".error-message").first.wait_for()


def test_title_of_a_refused_upload_does_not_stick_to_the_next_file(sign_in, editor):
    modal = upload_tab_on_a_speaker(sign_in)
    title_input = modal.locator("#id_image-chooser-upload-title")

    modal.locator("input[type=file]").set_input_files(files=[REFUSED_FILE])
    expect(title_input).to_have_value("notes")
    upload_refused(modal)
    modal.locator("input[type=file]").set_input_files(files=[portrait_file()])

    expect(title_input).to_have_value("liang-portrait")


def test_title_the_editor_typed_is_kept_after_a_refused_upload(sign_in, editor):
    modal = upload_tab_on_a_speaker(sign_in)
    title_input = modal.locator("#id_image-chooser-upload-title")

    modal.locator("input[type=file]").set_input_files(files=[REFUSED_FILE])
    title_input.fill("Liang Yonghui at the podium")
    upload_refused(modal)
    modal.locator("input[type=file]").set_input_files(files=[portrait_file()])
    modal.page.wait_for_timeout(500)

    expect(title_input).to_have_value("Liang Yonghui at the podium")
