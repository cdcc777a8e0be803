"""People who speak at conferences and the organisations they work for.

Both are pages so they get URLs, revisions and search. Pages of the apps above point at them by
string (`"speakers.SpeakerPage"`), and those apps add their listings to these pages through the
hooks of speakers/extensions.py: this app names none of their fields.
"""

from wagtail_localize.fields import SynchronizedField, TranslatableField

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from core.chinese_search import CHINESE_TERMS_FIELD
from core.pages import SectionIndexPage
from core.privacy import shown_to_everyone
from core.renditions import prefetch_renditions
from core.translated_page_key import TranslatedPageKey

from . import directory
from .choices import NameOrder
from .extensions import ORGANISATION_SECTIONS_HOOK, SPEAKER_SECTIONS_HOOK, profile_sections
from .forms import SpeakerPageForm
from .naming import (
    SPELLING_SEARCH_FIELDS,
    NamedPage,
    display_name,
    organisation_key,
    organisation_spellings,
    person_key,
    person_spellings,
    split_lines,
)

BIO_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class SpeakerIndexPage(SectionIndexPage):
    """The speaker directory at /speakers/."""

    subpage_types = ["speakers.SpeakerPage"]

    class Meta:
        verbose_name = "speaker directory"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(directory.speaker_directory(self, request.GET))
        return context


