"""The shared conference report (tests/site/content.py) translated into Simplified Chinese.

Translated as the admin's Translate action does (wagtail-localize's TranslationCreator, which also
translates the speakers and organisations the pages link), then given real Chinese text the way a
translator's edits end up: on the Chinese pages, published. The text carries what Chinese pages
risk: long runs of Han characters with no space to break at, a long organisation name, full-width
punctuation, paragraphs, and a long Latin name without spaces beside them.
"""

from wagtail.models import Locale

from awards.models import AwardPage
from conference.models import ConferencePage, SessionPage
from site_setup.skeleton_translations import translate_skeleton
from speakers.models import OrganisationPage, SpeakerPage
from tests.site.content import build_report

from .translating import translate

PARAGRAPHS = (
    "<p>短期内白银价格跟随铜价波动，长期来看光伏用银需求持续增长，全球白银供需缺口在二〇二五年有望进一步收窄。"
    "与会嘉宾认为，宏观经济环境、美联储货币政策以及地缘政治风险将共同决定贵金属市场的走势。</p>"
    "<p>上海有色网首席分析师指出：光伏银浆的单位耗银量虽在下降，但装机规模的扩张足以抵消这一影响。</p>"
)


def chinese_summary(image, document):
    """The English summary's blocks (tests/site/content.py), every one of them, in Chinese."""
    return [
        ("heading", {"text": "金银价格的逻辑", "level": "h2"}),
        ("paragraph", PARAGRAPHS),
        ("key_points", {"title": "要点", "points": ["供需缺口收窄", "光伏需求增长", "铜价带动银价"]}),
        (
            "figure",
            {
                "image": image,
                "alt_text": "白银价格走势图",
                "caption": "二〇一五年以来的白银价格",
                "credit": "上海有色网",
            },
        ),
        (
            "table",
            {
                "caption": "退役光伏组件",
                "table": {
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "data": [["年份", "累计退役量"], ["2030", "18 吉瓦"]],
                },
            },
        ),
        ("quote", {"text": "白银价格正在关注铜价的走势。", "attribution": "梁永辉", "role": "副总经理"}),
        ("callout", {"tone": "figure", "title": "一万七千吨", "text": "<p>二〇二四年白银产量。</p>"}),
        ("video", {"video": "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "caption": "演讲视频"}),
        ("document", {"document": document, "title": "演示文稿"}),
    ]


# One name of 38 Han characters: no space, no punctuation to break at.
LONG_ORGANISATION_NAME = "上海有色金属信息科技股份有限公司贵金属事业部国际白银市场研究与数据服务中心"
LONG_LATIN_NAME = "InternationalPreciousMetalsRecyclingAndSustainabilityAssociation"


def chinese_version(page, locale):
    return page.get_translation(locale).specific


def retext(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def summary_media(session):
    """The image of the English summary's figure and its document."""
    blocks = {block.block_type: block.value for block in session.summary}
    return blocks["figure"]["image"], blocks["document"]["document"]


def build_chinese_report(size=3):
    """The English report of `size` sessions, its Chinese translation published, and the Chinese
    pages by kind."""
    translate_skeleton("zh-hans")
    report = build_report(size)
    english_organisations = report["organisations"]
    english_organisations[1].title = LONG_LATIN_NAME
    english_organisations[1].save_revision().publish()
    locale = Locale.objects.get(language_code="zh-hans")
    translate(locale, report["conference"], *report["sessions"], report["award"])

    conference = retext(
        chinese_version(report["conference"], locale),
        title="2025 SMM（第六届）白银产业链创新大会暨光伏银浆技术研讨会",
        teaser="白银产业链上下游企业齐聚宁波，共同探讨白银市场的现状与趋势。",
        introduction="<p>五月十六日，为期两天的大会在宁波万豪酒店圆满落幕。来自全国各地的三百余位嘉宾出席了本次会议。</p>",
        venue="宁波万豪酒店",
        city="浙江宁波",
    )
    sessions = [
        retext(
            chinese_version(session, locale),
            title=f"二〇二五年白银市场现状与趋势展望之{number + 1}：光伏银浆需求与供应格局分析",
            teaser="本场演讲回顾了白银市场的供需格局，并对下半年价格走势作出了判断。",
            summary=chinese_summary(*summary_media(session)),
        )
        for number, session in enumerate(report["sessions"])
    ]
    award = retext(chinese_version(report["award"], locale), title="2025 白银荣耀奖·年度最佳白银精炼企业")
    organisations = [chinese_version(organisation, locale) for organisation in english_organisations]
    retext(organisations[0], title=LONG_ORGANISATION_NAME, description="<p>国内领先的有色金属行业信息服务商。</p>")
    for organisation in organisations[1:]:
        retext(organisation)
    speakers = [
        retext(chinese_version(speaker, locale), position="上海有色网贵金属事业部首席分析师兼副总经理")
        for speaker in SpeakerPage.objects.filter(locale=Locale.get_default()).order_by("id")
    ]
    return {
        "english": report,
        "conference": ConferencePage.objects.get(pk=conference.pk),
        "sessions": [SessionPage.objects.get(pk=session.pk) for session in sessions],
        "award": AwardPage.objects.get(pk=award.pk),
        "organisations": [OrganisationPage.objects.get(pk=organisation.pk) for organisation in organisations],
        "speakers": speakers,
    }
