"""`load_demo` puts every fact of the 2025 SMM Silver conference report on the public site."""

import datetime
import html
import re
from io import StringIO
from pathlib import Path

import pytest

from django.conf import settings
from django.core.management import call_command

from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision, Site

from awards.models import AwardPage
from conference.contributions import speaker_sessions
from conference.models import ConferencePage, SessionPage
from core.models import SiteSettings
from speakers.models import OrganisationPage, SpeakerPage

pytestmark = pytest.mark.django_db

REPORT = Path(settings.BASE_DIR).parent / "shared" / "seed" / "2025-smm-silver-conference-report.txt"
SPONSORS = [
    "Fujian Zijin Precious Metals Co., Ltd.",
    "Huizhou Yi'an Precious Metals Co., Ltd.",
    "Jiangsu Jiangshan Pharmaceutical Co., Ltd.",
    "Zhengzhou Jinquan Mining & Metallurgy Equipment Co., Ltd.",
    "Hunan Shengyin New Materials Co., Ltd.",
    "Zhejiang Weida Precious Metal Powder Materials Co., Ltd.",
    "Guangxi Zhongma Zhonglianjin Cross-border E-commerce Co., Ltd.",
    "Suzhou Xinghan New Materials Technology Co., Ltd.",
    "Yongxing Zhongsheng Environmental Protection Technology Co., Ltd.",
    "IKOI S.p.A",
    "Hunan Zhengming Environmental Protection Co., Ltd.",
    "Kunshan Hongfutai Environmental Protection Technology Co., Ltd.",
    "Shandong Humon Smelting Co., Ltd.",
]
# Session slug -> [(speaker, role, position, organisation)] as the report gives them, in the report's order.
PROGRAMME = {
    "visits-to-renowned-enterprises": [],
    "welcome-speech-sun-jing": [
        (
            "Sun Jing",
            "speaker",
            "Vice Chairman",
            "Yinzhou District Committee of the Chinese People's Political Consultative Conference, Ningbo",
        ),
    ],
    "welcome-speech-yao-bingbing": [
        ("Yao Bingbing", "speaker", "General Manager", "Ningbo Haoshun Precious Metals Co., Ltd.")
    ],
    "welcome-speech-zhou-bai": [
        ("Zhou Bai", "speaker", "Executive Vice President", "SMM Information & Technology Co., Ltd.")
    ],
    "award-ceremony": [],
    "basic-analysis-of-the-current-economic-situation": [
        (
            "Hu Yuyue",
            "speaker",
            "Director and Professor, Securities and Futures Research Institute",
            "Beijing Technology and Business University",
        ),
    ],
    "copper-lead-and-zinc-resource-security": [
        ("Zuo Geng", "speaker", "Chief Expert, Economic Research Institute", "China Minmetals Corporation")
    ],
    "silver-and-gold-price-trends": [
        ("Liang Yonghui", "speaker", "Deputy General Manager", "Shandong Zhaojin Gold & Silver Refinery Co., Ltd.")
    ],
    "silver-in-the-pv-industry": [
        (
            "Ding Gangqiang",
            "speaker",
            "Deputy Chief Engineer and Researcher",
            "CSSC Huanggang Precious Metals Co., Ltd.",
        )
    ],
    "pv-silver-recovery-technologies": [
        (
            "Quanfa Zhou",
            "speaker",
            "Foreign Academician of the Russian Academy of Natural Sciences; Deputy Secretary of the Party Committee "
            "and Vice President",
            "Changzhou Institute of Technology",
        ),
    ],
    "precious-metal-recovery-and-intelligent-equipment": [
        ("Zhenping Heng", "speaker", "Chairman", "Zhengzhou Jinquan Mining & Metallurgy Equipment Co., Ltd.")
    ],
    "roundtable-opportunities-and-challenges-for-silver": [
        ("Xiaolei Liu", "moderator", "Director of SMM Big Data", "SMM Information & Technology Co., Ltd."),
        ("Liang Yonghui", "panelist", "Deputy General Manager", "Shandong Zhaojin Gold & Silver Refinery Co., Ltd."),
        ("Jing Wu", "panelist", "General Manager of the Precious Metals Business Unit", "Xilong Scientific Co., Ltd."),
        ("Peilin Kuang", "panelist", "Chairman", "Shanghai Laiyue Supply Chain Management Co., Ltd."),
        ("Hang Chen", "panelist", "Deputy General Manager", "Fujian Zijin Precious Metals Co., Ltd."),
    ],
    "silver-nitrate-industry-technology-market": [
        (
            "Chao Wu",
            "speaker",
            "Executive Director / Director of the Silver Compounds and Materials Preparation Laboratory, "
            "Nanyang Silver New Materials Engineering Technology Research Center",
            "Tongbai Hongxin New Materials Co., Ltd.",
        ),
    ],
    "global-demand-for-pv-silver-paste": [
        ("Liao Cheng", "speaker", "Marketing Manager", "Changzhou Fusion New Materials Co., Ltd.")
    ],
    "guangxi-china-malaysia-zhonglianjin-platform": [
        (
            "Lin Shangtian",
            "speaker",
            "Director of Strategic Development",
            "Guangxi Zhongma Zhonglianjin Cross-border E-commerce Co., Ltd.",
        ),
    ],
    "wet-chemical-silver-copper-micro-nano-powders": [
        (
            "Zhang Meng",
            "speaker",
            "Director of the Powder R&D Department",
            "Suzhou Xinghan New Materials Technology Co., Ltd.",
        ),
    ],
    "silver-powder-morphology-and-low-temperature-pastes": [
        ("Gu Zhijie", "speaker", "Technical Advisor", "Quanda New Materials (Ningbo) Co., Ltd.")
    ],
    "micro-nano-powders-for-low-temperature-pv-metallisation": [
        ("Zhao Chaohui", "speaker", "R&D Director", "Youyan Nano New Materials (Beijing) Co., Ltd.")
    ],
    "silver-based-micro-nano-conductive-materials": [
        (
            "Yang Hongwei",
            "speaker",
            "Research Director; Director of Sino-Platinum Chemical Materials (Yunnan) Co., Ltd.",
            "Yunnan Precious Metals Laboratory Co., Ltd.",
        ),
    ],
    "silver-market-2025-status-and-trends": [
        ("Wang Huilin", "speaker", "Silver Analyst", "SMM Information & Technology Co., Ltd.")
    ],
    "conference-dinner-speech": [("Yongda Chen", "speaker", "Chairman", "Quanda New Materials (Ningbo) Co., Ltd.")],
}
DETAILED = {
    "silver-and-gold-price-trends",
    "silver-in-the-pv-industry",
    "silver-nitrate-industry-technology-market",
    "global-demand-for-pv-silver-paste",
    "guangxi-china-malaysia-zhonglianjin-platform",
    "wet-chemical-silver-copper-micro-nano-powders",
    "silver-market-2025-status-and-trends",
}