class SpeakerPage(NamedPage):
    """One person, across every edition they spoke at."""

    given_name = models.CharField(max_length=100, help_text="e.g. 'Yonghui'.")
    family_name = models.CharField(max_length=100, blank=True, help_text="e.g. 'Liang'.")
    name_order = models.CharField(
        max_length=20,
        choices=NameOrder.choices,
        default=NameOrder.FAMILY_FIRST,
        help_text="How the name is written on the site. Chinese names put the family name first.",
    )
    native_name = models.CharField(
        max_length=100,
        blank=True,
        help_text="The name in its own script, e.g. '梁永辉'; shown beside the Latin name and found by search.",
    )
    other_names = models.TextField(
        blank=True,
        help_text="Other spellings, one per line (e.g. 'Yonghui Liang', '梁永辉'). Search and the "
        "import find the speaker by any of them.",
    )
    position = models.CharField(
        max_length=255, blank=True, help_text="Current job title, e.g. 'Deputy General Manager'."
    )
    organisation = TranslatedPageKey(
        "speakers.OrganisationPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="speakers",
        help_text="Current employer. A session keeps the employer as of that session.",
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A portrait, at least 400 x 400 pixels; it is cropped to a square.",
    )
    biography = RichTextField(blank=True, features=BIO_FEATURES, help_text="A short professional biography.")
    # Derived on save; sorts the directory.
    sort_name = models.CharField(max_length=200, editable=False, blank=True, default="", db_index=True)
    # How each spelling becomes a key the page is found by (`naming.py`).
    spelling_key = staticmethod(person_key)

    content_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("given_name"), FieldPanel("family_name")]),
                FieldPanel("name_order"),
                FieldPanel("native_name"),
                FieldPanel("other_names"),
            ],
            heading="Name",
        ),
        MultiFieldPanel([FieldPanel("position"), FieldPanel("organisation")], heading="Current position"),
        FieldPanel("biography"),
    ]
    media_panels = [FieldPanel("photo")]
    extra_tabs = [("Media", media_panels)]
    base_form_class = SpeakerPageForm
    # One person in every language: the name and its spellings are the same on the Chinese page (so
    # both directories find every spelling); the position and biography are translated, and
    # the employer is the organisation's page in the same language.
    override_translatable_fields = [
        *(
            SynchronizedField(name, overridable=False)
            for name in ("title", "given_name", "family_name", "native_name", "other_names")
        ),
        TranslatableField("organisation"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("given_name"),
        index.SearchField("family_name"),
        index.SearchField("native_name"),
        index.SearchField("other_names"),
        index.SearchField("position"),
        index.AutocompleteField("title"),
        index.AutocompleteField("other_names"),
        *SPELLING_SEARCH_FIELDS,
        index.FilterField("organisation"),
        CHINESE_TERMS_FIELD,
    ]
    api_fields = [
        APIField("given_name"),
        APIField("family_name"),
        APIField("name_order"),
        APIField("native_name"),
        APIField("other_names"),
        APIField("position"),
        APIField("organisation"),
        APIField("photo"),
        APIField("biography"),
    ]

    parent_page_types = ["speakers.SpeakerIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")

    @property
    def display_name(self):
        return display_name(self.given_name, self.family_name, self.name_order)

    @property
    def spellings(self):
        """Every way the person's name is written: both orders and the other spellings."""
        return person_spellings(
            self.given_name, self.family_name, self.name_order, self.native_name, split_lines(self.other_names)
        )

    def full_clean(self, *args, **kwargs):
        if self.display_name:
            self.title = self.display_name
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        self.sort_name = (self.family_name or self.given_name).strip().casefold()
        super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The portrait and the employer in one query, the portrait's renditions in another. A preview
        # whose form chose another portrait or employer finds no row and loads them one by one.
        if self.pk and (self.photo_id or self.organisation_id):
            saved = (
                type(self)
                .objects.filter(pk=self.pk, photo_id=self.photo_id, organisation_id=self.organisation_id)
                .select_related("photo", "organisation")
                .first()
            )
            if saved is not None:
                self.photo, self.organisation = saved.photo, saved.organisation
        prefetch_renditions([self.photo])
        context["profile_sections"] = profile_sections(SPEAKER_SECTIONS_HOOK, self)
        return context


class OrganisationIndexPage(SectionIndexPage):
    """The organisation directory at /organisations/."""

    subpage_types = ["speakers.OrganisationPage"]

    class Meta:
        verbose_name = "organisation directory"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(directory.organisation_directory(self, request.GET))
        return context


class OrganisationPage(NamedPage):
    """A company or institution: sponsor, organiser, employer of speakers, award recipient."""

    native_name = models.CharField(
        max_length=255,
        blank=True,
        help_text="The name in its own script, e.g. '山东招金金银精炼有限公司'; shown beside the Latin name "
        "and found by search.",
    )
    short_name = models.CharField(max_length=100, blank=True, help_text="Used where space is short, e.g. 'SMM'.")
    other_names = models.TextField(
        blank=True,
        help_text="Other spellings and translations, one per line. The import and search "
        "find the organisation by any of them.",
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A logo or wordmark on a transparent or white background.",
    )
    website = models.URLField(blank=True, help_text="The organisation's own site, e.g. https://www.smm.cn.")
    description = RichTextField(blank=True, features=BIO_FEATURES, help_text="What the organisation does.")
    # How each spelling becomes a key the page is found by (`naming.py`).
    spelling_key = staticmethod(organisation_key)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("native_name"), FieldPanel("short_name"), FieldPanel("other_names")], heading="Other names"
        ),
        FieldPanel("website"),
        FieldPanel("description"),
    ]
    media_panels = [FieldPanel("logo")]
    extra_tabs = [("Media", media_panels)]
    # The name is translated (a Chinese organisation's page takes its Chinese name); the other
    # spellings stay the same in every language, so the import and search find it by any of them.
    override_translatable_fields = [
        SynchronizedField(name, overridable=False) for name in ("native_name", "short_name", "other_names")
    ]

    search_fields = Page.search_fields + [
        index.SearchField("native_name"),
        index.SearchField("short_name"),
        index.SearchField("other_names"),
        index.SearchField("description"),
        index.AutocompleteField("title"),
        index.AutocompleteField("short_name"),
        index.AutocompleteField("other_names"),
        *SPELLING_SEARCH_FIELDS,
        CHINESE_TERMS_FIELD,
    ]
    api_fields = [
        APIField("native_name"),
        APIField("short_name"),
        APIField("other_names"),
        APIField("logo"),
        APIField("website"),
        APIField("description"),
    ]

    parent_page_types = ["speakers.OrganisationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    @property
    def spellings(self):
        return organisation_spellings(self.title, self.native_name, self.short_name, split_lines(self.other_names))

    def live_speakers(self):
        # Speakers in the page's language: another language's speaker links here until this page is translated.
        return (
            self.speakers.filter(shown_to_everyone(), locale_id=self.locale_id)
            .select_related("photo")
            .order_by("sort_name")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        speakers = list(self.live_speakers())
        prefetch_renditions([self.logo, *(speaker.photo for speaker in speakers)])
        context["speakers"] = speakers
        context["profile_sections"] = profile_sections(ORGANISATION_SECTIONS_HOOK, self)
        return context
