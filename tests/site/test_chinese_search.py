"""Site search finds Chinese words inside longer runs of Chinese text, on SQLite and on PostgreSQL
(core/chinese_search.py): a table of queries and the pages each must, and must not, find."""

import pytest

from wagtail.search.query import And, Or, PlainText

from core.chinese_search import index_terms
from core.search_query import reader_query
from tests import factories
from tests.factories import publish


@pytest.fixture
def pages(db):
    conference = publish(
        factories.ConferencePageFactory(
            title="2025 SMM (6th) Silver Industry Chain Innovation Conference",
            slug="silver-2025",
            introduction="<p>第六届白银产业链创新大会在上海举行。</p>",
        )
    )
    smm = publish(
        factories.OrganisationPageFactory(
            title="SMM Information & Technology Co., Ltd.", slug="smm", native_name="上海有色网"
        )
    )
    liang = publish(
        factories.SpeakerPageFactory(
            given_name="Yonghui", family_name="Liang", title="Yonghui Liang", slug="liang", native_name="梁永辉"
        )
    )
    market = factories.SessionPageFactory(
        parent=conference, title="2025年白银市场回顾与展望", slug="market", teaser="光伏用银需求持续增长。"
    )
    factories.SessionParticipantFactory(session=market, speaker=liang, organisation=smm)
    publish(market)
    publish(
        factories.SessionPageFactory(
            parent=conference,
            title="铜价走势分析",
            slug="copper",
            summary=[("paragraph", "<p>沪铜库存连续下降。</p>")],  # a StreamField's text is searched too
        )
    )
    publish(
        factories.AwardPageFactory(
            parent=conference,
            title="Silver Industry Innovation Award 2025",
            slug="award",
            description="<p>表彰白银产业链中的创新企业。</p>",
        )
    )


def found_slugs(client, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    return {result.slug for result in response.context["results"].object_list}


# (query, slugs it must find, slugs it must not find)
QUERIES = [
    ("白银", {"market", "award", "silver-2025"}, {"copper"}),
    ("白银市场", {"market"}, {"award", "copper", "silver-2025"}),
    ("市场", {"market"}, {"copper"}),
    ("银市", {"market"}, {"award"}),
    ("回顾", {"market"}, {"copper"}),
    ("展望", {"market"}, set()),
    ("回顾与展望", {"market"}, {"copper"}),
    ("光伏", {"market"}, {"award"}),
    ("用银需求", {"market"}, {"award", "copper"}),
    ("银", {"market", "award"}, {"copper"}),
    ("铜价", {"copper"}, {"market"}),
    ("走势分析", {"copper"}, {"market"}),
    ("库存", {"copper"}, {"market"}),
    ("梁永辉", {"liang", "market"}, {"copper"}),
    ("永辉", {"liang", "market"}, set()),
    ("梁", {"liang"}, {"copper"}),
    ("上海有色网", {"smm", "market"}, {"copper"}),
    ("有色", {"smm"}, {"copper"}),
    ("产业链", {"award", "silver-2025"}, {"market"}),
    ("创新企业", {"award"}, {"silver-2025", "market"}),
    ("第六届", {"silver-2025"}, {"award"}),
    # Every pair is required: 场白 is in no text, so neither is this "word".
    ("市场白银", set(), {"market", "award"}),
    ("黄金", set(), {"market", "award", "copper", "silver-2025"}),
    # Latin words and Chinese runs in one query: either finds.
    ("Yonghui Liang", {"liang", "market"}, {"copper"}),
    ("SMM 白银", {"smm", "market", "award"}, {"copper"}),
    ("SMM白银", {"smm", "market", "award"}, {"copper"}),
    ("白银 铜价", {"market", "copper"}, set()),
]


@pytest.mark.parametrize(("query", "must_find", "must_not_find"), QUERIES)
def test_query_finds(client, pages, query, must_find, must_not_find):
    found = found_slugs(client, query)
    assert must_find <= found
    assert not (must_not_find & found)


def test_a_run_is_indexed_as_its_characters_and_pairs():
    assert index_terms("<p>白银市场 silver 白银</p>") == "白 银 市 场 白银 银市 市场"


def test_a_query_run_needs_all_its_pairs_and_latin_words_any():
    query = reader_query("SMM 白银市场")

    assert isinstance(query, Or)
    latin, chinese = query.subqueries
    assert (latin.query_string, latin.operator) == ("SMM", "or")
    assert (chinese.query_string, chinese.operator) == ("白银 银市 市场", "and")
    assert not isinstance(reader_query("silver"), And | Or)
    assert isinstance(reader_query("银"), PlainText)
