"""The page in other languages: `<link rel="alternate" hreflang>` in the head and the header's
language switcher, both from the translations the router read (core/translations.py)."""

from django import template
from django.conf import settings
from django.utils import translation

from wagtail.models import Site

from core.models import SiteSettings
from core.site_identity import identity_for
from core.translations import alternates

register = template.Library()

# Said in the language the reader is switching to, since it is about that language's version.
NOT_YET_TRANSLATED = {
    "en": "This page is not yet available in English; the link goes to the nearest page above it that is.",
    "zh-hans": "此页面尚无中文版本，链接将前往最近的有中文版本的上级页面。",
}


def _alternates(context):
    request = context.get("request")
    page = context.get("page")
    return request, alternates(page, request)


@register.inclusion_tag("includes/language_alternates.html", takes_context=True)
def language_alternates(context):
    """Each language the page itself is live in, and the default language's as `x-default`."""
    request, found = _alternates(context)
    links = [(item.language_code, item.full_url(request)) for item in found if item.exact]
    default = next((url for code, url in links if code == settings.LANGUAGE_CODE), None)
    if links and default is not None:
        links.append(("x-default", default))
    return {"links": links}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the other languages: the same page, or its nearest translated ancestor, saying so."""
    request, found = _alternates(context)
    current = translation.get_language()
    choices = [
        {
            "language_code": item.language_code,
            "name": item.language_name,
            "url": item.url(request),
            "note": "" if item.exact else NOT_YET_TRANSLATED.get(item.language_code, ""),
        }
        for item in found
        if item.language_code != current
    ]
    return {"choices": choices}


@register.simple_tag(takes_context=True)
def site_identity(context):
    """The site's name, tagline, publisher and small print in the active language (core/site_identity.py)."""
    request = context.get("request")
    if request is None:
        site = Site.objects.filter(is_default_site=True).first()
        return identity_for(site, lambda: SiteSettings.for_site(site) if site else SiteSettings())
    return identity_for(Site.find_for_request(request), lambda: SiteSettings.for_request(request))
