"""Awards given at a conference edition, with their recipients and photos."""

from wagtail_localize.fields import TranslatableField

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from conference.queries import conference_of
from conference.serializers import PageSummarySerializer
from core.chinese_search import CHINESE_TERMS_FIELD
from core.inline_translations import TranslatableInline
from core.pages import ReportPage, teaser_field
from core.renditions import prefetch_renditions
from core.translated_page_key import TranslatedPageKey

from . import editions


class AwardPage(ReportPage):
    """One award at one edition; its "view award details" page. The title is the award's full name."""

    series = models.CharField(
        max_length=200,
        blank=True,
        help_text="The award's name across years, e.g. 'Silver Glory Award'. Links the same award over editions.",
    )
    teaser = teaser_field("Two sentences for the award card on the conference page.")
    description = RichTextField(
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text="What the award recognises and how recipients were chosen.",
    )
    presented_at = models.ForeignKey(
        "conference.SessionPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="awards_presented",
        help_text="The award ceremony session where it was presented.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("series"),
        FieldPanel("teaser"),
        FieldPanel("description"),
        FieldPanel("presented_at"),
    ]
    recipient_panels = [InlinePanel("recipients", heading="Recipients", label="Recipient")]
    media_panels = [InlinePanel("photos", heading="Photos", label="Photo")]
    extra_tabs = [("Recipients", recipient_panels), ("Media", media_panels)]

    search_fields = Page.search_fields + [
        index.SearchField("series"),
        index.SearchField("teaser"),
        index.SearchField("description"),
        CHINESE_TERMS_FIELD,
    ]
    api_fields = [
        APIField("series"),
        APIField("teaser"),
        APIField("description"),
        APIField("presented_at"),
        APIField("recipients"),
        APIField("photos"),
    ]

    parent_page_types = ["conference.ConferencePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("award")
        verbose_name_plural = _("awards")

    def recipients_list(self):
        return self.recipients.select_related("organisation", "organisation__logo", "speaker", "speaker__photo")

    def other_editions(self):
        return editions.other_editions(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        recipients = list(self.recipients_list())
        photos = list(self.photos.select_related("image"))
        prefetch_renditions(
            [
                *(recipient.organisation.logo for recipient in recipients if recipient.organisation),
                *(recipient.speaker.photo for recipient in recipients if recipient.speaker),
                *(photo.image for photo in photos),
            ]
        )
        # Loaded once for the link back and the head metadata (sharing/metadata.py).
        context.update(recipients=recipients, photos=photos, conference=conference_of(self))
        return context


class AwardRecipient(TranslatableInline, Orderable):
    """An organisation or a person who received the award, with the citation and rank."""

    award = ParentalKey(AwardPage, on_delete=models.CASCADE, related_name="recipients")
    organisation = TranslatedPageKey(
        "speakers.OrganisationPage",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="award_recipients",
        help_text="Choose an organisation, or a person below.",
    )
    speaker = TranslatedPageKey(
        "speakers.SpeakerPage",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="award_recipients",
        help_text="Choose a person, or an organisation above.",
    )
    citation = models.TextField(blank=True, help_text="Why they received it, in a sentence or two.")
    rank = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="1 for first place; leave empty when recipients are unranked."
    )

    # The recipient's page in the award's language.
    override_translatable_fields = [TranslatableField("organisation"), TranslatableField("speaker")]
    panels = [
        FieldRowPanel([FieldPanel("organisation"), FieldPanel("speaker")]),
        FieldPanel("citation"),
        FieldPanel("rank"),
    ]
    api_fields = [
        APIField("organisation", serializer=PageSummarySerializer()),
        APIField("speaker", serializer=PageSummarySerializer()),
        APIField("citation"),
        APIField("rank"),
    ]

    class Meta(TranslatableInline.Meta, Orderable.Meta):
        verbose_name = "recipient"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(organisation__isnull=False) | models.Q(speaker__isnull=False),
                name="award_recipient_has_organisation_or_speaker",
            )
        ]

    def clean(self):
        if not self.organisation_id and not self.speaker_id:
            raise ValidationError("Choose the organisation or the person who received the award.")

    @property
    def recipient(self):
        return self.organisation or self.speaker

    def __str__(self):
        return str(self.recipient)


class AwardPhoto(TranslatableInline, Orderable):
    award = ParentalKey(AwardPage, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="A photo of the presentation or the recipients, at least 1200 pixels across.",
    )
    caption = models.CharField(max_length=250, help_text="Also the alt text: say what the photo shows.")

    panels = [FieldPanel("image"), FieldPanel("caption")]

    class Meta(TranslatableInline.Meta, Orderable.Meta):
        pass
