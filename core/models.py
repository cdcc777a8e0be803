"""The home page and the site-wide settings every page shows."""

from django.db import models
from django.utils import translation

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Page
from wagtail.search import index

from delivery.restricted_pages import CachedPrivacyMixin
from delivery.sites import top_level_translations

from .chinese_search import CHINESE_TERMS_FIELD, ChineseSearchMixin
from .extensions import home_page_sections
from .page_types import ChildTypesNameTheirParent
from .pages import introduction_field
from .routing import route_by_url_path
from .site_identity import SiteSettingsForm, translation_panels
from .translations import remember_rows


class HomePage(ChineseSearchMixin, ChildTypesNameTheirParent, CachedPrivacyMixin, Page):
    """The root of the public site: the latest conference, recent reports, past editions."""

    introduction = introduction_field(
        "One or two sentences under the site name, e.g. what the reports cover.", features=["bold", "italic", "link"]
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction"), CHINESE_TERMS_FIELD]

    parent_page_types = ["wagtailcore.Page"]
    # Children: the three sections, which name this page in their parent_page_types (core/page_types.py).
    # One per language: the Chinese home page is this one's translation, made by copying it.
    max_count = 1

    class Meta:
        verbose_name = "home page"

    @property
    def localized(self):
        """Wagtail's router serves `site.root_page.localized`: the translation in the active language,
        found among the translations read with the remembered site (delivery/sites.py) rather than by
        a Locale query and a translation query on every request."""
        translations = top_level_translations(self)
        if translations is None:
            return super().localized
        language = translation.get_language()
        return next((page for page in translations if page.live and page.locale.language_code == language), self)

    def route(self, request, path_components):
        # One query for the whole path rather than two per level (core/routing.py).
        if not path_components:
            # This page's translations came with the remembered site: the head and switcher need no query.
            remember_rows(request, top_level_translations(self))
        return route_by_url_path(self, request, path_components) or super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # What the apps above core show here (core/extensions.py): conference's editions and reports.
        sections = home_page_sections(self)
        for section in sections:
            context.update(section.context)
        context["home_sections"] = sections
        return context


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """What the header and footer show on every page, editable without a deploy."""

    tagline = models.CharField(
        max_length=200,
        blank=True,
        help_text="A short line under the site name, e.g. 'Reports from SMM industry conferences'.",
    )
    publisher = models.CharField(
        max_length=200, blank=True, help_text="Who publishes the reports, shown in the footer."
    )
    contact_email = models.EmailField(blank=True, help_text="General enquiries address shown in the footer.")
    footer_text = models.TextField(blank=True, max_length=500, help_text="A line of small print for the footer.")

    # The identity in the languages other than the default (core/site_identity.py).
    identity_translations = models.JSONField(default=dict, blank=True, editable=False)

    panels = [
        MultiFieldPanel([FieldPanel("tagline"), FieldPanel("publisher")], heading="Identity"),
        MultiFieldPanel([FieldPanel("contact_email"), FieldPanel("footer_text")], heading="Footer"),
        *translation_panels(),
    ]
    base_form_class = SiteSettingsForm

    class Meta:
        verbose_name = "site settings"


class ImportedPage(models.Model):
    """What one import source wrote into a page: the one record both importers keep (core/imports.py).

    `source` names where the data came from (a conference bundle's slug, `schedule:<conference id>` for
    a frab or pretalx schedule), `key` the entry of that source (a schedule event's GUID, a bundle
    entry), and `fingerprint` the data the page was last written from. A re-import finds its pages by
    key and leaves a page alone when its fingerprint or its content has not changed: no save, no revision.
    """

    source = models.CharField(max_length=255, help_text="Where the page's data came from, e.g. a bundle's slug.")
    key = models.CharField(max_length=255, help_text="The entry of that source the page was written from.")
    fingerprint = models.CharField(max_length=64, blank=True, help_text="SHA-256 of the entry's data.")
    imported_at = models.DateTimeField(auto_now=True)
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    class Meta:
        verbose_name = "imported page"
        constraints = [
            models.UniqueConstraint(fields=["source", "key"], name="imported_page_one_page_per_key"),
            models.UniqueConstraint(fields=["source", "page"], name="imported_page_one_key_per_page"),
        ]

    def __str__(self):
        return f"{self.page_id} from {self.source} ({self.key})"
