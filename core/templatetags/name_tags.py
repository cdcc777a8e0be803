"""`{% name_with_native page %}`: a person's or an organisation's name with its spelling in its own
script (`native_name`), the native spelling first on Chinese pages and after the Latin name
elsewhere, said once where both are the same (a Chinese organisation page titled in Chinese).

A tag rather than an include: directories render it once per person.
"""

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language

register = template.Library()

# Languages whose pages put the native spelling first.
NATIVE_FIRST_LANGUAGES = {"zh-hans"}


@register.simple_tag
def name_with_native(named):
    title, native = named.title, getattr(named, "native_name", "")
    if not native or native == title:
        return title
    first, second = (native, title) if get_language() in NATIVE_FIRST_LANGUAGES else (title, native)
    return format_html('{} <span class="native-name">{}</span>', first, second)
