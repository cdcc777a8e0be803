"""Load-balancer probes by IP address, and the readiness answer that names the dependency that is down."""

import boto3
import pytest

from .production_config import redis_caches, s3_storages

PRODUCTION_HOSTS = ["reports.example.org"]


@pytest.fixture
def production_hosts(settings):
    settings.ALLOWED_HOSTS = PRODUCTION_HOSTS
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_REDIRECT_EXEMPT = [r"^healthz$"]


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_probe_by_node_address_over_plain_http_is_answered(client, db, production_hosts, path):
    response = client.get(path, HTTP_HOST="10.0.3.17:8000")

    assert (response.status_code, response.json()["status"]) == (200, "ok")


def test_other_paths_by_node_address_are_still_refused(client, db, production_hosts):
    client.raise_request_exception = False

    responses = [client.get(path, HTTP_HOST="10.0.3.17:8000", secure=True) for path in ("/", "/healthz/x", "/admin/")]

    assert [response.status_code for response in responses] == [400, 400, 400]


def test_readiness_with_everything_up_lists_each_dependency(client, db):
    response = client.get("/readyz")

    assert (response.status_code, response.json(), response["Cache-Control"]) == (
        200,
        {"status": "ok", "database": "ok", "cache": "ok", "media": "ok"},
        "max-age=0, no-cache, no-store, must-revalidate, private",
    )


def test_readiness_names_a_black_holed_cache(client, db, settings, black_hole):
    settings.CACHES = redis_caches(f"redis://127.0.0.1:{black_hole.port}/0")

    response = client.get("/readyz")

    assert (response.status_code, response.json()) == (
        503,
        {"status": "unavailable", "database": "ok", "cache": "unavailable", "media": "ok"},
    )


def test_readiness_names_an_unreachable_media_store_while_liveness_stays_ok(client, db, settings, black_hole):
    dead_endpoint = f"http://127.0.0.1:{black_hole.port}"
    settings.STORAGES = s3_storages(dead_endpoint, "media", connect_timeout=0.5, read_timeout=0.5)

    ready, live = client.get("/readyz"), client.get("/healthz")

    assert (ready.status_code, ready.json(), live.status_code) == (
        503,
        {"status": "unavailable", "database": "ok", "cache": "ok", "media": "unavailable"},
        200,
    )


def test_readiness_with_the_bucket_answering_is_ok(client, db, settings, s3_endpoint):

    boto3.client(
        "s3",
        endpoint_url=s3_endpoint,
        aws_access_key_id="k",
        aws_secret_access_key="s",
        region_name="us-east-1",
    ).create_bucket(Bucket="ready-media")
    settings.STORAGES = s3_storages(s3_endpoint, "ready-media")

    assert client.get("/readyz").json()["media"] == "ok"
