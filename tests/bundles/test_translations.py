"""A bundle's translations become wagtail-localize translations: live, complete, idempotent, exported back."""

import json

import pytest
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from django.core.management import call_command
from django.urls import reverse

from wagtail.models import Locale, Page, Revision

from bundles.errors import BundleError
from bundles.exporter import export_conference, find_conference
from bundles.importer import import_bundle
from bundles.reader import read_bundle
from bundles.translation_import import LABEL
from conference.models import ConferencePage, SessionPage
from core.imports import CREATED, UNCHANGED, UPDATED
from speakers.models import OrganisationPage, SpeakerPage

from .sample_bundles import database_state, small_bundle, write_bundle
from .test_round_trip import empty_the_site, folder_contents

pytestmark = pytest.mark.django_db

CHINESE = {
    "conference": {
        "title": "2025白银大会",
        "city": "浙江宁波",
    },
    "organisations": {"smm": {"name": "上海有色网信息科技股份有限公司"}},
    "speakers": {"liang-yonghui": {"position": "副总经理"}},
    "sessions": {
        "price-trends": {
            "title": "金银价格走势分析",
            "teaser": "黄金、白银与铜。",
            "summary": [
                {"type": "heading", "value": {"text": "价格逻辑", "level": "h2"}},
                {"type": "paragraph", "value": "<p>白银跟随铜价。</p>"},
                {"type": "key_points", "value": {"title": "要点", "points": ["一", "二"]}},
                {"type": "figure", "value": {"image": "chart", "alt_text": "一张图表", "caption": "缺口"}},
            ],
        },
        "roundtable": {"title": "白银当前的机遇与挑战"},
    },
    "awards": {"silver-glory-award": {"title": "2025白银荣耀奖"}},
}


def translated_bundle():
    data = small_bundle()
    data["translations"] = {"zh-hans": json.loads(json.dumps(CHINESE))}
    return data


@pytest.fixture
def chinese_sections(db):
    call_command("translate_skeleton", "zh-hans", verbosity=0)
    return Locale.objects.get(language_code="zh-hans")


def load(tmp_path, data, folder="bundle"):
    return import_bundle(read_bundle(write_bundle(tmp_path / folder, data)))


def chinese(model, slug, locale):
    return model.objects.get(slug=slug, locale=locale)


def test_every_page_of_the_bundle_gets_a_live_complete_translation(tmp_path, chinese_sections):
    result = load(tmp_path, translated_bundle())

    # 2 organisations, 2 speakers, the conference, 2 sessions and the award.
    assert result.count(LABEL, CREATED) == 8
    session = chinese(SessionPage, "price-trends", chinese_sections)
    assert (session.title, session.teaser, session.live) == ("金银价格走势分析", "黄金、白银与铜。", True)
    assert session.url == "/zh-hans/events/silver-2025/price-trends/"
    blocks = session.summary.raw_data
    assert [block["type"] for block in blocks] == ["heading", "paragraph", "key_points", "figure"]
    assert blocks[1]["value"] == "<p>白银跟随铜价。</p>"
    assert [item["value"] for item in blocks[2]["value"]["points"]] == ["一", "二"]
    assert blocks[3]["value"]["alt_text"] == "一张图表"
    assert session.get_parent().specific == chinese(ConferencePage, "silver-2025", chinese_sections)
    assert chinese(ConferencePage, "silver-2025", chinese_sections).city == "浙江宁波"
    assert chinese(OrganisationPage, "smm", chinese_sections).title == "上海有色网信息科技股份有限公司"
    # What the bundle does not translate keeps its source text: names, other organisations.
    speaker = chinese(SpeakerPage, "liang-yonghui", chinese_sections)
    assert (speaker.position, speaker.given_name, speaker.family_name) == ("副总经理", "Yonghui", "Liang")
    assert chinese(OrganisationPage, "zhaojin", chinese_sections).title.startswith("Shandong Zhaojin")
    translations = Translation.objects.filter(target_locale=chinese_sections)
    assert translations.count() == 8
    for translation in translations:
        total, done = translation.get_progress()
        assert total == done > 0, translation.source.object_repr


def test_the_same_bundle_twice_changes_nothing(tmp_path, chinese_sections):
    load(tmp_path, translated_bundle())
    before = (database_state(), Revision.objects.count())

    result = load(tmp_path, translated_bundle())

    assert (database_state(), Revision.objects.count()) == before
    assert (result.count(LABEL, UNCHANGED), result.changed) == (8, False)


def test_a_changed_chinese_text_updates_just_that_page(tmp_path, chinese_sections):
    load(tmp_path, translated_bundle())
    data = translated_bundle()
    data["translations"]["zh-hans"]["sessions"]["roundtable"]["title"] = "圆桌讨论：白银的机遇与挑战"
    revisions = Revision.objects.count()

    result = load(tmp_path, data)

    assert (result.count(LABEL, UPDATED), result.count(LABEL, UNCHANGED)) == (1, 7)
    page = chinese(SessionPage, "roundtable", chinese_sections)
    assert (page.title, page.live, page.has_unpublished_changes) == ("圆桌讨论：白银的机遇与挑战", True, False)
    assert Revision.objects.count() == revisions + 1
    assert page.live_revision == page.latest_revision


