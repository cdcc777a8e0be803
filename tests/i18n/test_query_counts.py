"""Languages cost no query: a Chinese page and its English original take the same count, in budget."""

import pytest

from tests.site.test_query_budgets import (  # noqa: F401 — fixtures
    INDEX_BUDGET,
    PRODUCTION_LIKE_CACHES,
    cold_count,
    forget_everything,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def production_like_caches(settings):
    settings.CACHES = PRODUCTION_LIKE_CACHES


@pytest.mark.parametrize("section", ["", "events/", "speakers/"])
def test_a_chinese_page_costs_what_its_english_original_costs(client, request, chinese_skeleton, section):
    forget = request.getfixturevalue("forget_everything")
    english = cold_count(client, forget, f"/{section}")
    chinese = cold_count(client, forget, f"/zh-hans/{section}")

    assert chinese == english <= INDEX_BUDGET, (english, chinese)
