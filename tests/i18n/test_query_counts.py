"""Languages cost no query: a Chinese page and its English original take the same count, in budget.

Counted cold (every cache and per-process memo emptied, as tests/site/test_query_budgets.py does),
the skeleton's pages and, in a translated report, every public page type.
"""

import pytest

from tests.site.test_query_budgets import (  # noqa: F401 — fixtures
    AWARD_BUDGET,
    CONFERENCE_BUDGET,
    INDEX_BUDGET,
    PAGE_BUDGET,
    PRODUCTION_LIKE_CACHES,
    SESSION_BUDGET,
    cold_count,
    forget_everything,
)

from .chinese_report import build_chinese_report

pytestmark = pytest.mark.django_db
# No budget of its own in issue 15; a search results page holds the other pages' budget.
SEARCH_BUDGET = PAGE_BUDGET
# The report's sessions have slides, a document block and further-reading links, which issue 15's
# session (tests/site/test_query_budgets.py: figures and participants) has not: the documents and
# the links are a query each, and the English page takes 13. The Chinese one must take no more.
FULL_SESSION_BUDGET = SESSION_BUDGET + 1


@pytest.fixture(autouse=True)
def production_like_caches(settings):
    settings.CACHES = PRODUCTION_LIKE_CACHES


@pytest.mark.parametrize("section", ["", "events/", "speakers/"])
def test_a_chinese_page_costs_what_its_english_original_costs(client, request, chinese_skeleton, section):
    forget = request.getfixturevalue("forget_everything")
    english = cold_count(client, forget, f"/{section}")
    chinese = cold_count(client, forget, f"/zh-hans/{section}")

    assert chinese == english <= INDEX_BUDGET, (english, chinese)


def english_and_chinese(report, page_type):
    """The English page of this type in the report and its Chinese translation."""
    chinese = {
        "conference": report["conference"],
        "session": report["sessions"][0],
        "award": report["award"],
        "speaker": report["speakers"][0],
        "organisation": report["organisations"][0],
    }[page_type]
    return chinese.get_translation(chinese.locale.get_default()).url, chinese.url


PAGE_TYPES = {
    "conference": CONFERENCE_BUDGET,
    "session": FULL_SESSION_BUDGET,
    "award": AWARD_BUDGET,
    "speaker": PAGE_BUDGET,
    "organisation": PAGE_BUDGET,
}
DIRECTORIES = {
    "/": INDEX_BUDGET,
    "/events/": INDEX_BUDGET,
    "/speakers/": INDEX_BUDGET,
    "/organisations/": INDEX_BUDGET,
    # Found in both languages: the conference's title and the sessions' start with 2025 or 二〇二五.
    "/search/?q=2025": SEARCH_BUDGET,
}


def off_budget(counts, budgets):
    """The pages whose Chinese count differs from the English one or whose count is over budget."""
    return {
        page: (english, chinese)
        for page, (english, chinese) in counts.items()
        if not chinese == english <= budgets[page]
    }


def test_every_chinese_page_type_costs_what_its_english_original_costs(client, request):
    """One translated report for every page type (translating it takes a while), counted cold."""
    forget = request.getfixturevalue("forget_everything")
    report = build_chinese_report()
    counts = {}
    for page_type in PAGE_TYPES:
        english_url, chinese_url = english_and_chinese(report, page_type)
        counts[page_type] = (cold_count(client, forget, english_url), cold_count(client, forget, chinese_url))

    assert off_budget(counts, PAGE_TYPES) == {}, counts


def test_chinese_directories_and_search_cost_what_the_english_ones_cost(client, request):
    forget = request.getfixturevalue("forget_everything")
    build_chinese_report()
    counts = {
        path: (cold_count(client, forget, path), cold_count(client, forget, "/zh-hans" + path)) for path in DIRECTORIES
    }

    assert off_budget(counts, DIRECTORIES) == {}, counts
