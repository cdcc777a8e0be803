"""Which language a request is in: the path's prefix (/zh-hans/…), or English without one.

Django's LocaleMiddleware would get the same answer here (with `prefix_default_language=False` an
unprefixed path is always LANGUAGE_CODE), but it marks every unprefixed answer `Vary: Accept-Language`,
which would keep English pages out of the page cache and split every CDN copy by browser language for
nothing. The language is a function of the path, so the path-keyed caches (delivery/page_cache.py,
the fragment cache) already keep the two languages apart.
https://docs.djangoproject.com/en/5.2/topics/i18n/translation/#how-django-discovers-language-preference
"""

from django.conf import settings
from django.utils import translation


def language_of_path(path):
    return translation.get_language_from_path(path) or settings.LANGUAGE_CODE


class PathLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Activated before URL resolution: i18n_patterns match /zh-hans/ only while it is active.
        translation.activate(language_of_path(request.path_info))
        request.LANGUAGE_CODE = translation.get_language()
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
        return response
