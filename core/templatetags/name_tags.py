"""`{% name_with_native page %}`: a person's or an organisation's name with its spelling in its own
script (`native_name`), the native spelling first on Chinese pages and after the Latin name
elsewhere, said once where both are the same (a Chinese organisation page titled in Chinese).

A tag rather than an include: directories render it once per person.
"""

import re

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language

from core.chinese_search import HAN_RUN

register = template.Library()

# Languages whose pages put the native spelling first.
NATIVE_FIRST_LANGUAGES = {"zh-hans"}


def script_language(text):
    """The language a native spelling is written for, told by its script: screen readers and fonts
    need it on a page in another language. None for scripts that do not tell (Latin)."""
    if re.search(r"[\u3040-\u30ff]", text):
        return "ja"
    if re.search(r"[\uac00-\ud7af]", text):
        return "ko"
    if HAN_RUN.search(text):
        return "zh"
    return None


@register.simple_tag
def name_with_native(named):
    title, native = named.title, getattr(named, "native_name", "")
    if not native or native == title:
        return title
    if get_language() in NATIVE_FIRST_LANGUAGES:
        return format_html('{} <span class="native-name">{}</span>', native, title)
    language = script_language(native)
    if language is None:
        return format_html('{} <span class="native-name">{}</span>', title, native)
    return format_html('{} <span class="native-name" lang="{}">{}</span>', title, language, native)