@pytest.fixture
def demo(loaded_demo, db):
    return ConferencePage.objects.get(slug="2025-smm-silver-conference", locale=Locale.get_default())


def test_demo_conference_has_the_report_facts(demo):
    assert (demo.title, demo.edition_number, demo.city) == (
        "2025 SMM (6th) Silver Industry Chain Innovation Conference",
        6,
        "Ningbo, Zhejiang",
    )
    assert (demo.start_date, demo.end_date) == (datetime.date(2025, 5, 15), datetime.date(2025, 5, 16))
    assert (demo.contact_name, demo.contact_email) == ("Lemon Zhao", "lemonzhao@smm.cn")
    assert "service.en@smm.cn" in demo.contact_note
    assert (
        demo.special_report_title == "Special Report on the 2025 SMM (6th) Silver Industry Chain Innovation Conference"
    )
    assert demo.summit_video_url != ""
    assert demo.hero_image is not None
    assert [t.name for t in demo.tracks.all()] == [
        "Silver Panorama Forum",
        "Silver Market Supply and Demand Summit Forum",
    ]
    assert len(demo.highlights.all()) == 4


def test_demo_has_the_host_co_organisers_and_thirteen_sponsors(demo):
    sponsorships = [(s.organisation.title, s.role) for s in demo.sponsorships.all()]

    assert sponsorships == [
        ("SMM Information & Technology Co., Ltd.", "host"),
        ("Ningbo Haoshun Precious Metals Co., Ltd.", "co_organiser"),
        ("Quanda New Materials (Ningbo) Co., Ltd.", "co_organiser"),
        *[(name, "sponsor") for name in SPONSORS],
    ]


def test_demo_has_every_session_with_its_speakers_as_of_the_report(demo):
    sessions = SessionPage.objects.child_of(demo).order_by("path")

    programme = {
        s.slug: [(p.speaker.title, p.role, p.position, p.organisation.title) for p in s.participants.all()]
        for s in sessions
    }

    assert list(programme) == list(PROGRAMME)
    assert programme == PROGRAMME
    assert {s.slug: s.date for s in sessions if s.date != datetime.date(2025, 5, 16)} == {
        "visits-to-renowned-enterprises": datetime.date(2025, 5, 15)
    }
    assert sorted(s.slug for s in sessions if s.kind == "welcome_speech") == [
        "welcome-speech-sun-jing",
        "welcome-speech-yao-bingbing",
        "welcome-speech-zhou-bai",
    ]


