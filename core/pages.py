"""What the editors' page types share: their edit form's tabs and the shape of two fields.

Every report page (conference, session, award, speaker, organisation) is edited in the same tabs:
Content, then its own (sponsors, participants, recipients, media), then Promotion and Settings.
`EditorTabs` builds that `edit_handler` from the page type's `content_panels` and `extra_tabs`
(https://docs.wagtail.org/en/stable/reference/panels.html#tabbedinterface).

The teaser and introduction fields have one shape wherever they appear (`teaser_field`,
`introduction_field`); each page type says in its own help text where its teaser or introduction is
shown, so the fields are made here and declared on each model rather than inherited from one
abstract model: one declaration would have to carry one help text, and the migrations would change.
"""

from django.db import models
from django.utils.functional import classproperty

from wagtail.admin.panels import ObjectList, TabbedInterface
from wagtail.fields import RichTextField
from wagtail.models import Page

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
