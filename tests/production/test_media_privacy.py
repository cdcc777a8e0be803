"""Renditions public, originals and documents private, on a real S3-compatible server (moto's, on
loopback), and `manage.py check_media`, which tells a bucket that does this from one that does not."""

import uuid
from urllib.request import urlopen

import boto3
import pytest

from django.core.management import CommandError, call_command

from core.media_check import anonymous_status, unsigned
from tests.factories import DocumentFactory, ImageFactory

from .production_config import s3_storages
from .test_s3_media import png_upload


def s3_client(endpoint):
    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id="test-access-key",
        aws_secret_access_key="test-secret-key",
        region_name="us-east-1",
    )


@pytest.fixture
def media_bucket(settings, s3_endpoint):
    name = f"media-{uuid.uuid4().hex[:12]}"
    s3_client(s3_endpoint).create_bucket(Bucket=name)
    settings.STORAGES = s3_storages(s3_endpoint, name)
    return name


def test_rendition_is_readable_anonymously_at_its_unsigned_url(media_bucket, db):
    image = ImageFactory(file=png_upload("stage.png"))

    rendition = image.get_rendition("fill-200x100")

    assert ("?" in rendition.url, anonymous_status(rendition.url)) == (False, 200)


def test_original_image_is_private_and_reachable_only_signed(media_bucket, db):
    image = ImageFactory(file=png_upload("original.png"))

    signed = image.file.url

    assert (anonymous_status(unsigned(signed)), anonymous_status(signed), "X-Amz-Expires=3600" in signed) == (
        403,
        200,
        True,
    )


def test_document_object_is_private_and_served_through_the_app(client, media_bucket, db):
    document = DocumentFactory(title="Slides")
    key_url = unsigned(document.file.url)

    response = client.get(document.url)

    assert (anonymous_status(key_url), response.status_code, b"".join(response.streaming_content)) == (
        403,
        200,
        b"%PDF-1.4 test",
    )


def test_check_media_passes_on_a_correctly_configured_bucket(media_bucket, capsys, s3_endpoint):
    call_command("check_media")

    output = capsys.readouterr().out
    assert (output.count("\nok "), "FAIL" in output, output.strip().splitlines()[-1]) == (
        5,
        False,
        "Media bucket configured correctly.",
    )
    # The probes are removed again.
    assert s3_client(s3_endpoint).list_objects_v2(Bucket=media_bucket).get("Contents", []) == []


def test_check_media_fails_when_renditions_are_private(settings, media_bucket):
    settings.STORAGES["renditions"]["OPTIONS"]["default_acl"] = None

    with pytest.raises(CommandError, match="renditions readable anonymously"):
        call_command("check_media")


def test_check_media_fails_when_originals_are_public(settings, media_bucket):
    settings.STORAGES["default"]["OPTIONS"]["default_acl"] = "public-read"

    with pytest.raises(CommandError, match="original_images/ not readable anonymously; documents/ not readable"):
        call_command("check_media")


def test_check_media_reports_a_missing_bucket_and_creates_it_when_asked(settings, s3_endpoint, capsys):
    name = f"missing-{uuid.uuid4().hex[:12]}"
    settings.STORAGES = s3_storages(s3_endpoint, name)

    with pytest.raises(CommandError, match=f"Bucket '{name}' does not exist"):
        call_command("check_media")
    call_command("check_media", "--create")

    assert capsys.readouterr().out.splitlines()[0] == f"Created bucket '{name}'."


def test_check_media_on_local_disk_has_nothing_to_check(capsys):
    call_command("check_media")

    assert "on local disk" in capsys.readouterr().out


def test_served_rendition_bytes_are_the_image(media_bucket, db):
    rendition = ImageFactory(file=png_upload("bytes.png")).get_rendition("original")

    with urlopen(rendition.url) as response:  # noqa: S310 - loopback test server
        assert response.read()[:8] == b"\x89PNG\r\n\x1a\n"
