"""A link to a page that wagtail-localize translates: the Chinese row links the Chinese page.

wagtail-localize keeps page links as they are by default (pages "can be localised at render time");
declared a TranslatableField, a link is replaced by the linked page's translation, which
wagtail-localize finds by the base Page model and hands over as a plain `Page`. Django refuses a
plain Page for a key to, say, SpeakerPage; the same row in the specific table has the same primary
key, so this key takes the id of whatever Page it is given.
https://wagtail-localize.org/stable/how-to/field-configuration/
"""

from django.db import models
from django.db.models.fields.related_descriptors import ForwardManyToOneDescriptor

from wagtail.models import Page


class _AcceptsBasePage(ForwardManyToOneDescriptor):
    def __set__(self, instance, value):
        if isinstance(value, Page) and not isinstance(value, self.field.remote_field.model):
            # Set the id and forget the cached page; the specific page loads when first read.
            if self.field.is_cached(instance):
                self.field.delete_cached_value(instance)
            setattr(instance, self.field.attname, value.pk)
            return
        super().__set__(instance, value)


class TranslatedPageKey(models.ForeignKey):
    """A ForeignKey to a page type, to be declared a TranslatableField of its model."""

    forward_related_accessor_class = _AcceptsBasePage

    def deconstruct(self):
        # The column is an ordinary foreign key: migrations need not know the difference.
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.ForeignKey", args, kwargs
