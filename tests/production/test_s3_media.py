"""Media on a real S3-compatible server (moto's, on loopback): uploads, renditions, documents,
deletion, and what readers and editors see while the endpoint cannot be reached."""

import io
import uuid

import boto3
import pytest
from PIL import Image as PillowImage

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.images.models import Image

from tests.factories import ConferencePageFactory, DocumentFactory, ImageFactory

from . import servers
from .production_config import s3_storages


def png_upload(name="hall.png"):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (800, 600), "silver").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


@pytest.fixture
def bucket(settings, s3_endpoint):
    name = f"media-{uuid.uuid4().hex[:12]}"
    client = boto3.client(
        "s3",
        endpoint_url=s3_endpoint,
        aws_access_key_id="test-access-key",
        aws_secret_access_key="test-secret-key",
        region_name="us-east-1",
    )
    client.create_bucket(Bucket=name)
    settings.STORAGES = s3_storages(s3_endpoint, name)

    def keys():
        return sorted(item["Key"] for item in client.list_objects_v2(Bucket=name).get("Contents", []))

    keys.name = name
    return keys


@pytest.fixture
def unreachable_storage(settings, bucket):
    """Switches the media storage to an endpoint where nothing listens, as in an outage."""

    def cut():
        dead = f"http://127.0.0.1:{servers.free_port()}"
        settings.STORAGES = s3_storages(dead, settings.STORAGES["default"]["OPTIONS"]["bucket_name"])
        return dead

    return cut


def test_image_upload_through_the_admin_lands_in_the_bucket(client, superuser, bucket):
    client.force_login(superuser)

    response = client.post("/admin/images/add/", {"title": "Main hall", "file": png_upload()})

    image = Image.objects.get(title="Main hall")
    assert (response.status_code, bucket()) == (302, [f"original_images/{image.file.name.split('/')[-1]}"])


def test_rendition_is_generated_into_the_bucket(bucket, db):
    image = ImageFactory(file=png_upload("stage.png"))

    rendition = image.get_rendition("fill-200x100")

    assert ((rendition.width, rendition.height), bucket()) == (
        (200, 100),
        sorted([image.file.name, rendition.file.name]),
    )


def test_document_is_served_from_the_bucket(client, bucket, db):
    document = DocumentFactory(title="Slides")

    response = client.get(document.url)

    assert (response.status_code, b"".join(response.streaming_content), bucket()) == (
        200,
        b"%PDF-1.4 test",
        [document.file.name],
    )


def test_deleting_an_image_removes_its_files(bucket, db, django_capture_on_commit_callbacks):
    image = ImageFactory(file=png_upload("gone.png"))
    image.get_rendition("max-100x100")

    with django_capture_on_commit_callbacks(execute=True):
        image.delete()

    assert bucket() == []


def test_page_with_existing_renditions_renders_while_storage_is_unreachable(
    client, db, s3_endpoint, bucket, unreachable_storage
):
    conference = ConferencePageFactory(hero_image=ImageFactory(file=png_upload("hero.png")))
    before = client.get(conference.url).content.decode()
    dead_endpoint = unreachable_storage()

    response = client.get(conference.url)

    # Media URLs name the endpoint; with a custom domain (a CDN) they would not change at all.
    html = response.content.decode().replace(dead_endpoint, s3_endpoint)
    assert (response.status_code, html) == (200, before)
    # The page really shows renditions from the bucket (how many depends on the template).
    assert before.count(f"{s3_endpoint}/{bucket.name}/images/hero.") > 0


def test_page_needing_a_new_rendition_renders_while_storage_is_unreachable(client, db, bucket, unreachable_storage):
    conference = ConferencePageFactory(hero_image=ImageFactory(file=png_upload("new-hero.png")))
    unreachable_storage()

    response = client.get(conference.url)

    assert (response.status_code, conference.title in response.content.decode()) == (200, True)


def test_document_download_while_storage_is_unreachable_is_503_not_500(client, db, bucket, unreachable_storage):
    document = DocumentFactory(title="Slides")
    unreachable_storage()
    client.raise_request_exception = False

    response = client.get(document.url)

    assert (response.status_code, response["Retry-After"]) == (503, "5")


def test_image_upload_while_storage_is_unreachable_shows_a_form_error(client, superuser, bucket, unreachable_storage):
    client.force_login(superuser)
    unreachable_storage()

    response = client.post("/admin/images/add/", {"title": "Main hall", "file": png_upload()})

    assert (response.status_code, response.context["form"].non_field_errors(), Image.objects.count()) == (
        200,
        ["The media storage cannot be reached just now, so the file was not saved. Please try again in a few minutes."],
        0,
    )
