"""/sitemap.xml in every language, each page with its translations as `hreflang` alternates.

Wagtail's sitemap lists the pages below the Site's root page only, so the Chinese tree (below the
home page's translation) would be missing. This one lists the live public pages below the root page
and each of its translations, and gives every page that exists in more than one language its
alternates and `x-default` (the page in LANGUAGE_CODE), which Django's sitemap template writes as
`<xhtml:link rel="alternate" hreflang>`.
https://docs.djangoproject.com/en/5.2/ref/contrib/sitemaps/#django.contrib.sitemaps.Sitemap.alternates
https://developers.google.com/search/docs/specialty/international/localized-versions#sitemap
"""

from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class TranslatedSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key).only("path")
        under_any_root = reduce(or_, (Q(path__startswith=top.path) for top in roots), Q(pk=root.pk))
        return (
            Page.objects.filter(under_any_root)
            .live()
            .public()
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        by_key = {}
        for item in pages:
            by_key.setdefault(item.translation_key, []).append(item)
        urls = []
        for item in pages:
            for url_info in item.get_sitemap_urls(self.request):
                urls.append({**url_info, "alternates": self.alternates(by_key[item.translation_key])})
        last_mods = {url.get("lastmod") for url in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def alternates(self, translations):
        if len(translations) < 2:
            return []
        found = [
            {"lang_code": item.locale.language_code, "location": item.get_full_url(self.request)}
            for item in translations
        ]
        default = next((entry for entry in found if entry["lang_code"] == settings.LANGUAGE_CODE), None)
        return [*found, {"lang_code": "x-default", "location": default["location"]}] if default else found
