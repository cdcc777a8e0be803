"""A speaker or organisation is one entity in both languages (issue 19, item 2).

Translated with wagtail-localize, a session's Chinese page has its own participant rows, which link
the speakers' Chinese pages; the speakers' names and spellings are the same on both sides, their
positions and biographies are translated; Chinese pages put the native spelling first.
"""

import pytest
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.segments.extract import extract_segments

from wagtail.models import Locale

from conference.models import SessionPage
from speakers.models import OrganisationPage, SpeakerPage
from tests.factories import (
    ConferencePageFactory,
    OrganisationPageFactory,
    SessionPageFactory,
    SessionParticipantFactory,
    SpeakerPageFactory,
    SponsorshipFactory,
    publish,
)

from .translating import publish_latest, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def chinese(chinese_skeleton):
    return Locale.objects.get(language_code="zh-hans")


@pytest.fixture
def report():
    """An English conference with one session by Liang Yonghui of SMM, who sponsors it."""
    smm = OrganisationPageFactory(slug="smm", title="SMM Information & Technology", native_name="上海有色网")
    liang = SpeakerPageFactory(
        slug="liang-yonghui",
        given_name="Yonghui",
        family_name="Liang",
        title="Liang Yonghui",
        native_name="梁永辉",
        other_names="Yonghui Liang",
        position="Analyst",
        organisation=smm,
    )
    conference = ConferencePageFactory(slug="silver")
    SponsorshipFactory(conference=conference, organisation=smm)
    session = SessionPageFactory(parent=conference, slug="outlook", title="Silver outlook")
    SessionParticipantFactory(session=session, speaker=liang, position="Chief analyst", organisation=smm)
    for page in (conference, session):
        publish(page)
    return {"organisation": smm, "speaker": liang, "conference": conference, "session": session}


def give_chinese(source_page, locale, translations):
    """Record translators' Chinese for some of the page's segments and publish the translation."""
    source = TranslationSource.objects.get(object_id=source_page.translation_key)
    for string_segment in source.stringsegment_set.select_related("string"):
        chinese_text = translations.get(string_segment.string.data)
        if chinese_text:
            StringTranslation.objects.update_or_create(
                translation_of=string_segment.string,
                locale=locale,
                context=string_segment.context,
                defaults={"data": chinese_text},
            )
    Translation.objects.get(source=source, target_locale=locale).save_target(publish=True)
    publish_latest(locale)


def test_a_chinese_session_links_the_chinese_page_of_the_same_speaker(client, report, chinese):
    translate(chinese, report["conference"], report["session"])

    chinese_session = SessionPage.objects.get(translation_key=report["session"].translation_key, locale=chinese)
    chinese_speaker = SpeakerPage.objects.get(translation_key=report["speaker"].translation_key, locale=chinese)
    (participant,) = chinese_session.participants.all()
    assert participant.speaker_id == chinese_speaker.pk
    assert participant.organisation.locale == chinese
    publish(chinese_speaker)

    html = client.get("/zh-hans/events/silver/outlook/").content.decode()
    assert 'href="/zh-hans/speakers/liang-yonghui/"' in html
    assert 'href="/speakers/liang-yonghui/"' not in html


def test_each_language_lists_a_speakers_sessions_in_that_language(client, report, chinese):
    translate(chinese, report["conference"], report["session"])
    publish(SpeakerPage.objects.get(translation_key=report["speaker"].translation_key, locale=chinese))
    publish(OrganisationPage.objects.get(translation_key=report["organisation"].translation_key, locale=chinese))

    chinese_profile = client.get("/zh-hans/speakers/liang-yonghui/").content.decode()
    english_profile = client.get("/speakers/liang-yonghui/").content.decode()
    assert 'href="/zh-hans/events/silver/outlook/"' in chinese_profile
    assert 'href="/events/silver/outlook/"' not in chinese_profile
    assert 'href="/events/silver/outlook/"' in english_profile
    assert "/zh-hans/events/" not in english_profile.split('id="main"')[-1].split("<footer")[0]

    chinese_organisation = client.get("/zh-hans/organisations/smm/").content.decode()
    assert 'href="/zh-hans/speakers/liang-yonghui/"' in chinese_organisation
    assert 'href="/zh-hans/events/silver/"' in chinese_organisation  # its role at the conference


