"""Image uploads measured from their header, before any pixel is decoded.

Wagtail compares an upload's pixels with WAGTAILIMAGES_MAX_IMAGE_PIXELS only after Willow has
opened it with Pillow, and Willow's Pillow plugin decodes every pixel (`image.load()`) just to read
the size: a 12000 x 12000 PNG of a few kilobytes costs hundreds of megabytes first. Willow also
reports one frame for any image without Wand, so an animated GIF's frames never count. Here
Pillow's `Image.open` reads the header alone (size, and the frame count, which Pillow finds by
skipping frame data) and the upload is refused before Wagtail's own checks run.
https://docs.wagtail.org/en/stable/reference/settings.html#wagtailimages-max-image-pixels
"""

import warnings

from PIL import Image as PILImage

from django.core.exceptions import ValidationError

from wagtail.images.fields import WagtailImageField

from .media_forms import StorageCheckedImageForm
from .upload_titles import RefusedUploadTitleMixin


def header_pixels(file):
    """Width x height x frames as the file's header states it; None if Pillow refuses the size."""
    position = file.tell()
    try:
        with warnings.catch_warnings():
            # Pillow warns above MAX_IMAGE_PIXELS and raises above twice that; our limit is lower anyway.
            warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
            with PILImage.open(file) as image:
                width, height = image.size
                return width * height * getattr(image, "n_frames", 1)
    except PILImage.DecompressionBombError:
        return None
    finally:
        file.seek(position)


class HeaderCheckedImageField(WagtailImageField):
    def check_image_pixel_size(self, f):
        if self.max_image_pixels is not None:
            pixels = header_pixels(f.image.f)
            if pixels is None or pixels > self.max_image_pixels:
                raise ValidationError(
                    self.error_messages["file_too_many_pixels"]
                    % {"num_pixels": pixels or "unknown number", "max_pixels_count": self.max_image_pixels},
                    code="file_too_many_pixels",
                )
        super().check_image_pixel_size(f)


class UploadCheckedImageForm(RefusedUploadTitleMixin, StorageCheckedImageForm):
    """The image form for every upload view (WAGTAILIMAGES_IMAGE_FORM_BASE)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Forms that edit an image's details only have no file field.
        if "file" in self.fields:
            field = self.fields["file"]
            self.fields["file"] = HeaderCheckedImageField(
                label=field.label, required=field.required, widget=field.widget
            )
