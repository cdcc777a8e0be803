"""What the editors' page types share: two abstract bases, their edit form's tabs, two field shapes.

`ReportPage` is the base of every report page (conference, session, award, speaker, organisation):
found by Chinese words (core/chinese_search.py), its privacy answered without Wagtail's two queries
when nothing above it is restricted (delivery/restricted_pages.py), and edited in the same tabs:
Content, then its own (sponsors, participants, recipients, media), then Promotion and Settings.
`EditorTabs` builds that `edit_handler` from the page type's `content_panels` and `extra_tabs`
(https://docs.wagtail.org/en/stable/reference/panels.html#tabbedinterface).

`SectionIndexPage` is the base of the three sections under the home page (events, speakers,
organisations): one each, an introduction above their list, found by Chinese words too.

The teaser and introduction fields of the report pages have one shape wherever they appear
(`teaser_field`, `introduction_field`); each report page type says in its own help text where its
teaser or introduction is shown, so those fields are declared on each model.
"""

from django.db import models
from django.utils.functional import classproperty

from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface
from wagtail.fields import RichTextField
from wagtail.models import Page

from delivery.restricted_pages import CachedPrivacyMixin

from .chinese_search import CHINESE_TERMS_FIELD, ChineseSearchMixin

INTRO_FEATURES = ["bold", "italic", "link", "ul", "ol"]


def teaser_field(help_text):
    """One or two plain sentences for cards and share previews; optional, at most 400 characters."""
    return models.TextField(max_length=400, blank=True, help_text=help_text)


def introduction_field(help_text, features=INTRO_FEATURES):
    """The optional rich-text paragraph at the top of a page."""
    return RichTextField(blank=True, features=features, help_text=help_text)


class EditorTabs:
    """Mixin for a page type: its edit form's tabs are Content, `extra_tabs` in order, Promotion, Settings.

    `extra_tabs` lists (heading, panels) pairs, e.g. `[("Media", media_panels)]`.
    """

    extra_tabs = ()

    @classproperty
    def edit_handler(cls):  # noqa: N805 — a class property, like a classmethod
        return TabbedInterface(
            [
                ObjectList(cls.content_panels, heading="Content"),
                *(ObjectList(panels, heading=heading) for heading, panels in cls.extra_tabs),
                ObjectList(Page.promote_panels, heading="Promotion"),
                ObjectList(Page.settings_panels, heading="Settings"),
            ]
        )


class ReportPage(ChineseSearchMixin, EditorTabs, CachedPrivacyMixin, Page):
    """Base of the report page types; each lists `CHINESE_TERMS_FIELD` last in its `search_fields`."""

    class Meta:
        abstract = True


class SectionIndexPage(ChineseSearchMixin, CachedPrivacyMixin, Page):
    """Base of the sections under the home page: one of each, with an introduction above its list."""

    introduction = introduction_field("Shown above the list.")

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [CHINESE_TERMS_FIELD]
    parent_page_types = ["core.HomePage"]
    max_count = 1

    class Meta:
        abstract = True
