"""How each bundle key maps to a model field, in both directions.

Import and export read the same tables, so a field added here travels both ways and the round trip
stays exact. A reference field holds the id of another bundle item in the file and a primary key in
the database; the `refs` tables translate between the two.
"""

import datetime
from dataclasses import dataclass

from core.rich_text import IMPORTED_FEATURES, clean_rich_text
from speakers.naming import split_lines

VALUE, DATE, TIME, NAMES = "value", "date", "time", "names"
# Rich text is whitelisted on import like the editor does (core/rich_text.py): no script, no handlers.
RICH = "rich"
# Reference kinds: what a bundle id refers to.
IMAGE, DOCUMENT, ORGANISATION = "image", "document", "organisation"
SPEAKER, TRACK, SESSION = "speaker", "track", "session"
REFERENCES = {IMAGE, DOCUMENT, ORGANISATION, SPEAKER, TRACK, SESSION}


@dataclass(frozen=True)
class Field:
    key: str
    kind: str = VALUE
    attr: str = ""

    @property
    def model_attr(self):
        if self.attr:
            return self.attr
        return f"{self.key}_id" if self.kind in REFERENCES else self.key


PROMOTION = (Field("seo_title"), Field("search_description"))

ORGANISATION_FIELDS = (
    Field("name", attr="title"),
    Field("native_name"),
    Field("short_name"),
    Field("other_names", NAMES),
    Field("logo", IMAGE),
    Field("website"),
    Field("description", RICH),
    *PROMOTION,
)
SPEAKER_FIELDS = (
    Field("given_name"),
    Field("family_name"),
    Field("name_order"),
    Field("native_name"),
    Field("other_names", NAMES),
    Field("position"),
    Field("organisation", ORGANISATION),
    Field("photo", IMAGE),
    Field("biography", RICH),
    *PROMOTION,
)
CONFERENCE_FIELDS = (
    Field("title"),
    Field("series"),
    Field("edition_number"),
    Field("start_date", DATE),
    Field("end_date", DATE),
    Field("time_zone"),
    Field("city"),
    Field("country"),
    Field("venue"),
    Field("teaser"),
    Field("introduction", RICH),
    Field("hero_image", IMAGE),
    Field("summit_video_url"),
    Field("special_report_title"),
    Field("special_report_url"),
    Field("contact_name"),
    Field("contact_email"),
    Field("contact_note", RICH),
    *PROMOTION,
)
TRACK_FIELDS = (Field("name"), Field("day", DATE), Field("description"))
SPONSORSHIP_FIELDS = (Field("organisation", ORGANISATION), Field("role"), Field("tier"))
PHOTO_FIELDS = (Field("image", IMAGE), Field("caption"))
SESSION_FIELDS = (
    Field("title"),
    Field("kind"),
    Field("track", TRACK),
    Field("date", DATE),
    Field("start_time", TIME),
    Field("end_time", TIME),
    Field("room"),
    Field("teaser"),
    Field("image", IMAGE),
    Field("slides", DOCUMENT),
    Field("video_url"),
    *PROMOTION,
)
PARTICIPANT_FIELDS = (Field("speaker", SPEAKER), Field("role"), Field("position"), Field("organisation", ORGANISATION))
LINK_FIELDS = (Field("title"), Field("url"))
AWARD_FIELDS = (
    Field("title"),
    Field("series"),
    Field("teaser"),
    Field("description", RICH),
    Field("presented_at", SESSION),
    *PROMOTION,
)
RECIPIENT_FIELDS = (Field("organisation", ORGANISATION), Field("speaker", SPEAKER), Field("citation"), Field("rank"))

# Orderable children of each page type: bundle key (= related name) -> fields.
CONFERENCE_CHILDREN = {"tracks": TRACK_FIELDS, "sponsorships": SPONSORSHIP_FIELDS, "highlights": PHOTO_FIELDS}
SESSION_CHILDREN = {"participants": PARTICIPANT_FIELDS, "links": LINK_FIELDS}
AWARD_CHILDREN = {"recipients": RECIPIENT_FIELDS, "photos": PHOTO_FIELDS}


def to_model(fields, entry, refs):
    """{model attribute: value} for the keys the entry has; keys it leaves out are left alone."""
    values = {}
    for field in fields:
        if field.key in entry:
            values[field.model_attr] = _import_value(field, entry[field.key], refs)
    return values


def children_to_model(children, entry, refs):
    """{related name: [child attribute dicts]} for the child lists the entry has."""
    present = {name: fields for name, fields in children.items() if name in entry}
    return {name: [to_model(fields, item, refs) for item in entry[name]] for name, fields in present.items()}


def to_bundle(fields, obj, refs):
    """{bundle key: value} for every field of a model instance."""
    return {field.key: _export_value(field, getattr(obj, field.model_attr), refs) for field in fields}


def _import_value(field, value, refs):
    if value is None or field.kind == VALUE:
        return value
    if field.kind == DATE:
        return datetime.date.fromisoformat(value)
    if field.kind == TIME:
        return datetime.time.fromisoformat(value)
    if field.kind == NAMES:
        return "\n".join(value)
    if field.kind == RICH:
        return clean_rich_text(value, IMPORTED_FEATURES)
    return refs[field.kind][value]


def _export_value(field, value, refs):
    if field.kind in (VALUE, RICH):
        return value
    if field.kind == NAMES:
        return split_lines(value)
    if value is None:
        return None
    if field.kind == DATE:
        return value.isoformat()
    if field.kind == TIME:
        return value.strftime("%H:%M" if value.second == 0 else "%H:%M:%S")
    return refs[field.kind][value]
