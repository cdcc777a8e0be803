"""A published conference report with hostile text in every field an editor or an import can fill.

Plain text goes in as typed. Rich text goes in the way the admin stores typed text (escaped), since
what raw HTML may reach rich text is tested on its way in (test_rich_text_input.py).
"""

import datetime

from awards.models import AwardPhoto
from conference.choices import ParticipantRole
from conference.models import ConferenceHighlight
from tests.factories import (
    AwardPageFactory,
    AwardRecipientFactory,
    ConferencePageFactory,
    DocumentFactory,
    ImageFactory,
    OrganisationPageFactory,
    SessionLinkFactory,
    SessionPageFactory,
    SessionParticipantFactory,
    SpeakerPageFactory,
    SponsorshipFactory,
    TrackFactory,
)

from .probes import HOSTILE_TEXT

HOSTILE_RICH_TEXT = "<p>Evil &lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt; text</p>"


def hostile_summary(image, document):
    """One block of every type of core.blocks.SummaryBlock, hostile text in each text field."""
    return [
        ("heading", {"text": HOSTILE_TEXT, "level": "h2"}),
        ("paragraph", HOSTILE_RICH_TEXT),
        ("key_points", {"title": HOSTILE_TEXT, "points": [HOSTILE_TEXT, HOSTILE_TEXT]}),
        ("figure", {"image": image, "alt_text": HOSTILE_TEXT, "caption": HOSTILE_TEXT, "credit": HOSTILE_TEXT}),
        (
            "table",
            {
                "caption": HOSTILE_TEXT,
                "table": {
                    "first_row_is_table_header": True,
                    "first_col_is_header": True,
                    "data": [[HOSTILE_TEXT, HOSTILE_TEXT], [HOSTILE_TEXT, HOSTILE_TEXT]],
                },
            },
        ),
        ("quote", {"text": HOSTILE_TEXT, "attribution": HOSTILE_TEXT, "role": HOSTILE_TEXT}),
        ("callout", {"tone": "note", "title": HOSTILE_TEXT, "text": HOSTILE_RICH_TEXT}),
        ("video", {"video": "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "caption": HOSTILE_TEXT}),
        ("document", {"document": document, "title": HOSTILE_TEXT}),
    ]


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def build_hostile_report():
    image = ImageFactory(title=HOSTILE_TEXT)
    document = DocumentFactory(title=HOSTILE_TEXT)
    organisation = publish(
        OrganisationPageFactory(
            title=f"Org {HOSTILE_TEXT}",
            short_name="Evil<b>",
            other_names=HOSTILE_TEXT,
            description=HOSTILE_RICH_TEXT,
            logo=ImageFactory(title=HOSTILE_TEXT),
        )
    )
    speaker = publish(
        SpeakerPageFactory(
            given_name=f"Given {HOSTILE_TEXT}",
            family_name=f"Family {HOSTILE_TEXT}",
            title=f"Speaker {HOSTILE_TEXT}",
            other_names=HOSTILE_TEXT,
            position=HOSTILE_TEXT,
            organisation=organisation,
            biography=HOSTILE_RICH_TEXT,
            photo=image,
        )
    )
    conference = ConferencePageFactory(
        title=f"Conference {HOSTILE_TEXT}",
        slug="hostile-conference",
        series=HOSTILE_TEXT,
        venue=HOSTILE_TEXT,
        city=HOSTILE_TEXT,
        teaser=HOSTILE_TEXT,
        introduction=HOSTILE_RICH_TEXT,
        contact_name=HOSTILE_TEXT,
        contact_note=HOSTILE_RICH_TEXT,
        special_report_title=HOSTILE_TEXT,
        special_report_url="https://news.example.com/special",
        hero_image=image,
    )
    track = TrackFactory(conference=conference, name=HOSTILE_TEXT, description=HOSTILE_TEXT, day=conference.start_date)
    SponsorshipFactory(conference=conference, organisation=organisation, tier=HOSTILE_TEXT[:50])  # a 50-character field
    ConferenceHighlight.objects.create(conference=conference, image=image, caption=HOSTILE_TEXT)
    conference = publish(conference)
    session = SessionPageFactory(
        parent=conference,
        title=f"Session {HOSTILE_TEXT}",
        slug="hostile-session",
        track=track,
        room=HOSTILE_TEXT,
        teaser=HOSTILE_TEXT,
        start_time=datetime.time(9, 30),
        summary=hostile_summary(image, document),
        image=image,
        slides=document,
        search_description=HOSTILE_TEXT,
        seo_title=f"SEO {HOSTILE_TEXT}",
    )
    SessionParticipantFactory(
        session=session, speaker=speaker, role=ParticipantRole.SPEAKER, position=HOSTILE_TEXT, organisation=organisation
    )
    SessionLinkFactory(session=session, title=HOSTILE_TEXT)
    session = publish(session)
    award = AwardPageFactory(
        parent=conference,
        title=f"Award {HOSTILE_TEXT}",
        slug="hostile-award",
        series=HOSTILE_TEXT,
        teaser=HOSTILE_TEXT,
        description=HOSTILE_RICH_TEXT,
        presented_at=session,
    )
    AwardRecipientFactory(award=award, organisation=organisation, citation=HOSTILE_TEXT, rank=1)
    AwardRecipientFactory(award=award, organisation=None, speaker=speaker, citation=HOSTILE_TEXT, rank=2)
    AwardPhoto.objects.create(award=award, image=image, caption=HOSTILE_TEXT)
    award = publish(award)
    return {
        "conference": conference,
        "session": session,
        "award": award,
        "speaker": speaker,
        "organisation": organisation,
        "image": image,
        "document": document,
    }
