"""`{% page_metadata as meta %}`: the head metadata of the page being rendered (sharing/metadata.py)."""

from django import template

from sharing.metadata import page_metadata as build_page_metadata

register = template.Library()


@register.simple_tag(takes_context=True)
def page_metadata(context):
    return build_page_metadata(context.flatten())
