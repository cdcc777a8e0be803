"""Factories for every content type. No surprises: each builds exactly what its fields say.

Pages are created live under the section the migrations built, unless `parent=` says otherwise.
"""

import datetime

import factory
from factory.django import DjangoModelFactory

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, Locale, Page

from awards.models import AwardPage, AwardRecipient
from conference.choices import ParticipantRole, SessionKind, SponsorRole
from conference.models import (
    ConferenceIndexPage,
    ConferencePage,
    SessionLink,
    SessionPage,
    SessionParticipant,
    Sponsorship,
    Track,
)
from speakers.choices import NameOrder
from speakers.models import OrganisationIndexPage, OrganisationPage, SpeakerIndexPage, SpeakerPage


def root_collection():
    return Collection.get_first_root_node()


class ImageFactory(DjangoModelFactory):
    class Meta:
        model = Image

    title = factory.Sequence(lambda n: f"Image {n}")
    file = factory.django.ImageField(width=640, height=480, color="silver")
    collection = factory.LazyFunction(root_collection)


class DocumentFactory(DjangoModelFactory):
    class Meta:
        model = Document

    title = factory.Sequence(lambda n: f"Document {n}")
    file = factory.django.FileField(filename="slides.pdf", data=b"%PDF-1.4 test")
    collection = factory.LazyFunction(root_collection)


class PageFactory(DjangoModelFactory):
    """Adds the page under `parent`, or under the section that `default_parent` finds."""

    class Meta:
        abstract = True

    live = True

    @classmethod
    def default_parent(cls):
        raise NotImplementedError

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        page = model_class(*args, **kwargs)
        (parent or cls.default_parent()).add_child(instance=page)
        return page


class OrganisationPageFactory(PageFactory):
    class Meta:
        model = OrganisationPage

    title = factory.Sequence(lambda n: f"Organisation {n} Co., Ltd.")
    website = "https://example.com"

    @classmethod
    def default_parent(cls):
        return OrganisationIndexPage.objects.get(locale=Locale.get_default())


class SpeakerPageFactory(PageFactory):
    class Meta:
        model = SpeakerPage

    given_name = factory.Sequence(lambda n: f"Given{n}")
    family_name = factory.Sequence(lambda n: f"Family{n}")
    name_order = NameOrder.FAMILY_FIRST
    title = factory.LazyAttribute(lambda o: f"{o.family_name} {o.given_name}")
    position = "Analyst"

    @classmethod
    def default_parent(cls):
        return SpeakerIndexPage.objects.get(locale=Locale.get_default())


class ConferencePageFactory(PageFactory):
    class Meta:
        model = ConferencePage

    title = factory.Sequence(lambda n: f"2025 Test Conference {n}")
    series = "Test Conference"
    edition_number = 1
    start_date = datetime.date(2025, 5, 15)
    end_date = datetime.date(2025, 5, 16)
    city = "Ningbo, Zhejiang"
    time_zone = "Asia/Shanghai"

    @classmethod
    def default_parent(cls):
        return ConferenceIndexPage.objects.get(locale=Locale.get_default())


class SessionPageFactory(PageFactory):
    """Needs `parent=` a ConferencePage."""

    class Meta:
        model = SessionPage

    title = factory.Sequence(lambda n: f"Session topic {n}")
    kind = SessionKind.KEYNOTE
    date = datetime.date(2025, 5, 16)
    start_time = factory.Sequence(lambda n: datetime.time(8 + (n % 10), 0))
    teaser = "A short teaser."


class AwardPageFactory(PageFactory):
    """Needs `parent=` a ConferencePage."""

    class Meta:
        model = AwardPage

    title = factory.Sequence(lambda n: f"Award {n}")
    series = "Silver Glory Award"


class TrackFactory(DjangoModelFactory):
    class Meta:
        model = Track

    name = factory.Sequence(lambda n: f"Forum {n}")


class SponsorshipFactory(DjangoModelFactory):
    class Meta:
        model = Sponsorship

    organisation = factory.SubFactory(OrganisationPageFactory)
    role = SponsorRole.SPONSOR


class SessionParticipantFactory(DjangoModelFactory):
    class Meta:
        model = SessionParticipant

    speaker = factory.SubFactory(SpeakerPageFactory)
    role = ParticipantRole.SPEAKER


class SessionLinkFactory(DjangoModelFactory):
    class Meta:
        model = SessionLink

    title = "Coverage"
    url = "https://news.example.com/article"


class AwardRecipientFactory(DjangoModelFactory):
    class Meta:
        model = AwardRecipient

    organisation = factory.SubFactory(OrganisationPageFactory)
    citation = "For excellence."


def publish(page):
    """Save a revision of the page and publish it, as an editor's Publish does; returns the page."""
    page.save_revision().publish()
    return page


def home_page():
    return Page.objects.get(depth=2, locale=Locale.get_default()).specific