def test_a_summary_paragraph_that_does_not_match_the_source_is_refused_and_nothing_changes(tmp_path, chinese_sections):
    load(tmp_path, small_bundle())
    before = database_state()
    data = translated_bundle()
    data["translations"]["zh-hans"]["sessions"]["price-trends"]["summary"][1]["value"] = "<p>白银。</p><p>铜。</p>"

    with pytest.raises(BundleError) as error:
        load(tmp_path, data, folder="changed")

    message = str(error.value)
    assert "$.translations['zh-hans'].sessions['price-trends'].summary[1]" in message
    assert "2 piece(s) of text here, 1 there" in message
    assert database_state() == before
    assert not Page.objects.filter(locale=chinese_sections, depth__gte=4).exists()


def test_a_summary_with_other_blocks_is_refused_before_the_import(tmp_path, chinese_sections):
    data = translated_bundle()
    data["translations"]["zh-hans"]["sessions"]["price-trends"]["summary"].pop()

    with pytest.raises(BundleError) as error:
        load(tmp_path, data)

    assert "summary (line" in str(error.value)
    assert "has 3 blocks where the source has 4" in str(error.value)
    assert not SessionPage.objects.exists()


def test_a_persons_name_cannot_be_translated(tmp_path, chinese_sections):
    data = translated_bundle()
    data["translations"]["zh-hans"]["speakers"]["liang-yonghui"]["family_name"] = "梁"

    with pytest.raises(BundleError, match="Additional properties are not allowed .'family_name'"):
        load(tmp_path, data)


def test_translations_need_the_sections_in_that_language(tmp_path):
    with pytest.raises(BundleError, match=r"organisations.smm .*'Organisations' has no zh-hans translation to put"):
        load(tmp_path, translated_bundle())

    assert not SpeakerPage.objects.exists()


def test_sync_translated_pages_keeps_the_translation_and_asks_for_the_new_text(
    tmp_path, chinese_sections, admin_client, django_capture_on_commit_callbacks
):
    load(tmp_path, translated_bundle())
    source = SessionPage.objects.get(slug="price-trends", locale=Locale.get_default())
    source.teaser = "Gold, silver, copper and the dollar."
    source.save_revision().publish()
    record = TranslationSource.objects.get_for_instance(source)

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(reverse("wagtail_localize:update_translations", args=[record.pk]), {})

    assert response.status_code == 302
    page = chinese(SessionPage, "price-trends", chinese_sections)
    assert page.title == "金银价格走势分析"
    total, done = Translation.objects.get(source=record, target_locale=chinese_sections).get_progress()
    assert done == total - 1
    untranslated = StringSegment.objects.filter(source=record).exclude(string__translations__locale=chinese_sections)
    assert [segment.string.data for segment in untranslated] == ["Gold, silver, copper and the dollar."]


def test_the_translation_editor_opens_on_an_imported_translation(tmp_path, chinese_sections, admin_client):
    load(tmp_path, translated_bundle())
    page = chinese(SessionPage, "price-trends", chinese_sections)

    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    assert response.status_code == 200
    assert "金银价格走势分析" in response.content.decode()


def test_export_writes_the_translations_and_the_round_trip_keeps_them(tmp_path, chinese_sections):
    load(tmp_path, translated_bundle())

    first = export_conference(find_conference("silver-2025"), tmp_path / "first" / "conference.json")
    empty_the_site()
    import_bundle(read_bundle(first))
    second = export_conference(find_conference("silver-2025"), tmp_path / "second" / "conference.json")

    assert folder_contents(first.parent) == folder_contents(second.parent)
    exported = json.loads(first.read_text())
    assert exported["language"] == "en"
    translation = exported["translations"]["zh-hans"]
    assert translation["sessions"]["price-trends"]["title"] == "金银价格走势分析"
    assert translation["organisations"] == {"smm": {"name": "上海有色网信息科技股份有限公司"}}
    assert translation["conference"]["city"] == "浙江宁波"


def test_a_tables_caption_and_cells_are_translated(tmp_path, chinese_sections):
    data = translated_bundle()
    table = {"first_row_is_table_header": True, "first_col_is_header": False, "data": [["Year", "GW"], ["2030", None]]}
    data["sessions"][0]["summary"].append({"type": "table", "value": {"caption": "Modules", "table": table}})
    chinese_table = {**table, "data": [["年份", "吉瓦"], ["2030年", None]]}
    data["translations"]["zh-hans"]["sessions"]["price-trends"]["summary"].append(
        {"type": "table", "value": {"caption": "组件", "table": chinese_table}}
    )

    load(tmp_path, data)

    value = chinese(SessionPage, "price-trends", chinese_sections).summary.raw_data[4]["value"]
    assert (value["caption"], value["table"]["data"]) == ("组件", [["年份", "吉瓦"], ["2030年", None]])
    source = SessionPage.objects.get(slug="price-trends", locale=Locale.get_default())
    record = TranslationSource.objects.get_for_instance(source)
    cells = StringSegment.objects.filter(source=record, context__path__contains=".table.")
    assert sorted(segment.string.data for segment in cells) == ["2030", "GW", "Year"]
