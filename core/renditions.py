"""The renditions of every image a page shows, loaded in one query.

`{% picture %}` and `{% image %}` ask each image for its renditions; an image whose renditions were
not prefetched costs a query of its own. Wagtail's `prefetch_renditions()` covers one queryset of
images; a page shows images reached in several ways (its own fields, related rows, StreamField
blocks), so this gathers them all first and prefetches once, through the same `renditions` relation
Wagtail reads back (https://docs.wagtail.org/en/stable/advanced_topics/images/renditions.html#prefetching-image-renditions).
"""

from django.db.models import prefetch_related_objects

from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.images.models import AbstractImage


def prefetch_renditions(images):
    """Prefetch the renditions of these images (None skipped) with one query for all of them."""
    images = [image for image in images if image is not None]
    if images:
        prefetch_related_objects(images, "renditions")
    return images


def images_in_stream(stream_value):
    """The images that the blocks of a StreamField value (at any depth) hold."""
    for block in stream_value or ():
        yield from _images_in_value(block.value)


def _images_in_value(value):
    if isinstance(value, AbstractImage):
        yield value
    elif isinstance(value, StreamValue):
        yield from images_in_stream(value)
    elif isinstance(value, StructValue):
        for child in value.values():
            yield from _images_in_value(child)
    elif isinstance(value, ListValue | list | tuple):
        for child in value:
            yield from _images_in_value(child)
