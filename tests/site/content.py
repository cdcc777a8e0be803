"""A conference report with every kind of content, built through the shared factories.

Shared by the Django view tests (tests/site/) and the browser tests (tests/browser/).
"""

import datetime

from wagtail.models import Site

from awards.models import AwardPhoto
from conference.choices import ParticipantRole, SessionKind, SponsorRole
from conference.models import ConferenceHighlight
from core.models import SiteSettings
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


def summary_blocks(image, document):
    """One block of every type the summary StreamField offers."""
    return [
        ("heading", {"text": "Logic of gold and silver prices", "level": "h2"}),
        ("paragraph", "<p>Silver follows copper in the short term.</p>"),
        ("key_points", {"title": "Key points", "points": ["Deficit narrows", "Demand grows"]}),
        ("figure", {"image": image, "alt_text": "A price chart", "caption": "Silver since 2015", "credit": "SMM"}),
        (
            "table",
            {
                "caption": "Discarded modules",
                "table": {
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "data": [["Year", "Cumulative"], ["2030", "18 GW"]],
                },
            },
        ),
        ("quote", {"text": "Silver prices are focusing on copper.", "attribution": "Liang Yonghui", "role": "DGM"}),
        ("callout", {"tone": "figure", "title": "17,000 mt", "text": "<p>Output in 2024.</p>"}),
        ("video", {"video": "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "caption": "The talk"}),
        ("document", {"document": document, "title": "Slides"}),
    ]


def build_report(size=3, image_size=(640, 480)):
    """A conference with `size` sessions, speakers and sponsors, two forums, an award and photos.

    Small `image_size` values make large reports quick to build for query counting.
    """
    width, height = image_size

    def new_image(**kwargs):
        return ImageFactory(file__width=width, file__height=height, **kwargs)

    site = Site.objects.get(is_default_site=True)
    SiteSettings.objects.update_or_create(
        site=site, defaults={"tagline": "Reports from SMM conferences", "contact_email": "info@example.com"}
    )
    hero = new_image(title="Hero")
    conference = ConferencePageFactory(
        title="2025 SMM Silver Conference",
        edition_number=6,
        venue="Ningbo Marriott",
        teaser="The silver industry met in Ningbo.",
        introduction="<p>On May 16 the conference concluded.</p>",
        hero_image=hero,
        summit_video_url="https://video.example.com/summit",
        special_report_url="https://news.example.com/special",
        special_report_title="Special report",
        contact_name="Lemon Zhao",
        contact_email="lemon@example.com",
    )
    panorama = TrackFactory(conference=conference, name="Silver Panorama Forum", day=datetime.date(2025, 5, 16))
    pv = TrackFactory(conference=conference, name="Photovoltaic Forum", day=datetime.date(2025, 5, 16))
    organisations = [OrganisationPageFactory(logo=new_image()) for _ in range(size)]
    SponsorshipFactory(conference=conference, organisation=organisations[0], role=SponsorRole.HOST)
    for organisation in organisations[1:]:
        SponsorshipFactory(conference=conference, organisation=organisation, role=SponsorRole.SPONSOR, tier="Gold")
    image = new_image(title="Chart")
    document = DocumentFactory()
    sessions = []
    for number in range(size):
        session = SessionPageFactory(
            parent=conference,
            title=f"Session topic {number}",
            kind=SessionKind.KEYNOTE,
            track=panorama if number % 2 else pv,
            start_time=datetime.time(8 + number % 10, number % 60),
            image=new_image(),
            slides=document,
            video_url="https://video.example.com/talk",
            summary=summary_blocks(image, document),
        )
        speaker = SpeakerPageFactory(photo=new_image(), organisation=organisations[number % len(organisations)])
        SessionParticipantFactory(session=session, speaker=speaker, role=ParticipantRole.SPEAKER)
        SessionParticipantFactory(session=session, role=ParticipantRole.MODERATOR)
        SessionLinkFactory(session=session)
        sessions.append(session)
    award = AwardPageFactory(parent=conference, title="Silver Glory Award 2025", presented_at=sessions[0])
    AwardRecipientFactory(award=award, organisation=organisations[0], rank=1)
    AwardPhoto.objects.create(award=award, image=new_image(), caption="The winners on stage")
    for number in range(size):
        ConferenceHighlight.objects.create(conference=conference, image=new_image(), caption=f"Highlight {number}")
    return {"conference": conference, "sessions": sessions, "award": award, "organisations": organisations}
