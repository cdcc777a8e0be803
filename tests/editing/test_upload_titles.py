"""The image upload form drops a title that only named the refused file, and keeps a typed one."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.images.forms import get_image_form
from wagtail.images.models import Image

pytestmark = pytest.mark.django_db


def refused_upload_form(title):
    form_class = get_image_form(Image)
    data = {"image-chooser-upload-title": title, "image-chooser-upload-collection": "1"}
    files = {"image-chooser-upload-file": SimpleUploadedFile("notes.v2.png", b"not an image", "image/png")}
    return form_class(data, files, prefix="image-chooser-upload")


@pytest.mark.parametrize(
    ("typed", "shown_again"),
    [("notes.v2", ""), ("Liang Yonghui at the podium", "Liang Yonghui at the podium")],
    ids=["file-name-dropped", "typed-title-kept"],
)
def test_refused_upload_comes_back_without_the_file_name_title(typed, shown_again):
    form = refused_upload_form(typed)

    assert not form.is_valid()
    assert "file" in form.errors
    assert form["title"].value() == shown_again