def test_names_are_shared_and_positions_and_biographies_translated(report, chinese):
    fields = {segment.path.split(".")[0] for segment in extract_segments(report["speaker"])}
    assert "position" in fields
    assert not fields & {"title", "given_name", "family_name", "native_name", "other_names"}

    translate(chinese, report["speaker"])
    give_chinese(report["speaker"], chinese, {"Analyst": "分析师"})
    chinese_speaker = SpeakerPage.objects.get(translation_key=report["speaker"].translation_key, locale=chinese)
    assert (chinese_speaker.title, chinese_speaker.native_name, chinese_speaker.position) == (
        "Liang Yonghui",
        "梁永辉",
        "分析师",
    )

    # A new spelling on the English page reaches the Chinese one when the translation is synced.
    english = report["speaker"]
    english.other_names = "Yonghui Liang\nY. H. Liang"
    publish(english)
    source = TranslationSource.objects.get(object_id=english.translation_key)
    source.update_from_db()
    Translation.objects.get(source=source, target_locale=chinese).save_target(publish=True)
    publish_latest(chinese)
    chinese_speaker.refresh_from_db()
    assert chinese_speaker.other_names == "Yonghui Liang\nY. H. Liang"
    assert chinese_speaker.position == "分析师"


def test_chinese_pages_put_the_native_spelling_first(client, report, chinese):
    translate(chinese, report["speaker"])
    give_chinese(report["speaker"], chinese, {})

    chinese_heading = client.get("/zh-hans/speakers/liang-yonghui/").content.decode().split("<h1", 1)[1]
    english_heading = client.get("/speakers/liang-yonghui/").content.decode().split("<h1", 1)[1]
    assert '>梁永辉 <span class="native-name">Liang Yonghui</span></h1>' in chinese_heading
    assert '>Liang Yonghui <span class="native-name" lang="zh">梁永辉</span></h1>' in english_heading


@pytest.mark.parametrize("query", ["梁永辉", "Yonghui Liang", "Liang Yonghui", "liang"])
@pytest.mark.parametrize("prefix", ["", "/zh-hans"])
def test_the_directory_finds_every_spelling_in_either_language(client, report, chinese, prefix, query):
    translate(chinese, report["speaker"])
    give_chinese(report["speaker"], chinese, {"Analyst": "分析师"})

    html = client.get(f"{prefix}/speakers/", {"q": query}).content.decode()
    assert f'href="{prefix}/speakers/liang-yonghui/"' in html


@pytest.mark.parametrize("query", ["梁永辉", "Yonghui Liang"])
def test_the_site_search_finds_every_spelling_in_either_language(client, report, chinese, query):
    translate(chinese, report["speaker"])
    give_chinese(report["speaker"], chinese, {"Analyst": "分析师"})

    assert 'href="/speakers/liang-yonghui/"' in client.get("/search/", {"q": query}).content.decode()
    assert 'href="/zh-hans/speakers/liang-yonghui/"' in client.get("/zh-hans/search/", {"q": query}).content.decode()


def test_an_untranslated_speaker_stays_linked_in_the_language_it_has(client, report, chinese):
    """Until the speaker's translation exists, the Chinese session links the English page."""
    translate(chinese, report["conference"])
    creator = TranslationCreator(user=None, target_locales=[chinese])
    creator.create_translations(report["session"], include_related_objects=False)
    publish_latest(chinese)

    html = client.get("/zh-hans/events/silver/outlook/").content.decode()
    assert 'href="/speakers/liang-yonghui/"' in html
    # and the English profile lists English sessions only
    assert "/zh-hans/events/silver/outlook/" not in client.get("/speakers/liang-yonghui/").content.decode()
