"""The address of a named URL, reversed once per URL configuration rather than on every request.

The middleware that tells the admin, search and the health check apart from public pages asks for
these on every request, cached page hits included, where `reverse` was a tenth of the work.
"""

import functools

from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language


@functools.lru_cache(maxsize=64)
def _reversed(urlconf, script_prefix, language, name):
    return reverse(name, urlconf=urlconf)


def url_prefix(name):
    """reverse(name) for a URL without arguments, for `request.path_info.startswith(...)` checks.

    Keyed by the active language too: a URL in i18n_patterns (search) has one address per language.
    """
    return _reversed(get_urlconf(), get_script_prefix(), get_language(), name)
