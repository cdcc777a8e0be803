"""What a share card shows, per page type: the facts, gathered in a few queries.

Only published, live content goes on a card: the page's own live row, and people or organisations
whose pages are live. Drafts never reach a card because cards are made from live pages only.
"""

import logging
from dataclasses import dataclass, field

from PIL import Image as PILImage
from PIL import UnidentifiedImageError

from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext, pgettext

from awards.models import AwardPage
from conference.models import ConferencePage, SessionPage
from core.models import SiteSettings
from core.site_identity import identity_for
from speakers.models import OrganisationPage, SpeakerPage

from ..dates import format_date_range
from ..tree import live_conference_of

logger = logging.getLogger(__name__)

# Photos that fit in a row on the card; the rest are counted ("and 2 more").
MAX_PEOPLE = 5


@dataclass
class CardPerson:
    name: str
    detail: str = ""
    photo: PILImage.Image | None = None


@dataclass
class CardContent:
    """Everything the renderer draws; `layout` picks the arrangement."""

    layout: str
    kicker: str
    title: str
    brand: str
    context_line: str = ""
    date_line: str = ""
    subtitle: str = ""
    people: list[CardPerson] = field(default_factory=list)
    more_people: int = 0
    picture: PILImage.Image | None = None


def load_picture(image):
    """A Wagtail image as a Pillow image, or None when it has no readable file."""
    if image is None:
        return None
    try:
        with image.open_file() as handle:
            picture = PILImage.open(handle)
            picture.load()
            return picture
    except (OSError, UnidentifiedImageError, ValueError):
        logger.warning("Share card: cannot read image %s", image.pk)
        return None


def join(*parts):
    return ", ".join(part for part in parts if part)


def conference_lines(conference):
    if conference is None:
        return "", ""
    return conference.title, format_date_range(conference.start_date, conference.end_date)


def session_card(session, brand):
    conference = live_conference_of(session)
    participants = [
        participant
        for participant in session.participants.select_related("speaker", "speaker__photo", "organisation")
        if participant.speaker.live
    ]
    people = [
        CardPerson(
            name=participant.speaker.display_name,
            detail=join(participant.position, participant.organisation.title if participant.organisation else ""),
            photo=load_picture(participant.speaker.photo),
        )
        for participant in participants[:MAX_PEOPLE]
    ]
    context_line, date_line = conference_lines(conference)
    if conference is not None:
        date_line = format_date_range(session.date, session.date)
    return CardContent(
        layout="session",
        kicker=session.get_kind_display(),
        title=session.title,
        brand=brand,
        subtitle=session.teaser,
        context_line=context_line,
        date_line=date_line,
        people=people,
        more_people=max(0, len(participants) - MAX_PEOPLE),
    )


def conference_card(conference, brand):
    hosts = [
        sponsorship.organisation.title
        for sponsorship in conference.sponsorships.select_related("organisation").filter(
            role="host", organisation__live=True
        )
    ]
    edition = (
        gettext("Edition %(number)s") % {"number": conference.edition_number}
        if conference.edition_number
        else pgettext("share card", "Conference")
    )
    return CardContent(
        layout="hero",
        kicker=edition,
        title=conference.title,
        brand=brand,
        subtitle=join(conference.venue, conference.city),
        context_line=gettext("Hosted by %(hosts)s") % {"hosts": ", ".join(hosts)} if hosts else conference.series,
        date_line=format_date_range(conference.start_date, conference.end_date),
        picture=load_picture(conference.hero_image),
    )


def speaker_card(speaker, brand):
    organisation = speaker.organisation if speaker.organisation and speaker.organisation.live else None
    latest = (
        speaker.session_participations.filter(session__live=True)
        .select_related("session")
        .order_by("-session__date")
        .first()
    )
    conference = live_conference_of(latest.session) if latest else None
    context_line, _dates = conference_lines(conference)
    date_line = format_date_range(latest.session.date, None) if conference is not None else ""
    return CardContent(
        layout="portrait",
        kicker=pgettext("share card", "Speaker"),
        title=speaker.display_name or speaker.title,
        brand=brand,
        subtitle=join(speaker.position, organisation.title if organisation else ""),
        context_line=f"Spoke at {context_line}" if context_line else "",
        date_line=date_line,
        picture=load_picture(speaker.photo),
    )


def organisation_card(organisation, brand):
    return CardContent(
        layout="logo",
        kicker=pgettext("share card", "Organisation"),
        title=organisation.title,
        brand=brand,
        subtitle=strip_tags(organisation.description),
        context_line=organisation.website.split("://", 1)[-1].rstrip("/"),
        picture=load_picture(organisation.logo),
    )


def award_card(award, brand):
    recipients = [
        recipient
        for recipient in award.recipients.select_related("organisation", "speaker", "speaker__photo")
        if (recipient.organisation or recipient.speaker).live
    ]
    people = [
        CardPerson(
            name=recipient.speaker.display_name if recipient.speaker else recipient.organisation.title,
            detail=f"Rank {recipient.rank}" if recipient.rank else "",
            photo=load_picture(recipient.speaker.photo) if recipient.speaker else None,
        )
        for recipient in recipients[:MAX_PEOPLE]
    ]
    context_line, date_line = conference_lines(live_conference_of(award))
    return CardContent(
        layout="session",
        kicker=pgettext("share card", "Award"),
        title=award.title,
        brand=brand,
        subtitle=award.teaser,
        context_line=context_line,
        date_line=date_line,
        people=people,
        more_people=max(0, len(recipients) - MAX_PEOPLE),
    )


def plain_card(page, brand):
    """Home and directory pages: the title, the introduction, and the site's tagline below."""
    site = page.get_site()
    return CardContent(
        layout="plain",
        kicker="",
        title=page.title,
        brand=brand,
        subtitle=strip_tags(getattr(page, "introduction", "") or page.search_description),
        context_line=identity_for(site, lambda: SiteSettings.for_site(site), page.locale.language_code).tagline
        if site is not None
        else "",
    )


BUILDERS = {
    SessionPage: session_card,
    ConferencePage: conference_card,
    SpeakerPage: speaker_card,
    OrganisationPage: organisation_card,
    AwardPage: award_card,
}


def card_content(page, brand):
    """The card content of any page: a specific layout for the report's page types, plain otherwise."""
    builder = BUILDERS.get(type(page), plain_card)
    with translation.override(page.locale.language_code):  # drawn in the page's language, whoever publishes
        return builder(page, brand)
