"""Conference editions, their forums and sponsors, and the sessions that make up the agenda."""

from wagtail_localize.fields import TranslatableField

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    MultipleChooserPanel,
    TitleFieldPanel,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from core.blocks import SummaryBlock
from core.chinese_search import CHINESE_TERMS_FIELD
from core.inline_translations import TranslatableInline
from core.page_types import ChildTypesNameTheirParent
from core.pages import ReportPage, SectionIndexPage, introduction_field, teaser_field
from core.privacy import shown_to_everyone
from core.translated_page_key import TranslatedPageKey

from . import queries, search_text, session_times
from .choices import ParticipantRole, SessionKind, SponsorRole
from .editions import edition_context
from .exporters import views as exports
from .forms import SessionPageForm
from .serializers import PageSummarySerializer, TrackSerializer
from .validators import validate_time_zone


class ConferenceIndexPage(SectionIndexPage):
    """Every edition at /events/, newest first."""

    subpage_types = ["conference.ConferencePage"]

    class Meta:
        verbose_name = "conference index"

    def editions(self):
        return (
            ConferencePage.objects.child_of(self)
            .live()
            .filter(shown_to_everyone())
            .select_related("hero_image")
            .prefetch_related("hero_image__renditions")
            .order_by("-start_date")
        )


class ConferenceManager(PageManager):
    def home_page_context(self, locale_id):
        """What a home page shows: the latest edition in its language, its recent reports, past editions."""
        editions = list(
            self.live()
            .filter(shown_to_everyone(), locale_id=locale_id)
            .select_related("hero_image")
            .prefetch_related("hero_image__renditions")
            .order_by("-start_date")
        )
        latest = editions[0] if editions else None
        recent = []
        if latest is not None:
            recent = list(
                queries.live_sessions(latest)
                .exclude(summary=[])
                .only(*queries.SESSION_CARD_COLUMNS)
                .order_by("-last_published_at")[:6]
            )
        return {"latest_conference": latest, "past_editions": editions[1:], "recent_sessions": recent}


