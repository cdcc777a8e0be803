"""What apps above core put in every page's <head>, without core's base template loading their tags.

`templates/base.html` (core's) renders `{% page_head %}` (core/templatetags/seo_tags.py), which
joins what each function registered under `PAGE_HEAD_HOOK` returns: `fn(context) -> safe HTML`, given
the template context of the page. Reports registers the canonical link, Open Graph and JSON-LD
(sharing/wagtail_hooks.py). Registered like Wagtail's own hooks:
https://docs.wagtail.org/en/stable/reference/hooks.html
"""

from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from wagtail import hooks

PAGE_HEAD_HOOK = "insert_page_head"


def render_page_head(context):
    return mark_safe("".join(conditional_escape(fn(context)) for fn in hooks.get_hooks(PAGE_HEAD_HOOK)))  # noqa: S308
