"""Image and document forms that refuse an upload while the media storage cannot be reached.

Wagtail saves the file after the form validated, where a storage error would be a server error;
checking the storage during validation turns an outage into a form error the editor can act on.
Installed through WAGTAILIMAGES_IMAGE_FORM_BASE and WAGTAILDOCS_DOCUMENT_FORM_BASE:
https://docs.wagtail.org/en/stable/reference/settings.html#wagtailimages-image-form-base
"""

from django.core.exceptions import ValidationError

from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from .storage import is_reachable

STORAGE_UNAVAILABLE = (
    "The media storage cannot be reached just now, so the file was not saved. Please try again in a few minutes."
)


class StorageCheckMixin:
    def clean(self):
        cleaned_data = super().clean()
        if "file" in self.changed_data and not is_reachable(self._meta.model._meta.get_field("file").storage):
            raise ValidationError(STORAGE_UNAVAILABLE, code="storage_unavailable")
        return cleaned_data


class StorageCheckedImageForm(StorageCheckMixin, BaseImageForm):
    pass


class StorageCheckedDocumentForm(StorageCheckMixin, BaseDocumentForm):
    pass