class ConferencePage(ChildTypesNameTheirParent, RoutablePageMixin, ReportPage):
    """One edition of a conference series; its agenda is built from its SessionPages."""

    series = models.CharField(
        max_length=200,
        help_text="The name the series keeps every year, e.g. 'SMM Silver Industry Chain Innovation Conference'.",
    )
    edition_number = models.PositiveSmallIntegerField(null=True, blank=True, help_text="e.g. 6 for the 6th edition.")
    start_date = models.DateField(help_text="First day, including any pre-conference visit.")
    end_date = models.DateField(help_text="Last day; the same as the first for a one-day event.")
    time_zone = models.CharField(
        max_length=64,
        default="Asia/Shanghai",
        validators=[validate_time_zone],
        help_text="Where the conference takes place, e.g. 'Asia/Shanghai'. Session times are local to it.",
    )
    city = models.CharField(max_length=100, help_text="e.g. 'Ningbo, Zhejiang'.")
    country = models.CharField(max_length=100, blank=True, default="China", help_text="e.g. 'China'.")
    venue = models.CharField(max_length=200, blank=True, help_text="Hotel or conference centre.")
    introduction = introduction_field("The overview paragraph at the top of the report.")
    teaser = teaser_field("One or two sentences for cards and share previews.")
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A wide photo of the event, at least 1600 pixels across.",
    )
    summit_video_url = models.URLField(
        blank=True, help_text="Link to the summit video (YouTube, Vimeo or the publisher's own page)."
    )
    special_report_url = models.URLField(blank=True, help_text="Link to the special report, if any.")
    special_report_title = models.CharField(max_length=200, blank=True, help_text="Link text for the special report.")
    contact_name = models.CharField(max_length=100, blank=True, help_text="Who answers queries, e.g. 'Lemon Zhao'.")
    contact_email = models.EmailField(blank=True, help_text="Shown as a link, e.g. 'lemon.zhao@example.com'.")
    contact_note = RichTextField(
        blank=True, features=["bold", "italic", "link"], help_text="Any other contact line, e.g. for research reports."
    )

    objects = ConferenceManager()

    content_panels = [
        TitleFieldPanel(
            "title", help_text="The full name, e.g. '2025 SMM (6th) Silver Industry Chain Innovation Conference'."
        ),
        MultiFieldPanel([FieldPanel("series"), FieldPanel("edition_number")], heading="Series"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("time_zone"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldPanel("venue"),
            ],
            heading="When and where",
        ),
        FieldPanel("teaser"),
        FieldPanel("introduction"),
        InlinePanel("tracks", heading="Forums and tracks", label="Forum"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_note")],
            heading="Contact",
        ),
    ]
    partner_panels = [InlinePanel("sponsorships", heading="Host, organisers and sponsors", label="Sponsorship")]
    media_panels = [
        FieldPanel("hero_image"),
        FieldPanel("summit_video_url"),
        InlinePanel("highlights", heading="Highlights gallery", label="Photo"),
        MultiFieldPanel(
            [FieldPanel("special_report_title"), FieldPanel("special_report_url")], heading="Special report"
        ),
    ]
    extra_tabs = [("Sponsors", partner_panels), ("Media", media_panels)]

    search_fields = Page.search_fields + [
        index.SearchField("series"),
        index.SearchField("city"),
        index.SearchField("introduction"),
        index.FilterField("start_date"),
        CHINESE_TERMS_FIELD,
    ]
    api_fields = [
        APIField("series"),
        APIField("edition_number"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("time_zone"),
        APIField("city"),
        APIField("country"),
        APIField("venue"),
        APIField("teaser"),
        APIField("introduction"),
        APIField("hero_image"),
        APIField("summit_video_url"),
        APIField("special_report_url"),
        APIField("tracks"),
        APIField("sponsorships"),
    ]

    parent_page_types = ["conference.ConferenceIndexPage"]
    # Children: the page types whose parent_page_types name this one (sessions, and awards from the
    # awards app), so conference need not name the apps above it (core/page_types.py).

    class Meta:
        verbose_name = _("conference")
        verbose_name_plural = _("conferences")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": "The last day cannot be before the first day."})

    def agenda(self):
        return queries.agenda(self)

    # Exports that calendars and schedule apps read (docs/developers.md). Served without the
    # trailing slash, e.g. <conference URL>calendar.ics, through conference/exporters/urls.py.
    @path("calendar.ics/", name="calendar")
    def calendar_ics(self, request):
        return exports.conference_calendar(request, self)

    @path("schedule.xml/", name="schedule_xml")
    def schedule_xml(self, request):
        return exports.schedule_xml(request, self)

    @path("schedule.json/", name="schedule_json")
    def schedule_json(self, request):
        return exports.schedule_json(request, self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(queries.conference_report(self))
        context.update(edition_context(self))
        return context


class Track(TranslatableInline, Orderable):
    """A forum or track of one conference, e.g. 'Silver Panorama Forum'."""

    conference = ParentalKey(ConferencePage, on_delete=models.CASCADE, related_name="tracks")
    name = models.CharField(max_length=200, help_text="e.g. 'Silver Panorama Forum'.")
    day = models.DateField(null=True, blank=True, help_text="The day it runs, if it runs on one day.")
    description = models.TextField(blank=True, help_text="A sentence on what the forum covers.")

    panels = [FieldPanel("name"), FieldPanel("day"), FieldPanel("description")]
    api_fields = [APIField("name"), APIField("day"), APIField("description")]

    class Meta(TranslatableInline.Meta, Orderable.Meta):
        verbose_name = "forum"

    def __str__(self):
        return self.name


class Sponsorship(TranslatableInline, Orderable):
    """An organisation's part in one edition: host, co-organiser, sponsor, supporter, media partner."""

    conference = ParentalKey(ConferencePage, on_delete=models.CASCADE, related_name="sponsorships")
    organisation = TranslatedPageKey(
        "speakers.OrganisationPage",
        on_delete=models.CASCADE,
        related_name="sponsorships",
        help_text="Find it by any spelling; create it in the chooser if it is missing.",
    )
    role = models.CharField(
        max_length=20,
        choices=SponsorRole.choices,
        default=SponsorRole.SPONSOR,
        help_text="Its part in this edition, e.g. 'Co-organiser'; the conference page groups sponsors by role.",
    )
    tier = models.CharField(max_length=50, blank=True, help_text="Optional level within the role, e.g. 'Gold'.")

    panels = [FieldPanel("organisation"), FieldRowPanel([FieldPanel("role"), FieldPanel("tier")])]
    # The organisation's page in the conference's language (wagtail-localize keeps page links as they
    # are unless told to translate them).
    override_translatable_fields = [TranslatableField("organisation")]
    api_fields = [APIField("organisation", serializer=PageSummarySerializer()), APIField("role"), APIField("tier")]

    class Meta(TranslatableInline.Meta, Orderable.Meta):
        verbose_name = "sponsorship"

    def __str__(self):
        return f"{self.organisation} ({self.get_role_display()})"


class ConferenceHighlight(TranslatableInline, Orderable):
    """A photo in the conference's highlights gallery."""

    conference = ParentalKey(ConferencePage, on_delete=models.CASCADE, related_name="highlights")
    image = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="A photo from the event, at least 1200 pixels across.",
    )
    caption = models.CharField(max_length=250, help_text="Also the alt text: say what the photo shows.")

    panels = [FieldPanel("image"), FieldPanel("caption")]

    class Meta(TranslatableInline.Meta, Orderable.Meta):
        pass


class SessionPage(RoutablePageMixin, ReportPage):
    """One speech, panel, award presentation, visit or dinner: its "speech details" page."""

    kind = models.CharField(
        max_length=30,
        choices=SessionKind.choices,
        default=SessionKind.KEYNOTE,
        help_text="What sort of session this is; shown on its card.",
    )
    track = models.ForeignKey(
        Track,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sessions",
        help_text="The forum it belongs to; empty for plenary parts such as welcome speeches.",
    )
    date = models.DateField(help_text="The day of the session.")
    start_time = models.TimeField(null=True, blank=True, help_text="Local time, e.g. 09:30.")
    # An end earlier than the start is on the next day: conference/session_times.py says why.
    end_time = models.TimeField(null=True, blank=True, help_text="Local time; empty if unknown.")
    room = models.CharField(max_length=100, blank=True, help_text="e.g. 'Grand Ballroom'.")
    teaser = teaser_field("Two sentences for the agenda card on the conference page and share previews.")
    summary = StreamField(
        SummaryBlock(), blank=True, help_text="The full report of the session: headings, text, key points, figures."
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A photo of the session, shown on its card and share preview.",
    )
    slides = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The slides as a PDF, if the speaker allows it.",
    )
    video_url = models.URLField(blank=True, help_text="A recording of the session, if there is one.")

    content_panels = [
        TitleFieldPanel(
            "title", help_text="The topic as in the agenda, e.g. 'Analysis of Silver and Gold Price Trends'."
        ),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("track")]),
        FieldRowPanel([FieldPanel("date"), FieldPanel("start_time"), FieldPanel("end_time")]),
        FieldPanel("room"),
        FieldPanel("teaser"),
        FieldPanel("summary"),
    ]
    participant_panels = [
        # "Add participants" opens the speaker chooser; several speakers can be picked at once.
        MultipleChooserPanel(
            "participants",
            chooser_field_name="speaker",
            heading="Participants",
            label="Participant",
            help_text="In the order they appear. Position and organisation are as of this session.",
        )
    ]
    media_panels = [
        FieldPanel("image"),
        FieldPanel("slides"),
        FieldPanel("video_url"),
        InlinePanel("links", heading="Coverage elsewhere", label="Link"),
    ]
    extra_tabs = [("Participants", participant_panels), ("Media", media_panels)]
    base_form_class = SessionPageForm

    search_fields = Page.search_fields + [
        index.SearchField("teaser"),
        index.SearchField("summary"),
        index.FilterField("kind"),
        index.FilterField("date"),
        index.RelatedFields("participants", [index.SearchField("position")]),
        # Readers look a session up by who spoke and for whom (conference/search_text.py).
        index.SearchField("participant_search_text"),
        CHINESE_TERMS_FIELD,
    ]
    api_fields = [
        APIField("kind"),
        APIField("track", serializer=TrackSerializer()),
        APIField("date"),
        APIField("start_time"),
        APIField("end_time"),
        APIField("room"),
        APIField("teaser"),
        APIField("summary"),
        APIField("image"),
        APIField("slides"),
        APIField("video_url"),
        APIField("participants"),
        APIField("links"),
    ]

    parent_page_types = ["conference.ConferencePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    def clean(self):
        super().clean()
        if session_times.end_is_too_late(self.start_time, self.end_time):
            raise ValidationError(
                {
                    "end_time": "The session cannot end before it starts. An end after midnight "
                    f"(23:00 to 01:00) may be up to {session_times.LONGEST_PAST_MIDNIGHT.seconds // 3600} "
                    "hours after the start."
                }
            )

    @property
    def end_date(self):
        """The day the session ends: the next one when it runs past midnight."""
        return session_times.end_date(self.date, self.start_time, self.end_time)

    def with_content_json(self, content):
        # A revision saved before the database refused duplicates may still hold a speaker twice
        # in one role; drop the repeat so that editing or publishing it cannot fail.
        page = super().with_content_json(content)
        page.participants = unique_participants(page.participants.all())
        return page

    def neighbours(self):
        return queries.neighbours(self)

    def participant_search_text(self):
        return search_text.participant_search_text(self)

    @path("calendar.ics/", name="calendar")
    def calendar_ics(self, request):
        return exports.session_calendar(request, self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(queries.session_details(self))
        return context


def unique_participants(participants):
    """The participants in order, keeping the first row of each (speaker, role)."""
    kept = {}
    for participant in participants:
        kept.setdefault((participant.speaker_id, participant.role), participant)
    return list(kept.values())


class SessionParticipant(TranslatableInline, Orderable):
    """A person's part in a session, with the title they held at the time."""

    session = ParentalKey(SessionPage, on_delete=models.CASCADE, related_name="participants")
    speaker = TranslatedPageKey(
        "speakers.SpeakerPage",
        on_delete=models.CASCADE,
        related_name="session_participations",
        help_text="Search by any spelling or name order, e.g. 'Yonghui Liang'; create a missing one in the chooser.",
    )
    role = models.CharField(
        max_length=20,
        choices=ParticipantRole.choices,
        default=ParticipantRole.SPEAKER,
        help_text="e.g. 'Moderator' for the chair of a roundtable, 'Panelist' for its guests.",
    )
    position = models.CharField(
        max_length=255,
        blank=True,
        help_text="Their title as of this session; taken from the speaker's current title if left empty.",
    )
    organisation = TranslatedPageKey(
        "speakers.OrganisationPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Their employer as of this session; the speaker's current one if left empty.",
    )

    # The speaker's and the employer's pages in the session's language.
    override_translatable_fields = [TranslatableField("speaker"), TranslatableField("organisation")]
    panels = [
        FieldPanel("speaker"),
        FieldPanel("role"),
        FieldRowPanel([FieldPanel("position"), FieldPanel("organisation")]),
    ]
    api_fields = [
        APIField("speaker", serializer=PageSummarySerializer()),
        APIField("role"),
        APIField("position"),
        APIField("organisation", serializer=PageSummarySerializer()),
    ]

    class Meta(TranslatableInline.Meta, Orderable.Meta):
        verbose_name = "participant"
        # Rows made outside the editor (imports, code) may share a sort_order; the primary key keeps
        # their order the same on every database.
        ordering = ["sort_order", "pk"]
        constraints = [
            # One row per part a person plays: an autosave racing a save once stored a speaker twice.
            models.UniqueConstraint(fields=["session", "speaker", "role"], name="one_participant_per_speaker_and_role"),
        ]

    def save(self, *args, **kwargs):
        # Freeze the speaker's title at the time of the session unless the editor gave one.
        if self.speaker_id and not self.position and not self.organisation_id:
            self.position = self.speaker.position
            self.organisation_id = self.speaker.organisation_id
        super().save(*args, **kwargs)

    def __str__(self):
        return f"{self.speaker} ({self.get_role_display()})"


class SessionLink(TranslatableInline, Orderable):
    """Coverage of the session elsewhere: a news article, a full transcript, a video."""

    session = ParentalKey(SessionPage, on_delete=models.CASCADE, related_name="links")
    title = models.CharField(max_length=200, help_text="Link text, e.g. the article's headline.")
    url = models.URLField(help_text="The full address, e.g. 'https://news.smm.cn/news/101234567'.")

    panels = [FieldPanel("title"), FieldPanel("url")]
    api_fields = [APIField("title"), APIField("url")]

    class Meta(TranslatableInline.Meta, Orderable.Meta):
        pass
