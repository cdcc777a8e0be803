"""Private content of every kind, each with a sentinel word that must never reach a reader.

Built next to a public conference the private things are related to (same speaker, same
sponsor), so listings and related blocks on public pages get the chance to leak them.
"""

from django.contrib.auth.models import Group

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from awards.models import AwardRecipient
from tests.factories import (
    AwardPageFactory,
    ConferencePageFactory,
    DocumentFactory,
    ImageFactory,
    OrganisationPageFactory,
    SessionPageFactory,
    SessionParticipantFactory,
    SpeakerPageFactory,
    SponsorshipFactory,
)

SUMMARY = [("paragraph", "<p>What was said.</p>")]

SENTINELS = {
    "draft": "sntldraft",
    "unpublished edit": "sntlpending",
    "password page": "sntlpassword",
    "password child": "sntlpasswordchild",
    "login page": "sntllogin",
    "login child": "sntlloginchild",
    "group page": "sntlgroup",
    "private image": "sntlimage",
    "private document": "sntldocument",
}


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def restricted_conference(key, child_key, restriction_type, speaker, sponsor, **restriction):
    # Slugs carry no sentinel: a visitor who asks for the URL already knows it.
    slug = restriction_type
    conference = publish(
        ConferencePageFactory(title=f"Conference {SENTINELS[key]}", teaser=SENTINELS[key], slug=f"{slug}-conference")
    )
    SponsorshipFactory(conference=conference, organisation=sponsor)
    conference = publish(conference)
    session = SessionPageFactory(
        parent=conference, title=f"Session {SENTINELS[child_key]}", slug=f"{slug}-session", summary=SUMMARY
    )
    SessionParticipantFactory(session=session, speaker=speaker)
    session = publish(session)
    award = publish(AwardPageFactory(parent=conference, title=f"Award {SENTINELS[child_key]}", slug=f"{slug}-award"))
    AwardRecipient.objects.create(award=award, organisation=sponsor, citation=SENTINELS[child_key])
    publish(award)
    PageViewRestriction.objects.create(page=conference, restriction_type=restriction_type, **restriction)
    return conference, session


def build_private_content():
    speaker = publish(SpeakerPageFactory(given_name="Public", family_name="Speaker"))
    sponsor = publish(OrganisationPageFactory(title="Public Sponsor Ltd."))
    public = publish(ConferencePageFactory(title="Public Conference", slug="public-conference"))
    public_session = SessionPageFactory(parent=public, title="Public session", slug="public-session", summary=SUMMARY)
    SessionParticipantFactory(session=public_session, speaker=speaker)
    publish(public_session)

    draft = SessionPageFactory(
        parent=public, title=f"Session {SENTINELS['draft']}", slug="draft-session", live=False, summary=SUMMARY
    )
    SessionParticipantFactory(session=draft, speaker=speaker)
    draft.save_revision()

    pending = SessionPageFactory(parent=public, title="Live session", slug="live-session", summary=SUMMARY)
    pending = publish(pending)
    pending.teaser = SENTINELS["unpublished edit"]
    pending.summary = [("paragraph", f"<p>{SENTINELS['unpublished edit']}</p>")]
    pending.save_revision()

    password_conference, password_session = restricted_conference(
        "password page", "password child", PageViewRestriction.PASSWORD, speaker, sponsor, password="letmein"
    )
    login_conference, login_session = restricted_conference(
        "login page", "login child", PageViewRestriction.LOGIN, speaker, sponsor
    )
    group_speaker = publish(
        SpeakerPageFactory(
            given_name=SENTINELS["group page"], family_name="Grouped", slug="grouped-speaker", organisation=sponsor
        )
    )
    restriction = PageViewRestriction.objects.create(page=group_speaker, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([Group.objects.get(name="Moderators")])

    private_collection = Collection.get_first_root_node().add_child(name="Private press kit")
    CollectionViewRestriction.objects.create(
        collection=private_collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    image = ImageFactory(title=f"Image {SENTINELS['private image']}", collection=private_collection)
    document = DocumentFactory(title=f"Document {SENTINELS['private document']}", collection=private_collection)

    return {
        "public": public,
        "speaker": speaker,
        "sponsor": sponsor,
        "draft": draft,
        "pending": pending,
        "password conference": password_conference,
        "password session": password_session,
        "login conference": login_conference,
        "login session": login_session,
        "group speaker": group_speaker,
        "image": image,
        "document": document,
    }
