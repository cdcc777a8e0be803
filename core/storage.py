"""Media on S3-compatible storage, with an unreachable endpoint reported as OSError.

boto3 raises its own exceptions (EndpointConnectionError, ReadTimeoutError, ClientError), which
nothing above the storage expects. Wagtail turns an OSError while opening an original image into a
"not found" rendition instead of a crash, so a page that needs a new rendition during an outage still
renders (https://docs.wagtail.org/en/stable/advanced_topics/images/renditions.html). Upload forms ask
`is_reachable()` first and show a form error (core/media_forms.py).
https://django-storages.readthedocs.io/en/latest/backends/amazon-S3.html
"""

import functools

from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError
from storages.backends.s3 import S3Storage

from django.conf import settings
from django.core.files.storage import default_storage, storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.functional import LazyObject, empty

from delivery.outages import ServiceUnavailable

RENDITIONS_ALIAS = "renditions"

STORAGE_ERRORS = (BotoCoreError, ClientError)


class MediaStorageUnavailable(ServiceUnavailable):
    """An OSError, so Wagtail's image code treats it as a missing file; a 503 if a view lets it out."""


def as_os_error(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except STORAGE_ERRORS as error:
            raise MediaStorageUnavailable(f"Media storage unavailable: {error}") from error

    return wrapper


class ResilientS3Storage(S3Storage):
    """Also takes `connect_timeout`, `read_timeout` and `max_attempts` as plain options.

    Plain values rather than a botocore Config in OPTIONS: Wagtail hands `storage.deconstruct()` to a
    background task when a file is deleted, and the task arguments must be JSON.
    """

    def get_default_settings(self):
        return {**super().get_default_settings(), "connect_timeout": 2, "read_timeout": 10, "max_attempts": 2}

    def __init__(self, **settings):
        super().__init__(**settings)
        self.client_config = self.client_config.merge(
            Config(
                connect_timeout=self.connect_timeout,
                read_timeout=self.read_timeout,
                retries={"max_attempts": self.max_attempts, "mode": "standard"},
            )
        )

    _open = as_os_error(S3Storage._open)
    _save = as_os_error(S3Storage._save)
    delete = as_os_error(S3Storage.delete)
    exists = as_os_error(S3Storage.exists)
    listdir = as_os_error(S3Storage.listdir)
    size = as_os_error(S3Storage.size)
    get_modified_time = as_os_error(S3Storage.get_modified_time)

    def is_reachable(self):
        """Whether the bucket answers now; one HEAD request, bounded by the client's timeouts."""
        try:
            self.connection.meta.client.head_bucket(Bucket=self.bucket_name)
        except STORAGE_ERRORS:
            return False
        return True


def is_reachable(storage):
    """Local storages have no endpoint to lose."""
    check = getattr(storage, "is_reachable", None)
    return check() if check else True


class RenditionStorage(LazyObject):
    """The `renditions` storage of settings.STORAGES when there is one, else the default storage.

    Production keeps renditions in a public-read location and originals private (docs/deployment.md).
    Lazy, like Django's `default_storage`: Wagtail asks for the rendition storage once, when the
    Rendition model is defined, and a storage chosen then would ignore later changes to STORAGES.
    """

    def _setup(self):
        self._wrapped = storages[RENDITIONS_ALIAS] if RENDITIONS_ALIAS in settings.STORAGES else default_storage


_rendition_storage = RenditionStorage()


def rendition_storage():
    """For WAGTAILIMAGES_RENDITION_STORAGE, which takes a dotted path to a callable."""
    return _rendition_storage


@receiver(setting_changed, dispatch_uid="core.storage.storages_changed")
def _forget_rendition_storage(setting, **kwargs):
    if setting == "STORAGES":
        _rendition_storage._wrapped = empty
