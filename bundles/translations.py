"""What a bundle's `translations` hold: per language, the text of its entries, keyed as the entries are.

A bundle is written in one language (`"language"`, "en" when left out). `translations` gives the same
conference in other languages: for each entry, by its id or slug, the keys whose text differs in that
language; rows of a page's lists (forums, highlights, participants...) by the id they refer to. The
rest (dates, images, people's names, references) is the source entry's. Import and export read these
tables, so the two stay in step (docs/conference-bundle.md, "Translations").
"""

from dataclasses import dataclass, field

from django.conf import settings

from . import fields as f

DEFAULT_LANGUAGE = "en"
AWARD = "award"  # awards are referred to by nothing else, but translations name them by slug


@dataclass(frozen=True)
class Rows:
    """A page's list in a translation: the row's translated keys, found by the id the row refers to.

    `by` is (model attribute, reference kind) pairs tried in turn: a forum is known by its own id, a
    highlight by its image's, an award recipient by its organisation's or else its speaker's.
    """

    keys: tuple
    by: tuple

    def row_id(self, row, ids_by_pk):
        for attr, kind in self.by:
            value = getattr(row, attr)
            if value is None:
                continue
            return value if kind is None else ids_by_pk[kind].get(value)
        return None


@dataclass(frozen=True)
class Kind:
    """One list of a bundle (organisations, sessions...) as its translations see it."""

    ref: str  # the reference kind that turns an entry's id into its page's primary key
    fields: tuple  # the source entry's field table (bundles/fields.py)
    keys: tuple  # the keys a translation entry may give
    rows: dict = field(default_factory=dict)
    streams: tuple = ()

    def field_of(self, key):
        return next(item for item in self.fields if item.key == key)


PROMOTION = ("seo_title", "search_description")
KINDS = {
    "organisations": Kind(f.ORGANISATION, f.ORGANISATION_FIELDS, ("name", "description", *PROMOTION)),
    "speakers": Kind(f.SPEAKER, f.SPEAKER_FIELDS, ("position", "biography", *PROMOTION)),
    "conference": Kind(
        "conference",
        f.CONFERENCE_FIELDS,
        (
            "title",
            "series",
            "city",
            "country",
            "venue",
            "teaser",
            "introduction",
            "special_report_title",
            "contact_name",
            "contact_note",
            *PROMOTION,
        ),
        rows={
            "tracks": Rows(("name", "description"), (("pk", f.TRACK),)),
            "sponsorships": Rows(("tier",), (("organisation_id", f.ORGANISATION),)),
            "highlights": Rows(("caption",), (("image_id", f.IMAGE),)),
        },
    ),
    "sessions": Kind(
        f.SESSION,
        f.SESSION_FIELDS,
        ("title", "room", "teaser", *PROMOTION),
        rows={
            "participants": Rows(("position",), (("speaker_id", f.SPEAKER),)),
            "links": Rows(("title",), (("url", None),)),
        },
        streams=("summary",),
    ),
    "awards": Kind(
        AWARD,
        f.AWARD_FIELDS,
        ("title", "series", "teaser", "description", *PROMOTION),
        rows={
            "recipients": Rows(("citation",), (("organisation_id", f.ORGANISATION), ("speaker_id", f.SPEAKER))),
            "photos": Rows(("caption",), (("image_id", f.IMAGE),)),
        },
    ),
}
# Parents before children: a session's translation goes under its conference's translation.
ORDER = ("organisations", "speakers", "conference", "sessions", "awards")


def bundle_language(data):
    return data.get("language", DEFAULT_LANGUAGE)


def language_names():
    """{code: name} of the site's content languages."""
    return dict(settings.WAGTAIL_CONTENT_LANGUAGES)


def entries(translation, list_name):
    """(id, translated entry) of one list of one language's translation; the conference is one entry."""
    if list_name == "conference":
        return [(None, translation["conference"])] if "conference" in translation else []
    return list(translation.get(list_name, {}).items())


def model_values(kind, entry):
    """{model attribute: value} of a translation entry's own keys (rich text cleaned as on import)."""
    own = {key: value for key, value in entry.items() if key in kind.keys}
    return f.to_model([kind.field_of(key) for key in own], own, refs={})