def test_demo_has_both_awards_presented_at_the_ceremony_without_invented_recipients(demo):
    awards = AwardPage.objects.child_of(demo).order_by("path")

    assert [(a.title, a.presented_at.slug, a.recipients.count()) for a in awards] == [
        ("Silver Standard Trust•2025 SMM1# Silver Price Submitter Accreditation", "award-ceremony", 0),
        ("2025 \u201cSilver Glory Award\u201d China's Top Silver Traders", "award-ceremony", 0),
    ]


def test_demo_speakers_and_organisations_are_found_by_the_reports_other_spellings(demo):
    liang = SpeakerPage.objects.get(slug="liang-yonghui", locale=Locale.get_default())
    spellings = {
        "Shandong Zhaojin Gold and Silver Refining Co., Ltd.": "shandong-zhaojin",
        "Zhengzhou Jinquan Mining and Metallurgical Equipment Co., Ltd.": "zhengzhou-jinquan",
        "Fujian Zijin Precious Metals Materials Co., Ltd.": "fujian-zijin-precious-metals",
        "Guangxi China-Malaysia Zhonglianjin Cross-Border E-Commerce Co., Ltd.": "guangxi-zhonglianjin",
        "Suzhou Xinghan New Material Technology Co., Ltd.": "suzhou-xinghan",
    }

    # The Chinese translations carry the same names: one page per language.
    assert SpeakerPage.objects.spelled("Yonghui Liang").filter(locale=liang.locale).get() == liang
    organisations = OrganisationPage.objects.filter(locale=liang.locale)
    assert {name: organisations.spelled(name).get().slug for name in spellings} == spellings
    assert [p.session.slug for p in speaker_sessions(liang).items.order_by("session__path")] == [
        "silver-and-gold-price-trends",
        "roundtable-opportunities-and-challenges-for-silver",
    ]


def test_demo_summaries_are_full_for_detailed_talks_and_teasers_for_the_rest(demo):
    sessions = SessionPage.objects.child_of(demo)

    lengths = {s.slug: len(_words(" ".join(_texts(list(s.summary.raw_data))))) for s in sessions}

    assert {slug for slug, count in lengths.items() if count >= 180} == DETAILED
    assert {slug for slug, count in lengths.items() if count == 0} == set(PROGRAMME) - DETAILED
    assert all(s.teaser for s in sessions)


@pytest.mark.skipif(not REPORT.exists(), reason="the seed report is not beside the project")
def test_demo_summaries_never_copy_eight_words_of_the_report(demo):
    report = _words(REPORT.read_text(encoding="utf-8"))
    report_runs = {tuple(report[i : i + 8]) for i in range(len(report) - 7)}
    copied = []
    for session in SessionPage.objects.child_of(demo):
        for block in session.summary.raw_data:
            # Article titles are quoted as titles on purpose.
            if block["type"] == "callout" and block["value"]["title"] == "Further reading":
                continue
            words = _words(" ".join(_texts(block["value"])))
            copied += [
                " ".join(words[i : i + 8]) for i in range(len(words) - 7) if tuple(words[i : i + 8]) in report_runs
            ]

    assert copied == []


def test_demo_sets_the_site_settings(demo):
    settings_ = SiteSettings.for_site(Site.objects.get(is_default_site=True))

    assert (settings_.publisher, settings_.contact_email) == (
        "SMM Information & Technology Co., Ltd. (SMM)",
        "service.en@smm.cn",
    )


def test_load_demo_twice_changes_nothing(demo):
    before = (Page.objects.count(), Revision.objects.count(), get_image_model().objects.count())
    output = StringIO()

    call_command("load_demo", stdout=output)

    assert (Page.objects.count(), Revision.objects.count(), get_image_model().objects.count()) == before
    assert output.getvalue().splitlines()[-1].startswith("The demo is already loaded:")


def test_every_demo_page_is_live_and_answers_on_the_public_site(demo, client):
    pages = [
        *SpeakerPage.objects.filter(locale=demo.locale),
        *OrganisationPage.objects.filter(locale=demo.locale),
        *SessionPage.objects.child_of(demo),
        *AwardPage.objects.child_of(demo),
        demo,
    ]
    assert (len(pages), all(page.live for page in pages)) == (22 + 28 + 21 + 2 + 1, True)

    answers = {}
    for page in pages:
        response = client.get(page.url)
        answers[page.url] = (response.status_code, html.escape(page.title) in response.content.decode())

    assert {url: answer for url, answer in answers.items() if answer != (200, True)} == {}


def _texts(value):
    if isinstance(value, str):
        yield re.sub(r"<[^>]+>", " ", value)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in {"image", "level", "tone", "type", "id"}:
                yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def _words(text):
    return re.findall(r"[a-z0-9]+", html.unescape(text).lower())
