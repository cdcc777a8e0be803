"""Generic tags for page metadata: canonical URL, permanent link, JSON-LD script elements.

They need nothing but Wagtail's Page, so any app's templates can use them.
"""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from core.page_head import render_page_head
from core.permalinks import absolute_permalink

register = template.Library()

# The characters that could close the <script> element or open a comment inside it.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def canonical_url(context, page):
    """The page's absolute URL on its own site, e.g. https://example.com/events/2025/."""
    return page.get_full_url(context.get("request")) or ""


@register.simple_tag(takes_context=True)
def permalink_url(context, page):
    """The page's absolute permanent link, e.g. https://example.com/p/42/."""
    return absolute_permalink(page, context.get("request"))


@register.filter
def json_ld(data):
    """A <script type="application/ld+json"> element with `data`, safe whatever the strings hold.

    A data block is not executed, so a strict Content-Security-Policy without inline scripts still
    holds. https://developers.google.com/search/docs/appearance/structured-data/intro-structured-data
    """
    if not data:
        return ""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


@register.simple_tag(takes_context=True)
def page_head(context):
    """What apps above core add to the page's <head> (core/page_head.py)."""
    return render_page_head(context)
